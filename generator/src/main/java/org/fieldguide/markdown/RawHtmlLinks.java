package org.fieldguide.markdown;

import java.util.ArrayList;
import java.util.List;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.model.LinkRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Links and images written as raw HTML in Markdown ({@code <a href="disk.md">}, {@code <img
 * src="images/x.png">}), positioned in the Markdown file, so they are resolved and checked like
 * Markdown links.
 */
final class RawHtmlLinks {
  private RawHtmlLinks() {}

  /** @param at where the raw HTML starts in the Markdown file */
  static List<LinkRef> find(String html, SourcePos at) {
    if (!html.contains("href") && !html.contains("src")) return List.of();
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    List<LinkRef> out = new ArrayList<>();
    for (Element e : doc.select("a[href], img[src]")) {
      boolean image = e.normalName().equals("img");
      String url = e.attr(image ? "src" : "href");
      String text = image ? e.attr("alt") : e.text();
      var start = e.sourceRange().start();
      int line = at.line() + start.lineNumber() - 1;
      int column = start.lineNumber() == 1 ? at.column() + start.columnNumber() - 1 : start.columnNumber();
      out.add(new LinkRef(image ? LinkRef.Kind.IMAGE : LinkRef.Kind.LINK, url, text, new SourcePos(at.file(), line, column)));
    }
    return out;
  }
}
