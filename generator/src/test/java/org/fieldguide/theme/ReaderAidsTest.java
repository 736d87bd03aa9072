package org.fieldguide.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fieldguide.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the default theme gives a reader besides the text, as rendered: language names in the
 * reader's language, 404 pages per language, the favicon, badges, durations, the site's own
 * interface strings. (In a browser: LayoutShiftIT, AccessibilityIT, NotFoundIT, CodeBlockIT.)
 */
class ReaderAidsTest {
  @TempDir Path dir;

  private static final String FIVE_LANGUAGES =
      """
      title: Guides
      base_url: https://guides.example.org/docs/
      languages:
        en: { name: English }
        es: { name: Español }
        fr: { name: Français }
        pt: { name: Português }
        ar: { name: العربية, direction: rtl }
      """;

  private TestSite site() {
    return TestSite.in(dir).with("site.yaml", FIVE_LANGUAGES)
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\n")
        .with("content/runbooks/disk.md", "---\ntitle: Disk\nrisk: high\nestimated_time: 1h30m\n---\n- [ ] Pull it\n")
        .with("content/hardware/_index.md", "---\ntitle: Hardware\ntype: hardware-guide\n---\n")
        .with("content/hardware/r650.md", "---\ntitle: R650\nstatus: deprecated\n---\nText.\n");
  }

  @Test
  void aLargeSectionsNavigationListsAPagesNeighboursAndHowManyMore() {
    TestSite site = TestSite.in(dir).with("site.yaml", "title: Guides\nbase_url: https://guides.example.org/\nlanguages:\n  en: { name: English }\n")
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\n");
    int pages = PageViewFactory.NAV_LIMIT + 5;
    for (int i = 0; i < pages; i++) {
      site = site.with("content/runbooks/p%02d.md".formatted(i), "---\ntitle: P%02d\nweight: %d\n---\nText.\n".formatted(i, i + 1));
    }
    TestSite.Built b = site.build().assertOk();
    int n = PageViewFactory.NAV_NEIGHBOURS;
    for (int at : new int[] {0, n, 20, pages - 1}) {
      Document d = Jsoup.parse(b.file("en/runbooks/p%02d/index.html".formatted(at)));
      List<String> expected = new ArrayList<>();
      int from = Math.max(0, at - n);
      int to = Math.min(pages, at + n + 1);
      for (int i = from; i < to; i++) expected.add("P%02d".formatted(i));
      expected.add((pages - (to - from)) + " more pages in Runbooks");
      assertThat(d.select(".nav-column .nav-pages li").eachText()).as("page %d", at).isEqualTo(expected);
      assertThat(d.select(".nav-column .nav-pages a[aria-current=page]").eachText()).containsExactly("P%02d".formatted(at));
      assertThat(d.select(".nav-column .nav-more a").attr("href")).isEqualTo("../");
      assertThat(d.select(".pager-previous").attr("href")).isEqualTo(at == 0 ? "" : "../p%02d/".formatted(at - 1));
      assertThat(d.select(".pager-next").attr("href")).isEqualTo(at == pages - 1 ? "" : "../p%02d/".formatted(at + 1));
    }
    // The section's own page: its first pages, and how many more (its body lists them all).
    Document section = Jsoup.parse(b.file("en/runbooks/index.html"));
    assertThat(section.select(".nav-column .nav-pages li")).hasSize(n + 2);
    assertThat(section.select(".nav-column .nav-more").text()).isEqualTo((pages - n - 1) + " more pages in Runbooks");
  }

  @Test
  void theFallbackNoticeNamesTheLanguageInTheReadersLanguage() {
    TestSite.Built b = site().build().assertOk();
    assertThat(Jsoup.parse(b.file("es/runbooks/disk/index.html")).selectFirst(".notice-untranslated").text()).contains("Se muestra en inglés.");
    assertThat(Jsoup.parse(b.file("fr/runbooks/disk/index.html")).selectFirst(".notice-untranslated").text()).contains("affichée en anglais.");
    assertThat(Jsoup.parse(b.file("pt/runbooks/disk/index.html")).selectFirst(".notice-untranslated").text()).contains("exibida em inglês.");
    assertThat(Jsoup.parse(b.file("ar/runbooks/disk/index.html")).selectFirst(".notice-untranslated").text()).contains("باللغة الإنجليزية");
  }

