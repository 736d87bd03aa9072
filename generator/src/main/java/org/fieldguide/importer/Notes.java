package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * What a conversion leaves for a person, anchored in the converted text by invisible markers,
 * so that later passes can move text around and the note still lands on the right line of the
 * written file. Markers are private-use characters no Markdown file contains.
 */
final class Notes {
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';
  private final List<String> messages = new ArrayList<>();

  /** A marker to put into the text where the note applies. */
  String mark(String message) {
    messages.add(message);
    return OPEN + Integer.toString(messages.size() - 1) + CLOSE;
  }

  /** A note at a 1-based line and column of the finished text. */
  record Placed(int line, int column, String message) {}

  /** Where the text after all passes; {@code text} without markers is in {@link #strip}. */
  List<Placed> place(String text, int firstLine) {
    List<Placed> out = new ArrayList<>();
    int line = firstLine;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int end = c == OPEN ? marker(text, i) : -1;
      if (end >= 0) {
        out.add(new Placed(line, column, messages.get(Integer.parseInt(text.substring(i + 1, end)))));
        i = end;
      } else if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return out;
  }

  /**
   * Where the marker that starts at {@code at} ends, or -1 when the character there is a page's
   * own (an icon font's glyph in the private-use area), which is text like any other.
   */
  private int marker(String text, int at) {
    int end = text.indexOf(CLOSE, at);
    if (end < 0 || end == at + 1 || end - at > 10) return -1;
    for (int k = at + 1; k < end; k++) if (!Character.isDigit(text.charAt(k))) return -1;
    return Integer.parseInt(text.substring(at + 1, end)) < messages.size() ? end : -1;
  }

  static String strip(String text) {
    return text.replaceAll(OPEN + "\\d+" + CLOSE, "");
  }
}
