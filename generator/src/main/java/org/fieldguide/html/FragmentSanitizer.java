package org.fieldguide.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fieldguide.html.HtmlTokenizer.Attribute;
import org.fieldguide.html.HtmlTokenizer.EndTag;
import org.fieldguide.html.HtmlTokenizer.StartTag;
import org.fieldguide.html.HtmlTokenizer.Text;
import org.fieldguide.html.HtmlTokenizer.Token;
import org.fieldguide.html.HtmlTokenizer.Unfinished;
import org.jsoup.parser.Parser;

/**
 * Sanitises one fragment of raw HTML written in Markdown (an HTML block or an inline tag) on its
 * own, token by token: allowed tags and attributes are written out again in a canonical form,
 * everything else is removed and each removal is reported with its offset. Nothing around the
 * fragment is re-parsed or re-serialised, so the Markdown's own HTML stays exactly as rendered.
 *
 * <p>A trusted site ({@code allow_raw_html: true}) keeps the fragment as written except for GFM's
 * tagfilter, which makes {@code <script>}, {@code <style>}, {@code <iframe>}… inert text.
 *
 * <p>In both modes, URLs in {@code href}, {@code src}, {@code cite} and {@code srcset} go through
 * {@link Urls}, so links written as raw HTML are resolved and checked like Markdown links, and
 * {@code id}s and {@code <a name>}s are collected as link targets. Thread-safe and stateless.
 */
public final class FragmentSanitizer {
  private static final Set<String> TAG_FILTER =
      Set.of("title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext");
  private static final Set<String> VOID = Set.of("br", "col", "hr", "img", "wbr");

  /** How sanitising treats markup outside the policy. */
  public enum Mode {
    /** Remove and report everything {@link HtmlPolicy} does not allow. */
    SANITISE,
    /** Keep the fragment as written, apart from GFM's tagfilter. */
    TRUSTED,
    /** As {@link #SANITISE}, and every removal (in raw HTML or Markdown) is an error ({@code strict_html: true}). */
    STRICT;

    /** Whether what is removed is an error rather than a warning. */
    public boolean removalsAreErrors() {
      return this == STRICT;
    }
  }

  /** Decides what is written for a URL found in an attribute. */
  @FunctionalInterface
  public interface Urls {
    /**
     * @param tag the element, lower case
     * @param url the attribute value with character references decoded
     * @param offset where the element starts in the fragment
     * @return the URL to write (unescaped; the sanitiser escapes it)
     */
    String publish(String tag, String url, int offset);
  }

  /** What was removed, and where in the fragment. */
  public record Removal(int offset, String what) {}

  /**
   * A sanitised fragment.
   *
   * @param ids every {@code id} and {@code <a name>} that survives, the targets of fragment links
   */
  public record Result(String html, List<Removal> removals, List<String> ids) {}

  public Result sanitize(String fragment, Mode mode, Urls urls) {
    List<Token> tokens = HtmlTokenizer.tokenize(fragment);
    StringBuilder out = new StringBuilder(fragment.length() + 16);
    List<Removal> removals = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    if (mode == Mode.TRUSTED) {
      trusted(fragment, tokens, urls, out, ids);
    } else {
      sanitise(fragment, tokens, urls, out, removals, ids);
    }
    return new Result(out.toString(), List.copyOf(removals), List.copyOf(ids));
  }

  private static void sanitise(
      String s, List<Token> tokens, Urls urls, StringBuilder out, List<Removal> removals, List<String> ids) {
    for (Token t : tokens) {
      if (t instanceof Text text) {
        // The content of a removed <script> or <style> is code, not prose: it goes too.
        if (!text.rawText()) appendText(s, text.start(), text.end(), out);
      } else if (t instanceof StartTag tag) {
        startTag(tag, urls, out, removals, ids);
      } else if (t instanceof EndTag end) {
        if (HtmlPolicy.isAllowedTag(end.name()) && !VOID.contains(end.name())) out.append("</").append(end.name()).append('>');
      } else if (t instanceof Unfinished u) {
        removals.add(new Removal(u.start(), "an unfinished <" + u.name() + "> tag (no closing '>')"));
      }
      // Comments are notes to other writers; they never reach the page.
    }
  }

