package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.alert.AlertTemplateProbe;
import org.fieldguide.alert.AlertView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The PromQL expression of an alert on a runbook page is selected whole by one click or tap, ready
 * to copy into Prometheus, and reads left to right in a right-to-left page.
 */
class AlertExpressionIT {
  private static final String EXPR = "node_md_disks_required{job=\"node\"}\n  - ignoring (state) node_md_disks{job=\"node\", state=\"active\"}\n> 0";

  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static StaticFileServer server;

  @BeforeAll
  static void serve() throws Exception {
    AlertTemplateProbe probe = new AlertTemplateProbe(dir.resolve("site"));
    List<AlertView> alerts = List.of(
        new AlertView("NodeRAIDDegraded", "critical", "15m", "RAID array md0 is degraded", null, EXPR, "identify-disk"));
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("static/css"));
    Files.writeString(out.resolve("en.html"), probe.render("en", alerts, List.of()));
    Files.writeString(out.resolve("ar.html"), probe.render("ar", alerts, List.of()).replace("<html lang=\"ar\">", "<html lang=\"ar\" dir=\"rtl\">"));
    Files.copy(probe.theme().find("static/css/site.css").orElseThrow().path(), out.resolve("static/css/site.css"));
    server = StaticFileServer.serve(out);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  private String selectionAfterClickingTheExpression() {
    browser.script("window.getSelection().removeAllRanges();");
    browser.driver().findElement(By.cssSelector(".alert-expr pre")).click();
    return (String) browser.script("return window.getSelection().toString();");
  }

  @Test
  void oneClickSelectsTheWholeExpression() {
    browser.open(server.uri("/en.html"));
    assertThat(selectionAfterClickingTheExpression()).isEqualTo(EXPR);
  }

  @Test
  void theExpressionReadsLeftToRightInAnArabicPage() {
    browser.open(server.uri("/ar.html"));
    assertThat(browser.script("return getComputedStyle(document.querySelector('.alert-expr pre')).direction;")).isEqualTo("ltr");
    assertThat(browser.driver().findElement(By.cssSelector("section.alerts h2")).getText()).isEqualTo("التنبيهات التي يعالجها هذا الإجراء");
    assertThat(selectionAfterClickingTheExpression()).isEqualTo(EXPR);
  }
}
