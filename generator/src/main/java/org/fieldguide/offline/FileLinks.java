package org.fieldguide.offline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a published page work opened from disk: a browser shows a folder's listing for {@code
 * file:///…/runbooks/}, not its {@code index.html}, so every relative link to a folder gets {@code
 * index.html} ({@code ../} becomes {@code ../index.html}, {@code a/#step-2} becomes {@code
 * a/index.html#step-2}).
 *
 * <p>It rewrites the value of {@code href} and {@code src} attributes only, in HTML the theme
 * wrote: attribute values are always double-quoted there, and text and code never hold a raw
 * {@code "} (they are escaped as {@code &quot;}), so an attribute cannot be confused with text.
 * Addresses with a scheme ({@code https:}, {@code mailto:}), from the root ({@code /}) or
 * protocol-relative ({@code //}), and fragments alone ({@code #x}) are left as they are.
 */
public final class FileLinks {
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\s(?:href|src)=\")([^\"]*)\"");

  /** The page's HTML with relative folder links pointing at {@code index.html}. */
  public String rewrite(String html) {
    Matcher m = ATTRIBUTE.matcher(html);
    StringBuilder sb = null;
    int last = 0;
    while (m.find()) {
      String value = m.group(2);
      String rewritten = link(value);
      if (rewritten.equals(value)) continue;
      if (sb == null) sb = new StringBuilder(html.length() + 1024);
      sb.append(html, last, m.start(2)).append(rewritten);
      last = m.end(2);
    }
    if (sb == null) return html;
    return sb.append(html, last, html.length()).toString();
  }

  /** One address: a relative folder gets {@code index.html} before its query or fragment. */
  static String link(String value) {
    if (value.isEmpty() || value.startsWith("/") || value.startsWith("#") || value.startsWith("?") || hasScheme(value)) return value;
    int end = value.length();
    int query = value.indexOf('?');
    int fragment = value.indexOf('#');
    if (query >= 0) end = query;
    if (fragment >= 0 && fragment < end) end = fragment;
    String path = value.substring(0, end);
    if (path.equals(".") || path.equals("..") || path.endsWith("/.") || path.endsWith("/..")) path = path + "/";
    if (!path.endsWith("/")) return value;
    return path + "index.html" + value.substring(end);
  }

  /** Whether {@code value} starts with a URL scheme (letters, digits, + - . then a colon before any / ? #). */
  private static boolean hasScheme(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ':') return i > 0;
      if (c == '/' || c == '?' || c == '#') return false;
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
      if (!ok) return false;
    }
    return false;
  }
}