  private static void startTag(
      StartTag tag, Urls urls, StringBuilder out, List<Removal> removals, List<String> ids) {
    String name = tag.name();
    if (!HtmlPolicy.isAllowedTag(name)) {
      removals.add(new Removal(tag.start(), "<" + name + "> element"));
      return;
    }
    out.append('<').append(name);
    Set<String> seen = new HashSet<>();
    for (Attribute a : tag.attributes()) {
      // Browsers keep the first of repeated attributes.
      if (!seen.add(a.name())) continue;
      String value = decode(a.value());
      if (!HtmlPolicy.isAllowedAttribute(name, a.name())) {
        removals.add(new Removal(a.nameStart(), a.name() + " attribute on <" + name + ">"));
        continue;
      }
      String written = value;
      if (HtmlPolicy.isUrlAttribute(a.name())) {
        boolean safe = name.equals("img") ? HtmlPolicy.isSafeImage(value) : HtmlPolicy.isSafeLink(value);
        if (!safe) {
          removals.add(new Removal(a.nameStart(), a.name() + "=\"" + abbreviate(value) + "\" on <" + name + ">"));
          continue;
        }
        written = urls.publish(name, value.strip(), tag.start());
      } else if (a.name().equals("srcset")) {
        String published = srcset(name, value, tag.start(), urls);
        if (published == null) {
          removals.add(new Removal(a.nameStart(), "srcset=\"" + abbreviate(value) + "\" on <" + name + ">"));
          continue;
        }
        written = published;
      }
      if (a.name().equals("id") || (a.name().equals("name") && name.equals("a"))) ids.add(value);
      out.append(' ').append(a.name());
      if (a.valueStart() >= 0) out.append("=\"").append(escapeAttribute(written)).append('"');
    }
    out.append('>');
  }

  /** Each image candidate of a srcset published; null when one of them is unsafe. */
  private static String srcset(String tag, String value, int offset, Urls urls) {
    StringBuilder out = new StringBuilder();
    for (String candidate : value.split(",")) {
      String c = candidate.strip();
      if (c.isEmpty()) continue;
      int space = c.indexOf(' ');
      String url = space < 0 ? c : c.substring(0, space);
      if (!HtmlPolicy.isSafeImage(url)) return null;
      if (out.length() > 0) out.append(", ");
      out.append(urls.publish(tag, url, offset)).append(space < 0 ? "" : c.substring(space));
    }
    return out.toString();
  }

  private static void trusted(String s, List<Token> tokens, Urls urls, StringBuilder out, List<String> ids) {
    for (Token t : tokens) {
      if (t instanceof StartTag tag) {
        int from = tag.start();
        if (TAG_FILTER.contains(tag.name())) {
          out.append("&lt;");
          from++;
        }
        for (Attribute a : tag.attributes()) {
          String value = decode(a.value());
          if (a.name().equals("id") || (a.name().equals("name") && tag.name().equals("a"))) ids.add(value);
          if (!HtmlPolicy.isUrlAttribute(a.name()) || a.valueStart() < 0) continue;
          String published = urls.publish(tag.name(), value.strip(), tag.start());
          if (published.equals(value.strip())) continue;
          out.append(s, from, a.nameStart()).append(a.name()).append("=\"").append(escapeAttribute(published)).append('"');
          from = a.end();
        }
        out.append(s, from, tag.end());
      } else if (t instanceof EndTag end && TAG_FILTER.contains(end.name())) {
        out.append("&lt;").append(s, end.start() + 1, end.end());
      } else {
        out.append(s, t.start(), t.end());
      }
    }
  }

  private static void appendText(String s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '<') out.append("&lt;");
      else out.append(c);
    }
  }

  private static String decode(String value) {
    return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
  }

  /** Escapes a value for a double-quoted attribute. */
  public static String escapeAttribute(String v) {
    StringBuilder sb = null;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      String r =
          switch (c) {
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            default -> null;
          };
      if (r != null && sb == null) {
        sb = new StringBuilder(v.length() + 16);
        sb.append(v, 0, i);
      }
      if (sb != null) {
        if (r != null) sb.append(r);
        else sb.append(c);
      }
    }
    return sb == null ? v : sb.toString();
  }

  private static String abbreviate(String s) {
    String t = s.strip();
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
