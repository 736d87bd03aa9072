package org.fieldguide.markdown;

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

  /** The body with every mark replaced; hrefs and ids are escaped for a double-quoted attribute. */
  public static String fill(String body, Values values) {
    int mark = body.indexOf(OPEN);
    if (mark < 0) return body;
    StringBuilder out = new StringBuilder(body.length() + 256);
    int from = 0;
    while (mark >= 0) {
      int close = body.indexOf(CLOSE, mark);
      out.append(body, from, mark);
      char kind = body.charAt(mark + 1);
      int index = Integer.parseInt(body, mark + 2, close, 10);
      switch (kind) {
        case 'L' -> out.append(org.fieldguide.html.FragmentSanitizer.escapeAttribute(values.href(index)));
        case 'C' -> out.append(org.fieldguide.html.FragmentSanitizer.escapeAttribute(values.checklistId(index)));
        case 'S' -> out.append(values.imageSize(index));
        default -> throw new IllegalStateException("unknown placeholder " + kind);
      }
      from = close + 1;
      mark = body.indexOf(OPEN, from);
    }
    out.append(body, from, body.length());
    return out.toString();
  }
}
