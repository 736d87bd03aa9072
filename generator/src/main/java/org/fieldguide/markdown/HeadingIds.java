package org.fieldguide.markdown;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Heading ids as GitHub makes them, for every script: lower case, letters, marks and digits of
 * any alphabet kept, spaces to {@code -}, other punctuation dropped. Repeats get {@code -1},
 * {@code -2}… (by the walker, which knows the page's other ids).
 */
final class HeadingIds {
  private HeadingIds() {}

  /** The GitHub-style id of a heading text; {@code section} when nothing usable is left. */
  static String slug(String text) {
    String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (Character.isLetterOrDigit(cp)
                  || type == Character.NON_SPACING_MARK
                  || type == Character.COMBINING_SPACING_MARK
                  || cp == '_'
                  || cp == '-') {
                out.appendCodePoint(cp);
              } else if (cp == ' ') {
                out.append('-');
              }
            });
    return out.length() == 0 ? "section" : out.toString();
  }
}
