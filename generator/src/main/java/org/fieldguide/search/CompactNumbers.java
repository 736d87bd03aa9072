package org.fieldguide.search;

/**
 * Writes non-negative whole numbers as short runs of URL- and JSON-safe characters, 5 bits per
 * character: the last character of a number is one of the first 32 characters of {@link
 * #ALPHABET}, the ones before it (for numbers of 32 and more) one of the other 32. Posting lists
 * are long sequences of small numbers (gaps between page numbers, scores), so most numbers take
 * one character. {@code js/search.js} decodes them ({@code decode}).
 */
final class CompactNumbers {
  static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

  private CompactNumbers() {}

  static void append(StringBuilder out, int value) {
    if (value < 0) throw new IllegalArgumentException("negative: " + value);
    int shift = 0;
    while ((value >>> shift) >= 32) shift += 5;
    for (; shift > 0; shift -= 5) out.append(ALPHABET.charAt(32 + ((value >>> shift) & 31)));
    out.append(ALPHABET.charAt(value & 31));
  }

  static int[] decode(String s) {
    int[] out = new int[s.length()];
    int n = 0;
    int value = 0;
    for (int i = 0; i < s.length(); i++) {
      int digit = ALPHABET.indexOf(s.charAt(i));
      if (digit >= 32) {
        value = (value << 5) | (digit - 32);
      } else {
        out[n++] = (value << 5) | digit;
        value = 0;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
