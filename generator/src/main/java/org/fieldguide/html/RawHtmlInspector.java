package org.fieldguide.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Says what the sanitiser will remove from a piece of raw HTML, so {@code check} can report it at
 * the Markdown position instead of stripping silently. Thread-safe.
 */
public final class RawHtmlInspector {
  private final Safelist safelist = HtmlSafelist.create();

  /** Descriptions such as {@code <script> element} or {@code onclick attribute on <a>}. */
  public List<String> removals(String rawHtml) {
    Document doc = Jsoup.parseBodyFragment(rawHtml, HtmlPostProcessor.BASE_URI);
    List<String> out = new ArrayList<>();
    for (Element e : doc.body().getAllElements()) {
      if (e == doc.body()) continue;
      String tag = e.normalName();
      if (!safelist.isSafeTag(tag)) {
        out.add("<" + tag + "> element");
        continue;
      }
      for (Attribute a : e.attributes()) {
        if (!safelist.isSafeAttribute(tag, e, a)) {
          String key = a.getKey().toLowerCase(Locale.ROOT);
          if ((key.equals("href") || key.equals("src")) && !a.getValue().isBlank()) {
            out.add(key + "=\"" + abbreviate(a.getValue()) + "\" on <" + tag + ">");
          } else {
            out.add(key + " attribute on <" + tag + ">");
          }
        }
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
