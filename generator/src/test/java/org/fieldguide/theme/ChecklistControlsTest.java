package org.fieldguide.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checklist controls of the default theme as rendered (their behaviour in a browser is tested
 * by {@code org.fieldguide.browser.ChecklistIT}).
 */
class ChecklistControlsTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .with("site.yaml", TestSite.SITE_YAML + "  ar: { name: العربية, direction: rtl }\n")
        .page("content/a.md", "A", "- [ ] One\n- [ ] Two\n")
        .page("content/plain.md", "Plain", "No boxes.\n");
  }

  private Element controls(TestSite.Built built, String path) {
    return Jsoup.parse(built.file(path)).selectFirst(".checklist-controls");
  }

  @Test
  void controlsAreRenderedHiddenSoPagesWithoutJavaScriptShowAPlainList() {
    Element controls = controls(site().build().assertOk(), "en/a/index.html");
    assertThat(controls.hasAttr("hidden")).isTrue();
    assertThat(controls.attr("data-checklist-page")).isEqualTo("https://guides.example.org/en/a/");
    assertThat(controls.selectFirst("progress").attr("max")).isEqualTo("2");
    assertThat(controls.select("button[type=button]")).extracting(Element::text).containsExactly("Copy report", "Clear ticks");
  }

  @Test
  void pagesWithoutChecklistItemsHaveNoControls() {
    assertThat(controls(site().build().assertOk(), "en/plain/index.html")).isNull();
  }

  @Test
  void progressTextIsRenderedPerPluralCategoryWithPlaceholdersForTheScript() {
    TestSite.Built built = site().build().assertOk();
    Element en = controls(built, "en/a/index.html");
    assertThat(en.attr("data-progress-other")).isEqualTo("{done} of {total} done");
    assertThat(en.hasAttr("data-progress-one")).as("same text as other, so left out").isFalse();

    Element ar = controls(built, "ar/a/index.html");
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
