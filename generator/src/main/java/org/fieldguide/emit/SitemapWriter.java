package org.fieldguide.emit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BiConsumer;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.html.FragmentSanitizer;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;

/**
 * {@code sitemap.xml} listing every page with its language alternates ({@code xhtml:link
 * hreflang}), as search engines expect of a multilingual site.
 *
 * <p>One sitemap may list at most 50,000 addresses in at most 50 MB (sitemaps.org): a site of
 * 17,000 pages in three languages has more. Then {@code sitemap.xml} is a sitemap index of {@code
 * sitemap-1.xml}, {@code sitemap-2.xml}, …, each within both limits (a page and its alternates stay
 * in one), so robots.txt and search consoles keep naming one address.
 */
public final class SitemapWriter {
  /** What sitemaps.org allows one sitemap. */
  public static final int MAX_URLS = 50_000;
  public static final int MAX_BYTES = 50 * 1024 * 1024;

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
  private static final String TAIL = "</urlset>\n";

  private final int maxUrls;
  private final int maxBytes;

  public SitemapWriter() {
    this(MAX_URLS, MAX_BYTES);
  }

  /** With other limits per sitemap than sitemaps.org's (tests show the parts on a small site). */
  public SitemapWriter(int maxUrls, int maxBytes) {
    this.maxUrls = maxUrls;
    this.maxBytes = maxBytes;
  }

  /**
   * Writes the sitemap files through {@code out} (path, text): {@code sitemap.xml} alone, or the
   * index of its parts (see the class comment). A part is written as soon as the next one starts:
   * at 50,000 pages x 3 the parts are 110 MB of text, which were all held until the last.
   */
  public void write(SiteTree tree, BiConsumer<String, String> out) {
    SiteConfig config = tree.config();
    int fixed = HEAD.length() + TAIL.length();
    StringBuilder part = new StringBuilder(HEAD);
    int parts = 1;
    int urls = 0;
    long bytes = 0;
    for (Page p : tree.pages()) {
      String entry = entry(tree, config, p);
      int entryBytes = entry.getBytes(StandardCharsets.UTF_8).length;
      if (urls == maxUrls || (urls > 0 && bytes + entryBytes > maxBytes - fixed)) {
        // Only now is it known that there is more than one part.
        out.accept(partName(parts), part.append(TAIL).toString());
        part = new StringBuilder(HEAD);
        parts++;
        urls = 0;
        bytes = 0;
      }
      part.append(entry);
      urls++;
      bytes += entryBytes;
    }
    if (parts == 1) {
      out.accept("sitemap.xml", part.append(TAIL).toString());
      return;
    }
    out.accept(partName(parts), part.append(TAIL).toString());
    StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    index.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (int i = 1; i <= parts; i++) {
      index.append("  <sitemap>\n    <loc>").append(xml(config.baseUrl() + partName(i))).append("</loc>\n  </sitemap>\n");
    }
    index.append("</sitemapindex>\n");
    out.accept("sitemap.xml", index.toString());
  }

  private static String partName(int number) {
    return "sitemap-" + number + ".xml";
  }

  /** One page's {@code <url>} element, with its alternates in the other languages. */
  private static String entry(SiteTree tree, SiteConfig config, Page p) {
    // The site's base and the page's address are escaped each on its own, as appended: a sitemap
    // of 30,000 pages has 150,000 addresses, and joining each before escaping it with four
    // replacements was about half of the site-files stage of a one-page rebuild. escapeAttribute
    // hands back the string itself when it has nothing to escape.
    String base = xml(config.baseUrl().toString());
    StringBuilder sb = new StringBuilder(256);
    sb.append("  <url>\n    <loc>").append(base).append(xml(p.url())).append("</loc>\n");
    p.content().flatMap(c -> c.meta().common().lastReviewed())
        .ifPresent(d -> sb.append("    <lastmod>").append(d).append("</lastmod>\n"));
    List<Page> alternates = config.languageCodes().stream().map(l -> tree.page(p.key(), l)).flatMap(java.util.Optional::stream).toList();
    if (alternates.size() > 1) {
      for (Page a : alternates) {
        sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(xml(a.language()))
            .append("\" href=\"").append(base).append(xml(a.url())).append("\"/>\n");
      }
      tree.page(p.key(), config.defaultLanguage()).ifPresent(d ->
          sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").append(base).append(xml(d.url())).append("\"/>\n"));
    }
    sb.append("  </url>\n");
    return sb.toString();
  }

  /** XML's special characters escaped, for text and double-quoted attributes alike. */
  private static String xml(String s) {
    return FragmentSanitizer.escapeAttribute(s);
  }
}
