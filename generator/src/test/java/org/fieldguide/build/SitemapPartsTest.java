package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.emit.SitemapWriter;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * A sitemap past what one may hold (sitemaps.org: 50,000 addresses, 50 MB) is an index of parts,
 * each within both limits; shown here with small limits on a site of a few pages.
 */
class SitemapPartsTest {
  @TempDir Path dir;

  @Test
  void pastTheAddressLimitTheSitemapIsAnIndexOfPartsThatTogetherListEveryPage() throws Exception {
    SiteTree tree = tree();
    Map<String, String> files = files(new SitemapWriter(3, SitemapWriter.MAX_BYTES), tree);
    int parts = (tree.pages().size() + 2) / 3;
    // The parts in order, each written as the next starts, then the index that names them.
    List<String> written = new ArrayList<>();
    for (int i = 1; i <= parts; i++) written.add("sitemap-" + i + ".xml");
    written.add("sitemap.xml");
    assertThat(files.keySet()).containsExactlyElementsOf(written);
    Document index = xml(files.get("sitemap.xml"));
    assertThat(index.getDocumentElement().getTagName()).isEqualTo("sitemapindex");
    List<String> listed = texts(index.getElementsByTagName("loc"));
    List<String> expected = new ArrayList<>();
    for (int i = 1; i <= parts; i++) expected.add("https://guides.example.org/sitemap-" + i + ".xml");
    assertThat(listed).containsExactlyElementsOf(expected);

    List<String> locs = new ArrayList<>();
    for (int i = 1; i <= parts; i++) {
      Document part = xml(files.get("sitemap-" + i + ".xml"));
      assertThat(part.getDocumentElement().getTagName()).isEqualTo("urlset");
      assertThat(part.getElementsByTagName("url").getLength()).isBetween(1, 3);
      // A page's alternates stay in its own entry: every url has its language versions.
      assertThat(part.getElementsByTagName("xhtml:link").getLength()).isEqualTo(3 * part.getElementsByTagName("url").getLength());
      locs.addAll(texts(part.getElementsByTagName("loc")));
    }
    assertThat(locs).containsExactlyElementsOf(tree.pages().stream().map(p -> "https://guides.example.org/" + p.url()).toList());
    assertThat(locs).anyMatch(loc -> loc.contains("q&a"));
  }

  @Test
  void pastTheSizeLimitEachPartStaysWithinIt() throws Exception {
    SiteTree tree = tree();
    Map<String, String> files = files(new SitemapWriter(SitemapWriter.MAX_URLS, 1200), tree);
    assertThat(files).hasSizeGreaterThan(2);
    files.forEach((path, text) -> {
      if (!path.equals("sitemap.xml")) assertThat(text.getBytes(StandardCharsets.UTF_8).length).as(path).isLessThanOrEqualTo(1200);
    });
  }

  @Test
  void withinTheLimitsTheSitemapIsOneList() throws Exception {
    Map<String, String> files = files(new SitemapWriter(), tree());
    assertThat(files.keySet()).containsExactly("sitemap.xml");
    assertThat(xml(files.get("sitemap.xml")).getDocumentElement().getTagName()).isEqualTo("urlset");
  }

  /** A part that cannot be written fails the sitemap, and no stream it opened is left open. */
  @Test
  void aPartThatCannotBeWrittenFailsTheSitemapAndLeavesNoStreamOpen() throws Exception {
    SiteTree tree = tree();
    List<String> opened = new ArrayList<>();
    List<String> closed = new ArrayList<>();
    java.util.function.Function<String, java.io.OutputStream> open = path -> {
      opened.add(path);
      return new java.io.OutputStream() {
        @Override
        public void write(int b) throws java.io.IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
          if (path.equals("sitemap-2.xml")) throw new java.io.IOException("No space left on device");
        }

        @Override
        public void close() {
          closed.add(path);
        }
      };
    };
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SitemapWriter(3, SitemapWriter.MAX_BYTES).write(tree, open))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("No space left on device");
    assertThat(opened).containsExactly("sitemap-1.xml", "sitemap-2.xml");
    assertThat(closed).containsExactlyElementsOf(opened);
  }

  /**
   * A part whose file fails while it is being written (not when it is closed: a part's writes are
   * buffered, a large one's pass through) fails the sitemap, and that file is closed.
   */
  @Test
  void aPartThatFailsWhileItIsWrittenIsClosed() throws Exception {
    SiteTree tree = tree(80);
    List<String> opened = new ArrayList<>();
    List<String> closed = new ArrayList<>();
    java.util.function.Function<String, java.io.OutputStream> open = path -> {
      opened.add(path);
      return new java.io.OutputStream() {
        @Override
        public void write(int b) throws java.io.IOException {
          write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
          throw new java.io.IOException("No space left on device");
        }

        @Override
        public void close() {
          closed.add(path);
        }
      };
    };
    // The first part (over 64 KB) is held until the second starts, then written to its file at once.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SitemapWriter(SitemapWriter.MAX_URLS, 100_000).write(tree, open))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("No space left on device");
    assertThat(opened).containsExactly("sitemap-1.xml");
    assertThat(closed).containsExactlyElementsOf(opened);
  }

  /** What {@code writer} writes, by path, in the order written. */
  private static Map<String, String> files(SitemapWriter writer, SiteTree tree) {
    Map<String, String> files = new java.util.LinkedHashMap<>();
    writer.write(tree, path -> new java.io.ByteArrayOutputStream() {
      private boolean closed;

      @Override
      public void close() {
        assertThat(closed).as("closed once: " + path).isFalse();
        closed = true;
        assertThat(files.put(path, toString(StandardCharsets.UTF_8))).as("written once: " + path).isNull();
      }
    });
    return files;
  }

  /** A site of a few pages in two languages, assembled by the build's own stages. */
  private SiteTree tree() throws Exception {
    return tree(0);
  }

  /** The site of {@link #tree()} with {@code more} runbooks of long names (a sitemap of some size). */
  private SiteTree tree(int more) throws Exception {
    TestSite site = TestSite.in(dir).page("content/_index.md", "Guides", "Welcome.")
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\nAll.\n");
    // "q&a": an address with a character XML escapes; the parsed sitemap must give it back.
    for (String name : List.of("deploy", "restart", "replace-disk", "update", "rack", "q&a")) {
      site.page("content/runbooks/" + name + ".md", "Runbook " + name, "Steps for " + name + ".");
    }
    for (int i = 0; i < more; i++) {
      String name = "replace-the-disk-of-the-measurement-server-in-the-library-rack-" + i + "-" + "x".repeat(80);
      site.page("content/runbooks/" + name + ".md", "Runbook " + i, "Steps.");
    }
    site.writeFiles();
    Diagnostics diagnostics = new Diagnostics();
    try (BuildSession session = new BuildSession(2); Parallel parallel = new Parallel(2)) {
      SiteTree tree = AssembledSite.of(dir, session, parallel, diagnostics).tree();
      assertThat(diagnostics.hasErrors()).isFalse();
      assertThat(tree.pages().stream().map(Page::language).distinct()).hasSize(2);
      return tree;
    }
  }

  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(NodeList nodes) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) out.add(nodes.item(i).getTextContent());
    return out;
  }
}
