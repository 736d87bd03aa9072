package org.fieldguide.offline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

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
  /** The page's HTML with relative folder links pointing at {@code index.html}. */
  public String rewrite(String html) {
    byte[] in = html.getBytes(StandardCharsets.UTF_8);
    byte[] out = rewrite(in);
    return out == in ? html : new String(out, StandardCharsets.UTF_8);
  }

  /**
   * The same over UTF-8 bytes, in one pass without decoding the page (every byte looked for is
   * ASCII, which never occurs inside a multi-byte UTF-8 sequence); {@code html} itself when no
   * link changes.
   */
  public byte[] rewrite(byte[] html) {
    ByteArrayOutputStream out = null;
    int last = 0;
    for (int i = 1; i < html.length; i++) {
      // An attribute value: ="…" after the name href or src, which follows white space.
      if (html[i] != '"' || html[i - 1] != '=') continue;
      int name = i - 1;
      boolean href = name >= 5 && html[name - 4] == 'h' && html[name - 3] == 'r' && html[name - 2] == 'e' && html[name - 1] == 'f'
          && space(html[name - 5]);
      boolean src = !href && name >= 4 && html[name - 3] == 's' && html[name - 2] == 'r' && html[name - 1] == 'c' && space(html[name - 4]);
      if (!href && !src) continue;
      int end = i + 1;
      while (end < html.length && html[end] != '"') end++;
      if (end == html.length) break;
      String value = new String(html, i + 1, end - i - 1, StandardCharsets.UTF_8);
      String rewritten = link(value);
      if (!rewritten.equals(value)) {
        if (out == null) out = new ByteArrayOutputStream(html.length + 1024);
        out.write(html, last, i + 1 - last);
        out.writeBytes(rewritten.getBytes(StandardCharsets.UTF_8));
        last = end;
      }
      i = end;
    }
    if (out == null) return html;
    out.write(html, last, html.length - last);
    return out.toByteArray();
  }

  private static boolean space(byte b) {
    return b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f';
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
