package org.fieldguide.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON text the same on every machine: fields in insertion order, two-space indent, {@code \n}
 * line ends (Jackson's default follows the operating system), {@code "key": value}, {@code []} for
 * empty arrays, and a final newline. Non-ASCII text is written as is.
 */
final class PrettyJson {
  private final ObjectMapper mapper = new ObjectMapper();
  private final DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  ObjectNode object() {
    return mapper.createObjectNode();
  }

  String write(JsonNode node) throws JsonProcessingException {
    return mapper.writer(printer).writeValueAsString(node) + "\n";
  }
}
