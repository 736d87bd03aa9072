package org.fieldguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Region variants (pt-br, es-419) take their base language's interface strings, then the default's. */
class RegionVariantTest {
  @TempDir Path dir;

  private TestSite site(String languages) {
    return TestSite.in(dir)
        .with("site.yaml", "title: T\nbase_url: https://guides.example.org/\ndefault_language: en\nlanguages:\n" + languages)
        .with("content/a.md", "---\ntitle: A\n---\nText.\n");
  }

  @Test
  void regionVariantsUseTheThemesBaseLanguageStrings() {
    TestSite.Built b = site("  en: {}\n  pt-br: { name: Português (Brasil) }\n  es-419: { name: Español (Latinoamérica) }\n")
        .build().assertOk();
    assertThat(b.file("pt-br/a/index.html")).contains("Esta página ainda não foi traduzida.");
    assertThat(b.file("es-419/a/index.html")).contains("Saltar al contenido");
    assertThat(b.result().languages()).allSatisfy(l -> assertThat(l.missingStrings()).isEmpty());
  }

  @Test
  void siteStringsOfTheBaseLanguageApplyAndTheVariantsOwnWin() {
    TestSite.Built b = site("  en: {}\n  pt-br: {}\n")
        .with("translations/pt.yaml", "skip_to_content: Pular (pt)\nnext: Próxima (pt)\n")
        .with("translations/pt-br.yaml", "next: Próxima (pt-br)\n")
        .build().assertOk();
    assertThat(b.file("pt-br/a/index.html")).contains("Pular (pt)");
    assertThat(b.result().languages().get(1).missingStrings()).isEmpty();
  }

  @Test
  void withoutABaseLanguageTheDefaultFillsInAndTheGapIsReported() {
    TestSite.Built b = site("  en: {}\n  de-at: { name: Deutsch (Österreich) }\n")
        .with("translations/de.yaml", "skip_to_content: Zum Inhalt\n")
        .check();
    List<String> missing = b.result().languages().get(1).missingStrings();
    assertThat(missing).doesNotContain("skip_to_content").contains("next", "previous");
    assertThat(b.messages()).singleElement().asString()
        .startsWith("translations/de-at.yaml: warning: " + missing.size() + " interface strings have no de-at translation and are shown in English: ");
  }

  @Test
  void baseLanguagesOfATag() {
    assertThat(UiStringsLoader.baseLanguages("zh-Hant-TW")).containsExactly("zh-Hant", "zh");
    assertThat(UiStringsLoader.baseLanguages("pt")).isEmpty();
  }
}
