package org.fieldguide.markdown;

import java.nio.charset.StandardCharsets;

/**
 * Marks in a rendered body for what depends on more than the page's own source: a link's URL
 * (it depends on which pages exist and in which languages), a checklist item's id (a translated
 * step shares its original's id) and an image's size (read from the asset). The body is rendered
 * once per source file with these marks and then filled in for every page that shows it, so a
 * fallback page in four languages costs one Markdown parse, not five.
 *
 * <p>A mark is {@code U+0000} (null), a kind letter, a number and {@code U+0003} (end of text):
 * one byte each in UTF-8 and in a Latin-1 string. A mark starts with the one character no page
 * can put into its HTML: CommonMark replaces U+0000 and every character reference to it ({@code
 * &#0;}) with U+FFFD, and so does the HTML parser that reads a page's raw HTML; the index also
 * replaces the raw character in the source before parsing. Started by U+0002, a mark could be
 * forged: {@code &#2;L0&#3;} in a page's text, a link's title, an image's description or a raw
 * HTML attribute decoded to the placeholder of the page's first link and showed its address
 * there. Private-use characters, the marks before those, made every rendered body a UTF-16
 * string, in every language, and so slower to build, encode and fill; they are also what icon
 * fonts use, which a writer may want to show.
 */
public final class Placeholders {
  static final char OPEN = '\u0000';
  static final char CLOSE = '\u0003';
  /** {@link #OPEN} and {@link #CLOSE} as UTF-8 holds them. */
  private static final byte OPEN_BYTE = 0x00;
  private static final byte CLOSE_BYTE = 0x03;

  private Placeholders() {}

  /** What fills the marks of one page. */
  public interface Values {
    /** The URL for link {@code index} of the page's links, not yet escaped. */
    String href(int index);

    /** The id of checklist item {@code index}. */
    String checklistId(int index);

    /** {@code width="…" height="…"} (with a leading space) for image link {@code index}, or "". */
    String imageSize(int index);
  }

  static String href(int index) {
    return OPEN + "L" + index + CLOSE;
  }

  static String checklistId(int index) {
    return OPEN + "C" + index + CLOSE;
  }

  static String imageSize(int index) {
    return OPEN + "S" + index + CLOSE;
  }

  /** Where the first mark character of {@code text} is (it must be cleaned before parsing), or -1. */
  static int firstMark(String text) {
    int open = text.indexOf(OPEN);
    int close = text.indexOf(CLOSE);
    return open < 0 ? close : close < 0 ? open : Math.min(open, close);
  }

  /**
   * The body, given as the body store keeps it (UTF-8), with every mark replaced; hrefs and ids
   * are escaped for a double-quoted attribute.
   *
   * <p>Filled as bytes and decoded once, at the end: the text between marks is copied as ranges
   * of bytes. Decoding the stored body first and filling the string (with private-use marks, a
   * UTF-16 string copied character by character) was about 1.5 of the 41 CPU seconds of a cold
   * 10,000-page build.
   */
  public static String fill(byte[] utf8, Values values) {
    int mark = find(utf8, 0, OPEN_BYTE);
    if (mark < 0) return new String(utf8, StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(utf8.length + 256);
    int from = 0;
    while (mark >= 0) {
      int close = find(utf8, mark + 1, CLOSE_BYTE);
      String value = close < 0 ? null : value(utf8, mark, close, values);
      out.write(utf8, from, mark - from);
      if (value == null) {
        // Not a placeholder this class made: none is expected (see the class description), but a
        // body is never failed for one; shown as the replacement character. When marks started
        // with U+0002, &#x2; in a page made one (PagePipelineFuzzTest's finding-character-reference-mark).
        out.writeBytes(REPLACEMENT);
        from = mark + 1;
      } else {
        out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        from = close + 1;
      }
      mark = find(utf8, from, OPEN_BYTE);
    }
    out.write(utf8, from, utf8.length - from);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final byte[] REPLACEMENT = "\uFFFD".getBytes(StandardCharsets.UTF_8);

  /** The value of the placeholder {@code utf8[mark, close]}; null when it is not one this class made (kind, digits, an index the page has). */
  private static String value(byte[] utf8, int mark, int close, Values values) {
    if (close < mark + 3 || close - mark > 11) return null;
    int index = 0;
    for (int i = mark + 2; i < close; i++) {
      if (utf8[i] < '0' || utf8[i] > '9') return null;
      index = index * 10 + (utf8[i] - '0');
    }
    try {
      return switch (utf8[mark + 1]) {
        case 'L' -> org.fieldguide.html.FragmentSanitizer.escapeAttribute(values.href(index));
        case 'C' -> org.fieldguide.html.FragmentSanitizer.escapeAttribute(values.checklistId(index));
        case 'S' -> values.imageSize(index);
        default -> null;
      };
    } catch (IndexOutOfBoundsException e) {
      return null;
    }
  }

  /** Where {@code mark} is first at or after {@code from}, or -1. */
  private static int find(byte[] utf8, int from, byte mark) {
    for (int i = from; i < utf8.length; i++) {
      if (utf8[i] == mark) return i;
    }
    return -1;
  }
}
