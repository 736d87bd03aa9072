package org.fieldguide.alert;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the parts of each alerting rule are in a rule file's text, as character offsets: enough
 * to edit one annotation in place without re-serialising the YAML, which would lose comments,
 * quoting and layout. Read with Jackson's streaming parser, whose token marks give the start and
 * end of every scalar.
 */
final class RuleFileLayout {
  private final String text;
  private final int[] charOffsets;

  private RuleFileLayout(String text) {
    this.text = text;
    // SnakeYAML counts offsets in code points; Java strings index UTF-16 units.
    this.charOffsets = text.codePoints().count() == text.length() ? null : text.codePoints().map(Character::charCount).toArray();
    if (charOffsets != null) {
      int sum = 0;
      for (int i = 0; i < charOffsets.length; i++) {
        int width = charOffsets[i];
        charOffsets[i] = sum;
        sum += width;
      }
    }
  }

  /** A YAML value laid out in the text: {@code start} and {@code end} are character offsets. */
  sealed interface Node {
    int start();

    /** Just after the value; for a block scalar, the start of the line after it. */
    int end();
  }

  /** A scalar and its value as YAML reads it. */
  record Scalar(int start, int end, String value) implements Node {}

  /**
   * A mapping. {@code flow} for {@code {a: b}}, whose {@code end} is after the {@code '}'}; a
   * block mapping ends where its last value ends.
   */
  record Mapping(int start, int end, boolean flow, List<Entry> entries) implements Node {
    Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }
  }

  record Sequence(int start, int end, List<Node> items) implements Node {}

  /** One {@code key: value} of a mapping; {@code keyEnd} is just after the key. */
  record Entry(String key, int keyStart, int keyEnd, Node value) {}

  /** An alerting rule: its name and its mapping. */
  record Rule(String alert, Mapping mapping) {}

  /** The alerting rules of {@code text}, in file order. */
  static List<Rule> read(String text) throws IOException {
    return new RuleFileLayout(text).rules();
  }

  private List<Rule> rules() throws IOException {
    List<Rule> rules = new ArrayList<>();
    Node root;
    try (JsonParser p = YAMLFactory.builder().build().createParser(text)) {
      if (p.nextToken() == null) return rules;
      root = node(p);
    }
    for (Mapping group : mappings(root, "groups")) {
      for (Mapping rule : mappings(group, "rules")) {
        rule.entry("alert").filter(e -> e.value() instanceof Scalar).ifPresent(e -> rules.add(new Rule(((Scalar) e.value()).value(), rule)));
      }
    }
    return rules;
  }

  private static List<Mapping> mappings(Node parent, String key) {
    if (!(parent instanceof Mapping m)) return List.of();
    Optional<Entry> e = m.entry(key);
    if (e.isEmpty() || !(e.get().value() instanceof Sequence s)) return List.of();
    return s.items().stream().filter(Mapping.class::isInstance).map(Mapping.class::cast).toList();
  }

  private Node node(JsonParser p) throws IOException {
    int start = offset(p.currentTokenLocation().getCharOffset());
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      boolean flow = start < text.length() && text.charAt(start) == '{';
      List<Entry> entries = new ArrayList<>();
      int end = start;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        int keyStart = offset(p.currentTokenLocation().getCharOffset());
        int keyEnd = offset(p.currentLocation().getCharOffset());
        p.nextToken();
        Node value = node(p);
        entries.add(new Entry(key, keyStart, keyEnd, value));
        end = Math.max(end, value.end());
      }
      return new Mapping(start, flow ? offset(p.currentLocation().getCharOffset()) : end, flow, List.copyOf(entries));
    }
    if (t == JsonToken.START_ARRAY) {
      boolean flow = start < text.length() && text.charAt(start) == '[';
      List<Node> items = new ArrayList<>();
      int end = start;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        Node item = node(p);
        items.add(item);
        end = Math.max(end, item.end());
      }
      return new Sequence(start, flow ? offset(p.currentLocation().getCharOffset()) : end, List.copyOf(items));
    }
    return new Scalar(start, offset(p.currentLocation().getCharOffset()), t == JsonToken.VALUE_NULL ? "" : p.getText());
  }

  private int offset(long codePoints) {
    int cp = (int) codePoints;
    if (charOffsets == null) return cp;
    return cp >= charOffsets.length ? text.length() : charOffsets[cp];
  }
}
