package org.fieldguide.search;

import java.util.HexFormat;
import org.fieldguide.digest.Fingerprint;

/**
 * A digest of values: 128 bits of MurmurHash3 over the 128-bit MurmurHash3 of each call's
 * values ({@link Fingerprint}: their characters, each after its length, so values cannot run into
 * each other; not encoded first, which was a third of what hashing a page's outline cost).
 * Hashing each call at once keeps 16 bytes per call, not the values: the outlines of a 50,000-page
 * language are tens of megabytes. It names versions and files, compared only with names of the
 * same tool's making, so it must not collide by accident, and nobody gains by forging one;
 * SHA-256, in plain Java under the first-tier JIT, took a fifth of a cold build's search stage
 * (the pages' outlines for the index version, then the 22 MB of page chunks per language for
 * their groups' names, which now come from each page's hash).
 */
final class IndexDigest {
  private final java.io.ByteArrayOutputStream hashes = new java.io.ByteArrayOutputStream(1 << 12);

  void add(String... values) {
    addHash(hash(values));
  }

  /**
   * The 16 bytes {@code add(values)} absorbs, made on any thread: a page's, on the pages'
   * threads, for its group's version ({@link #addHash}).
   */
  static byte[] hash(String... values) {
    Fingerprint f = new Fingerprint();
    for (String v : values) f.addText(v);
    return f.bytes();
  }

  void addHash(byte[] hash) {
    hashes.writeBytes(hash);
  }

  /** The first {@code chars} hexadecimal digits of the digest of one call's {@code values}. */
  static String hex(int chars, String... values) {
    IndexDigest d = new IndexDigest();
    d.add(values);
    return d.hex(chars);
  }

  /** The first {@code chars} hexadecimal digits of the digest. */
  String hex(int chars) {
    long[] h = org.apache.commons.codec.digest.MurmurHash3.hash128x64(hashes.toByteArray());
    return (HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1])).substring(0, chars);
  }
}
