package org.fieldguide.markdown;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Stable checklist item ids: a digest of scope and normalised item text. */
public final class ChecklistIds {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private ChecklistIds() {}

  /** Whitespace collapsed, so re-wrapping a line keeps the tick. */
  public static String normalise(String text) {
    return WHITESPACE.matcher(text.strip()).replaceAll(" ");
  }

  /** {@code c} + 12 hex digits, with {@code -n} for the n-th repeat of the same text. */
  public static String of(String scope, String text, int occurrence) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] d = sha.digest((scope + "\u0000" + normalise(text)).getBytes(StandardCharsets.UTF_8));
      String id = "c" + HexFormat.of().formatHex(d, 0, 6);
      return occurrence > 1 ? id + "-" + occurrence : id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
