package org.fieldguide.search;

import java.nio.charset.StandardCharsets;
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
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ScriptData() {}

  /**
   * The script file handing {@code json} (data already written by {@link #json}, as UTF-8) to the
   * browser under {@code key} and {@code version}: {@code fieldguideSearchData(key,version,json);}
   * and a line end. The data is not encoded again: page chunks are digested and written from the
   * same bytes.
   */
  static byte[] script(String key, String version, byte[] json) {
    StringBuilder head = new StringBuilder(key.length() + version.length() + 32);
    head.append(FUNCTION).append('(');
    string(head, key);
    head.append(',');
    string(head, version);
    head.append(',');
    byte[] before = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] after = ");\n".getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[before.length + json.length + after.length];
    System.arraycopy(before, 0, file, 0, before.length);
    System.arraycopy(json, 0, file, before.length, json.length);
    System.arraycopy(after, 0, file, before.length + json.length, after.length);
    return file;
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
    int run = 0; // start of the characters not yet copied: most need no escape and are copied at once
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') continue;
      out.append(s, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        // Other control characters, and the line and paragraph separators (which end a line in
        // older JavaScript engines), as Unicode escapes.
        default -> out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
      }
    }
    out.append(s, run, s.length());
    out.append('"');
  }
}
