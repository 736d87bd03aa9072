package org.fieldguide.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fieldguide.config.FieldType;

/**
 * Works out the type to declare for each extra field from the values the pages hold: all yes/no
 * values make a boolean, whole numbers an integer, dates a date, texts (and a mix of scalars) text,
 * lists of scalars (with single texts) a list, mappings a mapping, anything else {@code any}.
 */
final class FieldTypes {
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

  private enum Kind { BOOLEAN, WHOLE, DECIMAL, DATE, TEXT, LIST, MAPPING, OTHER }

  private final Map<String, EnumSet<Kind>> seen = new LinkedHashMap<>();

  void observe(String key, Object value) {
    if (value == null) return;
    seen.computeIfAbsent(key, k -> EnumSet.noneOf(Kind.class)).add(kind(value));
  }

  /** The declared type of every field seen, in the order first seen. */
  Map<String, FieldType> decide() {
    Map<String, FieldType> out = new LinkedHashMap<>();
    seen.forEach((k, kinds) -> out.put(k, decide(kinds)));
    return out;
  }

  private static FieldType decide(Set<Kind> kinds) {
    Set<Kind> scalars = EnumSet.of(Kind.BOOLEAN, Kind.WHOLE, Kind.DECIMAL, Kind.DATE, Kind.TEXT);
    if (kinds.equals(EnumSet.of(Kind.BOOLEAN))) return FieldType.BOOLEAN;
    if (kinds.equals(EnumSet.of(Kind.WHOLE))) return FieldType.INTEGER;
    if (EnumSet.of(Kind.WHOLE, Kind.DECIMAL).containsAll(kinds)) return FieldType.NUMBER;
    if (kinds.equals(EnumSet.of(Kind.DATE))) return FieldType.DATE;
    if (scalars.containsAll(kinds)) return FieldType.TEXT;
    if (kinds.contains(Kind.LIST) && EnumSet.of(Kind.LIST, Kind.TEXT, Kind.DATE, Kind.WHOLE, Kind.DECIMAL).containsAll(kinds)) return FieldType.LIST;
    if (kinds.equals(EnumSet.of(Kind.MAPPING))) return FieldType.MAPPING;
    return FieldType.ANY;
  }

  private static Kind kind(Object v) {
    if (v instanceof Boolean) return Kind.BOOLEAN;
    if (v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) return Kind.WHOLE;
    if (v instanceof Number) return Kind.DECIMAL;
    if (v instanceof String s) return isDate(s) ? Kind.DATE : Kind.TEXT;
    if (v instanceof Map<?, ?>) return Kind.MAPPING;
    if (v instanceof List<?> l) return l.stream().allMatch(x -> x instanceof String || x instanceof Number) ? Kind.LIST : Kind.OTHER;
    return Kind.OTHER;
  }

  static boolean isDate(String s) {
    var m = DATE.matcher(s.strip());
    if (!m.matches()) return false;
    try {
      LocalDate.parse(m.group(1));
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** The value as the declared type reads it back: numbers become text for a text field, and so on. */
  static Object coerce(FieldType type, Object v) {
    return switch (type) {
      case TEXT -> v instanceof String s ? s : v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v);
      case LIST -> FrontMatterMapper.textList(v);
      case DATE -> v.toString().strip();
      default -> v;
    };
  }
}
