package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** Without JavaScript there is no search box at all, rather than one that does nothing. */
class SearchWithoutJavaScriptIT {
  @RegisterExtension static final Browser browser = new Browser().withoutJavaScript();
  @TempDir static Path dir;
  static StaticFileServer server;

  @BeforeAll
  static void buildAndServe() throws IOException {
    server = StaticFileServer.serveBuilt(SearchSite.in(dir));
  }

  @AfterAll
  static void stopServer() {
    if (server != null) server.close();
  }

  @Test
  void theSearchBoxIsNotShown() {
    browser.open(server.uri("/es/runbooks/replace-disk/"));
    assertThat(browser.driver().findElement(By.cssSelector("header .site-search")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Reemplazar un disco dañado");
  }

  @Test
  void theNotFoundPageOffersItsLanguagesOnly() {
    browser.open(server.uri("/no/such/page/"));
    assertThat(browser.driver().findElements(By.cssSelector(".site-search"))).noneMatch(e -> e.isDisplayed());
    assertThat(browser.driver().findElements(By.cssSelector(".not-found li a"))).hasSize(5);
  }
}
