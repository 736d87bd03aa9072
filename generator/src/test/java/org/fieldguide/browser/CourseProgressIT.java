package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A course page lists its modules with durations and each module's checklist progress. */
class CourseProgressIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static StaticFileServer server;

  @BeforeAll
  static void serve() throws Exception {
    TestSite site = TestSite.in(dir)
        .with("content/training/_index.md", "---\ntitle: Course\ntype: training-module\n---\nModules in order.\n")
        .with("content/training/linux.md", "---\ntitle: Linux\nweight: 1\nestimated_time: 45m\n---\n- [ ] Read logs\n- [ ] Restart a service\n- [ ] Check disks\n")
        .with("content/training/network.md", "---\ntitle: Network\nweight: 2\nestimated_time: 1h\n---\n- [ ] Ping the gateway\n- [ ] Trace a route\n");
    server = StaticFileServer.serveBuilt(site);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  private List<String> progress() {
    return browser.driver().findElements(By.cssSelector("[data-progress-for]")).stream().map(WebElement::getText).toList();
  }

  @Test
  void modulesShowTheirDurationAndProgress() {
    browser.open(server.uri("/en/training/"));
    assertThat(browser.driver().findElements(By.cssSelector(".card .duration")).stream().map(WebElement::getText))
        .containsExactly("45 min", "1 hr");
    assertThat(progress()).containsExactly("0 of 3 done", "0 of 2 done");

    browser.open(server.uri("/en/training/linux/"));
    List<WebElement> boxes = browser.driver().findElements(By.cssSelector("input.checklist-box"));
    boxes.get(0).click();
    boxes.get(2).click();
    browser.open(server.uri("/en/training/"));
    assertThat(progress()).containsExactly("2 of 3 done", "0 of 2 done");
  }
}
