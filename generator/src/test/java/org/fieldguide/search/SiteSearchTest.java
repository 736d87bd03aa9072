package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.build.StageTiming;
import org.fieldguide.testing.TestSite;
import org.fieldguide.testing.TestSite.Built;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole build writes an index per language, fallback pages included, from the facts of the index stage. */
class SiteSearchTest {
  @TempDir Path dir;

  private Built build() {
    return TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", "## Find the disk {#find}\n\nPull the *failed* disk.\n\n```bash\nsudo mdadm --detail /dev/md0\n```\n")
        .page("content/runbooks/disk.es.md", "Reemplazar un disco", "Saque el disco.\n")
        .page("content/hardware/fans.md", "Fans", "Clean the fans.\n")
        .build()
        .assertOk();
  }

  @Test
  void writesAnIndexForEveryLanguage() {
    Built site = build();
    assertThat(site.file("search/en/index.js")).startsWith("fieldguideSearchData(\"en/index\",").contains("\"stemmer\":\"english\"");
    assertThat(site.file("search/es/index.js")).startsWith("fieldguideSearchData(\"es/index\",").contains("\"stemmer\":\"spanish\"");
  }

  @Test
  void indexesTheTextOfTheBodyWithoutCodeAndTheCommandsOfItsCode() {
    String pages = build().file("search/en/d0.js");
    assertThat(pages).contains("\"Replace a disk\"", "Find the disk\\nPull the failed disk.").doesNotContain("/dev/md0", "heading-anchor");
    assertThat(build().file("search/en/t0.js")).contains("\"mdadm\"");
  }

  @Test
  void fallbackPagesAreInEveryLanguagesIndexAndSaySo() {
    String pages = build().file("search/es/d0.js");
    assertThat(pages).contains("[\"es/hardware/fans/\",\"Fans\",\"Hardware\",\"page\",\"\",\"Clean the fans.\",\"en\"]");
    assertThat(pages).contains("\"Reemplazar un disco\"");
  }

  @Test
  void verboseOutputGivesTheSizeOfEachIndex() {
    StageTiming stage = build().result().timings().stream().filter(t -> t.stage().equals("search index")).findFirst().orElseThrow();
    assertThat(stage.details()).hasSize(2);
    assertThat(stage.details().get(0)).startsWith("en: 5 pages, ");
    assertThat(stage.details().get(1)).startsWith("es: 5 pages, ");
  }

  @Test
  void checkWritesNoIndex() {
    TestSite site = TestSite.in(dir).page("content/a.md", "A", "Text.\n");
    site.check().assertOk();
    assertThat(site.out().resolve("search")).doesNotExist();
  }
}
