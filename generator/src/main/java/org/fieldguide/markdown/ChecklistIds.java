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

  /**
   * A new digest for each id, copied from this one: asking the security providers for an
   * algorithm by name on every step was a fifth of making ids in a profile of a cold build.
   * Never used itself, only copied, so it is shared by every thread.
   */
  private static final MessageDigest SHA_256;

  static {
    try {
      SHA_256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whitespace collapsed, so re-wrapping a line keeps the tick. */
  public static String normalise(String text) {
    // Item texts arrive normalised from the index: checked in one pass instead of a regex replace.
    return isNormal(text) ? text : WHITESPACE.matcher(text.strip()).replaceAll(" ");
  }

  /** True when {@link #normalise} would return {@code text} unchanged. */
  private static boolean isNormal(String text) {
    int n = text.length();
    if (n == 0) return true;
    if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(n - 1))) return false;
    for (int i = 1; i < n - 1; i++) {
      char c = text.charAt(i);
      // What the pattern's \s matches: a lone space stays, anything else is replaced.
      if (c == ' ' ? text.charAt(i - 1) == ' ' : c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') return false;
    }
    return true;
  }

  /** {@code c} + 12 hex digits, with {@code -n} for the n-th repeat of the same text. */
  public static String of(String scope, String text, int occurrence) {
    MessageDigest sha;
    try {
      sha = (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the runtime's SHA-256 can be copied", e);
    }
    byte[] d = sha.digest((scope + "\u0000" + normalise(text)).getBytes(StandardCharsets.UTF_8));
    String id = "c" + HexFormat.of().formatHex(d, 0, 6);
    return occurrence > 1 ? id + "-" + occurrence : id;
  }
}
