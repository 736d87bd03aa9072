package org.fieldguide.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.fieldguide.model.TocEntry;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Stage 7 for page bodies: one jsoup pass that sanitises (when the page has raw HTML or unsafe
 * links), collects every id for anchor checks, builds the table of contents, adds heading anchor
 * links and makes wide tables scroll on phones. Thread-safe.
 */
public final class HtmlPostProcessor {
  /** Base for resolving relative links while sanitising; never appears in output. */
  static final String BASE_URI = "https://fieldguide.invalid/";

  private final Safelist safelist = HtmlSafelist.create();

  /**
   * @param sanitise run the sanitiser; pages made only of Markdown skip it, since flexmark escapes
   *     text and unsafe link schemes are removed while rendering
   * @param anchorLabel accessible label of heading anchor links, in the page's language
   */
  public ProcessedHtml process(String bodyHtml, boolean sanitise, String anchorLabel) {
    return process(bodyHtml, sanitise, anchorLabel, Map.of());
  }

  /**
   * @param rawLinkRewrites link URLs written in raw HTML → the URL to publish (Markdown links are
   *     rewritten while rendering; raw HTML is copied as written, so its links are fixed here)
   */
  public ProcessedHtml process(String bodyHtml, boolean sanitise, String anchorLabel, Map<String, String> rawLinkRewrites) {
    Document doc = Jsoup.parseBodyFragment(bodyHtml, BASE_URI);
    if (!rawLinkRewrites.isEmpty()) {
      for (Element e : doc.select("a[href], img[src]")) {
        String attr = e.normalName().equals("img") ? "src" : "href";
        String to = rawLinkRewrites.get(e.attr(attr));
        if (to != null) e.attr(attr, to);
      }
    }
    if (sanitise) {
      doc = new Cleaner(safelist).clean(doc);
      doc.select("input:not([type=checkbox])").remove();
    }
    doc.outputSettings().prettyPrint(false);

    Set<String> ids = new LinkedHashSet<>();
    Set<String> duplicates = new LinkedHashSet<>();
    for (Element e : doc.body().select("[id]")) {
      if (!ids.add(e.id())) duplicates.add(e.id());
    }
    for (Element e : doc.body().select("a[name]")) ids.add(e.attr("name"));

    List<TocEntry> toc = new ArrayList<>();
    for (Element h : doc.body().select("h2[id], h3[id]")) {
      toc.add(new TocEntry(h.normalName().equals("h2") ? 2 : 3, h.id(), h.text()));
    }
    for (Element h : doc.body().select("h2[id], h3[id], h4[id]")) {
      h.appendChild(
          new Element("a")
              .addClass("heading-anchor")
              .attr("href", "#" + h.id())
              .attr("aria-label", anchorLabel + ": " + h.text())
              .text("#"));
    }
    for (Element table : doc.body().select("table")) {
      table.wrap("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"></div>");
    }
    for (Element ul : doc.body().select("ul:has(> li.checklist-item)")) {
      ul.addClass("checklist");
    }
    return new ProcessedHtml(doc.body().html(), Set.copyOf(ids), Set.copyOf(duplicates), List.copyOf(toc));
  }
}
