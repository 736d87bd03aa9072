package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Page not found" in the language of the address, served as GitHub Pages serves a project's
 * site: the root 404.html for every missing address under {@code /fieldguide/}. Its script
 * picks the language before the first paint (LayoutShiftIT measures that nothing moves).
 */
@Tag("browser")
class NotFoundIT {
  @RegisterExtension static final Browser browser = new Browser();
  @RegisterExtension static final Browser french = new Browser().withLanguages("fr-FR,fr");
  @TempDir static Path dir;
  private static StaticFileServer server;

  @BeforeAll
  static void serve() throws IOException {
    server = RepositorySite.serve(dir);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  private static List<WebElement> shown(Browser b) {
    return b.driver().findElements(By.cssSelector(".not-found-language")).stream().filter(WebElement::isDisplayed).toList();
  }

  /**
   * What is shown once the page has finished loading: CI once saw none shown right after a fresh
   * browser's first navigation returned, though the script leaves nothing to do after the
   * document is parsed. A page that settles on the wrong section still fails the assertion.
   */
  private static List<WebElement> shownOnceLoaded(Browser b) {
    b.await(d -> "complete".equals(b.script("return document.readyState")) && !shown(b).isEmpty());
    return shown(b);
  }

  @Test
  void aMissingPageUnderALanguageSaysSoInThatLanguage() {
    browser.open(server.uri("es/runbooks/no-such-runbook/"));
    List<WebElement> shown = shown(browser);
    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).getAttribute("lang")).isEqualTo("es");
    assertThat(shown.get(0).findElement(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
    assertThat(browser.driver().getTitle()).startsWith("Página no encontrada · ");
    shown.get(0).findElement(By.cssSelector(".not-found-home a")).click();
    assertThat(browser.driver().getCurrentUrl()).isEqualTo(server.uri("es/").toString());
  }

  /**
   * Delivered slowly, the page stops for a while right after the Spanish section's opening tag:
   * the script marks the section then, before its heading has arrived, and the title still takes
   * the heading's words once it has. (CI saw the English title here: the script gave up on the
   * title when the heading was not there yet.)
   */
  @Test
  void theTitleIsInThatLanguageAlsoWhenThePageArrivesInParts() {
    server.pauseAfter("data-language=\"es\">", java.time.Duration.ofMillis(400));
    try {
      browser.open(server.uri("es/runbooks/no-such-runbook/"));
      assertThat(shown(browser)).extracting(e -> e.getAttribute("lang")).containsExactly("es");
      assertThat(browser.driver().getTitle()).startsWith("Página no encontrada · ");
    } finally {
      server.pauseAfter(null, java.time.Duration.ZERO);
    }
  }

  @Test
  void rightToLeftLanguagesToo() {
    browser.open(server.uri("ar/training/missing/"));
    WebElement section = shown(browser).get(0);
    assertThat(section.getAttribute("lang")).isEqualTo("ar");
    assertThat(section.getAttribute("dir")).isEqualTo("rtl");
    assertThat(section.findElement(By.tagName("h1")).getText()).isEqualTo("الصفحة غير موجودة");
  }

  @Test
  void anAddressWithoutALanguageGetsTheReadersBrowserLanguage() {
    french.open(server.uri("old-page.html"));
    assertThat(shownOnceLoaded(french)).extracting(e -> e.getAttribute("lang")).containsExactly("fr");
    browser.open(server.uri("old-page.html"));
    assertThat(shownOnceLoaded(browser)).extracting(e -> e.getAttribute("lang")).containsExactly("en");
  }

  @Test
  void withoutJavaScriptEveryLanguageIsListedAndEachLanguageHasItsOwnPage() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> missing = http.send(HttpRequest.newBuilder(server.uri("es/nada/")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(missing.statusCode()).isEqualTo(404);
    Document root = Jsoup.parse(missing.body());
    assertThat(root.select(".not-found-language").eachAttr("lang")).containsExactly("en", "es", "fr", "pt", "ar");
    assertThat(root.select("head script[src$=js/not-found.js]").attr("defer")).as("runs before the first paint").isEmpty();

    Document spanish = Jsoup.parse(http.send(HttpRequest.newBuilder(server.uri("es/404.html")).build(), HttpResponse.BodyHandlers.ofString()).body());
    assertThat(spanish.selectFirst("html").attr("lang")).isEqualTo("es");
    assertThat(spanish.selectFirst("h1").text()).isEqualTo("Página no encontrada");
    assertThat(spanish.select("script[src$=js/not-found.js]")).as("needs no script").isEmpty();
  }

  @Test
  void theFaviconIsAtTheSiteRootAndNamedByEveryPage() throws Exception {
    HttpResponse<byte[]> icon = HttpClient.newHttpClient()
        .send(HttpRequest.newBuilder(server.uri("favicon.ico")).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
    browser.open(server.uri("en/runbooks/"));
    assertThat(browser.driver().findElements(By.cssSelector("link[rel=icon]"))).extracting(e -> e.getAttribute("href"))
        .containsExactly(server.uri("static/favicon.svg").toString(), server.uri("static/favicon.ico").toString());
  }
}
