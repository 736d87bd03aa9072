package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A checklist in a browser with JavaScript switched off: a plain list of boxes; the progress bar
 * and the controls, which are in the HTML so that nothing moves when the script fills them in,
 * are hidden by the stylesheet ({@code @media (scripting: none)}).
 */
@Tag("browser")
class ChecklistWithoutJavaScriptIT {
  @RegisterExtension static final Browser browser = new Browser().withoutJavaScript();
  @TempDir static Path dir;
  static StaticFileServer server;

  @BeforeAll
  static void buildAndServe() throws IOException {
    TestSite site = ChecklistSite.in(dir);
    server = StaticFileServer.serveBuilt(site);
  }

  @AfterAll
  static void stopServer() {
    if (server != null) server.close();
  }

  @Test
  void showsThePlainListAndHidesTheControls() {
    browser.open(server.uri("en/runbooks/replace-disk/"));
    assertThat(browser.driver().findElement(By.cssSelector(".checklist-bar")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElement(By.cssSelector(".checklist-controls")).isDisplayed()).isFalse();
    assertThat(browser.script("return getComputedStyle(document.querySelector('ul.checklist'), '::before').content")).isIn("none", "normal");
    List<WebElement> boxes = browser.driver().findElements(By.cssSelector("input.checklist-box"));
    assertThat(boxes).hasSize(3).allMatch(WebElement::isDisplayed);

    // The boxes still tick (for this visit only), by their label as well.
    browser.driver().findElement(By.xpath("//label[span='Pull the failed disk']")).click();
    assertThat(boxes.get(2).isSelected()).isTrue();
  }
}
