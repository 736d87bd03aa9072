package org.fieldguide.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URL schemes a page may link to. Anything else ({@code javascript:}, {@code data:},
 * {@code vbscript:}, in any letter case, with any control characters browsers ignore) is removed.
 */
public final class UrlPolicy {
  private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel", "ftp");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7f]");

  private UrlPolicy() {}

  /** The scheme of an absolute URL, lower case, ignoring the characters browsers skip. */
  public static String scheme(String url) {
    // Browsers drop ASCII whitespace and control characters inside a scheme ("java\tscript:").
    String compact = url.indexOf(':') < 0 ? "" : IGNORED.matcher(url).replaceAll("");
    Matcher m = SCHEME.matcher(compact);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  public static boolean isSafe(String url) {
    String s = scheme(url);
    return s.isEmpty() || ALLOWED.contains(s);
  }
}
