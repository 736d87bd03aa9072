package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.fieldguide.browser.Browser;
import org.fieldguide.browser.StaticFileServer;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The browser analyses words exactly as the build does: for every word of this repository's own
 * documentation in a language, plus words chosen to be hard (accents composed and decomposed,
 * ligatures, Arabic short vowels and tatweel, Arabic-Indic digits, dotted capital I, identifiers),
 * js/search.js with the vendored Snowball stemmer gives the same words and the same terms as
 * {@link Words} and {@link TermAnalyzer} with Lucene's Snowball stemmers. A query matches a page
 * only when both sides agree, so this is what makes search work.
 */
class StemmerEquivalenceIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static StaticFileServer server;

  private static final List<String> HARD = List.of(
      "Straße", "ÆON cœur Œuvre", "İstanbul ISTANBUL ıssız", "ΟΔΟΣ οδός", "naïve NAÏVE naı̈ve", "café café", "ﬁle ﬂow",
      "Øresund Łódź ÞÓR Đakovo", "x² ½ Ⅻ", "٣٤٥ ۱۲ 2001:db8::1 198.51.100.20",
      "مُستخدِم المُستخدِمين العـــربية الأقراص أقراص إعداد آخر ؤ ئ القرص، والشبكة؛ التحديثات",
      "l'alimentation d’alimentation aujourd'hui", "kube-proxy node_exporter NodeDiskFailing KubePodCrashLooping",
      "instalação instalações INSTALAÇÃO bahía bahias défaillant défaillants redémarrez",
      "aiguë aiguës ambiguïté naïve Noël héroïque",
      "a".repeat(64) + " " + "b".repeat(65), "🙂disk disk🙂 e\u0301te\u0301", "ﾃｽﾄ テスト 测试 한국어");

  @BeforeAll
  static void serve() throws Exception {
    TestSite site = TestSite.in(dir)
        .with("site.yaml", """
            title: Stems
            base_url: https://guides.example.org/
            default_language: en
            languages:
              en: { name: English }
              es: { name: Español }
              fr: { name: Français }
              pt: { name: Português }
              ar: { name: العربية, direction: rtl }
            """)
        .with("content/_index.md", "---\ntitle: Home\n---\nText.\n");
    server = StaticFileServer.serveBuilt(site);
    browser.open(server.uri("/en/"));
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "pt", "ar"})
  void browserAndBuildGiveTheSameTerms(String language) throws IOException {
    List<String> texts = new ArrayList<>(HARD);
    texts.addAll(repositoryWords(language));
    assertThat(texts).hasSizeGreaterThan(HARD.size() + (language.equals("en") ? 1000 : 300));

    TermAnalyzer analyzer = new TermAnalyzer(language);
    List<Object> expected = new ArrayList<>();
    for (String text : texts) {
      List<String> words = new ArrayList<>();
      Words.forEach(text, words::add);
      expected.add(Map.of("words", words, "terms", words.stream().map(w -> Arrays.asList(analyzer.terms(w))).toList()));
    }

    Object actual = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        window.fieldguideSearch.analyze("../", arguments[0], "../static/", arguments[1])
          .then((result) => done(result), (error) => done(String(error)));
        """, language, texts);

    assertThat(actual).isInstanceOf(List.class);
    List<?> got = (List<?>) actual;
    assertThat(got).hasSameSizeAs(expected);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(got.get(i)).as("%s: %s", language, texts.get(i)).isEqualTo(expected.get(i));
    }
  }

  /** Every distinct word of the repository's documentation in that language. */
  private static List<String> repositoryWords(String language) throws IOException {
    Path content = Path.of("..", "content").toAbsolutePath().normalize();
    TreeSet<String> words = new TreeSet<>();
    try (Stream<Path> files = Files.walk(content)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        String name = f.getFileName().toString();
        String lang = name.matches(".*\\.[a-z]{2}\\.md") ? name.substring(name.length() - 5, name.length() - 3) : "en";
        if (lang.equals(language)) Words.forEach(Files.readString(f, StandardCharsets.UTF_8), words::add);
      }
    }
    return List.copyOf(words);
  }
}
