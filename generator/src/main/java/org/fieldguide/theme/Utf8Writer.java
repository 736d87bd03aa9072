package org.fieldguide.theme;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that keeps what is written as UTF-8, in a buffer it keeps for the next use ({@link
 * #reset}): the bytes a page is written as, without the text in between.
 *
 * <p>Why: a page was rendered into a string builder, which turned into two bytes a character at
 * the first character past Latin-1 (an ellipsis or a quotation mark of the interface strings is on
 * every page), then copied into a string, then encoded: about 100 KB made per 18 KB page, 3 GB of
 * the 29 GB a cold build of 10,000 pages x 3 allocated. The bytes are those {@link
 * String#getBytes} gives for the same text, a lone surrogate as {@code ?}. Not thread-safe.
 *
 * <p>A char array (a template's text) is encoded in one loop: under the first-tier JIT, which
 * inlines little, a call per character (to {@code String.charAt} and to the encoding of one
 * character) was 3.1 of the 73 CPU seconds of a cold build of 10,000 pages x 3. A string (a
 * page's body, a value) is encoded by {@link String#getBytes} ({@link #write(String, int, int)}).
 * Surrogates, rare, go through {@link #put}.
 */
final class Utf8Writer extends Writer {
  private byte[] bytes;
  private int length;
  /** A high surrogate written last, waiting for the low one that may come in the next write. */
  private char high;

  Utf8Writer(int capacity) {
    this.bytes = new byte[capacity];
  }

  /** Empties the writer for the next page, keeping its buffer. */
  void reset() {
    length = 0;
    high = 0;
  }

  /** What was written, as UTF-8. */
  byte[] toByteArray() {
    flushHigh();
    return Arrays.copyOf(bytes, length);
  }

  @Override
  public void write(int c) {
    put((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int count) {
    // Three bytes a character at most, and one more for a high surrogate left by the last write
    // (4 bytes for the low one that ends it, or '?' before the character that does not).
    room(count * 3 + 1);
    int i = offset;
    int end = offset + count;
    // After a high surrogate left by the last write: what follows it goes through put, which
    // knows the pairs, until it is not a high surrogate itself. None is waiting in the loop
    // below, which so needs no check of it per character.
    while (high != 0 && i < end) put(chars[i++]);
    byte[] b = bytes;
    int n = length;
    for (; i < end; i++) {
      char c = chars[i];
      if (c < 0x80) {
        b[n++] = (byte) c;
      } else if (c < 0x800) {
        b[n++] = (byte) (0xC0 | c >> 6);
        b[n++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        b[n++] = (byte) (0xE0 | c >> 12);
        b[n++] = (byte) (0x80 | (c >> 6 & 0x3F));
        b[n++] = (byte) (0x80 | (c & 0x3F));
      } else {
        // A surrogate, and after a high one what follows it, as above. Put may grow the buffer.
        length = n;
        put(c);
        while (high != 0 && i + 1 < end) put(chars[++i]);
        b = bytes;
        n = length;
      }
    }
    length = n;
  }

  /**
   * Encoded by {@link String#getBytes}, which gives the bytes of a string kept as Latin-1 (most of
   * a page: markup and English text) by one copy once it has found no byte past ASCII, and copied
   * in. Under the first-tier JIT that was half the time of the loop over the string's characters
   * (copied out of it first), with the same bytes; a surrogate pair cut between two writes still
   * goes through {@link #put}, which joins it.
   */
  @Override
  public void write(String s, int offset, int count) {
    int at = offset;
    int end = offset + count;
    // After a high surrogate left by the last write: what follows it, one character at a time,
    // until it is not a high surrogate itself.
    while (high != 0 && at < end) put(s.charAt(at++));
    if (at == end) return;
    // A high surrogate at the end waits for the next write.
    int whole = Character.isHighSurrogate(s.charAt(end - 1)) ? end - 1 : end;
    if (whole > at) {
      byte[] encoded = (at == 0 && whole == s.length() ? s : s.substring(at, whole)).getBytes(StandardCharsets.UTF_8);
      room(encoded.length);
      System.arraycopy(encoded, 0, bytes, length, encoded.length);
      length += encoded.length;
    }
    if (whole < end) put(s.charAt(whole));
  }

  @Override
  public void write(String s) {
    write(s, 0, s.length());
  }

  @Override
  public Writer append(CharSequence s) {
    String text = String.valueOf(s);
    write(text, 0, text.length());
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  private void put(char c) {
    if (high != 0) {
      char h = high;
      high = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(h, c);
        room(4);
        bytes[length++] = (byte) (0xF0 | cp >> 18);
        bytes[length++] = (byte) (0x80 | (cp >> 12 & 0x3F));
        bytes[length++] = (byte) (0x80 | (cp >> 6 & 0x3F));
        bytes[length++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      room(1);
      bytes[length++] = '?';
    }
    if (c < 0x80) {
      if (length == bytes.length) room(1);
      bytes[length++] = (byte) c;
    } else if (c < 0x800) {
      room(2);
      bytes[length++] = (byte) (0xC0 | c >> 6);
      bytes[length++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      high = c;
    } else if (Character.isLowSurrogate(c)) {
      room(1);
      bytes[length++] = '?';
    } else {
      room(3);
      bytes[length++] = (byte) (0xE0 | c >> 12);
      bytes[length++] = (byte) (0x80 | (c >> 6 & 0x3F));
      bytes[length++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void flushHigh() {
    if (high == 0) return;
    high = 0;
    room(1);
    bytes[length++] = '?';
  }

  private void room(int more) {
    if (bytes.length - length >= more) return;
    bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
  }
}
