package org.fieldguide.content;

/**
 * A Markdown file's name as the content format reads it: a base, then optionally a dot and a
 * language tag, then {@code .md} ({@code disk.md}, {@code disk.es.md}, {@code disk.pt-BR.md}).
 * The grammar is {@code (.+?)(?:\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?\.md}, read by hand: matched
 * against each of the 22,000 names of 10,000 pages x 3 at discovery, and against every
 * {@code .md} link, that expression's backtracking was 1 % of a one-page rebuild (on the main
 * thread) and a quarter of resolving a link.
 *
 * @param base the name before the language tag and {@code .md}
 * @param language the language tag; null when the name has none
 */
public record MarkdownName(String base, String language) {

  private static final String MD = ".md";

  /** The parts of {@code name}; null when it is not a Markdown file's name. */
  public static MarkdownName of(String name) {
    int end = name.length() - MD.length();
    if (end < 1 || !name.endsWith(MD)) return null;
    // The grammar's "." matches no line terminator: a name holding one is not a Markdown name.
    if (hasLineTerminator(name, 0, name.length())) return null;
    int dot = languageDot(name);
    if (dot > 0) return new MarkdownName(name.substring(0, dot), name.substring(dot + 1, end));
    return new MarkdownName(name.substring(0, end), null);
  }

  /**
   * Where the dot before {@code name}'s language tag is ({@code disk.es.md} → 4), without making
   * its parts: link resolution asks this of every {@code .md} link, most of which have no tag;
   * -1 when it has none or is not a Markdown file's name. The name may be a path: a tag holds no
   * {@code /}.
   */
  public static int languageDot(String name) {
    int end = name.length() - MD.length();
    if (end < 1 || !name.endsWith(MD)) return -1;
    // The shortest base the rest allows: a tag holds no dot, so it can only be the last dotted
    // part before .md, and only with a base before it.
    int dot = name.lastIndexOf('.', end - 1);
    if (dot < 1 || !isLanguageTag(name, dot + 1, end) || hasLineTerminator(name, 0, dot)) return -1;
    return dot;
  }

  /** Whether {@code s[from, to)} is a language tag: {@code [a-z]{2,3}(-[A-Za-z0-9]{2,8})*}. */
  static boolean isLanguageTag(String s, int from, int to) {
    int i = from;
    while (i < to && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') i++;
    if (i - from < 2 || i - from > 3) return false;
    while (i < to) {
      if (s.charAt(i) != '-') return false;
      int start = ++i;
      while (i < to && isAsciiLetterOrDigit(s.charAt(i))) i++;
      if (i - start < 2 || i - start > 8) return false;
    }
    return true;
  }

  /** Whether {@code s[from, to)} holds a line end, which a regular expression's {@code .} does not match. */
  private static boolean hasLineTerminator(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
