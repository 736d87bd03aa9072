package org.fieldguide.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.fieldguide.frontmatter.ParsedPage;
import org.fieldguide.frontmatter.SourceDigest;

/**
 * A short digest of every published page's text: it changes whenever the documentation does, and
 * is the same for the same input, so a checklist report can say which version a technician
 * followed without making the build depend on the clock.
 */
public final class SiteVersion {
  private SiteVersion() {}

  public static String of(SiteTree tree) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Page p : tree.pages()) {
        Optional<ParsedPage> c = p.content();
        if (c.isEmpty() || p.fallback()) continue;
        sha.update((c.get().source().contentPath() + "\u0000" + SourceDigest.of(c.get()) + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
