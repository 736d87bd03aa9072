package org.fieldguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.testing.ScriptAudit;
import org.fieldguide.testing.TestSite;
import org.fieldguide.testing.XssCorpus;
import org.fieldguide.testing.XssCorpus.Expect;
import org.fieldguide.testing.XssCorpus.Payload;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XSS corpus built as a site: every payload is either removed with a warning in its file or
 * shown as text, and nothing in the output could run script. {@code XssCorpusIT} opens the same
 * pages in Chromium.
 */
class XssCorpusTest {
  @TempDir static Path dir;
  private static final XssCorpus corpus = new XssCorpus();
  private static TestSite.Built built;

  @BeforeAll
  static void build() {
    built = corpus.site(dir).build();
  }

  @Test
  void theCorpusHasMoreThanEightyPayloads() {
    assertThat(corpus.payloads()).hasSizeGreaterThan(80);
    assertThat(corpus.payloads().stream().filter(p -> p.expect() == Expect.REMOVED)).hasSizeGreaterThan(60);
  }

  @Test
  void theSiteBuildsWithSanitiserWarningsOnly() {
    assertThat(built.result().diagnostics()).allSatisfy(d -> {
      assertThat(d.isError()).as(d.toString()).isFalse();
      assertThat(d.message()).as(d.toString()).startsWith("removed ");
    });
  }

  @Test
  void everyRemovedPayloadIsReportedInItsFile() {
    Map<String, List<Diagnostic>> byFile = built.result().diagnostics().stream().collect(Collectors.groupingBy(d -> d.pos().file()));
    for (Payload p : corpus.payloads()) {
      boolean anyRemoved = corpus.payloads().stream().anyMatch(q -> q.file().equals(p.file()) && q.expect() == Expect.REMOVED);
      List<Diagnostic> warnings = byFile.getOrDefault(p.file(), List.of());
      if (anyRemoved) assertThat(warnings).as("payload %d in %s", p.id(), p.file()).isNotEmpty();
      else assertThat(warnings).as("payload %d in %s", p.id(), p.file()).isEmpty();
    }
  }

  @Test
  void everyShownPayloadIsTextOrAnAttributeValueAndNeverMarkup() {
    for (Payload p : corpus.payloads()) {
      Document page = Jsoup.parse(built.file(p.page()));
      switch (p.expect()) {
        case SHOWN -> assertThat(shows(page, p.marker())).as("payload %d on %s: %s", p.id(), p.page(), p.marker()).isTrue();
        case COMMENT -> assertThat(page.outerHtml()).as("payload %d", p.id()).doesNotContain("alert(" + p.id() + ")");
        case REMOVED -> assertThat(page.select("[onerror], [onload], script:not([src]), iframe, svg, math")).as("payload %d", p.id()).isEmpty();
      }
    }
  }

  @Test
  void nothingInTheOutputCouldRunScript() {
    assertThat(ScriptAudit.ofFolder(built.out())).isEmpty();
  }

  /** Whether the page shows {@code marker} as text, or holds it as an attribute's value. */
  static boolean shows(Document page, String marker) {
    if (page.wholeText().contains(marker) || page.title().contains(marker)) return true;
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) if (a.getValue().contains(marker)) return true;
    }
    return false;
  }
}
