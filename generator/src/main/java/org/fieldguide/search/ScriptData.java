package org.fieldguide.search;

import java.util.List;
import java.util.Map;

/**
 * Writes index data as a script that hands it to {@code js/search.js}:
 * {@code fieldguideSearchData("es/t3", "version", [...]);}. Browsers refuse {@code fetch()} of
 * files from {@code file://}, but run {@code <script src>} from there, so the same files serve a
 * published site and a copy opened from disk.
 *
 * <p>Values are strings, numbers, booleans, null, lists and maps (written in their iteration
 * order: callers pass sorted maps), so the same data always gives the same bytes.
 */
final class ScriptData {
  static final String FUNCTION = "fieldguideSearchData";

  private ScriptData() {}

  static String script(String key, String version, Object data) {
    StringBuilder out = new StringBuilder(4096);
    out.append(FUNCTION).append('(');
    string(out, key);
    out.append(',');
    string(out, version);
    out.append(',');
    value(out, data);
    out.append(");\n");
    return out.toString();
  }

  static String json(Object data) {
    StringBuilder out = new StringBuilder();
    value(out, data);
    return out.toString();
  }

  private static void value(StringBuilder out, Object v) {
    if (v == null) {
      out.append("null");
    } else if (v instanceof String s) {
      string(out, s);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
      out.append(v);
    } else if (v instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) out.append(',');
        value(out, list.get(i));
      }
      out.append(']');
    } else if (v instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) out.append(',');
        first = false;
        string(out, (String) e.getKey());
        out.append(':');
        value(out, e.getValue());
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("not index data: " + v.getClass());
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        // Line and paragraph separators end a line in older JavaScript engines.
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    out.append('"');
  }
}
