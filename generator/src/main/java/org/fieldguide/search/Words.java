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

  /**
   * Calls {@code word} with each word of {@code text}, lower-cased. Indexing a large site runs
   * this over every page's text, so it reads characters straight from the String (an interface
   * call per character costs more than the rest) and learns while scanning whether a word needs
   * lower-casing at all; most words do not.
   */
  static void forEach(String text, Consumer<String> word) {
    int n = text.length();
    int start = -1;
    boolean plain = true; // the word so far is lower-case ASCII letters, digits and underscores
    for (int i = 0; i < n; ) {
      char ch = text.charAt(i);
      int c;
      int next;
      boolean part;
      if (ch < 0x80) {
        c = ch;
        next = i + 1;
        part = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (c >= 'A' && c <= 'Z');
      } else {
        c = text.codePointAt(i);
        next = i + Character.charCount(c);
        part = isWordPart(c);
      }
      if (part) {
        if (start < 0) {
          start = i;
          plain = true;
        }
        if (c >= 0x80 || (c >= 'A' && c <= 'Z')) plain = false;
      } else if (start >= 0) {
        emit(text, start, i, plain, word);
        start = -1;
      }
      i = next;
    }
    if (start >= 0) emit(text, start, n, plain, word);
  }

  private static void emit(String text, int start, int end, boolean plain, Consumer<String> word) {
    if (end - start > MAX_LENGTH) return;
    String w = text.substring(start, end);
    word.accept(plain ? w : w.toLowerCase(Locale.ROOT));
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
