package org.fieldguide.markdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * GitHub's emoji shortcodes in page text: {@code :warning:} becomes ⚠️, by the names GitHub
 * knows (npm gemoji, vendored as {@code emoji/gemoji.tsv} by {@code scripts/update-vendor.sh}).
 * Writers review pages on GitHub, which shows the emoji; the site showed ":warning:". As on
 * GitHub, a name that is not an emoji's stays as written, and code is left alone (only text
 * nodes come here). Unlike GitHub, a name touching a letter or digit stays too: in an IPv6 or MAC
 * address written as text ({@code 2001:db8:a:b::1}, {@code fe80::cd:1}), {@code :a:} and
 * {@code :cd:} are emoji names, and a technician must read the address as written.
 */
final class EmojiShortcodes {
  private EmojiShortcodes() {}

  /** Loaded on the first name seen: most pages hold none, and a build that meets none never reads it. */
  private static final class Table {
    static final Map<String, String> BY_NAME = load();

    private static Map<String, String> load() {
      InputStream in = EmojiShortcodes.class.getResourceAsStream("emoji/gemoji.tsv");
      if (in == null) throw new IllegalStateException("emoji/gemoji.tsv is missing from the jar; rebuild it");
      Map<String, String> names = new HashMap<>(4096);
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          int tab = line.indexOf('\t');
          if (tab > 0) names.put(line.substring(0, tab), line.substring(tab + 1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Map.copyOf(names);
    }
  }

  /** {@code text} with each {@code :name:} of an emoji replaced by it; the same string when there is none. */
  static String replace(String text) {
    int colon = text.indexOf(':');
    if (colon < 0) return text;
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    while (colon >= 0) {
      int end = colon + 1;
      while (end < n && isNamePart(text.charAt(end))) end++;
      if (end > colon + 1 && end < n && text.charAt(end) == ':' && apart(text, colon, end)) {
        String emoji = Table.BY_NAME.get(text.substring(colon + 1, end));
        if (emoji != null) {
          if (out == null) out = new StringBuilder(n);
          out.append(text, copied, colon).append(emoji);
          copied = end + 1;
          colon = text.indexOf(':', end + 1);
        } else {
          // ":not_one::rocket:": a colon that closed no name may open the next one.
          colon = end;
        }
      } else {
        colon = text.indexOf(':', end);
      }
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /** Whether the name between the colons at {@code open} and {@code close} touches no letter or digit outside them. */
  private static boolean apart(String text, int open, int close) {
    return (open == 0 || !Character.isLetterOrDigit(text.charAt(open - 1)))
        && (close + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(close + 1)));
  }

  private static boolean isNamePart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
  }
}
