package org.fieldguide.search;

import java.text.Normalizer;

/**
 * Folds a lower-cased word so that readers find it however they type it: accents and other
 * combining marks go ({@code instalação} → {@code instalacao}), as do Arabic short vowels and the
 * tatweel, and letters people commonly type one for the other become one ({@code ß} → {@code
 * ss}, Arabic alef maksura → yeh, teh marbuta → heh, Arabic-Indic digits → ASCII digits).
 *
 * <p>{@code js/search.js} has the same function ({@code fold}); change both together. The
 * browser test {@code StemmerEquivalenceIT} compares them.
 */
final class Folding {
  private Folding() {}

  static String fold(String word) {
    if (isAscii(word)) return word; // nearly every English word, and code
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
      switch (c) {
        case 'ß' -> out.append("ss");
        case 'æ' -> out.append("ae");
        case 'œ' -> out.append("oe");
        case 'ø' -> out.append('o');
        case 'đ', 'ð' -> out.append('d');
        case 'ł' -> out.append('l');
        case 'ı' -> out.append('i');
        case 'þ' -> out.append("th");
        case '\u0640' -> { } // tatweel, a stretching stroke with no meaning
        case '\u0649' -> out.append('\u064A'); // alef maksura → yeh
        case '\u0629' -> out.append('\u0647'); // teh marbuta → heh
        default -> {
          if (c >= '\u0660' && c <= '\u0669') out.append((char) ('0' + c - '\u0660'));
          else if (c >= '\u06F0' && c <= '\u06F9') out.append((char) ('0' + c - '\u06F0'));
          else out.appendCodePoint(c);
        }
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
    return true;
  }
}
