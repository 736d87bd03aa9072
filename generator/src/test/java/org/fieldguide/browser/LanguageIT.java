package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The language switcher keeps readers on the same page, in headless Chromium. */
class LanguageIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static StaticFileServer server;

  @BeforeAll
  static void serve() throws Exception {
    TestSite site = LanguageSite.in(dir);
    server = StaticFileServer.serveBuilt(site);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  private WebDriver driver() {
    return browser.driver();
  }

  private void switchTo(String languageName) {
    driver().findElement(By.cssSelector(".language-switcher")).findElement(By.linkText(languageName)).click();
  }

  @Test
  void switchingLanguageStaysOnTheSamePage() {
    browser.open(server.uri("/en/runbooks/deploy/"));
    switchTo("Español");
    assertThat(driver().getCurrentUrl()).endsWith("/es/runbooks/deploy/");
    assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Desplegar un sitio nuevo");
    assertThat(driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
    switchTo("العربية");
    assertThat(driver().getCurrentUrl()).endsWith("/ar/runbooks/deploy/");
    assertThat(driver().findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    switchTo("English");
    assertThat(driver().getCurrentUrl()).endsWith("/en/runbooks/deploy/");
  }

  @Test
  void untranslatedPageIsReachableAndSaysSo() {
    browser.open(server.uri("/en/runbooks/disk/"));
    switchTo("Español");
    assertThat(driver().getCurrentUrl()).endsWith("/es/runbooks/disk/");
    assertThat(driver().findElement(By.cssSelector(".notice-untranslated")).getText())
        .startsWith("Esta página aún no está traducida. Se muestra en inglés.");
    // The text shown is English, and says so to screen readers and translation tools.
    assertThat(driver().findElement(By.cssSelector("article")).getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void codeStaysLeftToRightInArabic() {
    browser.open(server.uri("/ar/runbooks/deploy/"));
    Object direction = browser.script("return getComputedStyle(document.querySelector('pre')).direction");
    Object article = browser.script("return getComputedStyle(document.querySelector('article .body p')).direction");
    assertThat(direction).isEqualTo("ltr");
    assertThat(article).isEqualTo("rtl");
  }

  @Test
  void arabicPageFitsAPhoneAndADesktop() throws Exception {
    browser.open(server.uri("/ar/runbooks/deploy/"));
    browser.resize(390, 844);
    browser.driver().navigate().refresh();
    assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
    browser.screenshot(Path.of("target/screenshots/arabic-phone.png"));
    browser.resize(1280, 900);
    // The navigation sits on the right in a right-to-left page: logical CSS mirrors the layout.
    Object navLeft = browser.script("return document.querySelector('.site-nav').getBoundingClientRect().left");
    Object mainLeft = browser.script("return document.querySelector('main').getBoundingClientRect().left");
    assertThat(((Number) navLeft).doubleValue()).isGreaterThan(((Number) mainLeft).doubleValue());
    browser.screenshot(Path.of("target/screenshots/arabic-desktop.png"));
  }
}
