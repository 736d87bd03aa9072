package org.fieldguide.link;

/**
 * Relative URLs between published paths, so the site works at any base path (a project page under
 * {@code /repo/}) and opened from disk.
 */
public final class RelativeUrls {
  private RelativeUrls() {}

  /**
   * The relative URL from the page at {@code fromDir} (a folder path ending in {@code /}, such as
   * {@code es/runbooks/deploy/}) to {@code to} (a folder ending in {@code /} or a file path).
   */
  public static String between(String fromDir, String to) {
    String[] from = segments(fromDir);
    String[] target = segments(to);
    boolean targetIsDir = to.isEmpty() || to.endsWith("/");
    int common = 0;
    int max = targetIsDir ? target.length : target.length - 1;
    while (common < from.length && common < max && from[common].equals(target[common])) common++;
    StringBuilder sb = new StringBuilder();
    for (int i = common; i < from.length; i++) sb.append("../");
    for (int i = common; i < target.length; i++) {
      sb.append(encode(target[i]));
      if (i < target.length - 1 || targetIsDir) sb.append('/');
    }
    if (sb.length() == 0) return "./";
    // A first segment with a colon would be read as a scheme: a page at javascript:alert(1)/*/*/
    // (a permalink, a file name) linked from its parent folder must not become a script URL.
    int colon = sb.indexOf(":");
    int slash = sb.indexOf("/");
    if (colon >= 0 && (slash < 0 || colon < slash)) sb.insert(0, "./");
    return sb.toString();
  }

  private static String[] segments(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return p.isEmpty() ? new String[0] : p.split("/");
  }

  /** Escapes only what would change a URL's meaning; other characters stay readable. */
  static String encode(String segment) {
    StringBuilder sb = new StringBuilder(segment.length());
    for (char c : segment.toCharArray()) {
      switch (c) {
        case ' ' -> sb.append("%20");
        case '#' -> sb.append("%23");
        case '?' -> sb.append("%3F");
        case '%' -> sb.append("%25");
        case '"' -> sb.append("%22");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
