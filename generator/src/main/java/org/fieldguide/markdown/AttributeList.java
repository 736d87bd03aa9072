package org.fieldguide.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An attribute list a writer puts after a heading, link or image: {@code {#id .class key=value
 * key="two words"}}. Only the syntax is read here; which attributes may be set is the page
 * policy's decision ({@link org.fieldguide.html.HtmlPolicy#isAllowedInAttributeList}).
 *
 * @param attributes in writing order; {@code class} joins every {@code .name}
 */
record AttributeList(Map<String, String> attributes) {

  /** Parses the text between the braces; empty when it is not attribute-list syntax. */
  static Optional<AttributeList> parse(String inner) {
    Map<String, String> attrs = new LinkedHashMap<>();
    List<String> classes = new ArrayList<>();
    int i = 0;
    int n = inner.length();
    while (true) {
      while (i < n && Character.isWhitespace(inner.charAt(i))) i++;
      if (i >= n) break;
      char c = inner.charAt(i);
      if (c == '#' || c == '.') {
        int start = ++i;
        while (i < n && isNameChar(inner.charAt(i))) i++;
        if (i == start) return Optional.empty();
        String name = inner.substring(start, i);
        if (c == '#') attrs.put("id", name);
        else classes.add(name);
      } else if (isNameStart(c)) {
        int start = i;
        while (i < n && isNameChar(inner.charAt(i))) i++;
        String key = inner.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        if (i >= n || inner.charAt(i) != '=') return Optional.empty();
        i++;
        if (i >= n) return Optional.empty();
        char q = inner.charAt(i);
        String value;
        if (q == '"' || q == '\'') {
          int close = inner.indexOf(q, i + 1);
          if (close < 0) return Optional.empty();
          value = inner.substring(i + 1, close);
          i = close + 1;
        } else {
          int start2 = i;
          while (i < n && !Character.isWhitespace(inner.charAt(i))) i++;
          value = inner.substring(start2, i);
        }
        attrs.putIfAbsent(key, value);
      } else {
        return Optional.empty();
      }
    }
    if (attrs.isEmpty() && classes.isEmpty()) return Optional.empty();
    if (!classes.isEmpty()) attrs.put("class", String.join(" ", classes));
    return Optional.of(new AttributeList(attrs));
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':';
  }
}
