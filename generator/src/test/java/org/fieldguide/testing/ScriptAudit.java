package org.fieldguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what could run script in HTML, read the way a browser reads it (jsoup follows the HTML
 * standard's tree construction): script elements other than the theme's own files, event-handler
 * attributes, script-capable URLs ({@code javascript:}, {@code vbscript:}, {@code data:}) in any
 * attribute that navigates or loads, elements that embed or re-point ({@code iframe}, {@code
 * object}, {@code embed}, {@code base}, {@code form}, a refresh outside the head), and
 * {@code style}. A test oracle, not part of the build: it is deliberately broader than the
 * sanitiser's policy so that a gap in the policy shows up here.
 */
public final class ScriptAudit {
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "lowsrc", "dynsrc", "ping", "cite", "manifest", "codebase");
  private static final Set<String> EMBEDDING = Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "portal", "svg", "math");

  private ScriptAudit() {}

  /** Every finding in {@code html}; {@code where} names the file in each. */
  public static List<String> of(String html, String where) {
    Document doc = Jsoup.parse(html);
    List<String> out = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("script") && !isThemeScript(e)) out.add(where + ": <script> " + abbreviate(e.outerHtml()));
      if (tag.equals("style")) out.add(where + ": <style> " + abbreviate(e.outerHtml()));
      if (EMBEDDING.contains(tag)) out.add(where + ": <" + tag + "> " + abbreviate(e.outerHtml()));
      if (tag.equals("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh") && !isOwnRefresh(e)) {
        out.add(where + ": " + abbreviate(e.outerHtml()));
      }
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        String value = a.getValue();
        if (name.startsWith("on")) out.add(where + ": " + name + " on <" + tag + "> " + abbreviate(e.outerHtml()));
        if (name.equals("style")) out.add(where + ": style on <" + tag + "> " + abbreviate(e.outerHtml()));
        if ((URL_ATTRIBUTES.contains(name) || name.endsWith(":href")) && !isSafeUrl(value)) {
          out.add(where + ": " + name + "=\"" + value + "\" on <" + tag + ">");
        }
        if (name.equals("srcset")) {
          for (String candidate : value.split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!isSafeUrl(url)) out.add(where + ": srcset candidate " + url + " on <" + tag + ">");
          }
        }
      }
    }
    return out;
  }

  /** Every finding in every {@code .html} file under {@code root}. */
  public static List<String> ofFolder(Path root) {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        out.addAll(of(Files.readString(f, StandardCharsets.UTF_8), root.relativize(f).toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The theme's scripts: a file of its own {@code static/js/}, no inline code. */
  private static boolean isThemeScript(Element script) {
    String src = script.attr("src");
    return script.data().isBlank() && !src.contains(":") && src.matches("[./a-z-]*static/js/[a-z-]+\\.js");
  }

  /** The theme's refreshes: the root's no-script fallback and the redirect pages, both in the head. */
  private static boolean isOwnRefresh(Element meta) {
    return meta.parents().stream().anyMatch(p -> p.normalName().equals("head"))
        && isSafeUrl(meta.attr("content").replaceFirst("(?i)^\\s*\\d+\\s*;\\s*url\\s*=\\s*", ""));
  }

  /**
   * Whether a browser would not run {@code url} as script: the scheme as the URL standard reads it
   * (leading and trailing C0 controls and spaces stripped, tabs and newlines removed anywhere),
   * written here independently of the sanitiser's own check.
   */
  public static boolean isSafeUrl(String url) {
    int from = 0;
    int to = url.length();
    while (from < to && url.charAt(from) <= 0x20) from++;
    while (to > from && url.charAt(to - 1) <= 0x20) to--;
    StringBuilder s = new StringBuilder();
    for (int i = from; i < to; i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') s.append(c);
    }
    var m = java.util.regex.Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):").matcher(s);
    if (!m.find()) return true;
    String scheme = m.group(1).toLowerCase(Locale.ROOT);
    return !Set.of("javascript", "vbscript", "data", "livescript", "mocha").contains(scheme);
  }

  private static String abbreviate(String s) {
    String t = s.replace('\n', ' ');
    return t.length() > 160 ? t.substring(0, 160) + "…" : t;
  }
}
