package org.fieldguide.emit;

import java.util.List;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;

/**
 * {@code sitemap.xml} listing every page with its language alternates ({@code xhtml:link
 * hreflang}), as search engines expect of a multilingual site.
 */
public final class SitemapWriter {

  public String write(SiteTree tree) {
    SiteConfig config = tree.config();
    StringBuilder sb = new StringBuilder(256 * tree.pages().size());
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (Page p : tree.pages()) {
      sb.append("  <url>\n    <loc>").append(xml(config.baseUrl() + p.url())).append("</loc>\n");
      p.content().flatMap(c -> c.meta().common().lastReviewed())
          .ifPresent(d -> sb.append("    <lastmod>").append(d).append("</lastmod>\n"));
      List<Page> alternates = config.languageCodes().stream().map(l -> tree.page(p.key(), l)).flatMap(java.util.Optional::stream).toList();
      if (alternates.size() > 1) {
        for (Page a : alternates) {
          sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(xml(a.language()))
              .append("\" href=\"").append(xml(config.baseUrl() + a.url())).append("\"/>\n");
        }
        tree.page(p.key(), config.defaultLanguage()).ifPresent(d ->
            sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                .append(xml(config.baseUrl() + d.url())).append("\"/>\n"));
      }
      sb.append("  </url>\n");
    }
    sb.append("</urlset>\n");
    return sb.toString();
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

}
