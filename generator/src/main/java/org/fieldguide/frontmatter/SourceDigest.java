package org.fieldguide.frontmatter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The digest of a default-language page that a translation records in {@code source_hash}, so
 * an outdated translation is found from the files alone: in a shallow CI clone or a tarball
 * without history. Covers the title and the body; trailing spaces and line endings do not count.
 */
public final class SourceDigest {
  private SourceDigest() {}

  public static String of(ParsedPage page) {
    return of(page.title(), page.body());
  }

  public static String of(String title, String body) {
    StringBuilder normal = new StringBuilder(title.strip()).append('\n');
    for (String line : body.split("\n", -1)) normal.append(line.stripTrailing()).append('\n');
    String text = normal.toString().stripTrailing();
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
