package org.fieldguide.highlight;

/** HTML text escaping, as commonmark-java escapes code: {@code & < > "}. */
final class Html {
  private Html() {}

  static void escape(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    escape(s, 0, s.length(), out);
    return out.toString();
  }
}
