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

  static void forEach(CharSequence text, Consumer<String> word) {
    int n = text.length();
    int start = -1;
    for (int i = 0; i < n; ) {
      int c = Character.codePointAt(text, i);
      int next = i + Character.charCount(c);
      if (isWordPart(c)) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        emit(text, start, i, word);
        start = -1;
      }
      i = next;
    }
    if (start >= 0) emit(text, start, n, word);
  }

  private static void emit(CharSequence text, int start, int end, Consumer<String> word) {
    if (end - start > MAX_LENGTH) return;
    String w = text.subSequence(start, end).toString();
    word.accept(isLowerAscii(w) ? w : w.toLowerCase(Locale.ROOT));
  }

  private static boolean isLowerAscii(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) return false;
    }
    return true;
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
