package org.fieldguide.emit;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.index.PageFacts;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;

/**
 * The site version: a short digest of every published source, the same for the same input. It
 * is a sum of one digest per source file (and a digest of the asset list), so an edit of one
 * page replaces that page's term without reading the others: {@code fieldguide serve} writes the
 * manifest after every edit, and must not pay for the size of the site to do so.
 */
public final class SiteVersion {
  private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

  private final BigInteger sum;
  private final byte[] assets;

  private SiteVersion(BigInteger sum, byte[] assets) {
    this.sum = sum;
    this.assets = assets;
  }

  /** The version of a whole site: every page with text of its own (not fallbacks) and every asset. */
  public static SiteVersion of(SiteTree tree) {
    BigInteger sum = BigInteger.ZERO;
    for (Page p : tree.pages()) {
      if (p.content().isEmpty() || p.fallback()) continue;
      sum = sum.add(term(p.content().get()));
    }
    MessageDigest sha = sha();
    for (AssetFacts a : tree.assets()) sha.update((a.source().contentPath() + "\n").getBytes(StandardCharsets.UTF_8));
    return new SiteVersion(sum.mod(MODULUS), sha.digest());
  }

  /** The version after the source of {@code before} changed into {@code after} (the same file). */
  public SiteVersion replacing(PageFacts before, PageFacts after) {
    return new SiteVersion(sum.subtract(term(before)).add(term(after)).mod(MODULUS), assets);
  }

  /** Twelve hexadecimal digits, as the manifest shows it. */
  public String hex() {
    MessageDigest sha = sha();
    sha.update(sum.toByteArray());
    sha.update(assets);
    return HexFormat.of().formatHex(sha.digest(), 0, 6);
  }

  private static BigInteger term(PageFacts f) {
    byte[] d = sha().digest((f.source().contentPath() + "\u0000" + f.digest()).getBytes(StandardCharsets.UTF_8));
    return new BigInteger(1, d);
  }

  private static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
