package org.fieldguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldguide.cli.Main;
import org.fieldguide.frontmatter.SourceDigest;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Translations: outdated detection, stamps, status report, interface strings, language links. */
class MultilingualTest {
  @TempDir Path dir;

  private static final String ORIGINAL_BODY = "## Steps {#steps}\n\nDo it.\n";
  private final String hash = SourceDigest.of("Deploy", ORIGINAL_BODY);

  private TestSite site(String esHash) {
    return TestSite.in(dir)
        .with("content/deploy.md", "---\ntitle: Deploy\nlast_reviewed: 2026-09-14\n---\n" + ORIGINAL_BODY)
        .with("content/deploy.es.md", "---\ntitle: Desplegar\nsource_hash: \"" + esHash + "\"\n---\n## Pasos {#steps}\n")
        .with("content/other.md", "---\ntitle: Other\n---\nText.\n");
  }

  @Test
  void aFootnotesLinkBackIsNamedInThePagesLanguageFromTheThemesStrings() {
    TestSite.Built b = TestSite.in(dir)
        .with("content/note.md", "---\ntitle: Note\n---\nText[^1].\n\n[^1]: A note.\n")
        .with("content/note.es.md", "---\ntitle: Nota\n---\nTexto[^1].\n\n[^1]: Una nota.\n")
        .build().assertOk();
    assertThat(b.file("en/note/index.html")).contains("aria-label=\"Back to reference 1\"");
    assertThat(b.file("es/note/index.html")).contains("aria-label=\"Volver a la referencia 1\"").doesNotContain("Back to reference");
  }

  @Test
  void calloutTitlesAreThePagesLanguageIncludingGitHubsImportantAndCaution() {
    TestSite.Built b = TestSite.in(dir)
        .with("content/rack.md", "---\ntitle: Rack\n---\n> [!IMPORTANT]\n> Keep the serial.\n\n!!! caution\n    Heavy.\n\n> [!TIP]\n> Two people.\n")
        .with("content/rack.es.md", "---\ntitle: Rack\n---\n> [!IMPORTANT]\n> Guarde el número de serie.\n\n!!! caution\n    Pesado.\n")
        .build().assertOk();
    assertThat(b.file("en/rack/index.html")).contains(
        "<aside class=\"admonition admonition-note\" role=\"note\"><p class=\"admonition-title\">Important</p>",
        "<aside class=\"admonition admonition-warning\" role=\"note\"><p class=\"admonition-title\">Caution</p>",
        "<aside class=\"admonition admonition-tip\" role=\"note\"><p class=\"admonition-title\">Tip</p>");
    assertThat(b.file("es/rack/index.html")).contains(
        "<p class=\"admonition-title\">Importante</p>", "<p class=\"admonition-title\">Precaución</p>");
  }

  @Test
  void aThemeWithoutTheNewerCalloutTitlesShowsItsStyledKindsTitle() {
    // The site's own copy of the theme's English strings, written before important and caution had titles.
    TestSite.Built b = TestSite.in(dir)
        .with("themes/default/i18n/en.yaml", "admonition_note: Note\nadmonition_tip: Tip\nadmonition_warning: Warning\nadmonition_danger: Danger\n")
        .with("content/rack.md", "---\ntitle: Rack\n---\n> [!IMPORTANT]\n> Keep the serial.\n\n> [!CAUTION]\n> Heavy.\n")
        .build();
    assertThat(b.file("en/rack/index.html")).contains(
        "<aside class=\"admonition admonition-note\" role=\"note\"><p class=\"admonition-title\">Note</p>",
        "<aside class=\"admonition admonition-warning\" role=\"note\"><p class=\"admonition-title\">Warning</p>")
        .doesNotContain("admonition_important", "admonition_caution");
  }

  @Test
  void currentTranslationIsQuiet() {
    TestSite.Built b = site(hash).build().assertOk();
    assertThat(b.file("es/deploy/index.html")).doesNotContain("notice-outdated");
    LanguageStatus es = b.result().languages().get(1);
    assertThat(es).extracting(LanguageStatus::pages, LanguageStatus::translated, LanguageStatus::missing, LanguageStatus::outdated)
        .containsExactly(2, 1, 1, 0);
  }

  @Test
  void outdatedTranslationIsReportedAndShownWithTheSourceDate() {
    TestSite.Built b = site("000000000000").build();
    b.assertDiagnostics(
        "content/deploy.es.md:3:14: warning: this translation is outdated: content/deploy.md changed since it was translated (source_hash 000000000000, now "
            + hash + "). Update the translation, then run 'fieldguide i18n --stamp content/deploy.es.md'.");
    assertThat(b.file("es/deploy/index.html"))
        .contains("Esta traducción puede estar desactualizada; la página original cambió después de traducirse. La original se revisó por última vez el 14 de septiembre de 2026.");
    assertThat(b.result().languages().get(1).outdatedFiles()).containsExactly("content/deploy.es.md");
  }

  @Test
  void stampingMakesATranslationCurrent() throws Exception {
    site("000000000000").writeFiles();
    assertThat(run("i18n", "--site", dir.toString(), "--stamp", "content/deploy.es.md")).isZero();
    assertThat(Files.readString(dir.resolve("content/deploy.es.md"))).contains("source_hash: \"" + hash + "\"\n");
    TestSite.in(dir).check().assertOk();
  }

