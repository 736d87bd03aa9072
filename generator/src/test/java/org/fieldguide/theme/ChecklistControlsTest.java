package org.fieldguide.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.frontmatter.SourceDigest;
import org.fieldguide.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checklist bar and controls of the default theme as rendered, and the name a page's ticks
 * are kept under (their behaviour in a browser is tested by {@code
 * org.fieldguide.browser.ChecklistIT} and {@code TicksAcrossLanguagesIT}).
 */
class ChecklistControlsTest {
  @TempDir Path dir;

  private static final String STEPS = "- [ ] One\n- [ ] Two\n";

  private TestSite site() {
    return TestSite.in(dir)
        .with("site.yaml", TestSite.SITE_YAML + "  ar: { name: العربية, direction: rtl }\n")
        .page("content/a.md", "A", STEPS)
        .page("content/plain.md", "Plain", "No boxes.\n");
  }

  private static Element bar(TestSite.Built built, String path) {
    return Jsoup.parse(built.file(path)).selectFirst(".checklist-bar");
  }

  private static Element controls(TestSite.Built built, String path) {
    return Jsoup.parse(built.file(path)).selectFirst(".checklist-controls");
  }

  @Test
  void theBarAndControlsAreInThePageFromTheStartSoNothingMovesWhenTheScriptFillsThemIn() {
    TestSite.Built built = site().build().assertOk();
    Element bar = bar(built, "en/a/index.html");
    assertThat(bar.hasAttr("hidden")).as("shown by the stylesheet, hidden only without scripting").isFalse();
    assertThat(bar.selectFirst("progress").attr("max")).isEqualTo("2");
    assertThat(bar.selectFirst(".checklist-summary").attr("aria-live")).isEqualTo("polite");
    assertThat(bar.selectFirst("button.checklist-next").text()).isEqualTo("Next step");
    assertThat(bar.selectFirst("a.checklist-top").attr("href")).isEqualTo("#top");
    assertThat(controls(built, "en/a/index.html").select("button[type=button]")).extracting(Element::text)
        .containsExactly("Copy report", "Clear ticks");
  }

  @Test
  void pagesWithoutChecklistItemsHaveNoBarOrControls() {
    TestSite.Built built = site().build().assertOk();
    assertThat(bar(built, "en/plain/index.html")).isNull();
    assertThat(controls(built, "en/plain/index.html")).isNull();
  }

  @Test
  void ticksAreKeptUnderThePageNotItsLanguage() {
    TestSite.Built built = site().build().assertOk();
    Element en = bar(built, "en/a/index.html");
    assertThat(en.attr("data-checklist-page")).isEqualTo("https://guides.example.org/#a");
    assertThat(en.attr("data-checklist-legacy")).as("the key of older themes, carried over").isEqualTo("https://guides.example.org/en/a/");
    assertThat(bar(built, "es/a/index.html").attr("data-checklist-page")).as("a fallback page shares the original's ticks")
        .isEqualTo("https://guides.example.org/#a");
  }

  @Test
  void aCurrentTranslationWithAsManyStepsSharesTheOriginalsTicks() {
    String hash = SourceDigest.of("A", STEPS);
    TestSite.Built built = site().with("content/a.es.md", "---\ntitle: A es\nsource_hash: \"" + hash + "\"\n---\n- [ ] Uno\n- [ ] Dos\n")
        .build().assertOk();
    Element es = bar(built, "es/a/index.html");
    assertThat(es.attr("data-checklist-page")).isEqualTo("https://guides.example.org/#a");
    assertThat(Jsoup.parse(built.file("es/a/index.html")).select("input.checklist-box").eachAttr("data-check-id"))
        .isEqualTo(Jsoup.parse(built.file("en/a/index.html")).select("input.checklist-box").eachAttr("data-check-id"));
  }

  @Test
  void anUnstampedTranslationOrOneWithOtherStepsKeepsTicksOfItsOwn() {
    TestSite.Built built = site().with("content/a.es.md", "---\ntitle: A es\n---\n- [ ] Uno\n- [ ] Dos\n").build().assertOk();
    assertThat(bar(built, "es/a/index.html").attr("data-checklist-page")).isEqualTo("https://guides.example.org/#a@es");
    String hash = SourceDigest.of("A", STEPS);
    TestSite.Built more = site().with("content/a.es.md", "---\ntitle: A es\nsource_hash: \"" + hash + "\"\n---\n- [ ] Uno\n- [ ] Dos\n- [ ] Tres\n")
        .build().assertOk();
    assertThat(bar(more, "es/a/index.html").attr("data-checklist-page")).isEqualTo("https://guides.example.org/#a@es");
  }

  @Test
  void sectionListsKeyEachPagesProgressTheSameWay() {
    TestSite.Built built = site().page("content/runbooks/_index.md", "Runbooks", "")
        .page("content/runbooks/b.md", "B", STEPS).build().assertOk();
    Element card = Jsoup.parse(built.file("es/runbooks/index.html")).selectFirst("[data-progress-for]");
    assertThat(card.attr("data-progress-for")).isEqualTo("https://guides.example.org/#runbooks/b");
    assertThat(card.attr("data-progress-total")).isEqualTo("2");
  }

  @Test
  void progressTextIsRenderedPerPluralCategoryWithPlaceholdersForTheScript() {
    TestSite.Built built = site().build().assertOk();
    Element en = bar(built, "en/a/index.html");
    assertThat(en.attr("data-progress-other")).isEqualTo("{done} of {total} done");
    assertThat(en.hasAttr("data-progress-one")).as("same text as other, so left out").isFalse();

    Element ar = bar(built, "ar/a/index.html");
    assertThat(ar.attr("dir")).isEqualTo("rtl");
    assertThat(ar.attr("data-progress-zero")).isEqualTo("لم تُنجَز أي خطوة من {total}");
    assertThat(ar.attr("data-progress-two")).isEqualTo("أُنجِزت خطوتان من {total}");
    assertThat(ar.attr("data-progress-few")).isEqualTo("أُنجِزت {done} خطوات من {total}");
    assertThat(ar.attr("data-progress-many")).isEqualTo("أُنجِزت {done} خطوةً من {total}");
    assertThat(ar.attr("data-progress-other")).isEqualTo("أُنجِزت {done} خطوة من {total}");
    assertThat(ar.attr("data-exported")).isEqualTo("تاريخ التصدير: {date}");
  }

  @Test
  void everyPageLoadsTheChecklistScriptDeferred() {
    // Also pages without controls: home and section pages keep their ticks too.
    TestSite.Built built = site().build().assertOk();
    assertThat(built.file("en/a/index.html")).contains("<script src=\"../../static/js/checklist.js\" defer></script>");
    assertThat(built.file("en/plain/index.html")).contains("<script src=\"../../static/js/checklist.js\" defer></script>");
    assertThat(built.exists("static/js/checklist.js")).isTrue();
  }
}
