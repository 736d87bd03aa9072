package org.fieldguide.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Diagnostics diagnostics = new Diagnostics();

  private Optional<SiteConfig> load(String yaml) throws Exception {
    Files.writeString(dir.resolve("site.yaml"), yaml);
    return new ConfigLoader(new YamlReader()).load(dir, diagnostics);
  }

  private String messages() {
    return String.join("\n", diagnostics.sorted().stream().map(Object::toString).toList());
  }

  @Test
  void readsLanguagesInOrderWithDirection() throws Exception {
    SiteConfig c =
        load("title: T\nbase_url: https://g.example.org\ndefault_language: en\nlanguages:\n  en: { name: English }\n  ar: { name: العربية, direction: rtl }\n  fr:\n")
            .orElseThrow();
    assertThat(c.languageCodes()).containsExactly("en", "ar", "fr");
    assertThat(c.language("ar").direction()).isEqualTo(Direction.RTL);
    assertThat(c.language("fr").name()).isEqualTo("Français");
    assertThat(c.baseUrl().toString()).isEqualTo("https://g.example.org/");
    assertThat(c.theme()).isEqualTo("default");
  }

  @Test
  void singleLanguageSiteNeedsNoLanguageList() throws Exception {
    SiteConfig c = load("title: T\nbase_url: https://g.example.org/\ndefault_language: es\n").orElseThrow();
    assertThat(c.languageCodes()).containsExactly("es");
  }

  @Test
  void rejectsUnknownKeyAtItsLine() throws Exception {
    assertThat(load("title: T\nbase_url: https://g.example.org/\nthem: default\n")).isEmpty();
    assertThat(messages())
        .isEqualTo("site.yaml:3:1: error: unknown field 'them' in site.yaml; did you mean 'theme'? Known fields: title, description, base_url, default_language, languages, theme, repository, allow_raw_html, strict_html, external_links, alerts, front_matter.");
  }

  @Test
  void rejectsMistypedValue() throws Exception {
    assertThat(load("title: T\nbase_url: https://g.example.org/\nallow_raw_html: sometimes\n")).isEmpty();
    assertThat(messages()).isEqualTo("site.yaml:3:17: error: 'allow_raw_html' in site.yaml must be true or false, found text.");
  }

  @Test
  void rejectsARepositoryThatIsNotAWebAddress() throws Exception {
    for (String bad : new String[] {"javascript:alert(document.domain)", "JavaScript:alert(1)", "data:text/html,x", "//evil.example/x", "github.com/x/y"}) {
      diagnostics = new Diagnostics();
      assertThat(load("title: T\nbase_url: https://g.example.org/\nrepository: \"" + bad + "\"\n")).isEmpty();
      assertThat(messages()).isEqualTo("site.yaml:3:13: error: repository must be an absolute http(s) address such as"
          + " https://github.com/example/guides, found '" + bad + "'.");
    }
  }

  @Test
  void acceptsAWebAddressAsRepository() throws Exception {
    assertThat(load("title: T\nbase_url: https://g.example.org/\nrepository: HTTPS://github.com/example/guides\n").orElseThrow().repository())
        .contains("HTTPS://github.com/example/guides");
  }

  @Test
  void rejectsRelativeBaseUrl() throws Exception {
    assertThat(load("title: T\nbase_url: /guides/\n")).isEmpty();
    assertThat(messages()).isEqualTo("site.yaml:2:11: error: base_url must be an absolute http(s) address such as https://guides.example.org/, found '/guides/'.");
  }

  @Test
  void rejectsDefaultLanguageMissingFromLanguages() throws Exception {
    assertThat(load("title: T\nbase_url: https://g.example.org/\ndefault_language: pt\nlanguages:\n  en: {}\n")).isEmpty();
    assertThat(messages()).isEqualTo("site.yaml:3:1: error: default_language 'pt' is not one of the languages (en). Add it under languages or change default_language.");
  }

  @Test
  void rejectsUnknownLanguageKey() throws Exception {
    assertThat(load("title: T\nbase_url: https://g.example.org/\nlanguages:\n  en: { name: English, dir: rtl }\n")).isEmpty();
    assertThat(messages()).isEqualTo("site.yaml:4:24: error: unknown field 'dir' in language 'en'. Known fields: name, direction, title.");
  }

  @Test
  void reportsMissingSiteYaml() {
    assertThat(new ConfigLoader(new YamlReader()).load(dir, diagnostics)).isEmpty();
    assertThat(messages()).startsWith("site.yaml: error: no site.yaml in ").endsWith(". Run fieldguide in the site's folder or pass --site DIR.");
  }
}
