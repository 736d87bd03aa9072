package org.fieldguide.html;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one policy for everything a writer controls that reaches a page's HTML: raw HTML in
 * Markdown, attribute lists ({@code {#id .class}}) and URLs. What is not listed here is removed
 * (and reported). Pull requests come from many hands, so the list is short and deliberately
 * boring: the markup documentation needs, no scripts, no event handlers, no {@code style}, no
 * script-capable URL schemes.
 */
public final class HtmlPolicy {
  private static final Set<String> TAGS =
      Set.of(
          "a", "abbr", "aside", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del",
          "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
          "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "section", "small", "span",
          "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr",
          "u", "ul", "var", "wbr");

  private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("id", "class", "lang", "dir", "title", "role", "aria-label", "aria-hidden");

  private static final Map<String, Set<String>> TAG_ATTRIBUTES =
      Map.ofEntries(
          Map.entry("a", Set.of("href", "name", "rel", "hreflang")),
          Map.entry("img", Set.of("src", "srcset", "alt", "width", "height", "loading")),
          Map.entry("blockquote", Set.of("cite")),
          Map.entry("q", Set.of("cite")),
          Map.entry("del", Set.of("cite", "datetime")),
          Map.entry("ins", Set.of("cite", "datetime")),
          Map.entry("td", Set.of("align", "colspan", "rowspan")),
          Map.entry("th", Set.of("align", "colspan", "rowspan", "scope")),
          Map.entry("col", Set.of("span", "width")),
          Map.entry("colgroup", Set.of("span", "width")),
          Map.entry("ol", Set.of("start", "type", "reversed")),
          Map.entry("li", Set.of("value")),
          Map.entry("time", Set.of("datetime")),
          Map.entry("details", Set.of("open")));

  /** Elements whose content the browser does not parse as markup: dropped with their content. */
  private static final Set<String> RAW_TEXT =
      Set.of("script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title", "plaintext");

  /** Attributes that hold a URL, checked against the allowed schemes and resolved as links. */
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

  /** Attributes a writer may set with an attribute list {@code {…}} after a heading, link or image. */
  private static final Set<String> ATTRIBUTE_LIST = Set.of("id", "class", "width", "height", "alt", "title", "lang", "dir");

  /**
   * The schemes a browser runs as script (or, for {@code data:}, as a page of the attacker's).
   * Links to every other scheme ({@code irc:}, {@code ssh:}, an app's own) only ever open another
   * program, after the browser asks, so they are allowed, as CommonMark expects.
   */
  private static final Set<String> SCRIPT_SCHEMES = Set.of("javascript", "vbscript", "data", "livescript", "mocha");
  private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

  /**
   * The Content-Security-Policy every page carries, as a {@code <meta http-equiv>} (the default
   * theme's {@code layout.ftlh} and {@code root.ftlh}, and the redirect pages): the browser's own
   * guard behind the sanitiser, so a vector the sanitiser misses still does not run.
   *
   * <ul>
   *   <li>{@code script-src 'self'}: scripts only from the site's own files, never inline code,
   *       inline handlers ({@code onerror=…}) or {@code javascript:} URLs; the theme needs none.
   *   <li>{@code style-src 'self'}: no {@code <style>} or {@code style=""} either (the sanitiser
   *       removes them; CSS can leak text and restyle a page into a phishing form).
   *   <li>{@code img-src 'self' https: http:}: the images the sanitiser lets writers use, the
   *       site's own and web addresses; no {@code data:}.
   *   <li>{@code object-src 'none'}, {@code base-uri 'none'} (a {@code <base>} would re-point every
   *       relative link and script), {@code form-action 'self'}.
   * </ul>
   *
   * <p>{@code frame-ancestors}, {@code report-uri} and {@code sandbox} are ignored in a meta tag;
   * a host that wants them sends them as a header. In Chromium, {@code 'self'} also matches the
   * site's files on a page opened from {@code file://}, so a downloaded copy works.
   */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http:; object-src 'none';"
          + " base-uri 'none'; form-action 'self'";

  private HtmlPolicy() {}

  public static boolean isAllowedTag(String tag) {
    return TAGS.contains(tag);
  }

  static boolean isRawText(String tag) {
    return RAW_TEXT.contains(tag);
  }

  public static boolean isAllowedAttribute(String tag, String attribute) {
    if (GLOBAL_ATTRIBUTES.contains(attribute)) return true;
    Set<String> own = TAG_ATTRIBUTES.get(tag);
    return own != null && own.contains(attribute);
  }

  static boolean isUrlAttribute(String attribute) {
    return URL_ATTRIBUTES.contains(attribute);
  }

  /** Whether a writer may set {@code attribute} with an attribute list such as {@code {#id .wide}}. */
  public static boolean isAllowedInAttributeList(String attribute) {
    return ATTRIBUTE_LIST.contains(attribute);
  }

  /**
   * The scheme of an absolute URL, lower case, ignoring the characters browsers skip inside a
   * scheme ({@code "java\tscript:"}); empty for a relative URL.
   */
  public static String scheme(String url) {
    int colon = url.indexOf(':');
    if (colon < 0) return "";
    StringBuilder compact = new StringBuilder(Math.min(url.length(), 40));
    for (int i = 0; i < url.length() && compact.length() < 40; i++) {
      char c = url.charAt(i);
      if (c > 0x20 && c != 0x7f) compact.append(c);
    }
    var m = SCHEME.matcher(compact);
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  /** Whether a link ({@code <a href>}, a Markdown link) may point at {@code url}. */
  public static boolean isSafeLink(String url) {
    return !SCRIPT_SCHEMES.contains(scheme(url));
  }

  /** Whether an image may be loaded from {@code url}. */
  public static boolean isSafeImage(String url) {
    String s = scheme(url);
    return s.isEmpty() || IMAGE_SCHEMES.contains(s);
  }

  /** Whether {@code url} is a web address (http or https), as configuration URLs must be. */
  public static boolean isWebAddress(String url) {
    String s = scheme(url);
    return s.equals("http") || s.equals("https");
  }
}