  @Test
  void everyLanguageHasItsOwn404PageAndTheRootOneSpeaksThemAll() {
    TestSite.Built b = site().build().assertOk();
    Document root = Jsoup.parse(b.file("404.html"));
    assertThat(root.select(".not-found-language").eachAttr("lang")).containsExactly("en", "es", "fr", "pt", "ar");
    assertThat(root.select(".not-found-language[lang=ar]").attr("dir")).isEqualTo("rtl");
    assertThat(root.select(".not-found-language[lang=es] h1").text()).isEqualTo("Página no encontrada");
    assertThat(root.select(".not-found-language[lang=es] .not-found-home a").attr("href")).isEqualTo("/docs/es/");
    Element picker = root.selectFirst("head script[src=/docs/static/js/not-found.js]");
    assertThat(picker.attr("data-base")).isEqualTo("/docs/");
    assertThat(picker.attr("data-languages")).isEqualTo("en es fr pt ar");

    Document french = Jsoup.parse(b.file("fr/404.html"));
    assertThat(french.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(french.title()).isEqualTo("Page introuvable · Guides");
    assertThat(french.selectFirst(".not-found-home a").attr("href")).as("absolute: served at any address").isEqualTo("/docs/fr/");
    assertThat(french.select(".not-found-sections a").eachText()).containsExactly("Hardware", "Runbooks");
  }

  @Test
  void theFaviconIsPublishedAtTheSiteRootAndLinkedFromEveryPage() {
    TestSite.Built b = site().build().assertOk();
    assertThat(b.exists("favicon.ico")).isTrue();
    assertThat(b.exists("static/favicon.svg")).isTrue();
    assertThat(Jsoup.parse(b.file("en/runbooks/disk/index.html")).select("link[rel=icon]").eachAttr("href"))
        .containsExactly("../../../static/favicon.svg", "../../../static/favicon.ico");
  }

  @Test
  void riskAndStatusAreBadgesThatSayTheirLevelInTextAndClass() {
    TestSite.Built b = site().build().assertOk();
    Element risk = Jsoup.parse(b.file("es/runbooks/disk/index.html")).selectFirst(".risk .badge-level");
    assertThat(risk.className()).isEqualTo("badge-level risk-high");
    assertThat(risk.text()).isEqualTo("Alto");
    Element status = Jsoup.parse(b.file("en/hardware/r650/index.html")).selectFirst(".hardware-meta .badge-level");
    assertThat(status.className()).isEqualTo("badge-level status-deprecated");
    assertThat(status.text()).isEqualTo("Deprecated");
  }

  @Test
  void durationsAreMarkedSoTheyDoNotBreakMidValue() {
    TestSite.Built b = site().build().assertOk();
    assertThat(Jsoup.parse(b.file("en/runbooks/disk/index.html")).select(".duration-value").text()).isEqualTo("1 hr, 30 min");
    assertThat(Jsoup.parse(b.file("en/runbooks/index.html")).select(".card .duration").text()).isEqualTo("1 hr, 30 min");
    assertThat(b.file("static/css/site.css")).contains(".duration, .duration-value { white-space: nowrap; }");
  }

  @Test
  void theSitesOwnStringsOverrideTheThemes() {
    TestSite.Built b = site().with("translations/en.yaml", "footer_note: \"Run by the platform team.\"\ngo_home: \"Back to the guides\"\n")
        .with("translations/es.yaml", "footer_note: \"Lo mantiene el equipo de la plataforma.\"\n")
        .build();
    assertThat(Jsoup.parse(b.file("en/runbooks/disk/index.html")).select(".footer-note").text()).isEqualTo("Run by the platform team.");
    assertThat(Jsoup.parse(b.file("es/runbooks/disk/index.html")).select(".footer-note").text()).isEqualTo("Lo mantiene el equipo de la plataforma.");
    assertThat(Jsoup.parse(b.file("en/404.html")).select(".not-found-home a").text()).isEqualTo("Back to the guides");
    assertThat(Jsoup.parse(b.file("fr/runbooks/disk/index.html")).select(".footer-note"))
        .as("a language the site leaves out keeps its theme's string (here: none), not English").isEmpty();
  }

  @Test
  void withoutAFooterNoteThereIsNoEmptyParagraph() {
    assertThat(Jsoup.parse(site().build().assertOk().file("en/runbooks/disk/index.html")).select(".footer-note")).isEmpty();
  }

  @Test
  void aTrainingModulesSelfCheckIsInsideTheArticleBeforeItsFooter() {
    TestSite.Built b = TestSite.in(dir).with("content/training/linux.md",
        "---\ntitle: Linux\ntype: training-module\nquestions:\n  - question: Which command?\n    answer: journalctl\n---\n- [ ] Read logs\n")
        .with("content/training/net.md", "---\ntitle: Net\ntype: training-module\n---\nText.\n").build().assertOk();
    Element article = Jsoup.parse(b.file("en/training/linux/index.html")).selectFirst("article.page");
    assertThat(article.select(".self-check summary").text()).isEqualTo("Which command?");
    assertThat(article.children().eachAttr("class")).containsSubsequence("body", "self-check", "checklist-controls", "back-to-top", "pager");
  }

  @Test
  void longPagesGetATableOfContentsForPhonesAndOneForWideScreens() {
    TestSite.Built b = TestSite.in(dir).page("content/a.md", "A", "## One\n\n## Two\n\n### Two and a half\n").build().assertOk();
    Element toc = Jsoup.parse(b.file("en/a/index.html")).selectFirst("nav.toc");
    assertThat(toc.select("details.toc-toggle:not([open]) > summary").text()).isEqualTo("On this page");
    assertThat(toc.select("details.toc-toggle a").eachAttr("href")).containsExactly("#one", "#two", "#two-and-a-half");
    assertThat(toc.select(".toc-column a").eachAttr("href")).containsExactly("#one", "#two", "#two-and-a-half");
  }
}
