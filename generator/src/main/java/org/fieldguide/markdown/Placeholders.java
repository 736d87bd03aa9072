package org.fieldguide.markdown;

import java.nio.charset.StandardCharsets;

/**
 * Marks in a rendered body for what depends on more than the page's own source: a link's URL
 * (it depends on which pages exist and in which languages), a checklist item's id (a translated
 * step shares its original's id) and an image's size (read from the asset). The body is rendered
 * once per source file with these marks and then filled in for every page that shows it, so a
 * fallback page in four languages costs one Markdown parse, not five.
 *
 * <p>A mark is {@code U+E000}, a kind letter, a number and {@code U+E001}; private-use characters
 * that a page's own text never contains (the index replaces them before parsing).
 */
public final class Placeholders {
  static final char OPEN = '\uE000';
  static final char CLOSE = '\uE001';
  /** {@link #OPEN} and {@link #CLOSE} in UTF-8: EE 80 80 and EE 80 81. */
  private static final int MARK_BYTES = 3;
  private static final byte MARK_FIRST = (byte) 0xEE;
  private static final byte MARK_SECOND = (byte) 0x80;
  private static final byte OPEN_LAST = (byte) 0x80;
  private static final byte CLOSE_LAST = (byte) 0x81;

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

  /** True when {@code text} holds a mark character and must be cleaned before parsing. */
  static boolean containsMarks(String text) {
    return text.indexOf(OPEN) >= 0 || text.indexOf(CLOSE) >= 0;
  }

  /**
   * The body, given as the body store keeps it (UTF-8), with every mark replaced; hrefs and ids
   * are escaped for a double-quoted attribute.
   *
   * <p>Filled as bytes and decoded once, at the end. A mark is a private-use character, so a body
   * decoded with its marks is a UTF-16 string, whatever its language: then copying the text
   * between marks went character by character (Java 17's {@code StringBuilder} checks each one
   * for Latin-1), and decoding the stored bytes took its slow path. Together that was about 1.5 of
   * the 41 CPU seconds of a cold 10,000-page build. Here the text between marks is copied as one
   * range of bytes, and the filled body, without marks, decodes as Latin-1 where it can.
   */
  public static String fill(byte[] utf8, Values values) {
    int mark = find(utf8, 0, OPEN_LAST);
    if (mark < 0) return new String(utf8, StandardCharsets.UTF_8);
    byte[] out = new byte[utf8.length + 256];
    int length = 0;
    int from = 0;
    while (mark >= 0) {
      int close = find(utf8, mark + MARK_BYTES, CLOSE_LAST);
      if (close < 0) throw new IllegalStateException("a placeholder without its end at byte " + mark);
      byte kind = utf8[mark + MARK_BYTES];
      int index = 0;
      for (int i = mark + MARK_BYTES + 1; i < close; i++) index = index * 10 + (utf8[i] - '0');
      String value =
          switch (kind) {
            case 'L' -> org.fieldguide.html.FragmentSanitizer.escapeAttribute(values.href(index));
            case 'C' -> org.fieldguide.html.FragmentSanitizer.escapeAttribute(values.checklistId(index));
            case 'S' -> values.imageSize(index);
            default -> throw new IllegalStateException("unknown placeholder " + (char) kind);
          };
      byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
      int before = mark - from;
      if (length + before + bytes.length > out.length) out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, length + before + bytes.length));
      System.arraycopy(utf8, from, out, length, before);
      length += before;
      System.arraycopy(bytes, 0, out, length, bytes.length);
      length += bytes.length;
      from = close + MARK_BYTES;
      mark = find(utf8, from, OPEN_LAST);
    }
    int rest = utf8.length - from;
    if (length + rest > out.length) out = java.util.Arrays.copyOf(out, length + rest);
    System.arraycopy(utf8, from, out, length, rest);
    return new String(out, 0, length + rest, StandardCharsets.UTF_8);
  }

  /** Where the mark whose UTF-8 ends in {@code last} first starts at or after {@code from}, or -1. */
  private static int find(byte[] utf8, int from, byte last) {
    for (int i = from, end = utf8.length - MARK_BYTES; i <= end; i++) {
      if (utf8[i] == MARK_FIRST && utf8[i + 1] == MARK_SECOND && utf8[i + 2] == last) return i;
    }
    return -1;
  }
}
