package org.fieldguide.emit;

import java.util.HexFormat;
import org.fieldguide.digest.Fingerprint;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.index.PageFacts;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;

/**
 * The site version: a short digest of every published source, the same for the same input. It
 * is a sum of one digest per source file (and a digest of the asset list), so an edit of one
 * page replaces that page's term without reading the others: {@code fieldguide serve} writes the
 * manifest after every edit, and must not pay for the size of the site to do so. The digests
 * are 128-bit MurmurHash3 ({@link Fingerprint}) summed modulo 2^128: it names a version, nobody
 * gains by making two collide, and SHA-256 per page (with its provider looked up per call) was a
 * sixth of a one-page rebuild's site files stage at 10,000 pages x 3.
 */
public final class SiteVersion {
  /** The sum, modulo 2^128, as its high and low halves. */
  private final long high;
  private final long low;
  private final String assets;

  private SiteVersion(long high, long low, String assets) {
    this.high = high;
    this.low = low;
    this.assets = assets;
  }

  /** The version of a whole site: every page with text of its own (not fallbacks) and every asset. */
  public static SiteVersion of(SiteTree tree) {
    long high = 0;
    long low = 0;
    for (Page p : tree.pages()) {
      if (p.content().isEmpty() || p.fallback()) continue;
      long[] t = term(p.content().get());
      long sum = low + t[1];
      high += t[0] + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
      low = sum;
    }
    Fingerprint assets = new Fingerprint();
    for (AssetFacts a : tree.assets()) assets.addText(a.source().contentPath());
    return new SiteVersion(high, low, assets.hex());
  }

  /** The version after the source of {@code before} changed into {@code after} (the same file). */
  public SiteVersion replacing(PageFacts before, PageFacts after) {
    long[] out = term(before);
    long[] in = term(after);
    // low - out + in, high likewise, with the borrow and the carry between the halves.
    long l1 = low - out[1];
    long h1 = high - out[0] - (Long.compareUnsigned(low, out[1]) < 0 ? 1 : 0);
    long l2 = l1 + in[1];
    long h2 = h1 + in[0] + (Long.compareUnsigned(l2, l1) < 0 ? 1 : 0);
    return new SiteVersion(h2, l2, assets);
  }

  /** Twelve hexadecimal digits, as the manifest shows it. */
  public String hex() {
    HexFormat hex = HexFormat.of();
    return new Fingerprint().add(hex.toHexDigits(high)).add(hex.toHexDigits(low)).add(assets).hex().substring(0, 12);
  }

  private static long[] term(PageFacts f) {
    return new Fingerprint().addText(f.source().contentPath()).addText(f.digest()).halves();
  }
}
