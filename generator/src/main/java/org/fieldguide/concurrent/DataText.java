package org.fieldguide.concurrent;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@link DataOutput#writeUTF} and {@link DataInput#readUTF}, byte for byte, made for the cache
 * files' texts: paths, addresses and digests, nearly all ASCII. The JDK's own walk a text char by
 * char, twice to write it (its encoded length, then its bytes) and twice to read it (decoding into
 * chars, then compacting those into the string's bytes); under the build's first-tier JIT that was
 * most of writing the histories a one-page rebuild saves (89 of 205 CPU samples of their writes at
 * 10,000 pages x 3). Here an ASCII text is copied as a block and checked once; any other takes the
 * JDK's way, so the files are what they were and either side reads the other's.
 */
public final class DataText {
  private DataText() {}

  /** Writes {@code s} as {@link DataOutput#writeUTF} does. */
  public static void write(DataOutput out, String s) throws IOException {
    int n = s.length();
    if (n <= 0xFFFF) {
      // As Latin-1: a copy of the string's own bytes when it holds no character past U+00FF.
      byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
      if (plain(bytes, s)) {
        out.writeShort(n);
        out.write(bytes);
        return;
      }
    }
    out.writeUTF(s);
  }

  /**
   * Whether each byte is its character in modified UTF-8: from 1 to 127. Encoding as Latin-1
   * writes {@code ?} for a character it cannot write: a {@code ?} must be one in the text.
   */
  private static boolean plain(byte[] bytes, String s) {
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b <= 0 || (b == '?' && s.charAt(i) != '?')) return false;
    }
    return true;
  }

  /** Reads a text written by {@link DataOutput#writeUTF} (or {@link #write}). */
  public static String read(DataInput in) throws IOException {
    int n = in.readUnsignedShort();
    byte[] bytes = new byte[n];
    in.readFully(bytes);
    for (byte b : bytes) {
      if (b < 0) return decode(bytes);
    }
    // Each byte from 0 to 127 is that character: a Latin-1 string is a copy of the bytes.
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Decodes modified UTF-8 the JDK's way, with its checks and its errors. */
  private static String decode(byte[] bytes) throws IOException {
    byte[] framed = new byte[bytes.length + 2];
    framed[0] = (byte) (bytes.length >>> 8);
    framed[1] = (byte) bytes.length;
    System.arraycopy(bytes, 0, framed, 2, bytes.length);
    return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(framed)));
  }
}
