package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The downloadable bundle opened from disk ({@code file://}), as a technician unzips it on a
 * laptop: every link lands on a page (not a folder listing), search finds and opens a page, and
 * checklist ticks are kept.
 */
@Tag("browser")
class BundleIT {
  @RegisterExtension static final Browser browser = new Browser().withWindowSize(1280, 900);
  @TempDir static Path dir;
  private static Path unzipped;

  @BeforeAll
  static void buildAndUnzip() throws IOException {
    TestSite site = OfflineSiteFixture.in(dir.resolve("site"));
    site.build().assertOk();
    unzipped = dir.resolve("unzipped");
    try (InputStream in = Files.newInputStream(site.out().resolve("downloads/fieldguide-es.zip"));
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        Path target = unzipped.resolve(e.getName()).normalize();
        assertThat(target.startsWith(unzipped)).as(e.getName()).isTrue();
        Files.createDirectories(target.getParent());
        Files.copy(zip, target);
      }
    }
    // Nothing of the published site beside it: the bundle stands alone.
    assertThat(Files.exists(unzipped.resolve("fieldguide-es/en"))).isFalse();
  }

  private static String url(String path) {
    return unzipped.resolve("fieldguide-es").resolve(path).toUri().toString();
  }

  private String h1() {
    return browser.driver().findElement(By.tagName("h1")).getText();
  }

  private void follow(WebElement link, String expectedPath, String expectedTitle) {
    assertThat(link.getAttribute("href")).isEqualTo(url(expectedPath));
    link.click();
    browser.await(d -> d.getCurrentUrl().equals(url(expectedPath)));
    assertThat(h1()).isEqualTo(expectedTitle);
  }

  @Test
  void linksLeadToPagesFromDisk() {
    browser.open(java.net.URI.create(url("index.html")));
    // The bundle's first page sends the reader to the language's home page, without script.
    browser.await(d -> d.getCurrentUrl().equals(url("es/index.html")));
    assertThat(h1()).isEqualTo("Guías para anfitriones");

    follow(browser.driver().findElement(By.cssSelector(".site-nav .nav-column a[href*='runbooks']")), "es/runbooks/index.html", "Procedimientos");
    follow(browser.driver().findElement(By.cssSelector(".site-nav .nav-column a[href*='a-replace-disk']")), "es/runbooks/a-replace-disk/index.html",
        "Reemplazar un disco");
    follow(browser.driver().findElement(By.cssSelector(".pager-next")), "es/runbooks/b-network/index.html", "Restablecer la red");
    follow(browser.driver().findElement(By.cssSelector(".breadcrumbs li:nth-child(2) a")), "es/runbooks/index.html",
        "Procedimientos");
    follow(browser.driver().findElement(By.cssSelector(".site-title")), "es/index.html", "Guías para anfitriones");
    // The download link would lead out of the bundle: the script takes it away.
    browser.await(d -> d.findElements(By.cssSelector("[data-offline-download]")).isEmpty());
  }

  @Test
  void searchFindsAndOpensAPage() {
    browser.open(java.net.URI.create(url("es/index.html")));
    WebElement input = browser.driver().findElement(By.id("search-input"));
    input.click();
    input.sendKeys("conmutador");
    WebElement box = input.findElement(By.xpath("ancestor::*[@data-search]"));
    browser.await(d -> "conmutador".equals(box.getAttribute("data-searched")));
    WebElement link = box.findElement(By.cssSelector("[role=option] a"));
    assertThat(link.getText()).startsWith("Restablecer la red");
    input.sendKeys(Keys.ENTER);
    browser.await(d -> d.getCurrentUrl().equals(url("es/runbooks/b-network/index.html")));
    assertThat(h1()).isEqualTo("Restablecer la red");
  }

  @Test
  void aTickIsKeptAcrossReloads() {
    browser.open(java.net.URI.create(url("es/runbooks/a-replace-disk/index.html")));
    browser.await(d -> !d.findElement(By.cssSelector(".checklist-summary")).getText().isEmpty());
    WebElement box = browser.driver().findElements(By.cssSelector("input.checklist-box")).get(1);
    assertThat(box.isSelected()).isFalse();
    box.click();
    browser.driver().navigate().refresh();
    browser.await(d -> !d.findElement(By.cssSelector(".checklist-summary")).getText().isEmpty());
    assertThat(browser.driver().findElements(By.cssSelector("input.checklist-box")).get(1).isSelected()).isTrue();
    assertThat(browser.driver().findElements(By.cssSelector("input.checklist-box")).get(0).isSelected()).isFalse();
  }
}
