package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/**
 * The guide offline in a real browser and a real network loss: a Spanish reader saves the guide,
 * the server stops, and the open page reloads, an unvisited page opens and a tick is kept; when
 * the site is republished, an open page says so.
 */
@Tag("browser")
class OfflineIT {
  @RegisterExtension static final Browser browser = new Browser().withWindowSize(1280, 900);
  @TempDir static Path dir;
  private static StaticFileServer server;

  @AfterAll
  static void stopServer() {
    if (server != null) server.close();
  }

  private static final String DISK = "es/runbooks/a-replace-disk/";
  private static final String NETWORK = "es/runbooks/b-network/";

  private String h1() {
    return browser.driver().findElement(By.tagName("h1")).getText();
  }

  private WebElement kit() {
    return browser.driver().findElement(By.cssSelector("[data-offline]"));
  }

  private List<WebElement> boxes() {
    browser.await(d -> !d.findElement(By.cssSelector(".checklist-summary")).getText().isEmpty());
    return browser.driver().findElements(By.cssSelector("input.checklist-box"));
  }

  /**
   * The size the script adds after the download link stands apart from it, on the link's line: the
   * slot is an inline block, whose line starts afresh, so a leading space in its text collapsed and
   * "(398 kB)" met the link's last word; and with a line height of its own, shorter than the
   * footer's, aligned to the top, its text sat some 3 px above the link's (both seen at 1280 px).
   */
  @Test
  void theDownloadsSizeIsSetApartFromItsLink() throws IOException {
    TestSite site = OfflineSiteFixture.in(dir.resolve("size"));
    site.build().assertOk();
    try (StaticFileServer sizes = StaticFileServer.serve(site.out())) {
      browser.open(sizes.uri(DISK));
      WebElement slot = browser.driver().findElement(By.cssSelector("[data-offline-download-size]"));
      browser.await(d -> !slot.getText().isEmpty());
      assertThat(slot.getText()).matches("\\([0-9.,]+\\s?(kB|MB)\\)");
      // From the end of the link's last glyph to the start of the size's first one, as drawn; and
      // how far the size's text sits above or below the link's (the same font: 0 on one line).
      @SuppressWarnings("unchecked")
      List<Number> drawn = (List<Number>) browser.script("""
          const glyphs = (node) => { const r = document.createRange(); r.selectNodeContents(node); return r.getBoundingClientRect(); };
          const link = glyphs(document.querySelector("[data-offline-download]").firstChild);
          const size = glyphs(document.querySelector("[data-offline-download-size]").firstChild);
          return [size.left - link.right, size.bottom - link.bottom];
          """);
      assertThat(drawn.get(0).doubleValue()).as("gap").isGreaterThanOrEqualTo(3.0);
      assertThat(drawn.get(1).doubleValue()).as("offset from the link's line").isBetween(-0.5, 0.5);
    }
  }

  @Test
  void aSavedGuideWorksWithoutTheServerAndAnOpenPageHearsOfANewVersion() throws IOException {
    TestSite site = OfflineSiteFixture.in(dir);
    site.build().assertOk();
    server = StaticFileServer.serve(site.out());
    int port = server.port();

    browser.open(server.uri(DISK));
    WebElement save = browser.driver().findElement(By.cssSelector("[data-offline-save]"));
    browser.await(d -> save.isDisplayed());
    assertThat(save.getText()).matches("Guardar esta guía para usarla sin conexión — [0-9.,]+\\s?(kB|MB)");
    save.click();
    browser.await(d -> "saved".equals(kit().getAttribute("data-offline-state")));
    assertThat(browser.driver().findElement(By.cssSelector("[data-offline-status]")).getText())
        .isEqualTo("Guardada: esta guía funciona sin red en este dispositivo.");

    // The network is gone: nothing answers on the port any more.
    server.close();
    server = null;
    browser.driver().navigate().refresh();
    browser.await(d -> h1().equals("Reemplazar un disco"));
    browser.open(java.net.URI.create("http://127.0.0.1:" + port + "/" + NETWORK));
    assertThat(h1()).isEqualTo("Restablecer la red");

    // Search offline: its index was saved with the pages.
    WebElement input = browser.driver().findElement(By.id("search-input"));
    input.click();
    input.sendKeys("conmutador");
    WebElement search = input.findElement(By.xpath("ancestor::*[@data-search]"));
    browser.await(d -> "conmutador".equals(search.getAttribute("data-searched")));
    assertThat(search.findElement(By.cssSelector("[role=option] a")).getText()).startsWith("Restablecer la red");

    browser.open(java.net.URI.create("http://127.0.0.1:" + port + "/" + DISK));
    assertThat(h1()).isEqualTo("Reemplazar un disco");
    boxes().get(1).click();
    browser.driver().navigate().refresh();
    browser.await(d -> h1().equals("Reemplazar un disco"));
    assertThat(boxes().get(1).isSelected()).isTrue();
    assertThat(boxes().get(0).isSelected()).isFalse();

    // Republished while this page stays open: another tab fetches the new service worker, which
    // takes over; the open page says the guide was updated and keeps its text until the reader reloads.
    site.with("content/runbooks/b-network.es.md", "---\ntitle: Restablecer la red\n---\nRevise el cable y el conmutador del rack.\n")
        .build().assertOk();
    server = StaticFileServer.serveOnPort(site.out(), port);
    String openTab = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.open(server.uri(NETWORK));
    browser.await(d -> d.findElement(By.cssSelector(".body")).getText().contains("conmutador del rack"));
    browser.driver().switchTo().window(openTab);
    WebElement notice = browser.await(d -> d.findElements(By.cssSelector(".offline-notice")).stream().findFirst().orElse(null));
    assertThat(notice.getText()).startsWith("Esta guía se ha actualizado.");
    assertThat(h1()).isEqualTo("Reemplazar un disco");
    notice.findElement(By.tagName("button")).click();
    browser.await(d -> d.findElements(By.cssSelector(".offline-notice")).isEmpty());
    assertThat(h1()).isEqualTo("Reemplazar un disco");
  }
}
