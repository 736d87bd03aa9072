package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A writer's loop against a real {@code fieldguide serve} process, in headless Chromium: every
 * change is a file written on disk, and the open page follows by itself.
 */
class ServeIT {
  private static final String SITE_YAML =
      "title: Serve Test\nbase_url: https://guides.example.org/fieldguide/\ndefault_language: en\n"
          + "languages:\n  en: { name: English }\n  es: { name: Español }\n";

  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static Path site;
  private static ServeProcess serve;

  @BeforeAll
  static void start() throws Exception {
    site = dir.resolve("site");
    TestSite.in(site)
        .with("site.yaml", SITE_YAML)
        .with("content/guide.md", guide("Opening paragraph."))
        .page("content/other.md", "Other", "See [the guide](guide.md).\n")
        .page("content/deploy.md", "Deploy", "Deploy a site.\n")
        .with("themes/default/static/css/site.css", Files.readString(Path.of("../themes/default/static/css/site.css")))
        .writeFiles();
    serve = ServeProcess.start(site, dir.resolve("tmp"));
  }

  @AfterAll
  static void stop() throws Exception {
    if (serve != null) serve.close();
  }

  /** A page long enough to scroll. */
  private static String guide(String first) {
    StringBuilder s = new StringBuilder("---\ntitle: Guide\n---\n" + first + "\n\n");
    for (int i = 1; i <= 80; i++) s.append("Paragraph ").append(i).append(" of the guide.\n\n");
    return s.toString();
  }

  private static void write(String rel, String text) throws IOException {
    Files.writeString(site.resolve(rel), text);
  }

  /** Waits for the terminal line of the next rebuild, which follows {@code before} lines. */
  private static String awaitRebuild(int before) {
    return serve.awaitOut(l -> l.contains(" → "), before);
  }

  @Test
  void anEditedPageShowsTheNewTextWithoutAManualReloadAndKeepsItsScrollPosition() throws Exception {
    browser.open(serve.url("en/guide/"));
    browser.script("window.scrollTo(0, 600); window.fieldguideTestMarker = 'still the old page';");
    int lines = serve.outCount();
    write("content/guide.md", guide("Edited paragraph."));
    awaitPage(() -> browser.driver().findElement(By.cssSelector("article .body")).getText().startsWith("Edited paragraph."));
    assertThat(browser.script("return window.fieldguideTestMarker")).isNull();
    assertThat(((Number) browser.script("return window.scrollY")).intValue()).isEqualTo(600);
    assertThat(awaitRebuild(lines)).matches("fieldguide: page body content/guide.md → updated [1-8] of 8 pages in \\d+ ms");
  }

  @Test
  void aBrokenLinkShowsTheTerminalsErrorOverThePageAndTheFixClearsIt() throws Exception {
    browser.open(serve.url("en/other/"));
    int errs = serve.errCount();
    int lines = serve.outCount();
    write("content/other.md", "---\ntitle: Other\n---\nSee [the guide](guid.md).\n");
    String terminal = serve.awaitErr(l -> l.contains(": error: "), errs);
    assertThat(terminal).startsWith("content/other.md:4:5: error: link target 'guid.md' not found");
    WebElement overlay = browser.await(d -> d.findElements(By.cssSelector(".fieldguide-serve-overlay")).stream().findFirst().orElse(null));
    assertThat(overlay.findElement(By.cssSelector(".fieldguide-serve-errors")).getText()).isEqualTo(terminal);
    assertThat(overlay.findElement(By.cssSelector(".fieldguide-serve-title")).getText())
        .isEqualTo("fieldguide serve: 1 error. The page below is the last version that built.");
    // The last good page is still there, under the overlay.
    assertThat(browser.driver().findElement(By.cssSelector("article .body a")).getAttribute("href")).endsWith("/fieldguide/en/guide/");
    assertThat(overlay.getCssValue("position")).isEqualTo("fixed");
    awaitRebuild(lines);

    lines = serve.outCount();
    write("content/other.md", "---\ntitle: Other\n---\nSee [the guide, fixed](guide.md).\n");
    awaitPage(() -> browser.driver().findElements(By.cssSelector(".fieldguide-serve-overlay")).isEmpty()
        && browser.driver().findElement(By.cssSelector("article .body")).getText().contains("fixed"));
    awaitRebuild(lines);
  }

  @Test
  void aNewTranslationFileAppearsInTheLanguageSwitcher() throws Exception {
    browser.open(serve.url("en/deploy/"));
    assertThat(spanishLink().getDomAttribute("class")).isEqualTo("untranslated");
    int lines = serve.outCount();
    write("content/deploy.es.md", "---\ntitle: Desplegar\n---\nDesplegar un sitio.\n");
    awaitPage(() -> spanishLink().getDomAttribute("class") == null);
    assertThat(awaitRebuild(lines)).startsWith("fieldguide: new page content/deploy.es.md → built 8 pages in ");
    spanishLink().click();
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Desplegar");
  }

  /** Waits for {@code condition}; elements of a page that is reloading by itself go stale on the way, which is no failure. */
  private static void awaitPage(java.util.function.BooleanSupplier condition) {
    browser.await(d -> {
      try {
        return condition.getAsBoolean();
      } catch (StaleElementReferenceException | NoSuchElementException e) {
        return false;
      }
    });
  }

  private static WebElement spanishLink() {
    return browser.driver().findElement(By.cssSelector(".language-switcher a[hreflang=es]"));
  }

  @Test
  void anEditOfTheThemesStylesheetAppliesWithoutAReload() throws Exception {
    browser.open(serve.url("en/other/"));
    browser.script("window.fieldguideTestMarker = 'still the same page';");
    int lines = serve.outCount();
    Path css = site.resolve("themes/default/static/css/site.css");
    Files.writeString(css, Files.readString(css) + "\n:root { --serve-test: 42px; }\n");
    browser.await(d -> "42px".equals(String.valueOf(browser.script(
        "return getComputedStyle(document.documentElement).getPropertyValue('--serve-test').trim()"))));
    assertThat(browser.script("return window.fieldguideTestMarker")).isEqualTo("still the same page");
    assertThat(awaitRebuild(lines)).startsWith("fieldguide: static file themes/default/static/css/site.css → updated 0 of 8 pages in ");
  }

  @Test
  void unknownAddressesGetTheSites404PageUnderTheBasePath() {
    browser.open(serve.url("en/no-such-page/"));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
    // Its links work as when published: they lead to pages of the site.
    browser.driver().findElement(By.cssSelector("article.not-found .not-found-home a")).click();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(serve.url("en/").toString());
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotEqualTo("Page not found");
  }

  @Test
  void anUnknownAddressUnderALanguageGetsThatLanguages404Page() {
    browser.open(serve.url("es/no-existe/"));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    browser.driver().findElement(By.cssSelector("article.not-found .not-found-home a")).click();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(serve.url("es/").toString());
  }

  @Test
  void theFaviconIsServedAtTheHostsRootToo() throws Exception {
    java.net.URI root = serve.url("").resolve("/favicon.ico");
    java.net.http.HttpResponse<byte[]> icon = java.net.http.HttpClient.newHttpClient()
        .send(java.net.http.HttpRequest.newBuilder(root).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
    assertThat(icon.body()).isEqualTo(Files.readAllBytes(Path.of("../themes/default/static/favicon.ico")));
  }
}
