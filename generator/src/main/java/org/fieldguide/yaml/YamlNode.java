package org.fieldguide.yaml;

import java.util.List;
import java.util.Optional;
import org.fieldguide.diagnostic.SourcePos;

/**
 * A YAML value that remembers where it was written, so typing errors can point at the exact
 * {@code file:line:column}. Mappings keep their keys in source order.
 */
public sealed interface YamlNode {
  SourcePos pos();

  /** What the writer would call this kind of value, for error messages. */
  String describe();

  /** A key of a mapping with its own position. */
  record Entry(String key, SourcePos keyPos, YamlNode value) {}

  record Mapping(SourcePos pos, List<Entry> entries) implements YamlNode {
    public Optional<Entry> entry(String key) {
      // Asked for every field of every page's front matter: a loop, where a stream is several
      // objects and a lambda captured through a method handle under the client compiler.
      for (Entry e : entries) if (e.key().equals(key)) return Optional.of(e);
      return Optional.empty();
    }

    @Override
    public String describe() {
      return "a mapping (key: value lines)";
    }
  }

  record Sequence(SourcePos pos, List<YamlNode> items) implements YamlNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar as YAML typed it. {@code text} is the source text, so {@code 1.10} stays {@code
   * 1.10} even though YAML reads it as the number 1.1.
   */
  record Scalar(SourcePos pos, String text, ScalarKind kind) implements YamlNode {
    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "text";
        case INTEGER, DECIMAL -> "the number " + text;
        case BOOLEAN -> "the yes/no value " + text;
        case NULL -> "nothing";
      };
    }
  }

  enum ScalarKind {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL
  }
}
