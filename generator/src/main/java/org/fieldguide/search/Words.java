package org.fieldguide.search;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * Splits text into lower-cased words: runs of letters, digits, combining marks and underscores
 * (so {@code node_exporter} stays one word, while {@code kube-proxy} and {@code l'alimentation}
 * are two). {@code js/search.js} splits with the same rule ({@code /[\p{L}\p{N}\p{M}_]+/gu});
 * change both together.
 */
final class Words {
  /** Longer runs are identifiers, digests or base64, nobody types them. */
  static final int MAX_LENGTH = 64;

  private Words() {}

  /** Where a word stands in a text; {@code plain} when it is already lower-case ASCII (letters, digits, underscores). */
  @FunctionalInterface
  interface Sink {
    void word(char[] text, int start, int end, boolean plain);
  }

  /** Calls {@code word} with each word of {@code text}, lower-cased. */
  static void forEach(String text, Consumer<String> word) {
    forEach(text.toCharArray(), text.length(), (t, start, end, plain) -> {
      String w = new String(t, start, end - start);
      word.accept(plain ? w : w.toLowerCase(Locale.ROOT));
    });
  }

  /**
   * Tells {@code sink} where each word of {@code text[0, length)} is, without making a String of
   * it: the index looks most words up where they stand (see {@link TermCounter}). Indexing a large
   * site runs this over every page's text, so it reads an array the caller fills once per text
   * (a String's charAt is a call per character that the build's quick compiler leaves in place:
   * the array took a fifth off the time spent analysing pages) and learns while scanning whether
   * a word needs lower-casing at all; most words do not.
   */
  static void forEach(char[] text, int length, Sink sink) {
    int start = -1;
    boolean plain = true; // the word so far is lower-case ASCII letters, digits and underscores
    for (int i = 0; i < length; ) {
      char ch = text[i];
      int c = ch < 0x80 ? ch : Character.codePointAt(text, i, length);
      int next = i + Character.charCount(c);
      if (isWordPart(c)) {
        if (start < 0) {
          start = i;
          plain = true;
        }
        if (c >= 0x80 || (c >= 'A' && c <= 'Z')) plain = false;
      } else if (start >= 0) {
        if (i - start <= MAX_LENGTH) sink.word(text, start, i, plain);
        start = -1;
      }
      i = next;
    }
    if (start >= 0 && length - start <= MAX_LENGTH) sink.word(text, start, length, plain);
  }

  static boolean isWordPart(int c) {
    if (c == '_') return true;
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
          Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
          Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
      default -> false;
    };
  }
}
