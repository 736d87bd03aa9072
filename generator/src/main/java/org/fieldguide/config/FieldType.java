package org.fieldguide.config;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The type of a front-matter field that a site declares in {@code site.yaml}. Each type is checked
 * like the built-in fields of that shape, with the same YAML 1.1 traps reported.
 */
public enum FieldType {
  /** Text; a YAML number or yes/no value must be quoted. */
  TEXT("text"),
  /** A whole number, such as {@code 10} or {@code -3}. */
  INTEGER("integer"),
  /** Any number, such as {@code 1.5}. */
  NUMBER("number"),
  /** {@code true} or {@code false}. */
  BOOLEAN("boolean"),
  /** A date {@code YYYY-MM-DD}, optionally followed by a time, as Jekyll and Hugo write them. */
  DATE("date"),
  /** A list of texts; a single text is a list of one. */
  LIST("list"),
  /** A mapping of keys to any YAML values, passed to templates as it is. */
  MAPPING("mapping"),
  /** Any YAML value, passed to templates as it is. */
  ANY("any");

  private final String id;

  FieldType(String id) {
    this.id = id;
  }

  /** The name written in {@code site.yaml}. */
  public String id() {
    return id;
  }

  public static Optional<FieldType> fromId(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(FieldType::id).toList();
  }
}