  @Test
  void newTranslateCopiesThePageWithItsStamp() throws Exception {
    site(hash).writeFiles();
    assertThat(run("new", "--site", dir.toString(), "--translate", "es", "content/other.md")).isZero();
    assertThat(Files.readString(dir.resolve("content/other.es.md")))
        .isEqualTo("---\ntitle: Other\nsource_hash: \"" + SourceDigest.of("Other", "Text.\n") + "\"\n---\nText.\n");
    assertThat(run("new", "--site", dir.toString(), "--translate", "es", "content/other.md")).isEqualTo(1);
    assertThat(err.toString()).contains("content/other.es.md: error: the translation already exists");
  }

  @Test
  void statusReportAsTextAndJsonWithThreshold() {
    site(hash).writeFiles();
    assertThat(run("i18n", "--site", dir.toString())).isZero();
    assertThat(out.toString()).contains("es Español                  2          1 ( 50%)        1         0          0    complete");
    out.getBuffer().setLength(0);
    assertThat(run("i18n", "--site", dir.toString(), "--format", "json")).isZero();
    assertThat(out.toString()).contains("\"code\" : \"es\"", "\"percent_translated\" : 50", "\"missing\" : 1");
    assertThat(run("i18n", "--site", dir.toString(), "--min-translated", "60")).isEqualTo(1);
    assertThat(err.toString()).contains("fieldguide i18n: es has 50 % of pages translated, below 60 %.");
  }

  @Test
  void missingInterfaceStringsAndPluralCategoriesAreReported() {
    TestSite.Built b = TestSite.in(dir)
        .with("site.yaml", TestSite.SITE_YAML.replace("  es: { name: Español }", "  ar: { name: العربية }\n  de: { name: Deutsch }"))
        .with("translations/ar.yaml", "steps: \"{count, plural, one {خطوة} other {# خطوات}}\"\n")
        .with("translations/en.yaml", "steps: \"{count, plural, one {# step} other {# steps}}\"\n")
        .page("content/a.md", "A", "x")
        .check();
    assertThat(b.messages()).hasSize(2);
    assertThat(b.messages().get(0)).isEqualTo(
        "translations/ar.yaml:1:8: warning: the message 'steps' lacks the plural categories few, many, two, zero that ar needs, so some counts show the 'other' text. Add a case for each.");
    // The count grows with the theme's strings; the shape of the message does not.
    assertThat(b.messages().get(1)).matches(
        "translations/de\\.yaml: warning: \\d+ interface strings have no de translation and are shown in English: access, admonition_caution, admonition_danger, .*, …\\. Add them to translations/de\\.yaml\\.");
  }

  @Test
  void linkToAnotherLanguageDespiteATranslationIsWarned() {
    site(hash).with("content/other.es.md", "---\ntitle: Otra\nsource_hash: \"" + SourceDigest.of("Other", "Text.\n") + "\"\n---\nVer [desplegar](deploy.en.md).\n")
        .check()
        .assertDiagnostics(
            "content/other.es.md:5:5: warning: link 'deploy.en.md' leads readers of es to the en page, although a translation exists. Link to the file without a language suffix to follow the reader's language.");
  }

  @Test
  void siteTitleCanDifferPerLanguage() {
    TestSite.Built b = site(hash).with("site.yaml", TestSite.SITE_YAML.replace("es: { name: Español }", "es: { name: Español, title: Sitio de prueba }"))
        .build().assertOk();
    assertThat(b.file("es/deploy/index.html")).contains("<title>Desplegar · Sitio de prueba</title>");
    assertThat(b.file("en/deploy/index.html")).contains("<title>Deploy · Test Site</title>");
  }

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  @Test
  void stampUnstampedStampsOnlyTranslationsWithoutAHash() throws Exception {
    site("000000000000").with("content/other.es.md", "---\ntitle: Otra\n---\nTexto.\n").writeFiles();
    assertThat(run("i18n", "--site", dir.toString(), "--stamp-unstamped")).isZero();
    assertThat(out.toString()).contains("fieldguide: stamped 1 translation.");
    assertThat(Files.readString(dir.resolve("content/other.es.md"))).contains("source_hash: \"" + SourceDigest.of("Other", "Text.\n") + "\"");
    // An outdated translation keeps its old stamp: only a translator can say it is current again.
    assertThat(Files.readString(dir.resolve("content/deploy.es.md"))).contains("source_hash: \"000000000000\"");
  }

  @Test
  void stampUnstampedWithoutContentIsAnErrorNotACrash() throws Exception {
    Files.writeString(dir.resolve("site.yaml"), TestSite.SITE_YAML);
    assertThat(run("i18n", "--site", dir.toString(), "--stamp-unstamped")).isEqualTo(1);
    assertThat(err.toString()).contains("content: error: there is no content/ folder to look for translations in.");
  }

  @Test
  void siteVersionFollowsTheTextAndLivesInTheManifestOnly() {
    TestSite.Built first = site(hash).build().assertOk();
    String before = version(first.file("site-manifest.json"));
    String deploy = first.file("en/deploy/index.html");
    String again = version(TestSite.in(dir).build().assertOk().file("site-manifest.json"));
    TestSite.Built edited = TestSite.in(dir).with("content/other.md", "---\ntitle: Other\n---\nChanged.\n").build();
    assertThat(before).matches("[0-9a-f]{12}").isEqualTo(again).isNotEqualTo(version(edited.file("site-manifest.json")));
    // A one-page edit changes that page and the site-wide files, not the pages that merely list it.
    assertThat(edited.file("en/deploy/index.html")).isEqualTo(deploy).doesNotContain(before);
  }

  private static String version(String manifest) {
    return manifest.replaceAll("(?s).*\"version\": \"([0-9a-f]{12})\".*", "$1");
  }
}
