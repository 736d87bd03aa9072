package org.fieldguide.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped JSON schemas describe exactly the fields the reader accepts. */
class FrontMatterSchemaTest {
  @ParameterizedTest
  @EnumSource(ContentType.class)
  void schemaListsExactlyTheReadersFields(ContentType type) throws Exception {
    JsonNode schema = new ObjectMapper().readTree(Path.of("schemas", type.id() + ".schema.json").toFile());
    List<String> properties = new ArrayList<>();
    schema.get("properties").fieldNames().forEachRemaining(properties::add);
    assertThat(properties).containsExactlyInAnyOrderElementsOf(FrontMatterReader.fields(type));
    assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
    assertThat(schema.get("required").get(0).asText()).isEqualTo("title");
    assertThat(values(schema.at("/properties/type/enum")))
        .containsExactlyElementsOf(Arrays.stream(ContentType.values()).map(ContentType::id).toList());
    if (type == ContentType.RUNBOOK) {
      assertThat(values(schema.at("/properties/risk/enum")))
          .containsExactlyElementsOf(Arrays.stream(PageMeta.Risk.values()).map(PageMeta.Risk::id).toList());
      // An entry of alerts: is a name, or a mapping with exactly the fields AlertDeclarations reads.
      List<String> entryFields = new ArrayList<>();
      schema.at("/properties/alerts/items/oneOf/1/properties").fieldNames().forEachRemaining(entryFields::add);
      assertThat(entryFields).containsExactly("alert", "anchor");
      assertThat(schema.at("/properties/alerts/items/oneOf/0/type").asText()).isEqualTo("string");
    }
    if (type == ContentType.HARDWARE_GUIDE) {
      assertThat(values(schema.at("/properties/status/enum")))
          .containsExactlyElementsOf(Arrays.stream(PageMeta.Compatibility.values()).map(PageMeta.Compatibility::id).toList());
    }
  }

  private static List<String> values(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
