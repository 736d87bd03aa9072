package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Search works in a copy of the site opened from disk ({@code file://}), where browsers refuse
 * {@code fetch()}: the index is loaded as scripts, and results link to {@code index.html}.
 */
class SearchFromDiskIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static Path site;

  @BeforeAll
  static void build() {
    TestSite test = SearchSite.in(dir);
    test.build().assertOk();
    site = test.out();
  }

  @Test
  void searchFindsAndOpensAPageFromDisk() {
    browser.open(site.resolve("es/index.html").toUri());
    WebElement input = browser.driver().findElement(By.id("search-input"));
    input.click();
    input.sendKeys("bahias");
    WebElement form = input.findElement(By.xpath("ancestor::*[@data-search]"));
    browser.await(d -> "bahias".equals(form.getAttribute("data-searched")));
    WebElement link = form.findElement(By.cssSelector("[role=option] a"));
    assertThat(link.getText()).startsWith("Reemplazar un disco dañado");
    assertThat(link.getAttribute("href")).isEqualTo(site.resolve("es/runbooks/replace-disk/index.html").toUri().toString());

    input.sendKeys(Keys.ENTER);
    browser.await(d -> d.getCurrentUrl().endsWith("/es/runbooks/replace-disk/index.html"));
    assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Reemplazar un disco dañado");
  }
}
