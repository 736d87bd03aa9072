package org.fieldguide.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes front matter and site.yaml as a person would: block mappings, lists of plain values in
 * flow style ({@code [a, b]}), text unquoted where YAML reads it back as the same text and in
 * double quotes otherwise, so no value changes type on the way back in.
 */
final class YamlEmitter {
  // Plain scalars: no indicator first, no ": " or " #" inside, no flow punctuation (lists are flow).
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}_/][\\p{L}\\p{N} _./()'&+:#?=%@~!*-]*");
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  // YAML 1.1 reads these as yes/no values or null.
  private static final Pattern SPECIAL = Pattern.compile("(?i)y|yes|n|no|true|false|on|off|null|~");

  private YamlEmitter() {}

  static String mapping(Map<String, ?> map) {
    StringBuilder out = new StringBuilder();
    mapping(map, 0, out);
    return out.toString();
  }

  private static void mapping(Map<String, ?> map, int indent, StringBuilder out) {
    for (Map.Entry<String, ?> e : map.entrySet()) {
      if (e.getValue() == null) continue;
      out.append(" ".repeat(indent)).append(key(e.getKey())).append(':');
      value(e.getValue(), indent, out);
    }
  }

  private static void value(Object v, int indent, StringBuilder out) {
    if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append(" {}\n");
        return;
      }
      out.append('\n');
      @SuppressWarnings("unchecked")
      Map<String, ?> typed = (Map<String, ?>) m;
      mapping(typed, indent + 2, out);
    } else if (v instanceof List<?> l) {
      if (l.stream().allMatch(YamlEmitter::isScalar)) {
        out.append(" [");
        for (int i = 0; i < l.size(); i++) out.append(i == 0 ? "" : ", ").append(scalar(l.get(i)));
        out.append("]\n");
      } else {
        out.append('\n');
        for (Object item : l) {
          out.append(" ".repeat(indent)).append("-");
          if (item instanceof Map<?, ?> m && !m.isEmpty()) {
            // The first key goes on the dash's line, the rest under it.
            StringBuilder nested = new StringBuilder();
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) m;
            mapping(typed, indent + 2, nested);
            out.append(' ').append(nested.substring(indent + 2));
          } else {
            value(item, indent + 2, out);
          }
        }
      }
    } else {
      out.append(' ').append(scalar(v)).append('\n');
    }
  }

  private static boolean isScalar(Object o) {
    return !(o instanceof Map<?, ?>) && !(o instanceof List<?>);
  }

  static String key(String k) {
    return KEY.matcher(k).matches() && !SPECIAL.matcher(k).matches() ? k : quote(k);
  }

  static String scalar(Object v) {
    if (v == null) return "null";
    if (v instanceof Boolean || v instanceof Number) return v.toString();
    String s = v.toString();
    boolean plain = PLAIN.matcher(s).matches() && !s.endsWith(" ") && !s.endsWith(":") && !s.contains(": ") && !s.contains(" #")
        && !SPECIAL.matcher(s).matches();
    return plain ? s : quote(s);
  }

  /** A double-quoted YAML scalar; JSON's escapes are YAML's. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }
}
