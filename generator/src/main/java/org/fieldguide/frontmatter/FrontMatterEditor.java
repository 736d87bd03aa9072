package org.fieldguide.frontmatter;

import java.util.Optional;

/**
 * Sets one top-level field in a page's front matter, keeping every other line (comments, order,
 * quoting) exactly as the writer left it.
 */
public final class FrontMatterEditor {
  private FrontMatterEditor() {}

  /** The text with {@code key: value} replaced or added before the closing {@code ---}. */
  public static Optional<String> withField(String text, String key, String value) {
    String t = FrontMatterSplitter.normalise(text);
    if (!t.startsWith("---\n")) return Optional.empty();
    int lineStart = 4;
    while (lineStart <= t.length()) {
      int end = t.indexOf('\n', lineStart);
      String line = end < 0 ? t.substring(lineStart) : t.substring(lineStart, end);
      if (line.stripTrailing().equals("---")) {
        return Optional.of(t.substring(0, lineStart) + key + ": " + value + "\n" + t.substring(lineStart));
      }
      if (line.startsWith(key + ":")) {
        String rest = end < 0 ? "" : t.substring(end);
        return Optional.of(t.substring(0, lineStart) + key + ": " + value + rest);
      }
      if (end < 0) break;
      lineStart = end + 1;
    }
    return Optional.empty();
  }
}
