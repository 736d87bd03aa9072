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

  /** A site another generator wrote: the error says which, and the command that converts it. */
  @Test
  void aFolderHoldingAnotherGeneratorsSiteIsPointedToImport() throws Exception {
    String[][] cases = {
      {"hugo.toml", "", "a site written for Hugo (hugo.toml)", "hugo"},
      {"config.toml", "content", "a site written for Hugo (config.toml)", "hugo"},
      {"config/_default/params.toml", "content", "a site written for Hugo (config/_default/)", "hugo"},
      {"mkdocs.yml", "docs", "a site written for MkDocs (mkdocs.yml)", "mkdocs"},
      {"_config.yml", "", "a site written for Jekyll (_config.yml)", "jekyll"},
      {"zola.toml", "", "a site written for Zola (zola.toml)", "zola"},
      {"docusaurus.config.ts", "docs", "a site written for Docusaurus (docusaurus.config.ts)", "docusaurus"},
      {"docs/source/conf.py", "", "a site written for Sphinx (docs/source/conf.py)", "sphinx"},
      {"conf.py", "", "a site written for Sphinx (conf.py)", "sphinx"},
    };
    for (String[] c : cases) {
      Path site = Files.createDirectories(dir.resolve("repo " + c[3] + " " + c[0].replace('/', '-')));
      Files.createDirectories(site.resolve(c[0]).getParent());
      Files.writeString(site.resolve(c[0]), c[3].equals("sphinx") ? "project = 'x'\n" : "title = 'x'\n");
      if (!c[1].isEmpty()) Files.createDirectories(site.resolve(c[1]));
      Diagnostics d = new Diagnostics();
      assertThat(new ConfigLoader(new YamlReader()).load(site, d)).isEmpty();
      String where = site.toAbsolutePath().normalize().toString();
      assertThat(d.sorted().get(0).toString()).isEqualTo("site.yaml: error: no site.yaml in " + where + ", which holds " + c[2]
          + ". Run fieldguide in a fieldguide site's folder or pass --site DIR; to convert this one into a fieldguide site: fieldguide"
          + " import " + c[3] + " '" + where + "' --out NEW-FOLDER");
    }
  }

  /** Zola's config.toml sets base_url (Hugo's spells it baseURL); beside content/, the folder is Zola's. */
  @Test
  void aConfigTomlWithBaseUrlBesideContentIsZolas() throws Exception {
    Files.writeString(dir.resolve("config.toml"), "title = \"x\"\nbase_url = \"https://example.org\"\n");
    assertThat(ForeignSite.in(dir)).isEmpty();
    Files.createDirectories(dir.resolve("content"));
    assertThat(ForeignSite.in(dir)).contains(new ForeignSite("zola", "Zola", "config.toml"));
    Files.writeString(dir.resolve("config.toml"), "title = \"x\"\nbaseURL = \"https://example.org\"\n");
    assertThat(ForeignSite.in(dir)).contains(new ForeignSite("hugo", "Hugo", "config.toml"));
  }

  /** conf.py is a name many Python tools use: only one that sets what Sphinx's do is taken for Sphinx's. */
  @Test
  void aConfPyThatSetsNoSphinxSettingIsNotTakenForSphinx() throws Exception {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/conf.py"), "DEBUG = True\nproject_root = '..'\n");
    assertThat(ForeignSite.in(dir)).isEmpty();
    Files.writeString(dir.resolve("docs/conf.py"), "import os\nextensions = ['myst_parser']\n");
    assertThat(ForeignSite.in(dir)).contains(new ForeignSite("sphinx", "Sphinx", "docs/conf.py"));
  }

  /** config.toml is a name many tools use: without a content/ folder beside it, nothing is claimed. */
  @Test
  void aConfigFileOfAnyToolAloneIsNotTakenForHugo() throws Exception {
    Files.writeString(dir.resolve("config.toml"), "x = 1\n");
    assertThat(ForeignSite.in(dir)).isEmpty();
    assertThat(new ConfigLoader(new YamlReader()).load(dir, diagnostics)).isEmpty();
    assertThat(messages()).endsWith(". Run fieldguide in the site's folder or pass --site DIR.");
  }

  @Test
  void aPathIsQuotedForTheShellWhereItNeedsToBe() {
    assertThat(ConfigLoader.shellWord("/home/ana/docs-site_2")).isEqualTo("/home/ana/docs-site_2");
    assertThat(ConfigLoader.shellWord("/home/ana/my docs")).isEqualTo("'/home/ana/my docs'");
    assertThat(ConfigLoader.shellWord("/tmp/it's")).isEqualTo("'/tmp/it'\\''s'");
  }
}
