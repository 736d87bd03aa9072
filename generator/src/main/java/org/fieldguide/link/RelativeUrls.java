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
    // Index arithmetic rather than splitting: this runs for every link of every page.
    int n = Math.min(fromDir.length(), to.length());
    int common = 0;
    for (int i = 0; i < n && fromDir.charAt(i) == to.charAt(i); i++) {
      if (fromDir.charAt(i) == '/') common = i + 1;
    }
    StringBuilder sb = new StringBuilder(to.length() - common + 16);
    for (int i = common; i < fromDir.length(); i++) {
      if (fromDir.charAt(i) == '/') sb.append("../");
    }
    sb.append(encode(to.substring(common)));
    if (sb.length() == 0) return "./";
    // A first segment with a colon would be read as a scheme: a page at javascript:alert(1)/*/*/
    // (a permalink, a file name) linked from its parent folder must not become a script URL.
    int colon = sb.indexOf(":");
    int slash = sb.indexOf("/");
    if (colon >= 0 && (slash < 0 || colon < slash)) sb.insert(0, "./");
    return sb.toString();
  }

  /** Escapes only what would change a URL's meaning; other characters stay readable. */
  static String encode(String segment) {
    boolean plain = true;
    for (int i = 0; i < segment.length() && plain; i++) {
      char c = segment.charAt(i);
      plain = c != ' ' && c != '#' && c != '?' && c != '%' && c != '"';
    }
    if (plain) return segment;
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
