package org.fieldguide.emit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
   * Writes the sitemap files through {@code open} (a stream for a path, closed here): {@code
   * sitemap.xml} alone, or the index of its parts (see the class comment).
   *
   * <p>Streamed, not made as text: the sitemap of 10,000 pages x 3 is 22 MB, and as one string
   * (grown, copied, encoded, then compared with the published file) it was 310 MB of the 2 GB a
   * one-page rebuild allocates. The first part is held, as bytes, only until it is known whether
   * it is the whole sitemap ({@code sitemap.xml}) or the first of several ({@code sitemap-1.xml});
   * the others go straight to their files. A site with more pages than a part may list is known
   * to need several from the start: its first part goes straight to its file too (at 50,000
   * pages x 3 it was 36 MB held through the site-files stage).
   */
  public void write(SiteTree tree, Function<String, OutputStream> open) {
    SiteConfig config = tree.config();
    String base = xml(config.baseUrl().toString());
    byte[] head = HEAD.getBytes(StandardCharsets.UTF_8);
    byte[] tail = TAIL.getBytes(StandardCharsets.UTF_8);
    HeldBytes first = new HeldBytes();
    // Every page is one address: with more than a part holds, there are several parts.
    OutputStream part = tree.pages().size() > maxUrls ? buffered(open.apply(partName(1))) : first;
    int parts = 1;
    int urls = 0;
    long bytes = 0;
    StringBuilder sb = new StringBuilder(512);
    List<String> languages = config.languageCodes();
    try {
      part.write(head);
      for (Page p : tree.pages()) {
        sb.setLength(0);
        entry(tree, languages, config.defaultLanguage(), base, p, sb);
        byte[] entry = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (urls == maxUrls || (urls > 0 && bytes + entry.length > maxBytes - head.length - tail.length)) {
          // Only now is it known that there is more than one part.
          if (part == first) {
            part = buffered(open.apply(partName(parts)));
            first.writeTo(part);
          }
          part.write(tail);
          part.close();
          parts++;
          part = buffered(open.apply(partName(parts)));
          part.write(head);
          urls = 0;
          bytes = 0;
        }
        part.write(entry);
        urls++;
        bytes += entry.length;
      }
      if (part == first) {
        part = buffered(open.apply("sitemap.xml"));
        first.writeTo(part);
      }
      part.write(tail);
      part.close();
      part = first;
      if (parts == 1) return;
      StringBuilder index = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      index.append("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
      for (int i = 1; i <= parts; i++) {
        index.append("  <sitemap>\n    <loc>").append(xml(config.baseUrl() + partName(i))).append("</loc>\n  </sitemap>\n");
      }
      index.append("</sitemapindex>\n");
      try (OutputStream out = open.apply("sitemap.xml")) {
        out.write(index.toString().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      // A part left open by a failure: the build fails, but no file stays open.
      if (part != first) {
        try {
          part.close();
        } catch (IOException ignored) {
          // The failure being reported says more.
        }
      }
    }
  }

  /** A part's file, written an entry (under a kilobyte) at a time: each would be a system call. */
  private static OutputStream buffered(OutputStream file) {
    return new BufferedOutputStream(file, 1 << 16);
  }

  /**
   * Bytes held in blocks of a fixed size, written out once: unlike a growing array, never copied
   * while they grow (a sitemap part may reach 50 MB).
   */
  private static final class HeldBytes extends OutputStream {
    private static final int BLOCK = 1 << 18;
    private final List<byte[]> blocks = new ArrayList<>();
    private int used = BLOCK;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      while (len > 0) {
        if (used == BLOCK) {
          blocks.add(new byte[BLOCK]);
          used = 0;
        }
        int n = Math.min(len, BLOCK - used);
        System.arraycopy(b, off, blocks.get(blocks.size() - 1), used, n);
        used += n;
        off += n;
        len -= n;
      }
    }

    void writeTo(OutputStream out) throws IOException {
      for (int i = 0; i < blocks.size(); i++) out.write(blocks.get(i), 0, i == blocks.size() - 1 ? used : BLOCK);
    }
  }

  private static String partName(int number) {
    return "sitemap-" + number + ".xml";
  }

  /** One page's {@code <url>} element, with its alternates in the other languages, appended to {@code sb}. */
  private static void entry(SiteTree tree, List<String> languages, String defaultLanguage, String base, Page p, StringBuilder sb) {
    // The site's base and the page's address are escaped each on its own, as appended: a sitemap
    // of 30,000 pages has 150,000 addresses, and joining each before escaping it with four
    // replacements was about half of the site-files stage of a one-page rebuild. escapeAttribute
    // hands back the string itself when it has nothing to escape.
    sb.append("  <url>\n    <loc>").append(base).append(xml(p.url())).append("</loc>\n");
    p.content().flatMap(c -> c.meta().common().lastReviewed())
        .ifPresent(d -> sb.append("    <lastmod>").append(d).append("</lastmod>\n"));
    List<Page> alternates = new ArrayList<>(languages.size());
    for (String l : languages) tree.page(p.key(), l).ifPresent(alternates::add);
    if (alternates.size() > 1) {
      for (Page a : alternates) {
        sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(xml(a.language()))
            .append("\" href=\"").append(base).append(xml(a.url())).append("\"/>\n");
      }
      tree.page(p.key(), defaultLanguage).ifPresent(d ->
          sb.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"").append(base).append(xml(d.url())).append("\"/>\n"));
    }
    sb.append("  </url>\n");
  }

  /** XML's special characters escaped, for text and double-quoted attributes alike. */
  private static String xml(String s) {
    return FragmentSanitizer.escapeAttribute(s);
  }
}
