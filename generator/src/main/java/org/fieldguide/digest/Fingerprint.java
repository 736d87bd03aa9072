package org.fieldguide.digest;

import java.util.HexFormat;

/**
 * A 128-bit MurmurHash3 (the x64 variant, seed 0) of text, fed in pieces: the hash of the
 * UTF-16LE bytes of all the pieces in order, computed from the characters without encoding or
 * joining them first. It tells whether a page's view is the one the last build rendered:
 * not a cryptographic hash (nobody gains anything by making two views of their own site
 * collide), and with 128 bits an accidental collision among a site's pages is out of reach.
 * A page view is tens of kilobytes of text, and SHA-256 over it was most of the time a rebuild
 * spent on pages it then did not render. Not thread-safe: one per fingerprint.
 */
public final class Fingerprint {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private long h1;
  private long h2;
  /** Characters not yet absorbed: up to four in {@code word}, and one whole word in {@code first}. */
  private long word;
  private int inWord;
  private long first;
  private boolean hasFirst;
  private long chars;
  /**
   * Small: a fingerprint is made per page (twice per page and language in a one-page rebuild:
   * its render key, its search outline), mostly of short texts. 4 KB each was a fifth of what
   * emit allocated; 512 bytes each, 28 of the 600 MB a one-page rebuild at 10,000 pages x 3
   * allocated.
   */
  private final char[] chunk = new char[64];

  /** One character, as if it were a text of one. */
  public Fingerprint add(char c) {
    word |= (long) c << (inWord << 4);
    if (++inWord == 4) absorbWord();
    chars++;
    return this;
  }

  /** A number, as two characters (its high and low halves). */
  public Fingerprint add(int n) {
    return add((char) (n >>> 16)).add((char) n);
  }

  private void absorbWord() {
    absorb(word);
    word = 0;
    inWord = 0;
  }

  /** Takes a whole word of four characters: every second one completes a block with the one before. */
  private void absorb(long w) {
    if (hasFirst) {
      block(first, w);
      hasFirst = false;
    } else {
      first = w;
      hasFirst = true;
    }
  }

  public Fingerprint add(String text) {
    int n = text.length();
    // Copied out in chunks: charAt per character, bounds-checked, was half of the time.
    for (int from = 0; from < n; from += chunk.length) {
      int to = Math.min(n, from + chunk.length);
      text.getChars(from, to, chunk, 0);
      int m = to - from;
      int i = 0;
      for (; i < m && inWord != 0; i++) {
        word |= (long) chunk[i] << (inWord << 4);
        if (++inWord == 4) absorbWord();
      }
      // Whole words of four characters at a time.
      for (; i + 4 <= m; i += 4) {
        absorb(chunk[i] | (long) chunk[i + 1] << 16 | (long) chunk[i + 2] << 32 | (long) chunk[i + 3] << 48);
      }
      for (; i < m; i++) {
        word |= (long) chunk[i] << (inWord << 4);
        if (++inWord == 4) absorbWord();
      }
    }
    chars += n;
    return this;
  }

  private void block(long k1, long k2) {
    h1 ^= mixK1(k1);
    h1 = Long.rotateLeft(h1, 27);
    h1 += h2;
    h1 = h1 * 5 + 0x52dce729;
    h2 ^= mixK2(k2);
    h2 = Long.rotateLeft(h2, 31);
    h2 += h1;
    h2 = h2 * 5 + 0x38495ab5;
  }

  /**
   * A text after its length: two sequences of texts fed this way never feed the same characters
   * ({@code "ab","c"} and {@code "a","bc"} differ).
   */
  public Fingerprint addText(String text) {
    return add(text.length()).add(text);
  }

  /** The hash as 32 hexadecimal digits. */
  public String hex() {
    long[] h = halves();
    // Not String.format: its pattern, parsed for every page, was 0.7 % of a one-page rebuild's CPU samples.
    HexFormat hex = HexFormat.of();
    return hex.toHexDigits(h[0]) + hex.toHexDigits(h[1]);
  }

  /** The hash as two numbers: the first and the last 16 digits {@link #hex} writes. */
  public long[] halves() {
    long[] h = finish();
    return new long[] {Long.reverseBytes(h[0]), Long.reverseBytes(h[1])};
  }

  /** The hash as 16 bytes, in the order {@link #hex} writes them. */
  public byte[] bytes() {
    long[] h = finish();
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (h[0] >>> (8 * i));
      out[8 + i] = (byte) (h[1] >>> (8 * i));
    }
    return out;
  }

  private long[] finish() {
    long a = h1;
    long b = h2;
    // The tail: fewer than 16 bytes, the first eight into k1, the rest into k2.
    if (hasFirst) {
      if (inWord > 0) b ^= mixK2(word);
      a ^= mixK1(first);
    } else if (inWord > 0) {
      a ^= mixK1(word);
    }
    long length = chars * 2;
    a ^= length;
    b ^= length;
    a += b;
    b += a;
    a = fmix(a);
    b = fmix(b);
    a += b;
    b += a;
    return new long[] {a, b};
  }

  private static long mixK1(long k) {
    return Long.rotateLeft(k * C1, 31) * C2;
  }

  private static long mixK2(long k) {
    return Long.rotateLeft(k * C2, 33) * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
