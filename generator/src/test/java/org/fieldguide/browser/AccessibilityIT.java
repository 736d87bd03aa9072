package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fieldguide.browser.RepositorySite.PageType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core (Deque's accessibility engine, vendored from npm: {@code vendor/VENDOR.md}) finds no
 * violation on any page type of this repository's site, on a phone and a desktop, in the light
 * and the dark colour scheme: contrast, names of buttons and regions, keyboard access to
 * scrollable code, landmarks, languages, and the rest of its default rules.
 */
@Tag("browser")
class AccessibilityIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static StaticFileServer server;
  private static String axe;

  /** Runs axe on the page; answers one line per violation and element, empty when none. */
  private static final String RUN_AXE =
      """
      const done = arguments[arguments.length - 1];
      axe.run(document, { resultTypes: ["violations"] }).then((results) => {
        done(results.violations.flatMap((v) => v.nodes.map((n) =>
            v.id + " (" + v.impact + "): " + n.target.join(" ") + " :: " + n.failureSummary.replace(/\\s+/g, " "))).join("\\n"));
      }, (error) => done("axe failed: " + error));
      """;

  @BeforeAll
  static void serve() throws IOException {
    server = RepositorySite.serve(dir);
    try (InputStream in = AccessibilityIT.class.getResourceAsStream("/vendor/axe.min.js")) {
      axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  @AfterEach
  void reset() {
    browser.clearDevice();
    browser.emulateColorScheme("light");
  }

  static Stream<Arguments> pagesWidthsAndSchemes() {
    return RepositorySite.PAGE_TYPES.stream()
        .flatMap(p -> Stream.of(390, 1280).flatMap(w -> Stream.of("light", "dark").map(s -> Arguments.of(p, w, s))));
  }

  @ParameterizedTest(name = "{0} at {1} px, {2}")
  @MethodSource("pagesWidthsAndSchemes")
  void noViolations(PageType page, int width, String scheme) {
    browser.emulateDevice(width, width < 600 ? 844 : 900, width < 600);
    browser.emulateColorScheme(scheme);
    browser.open(server.uri(page.path()));
    browser.script(axe);
    Object violations = browser.asyncScript(RUN_AXE);
    assertThat((String) violations).as("axe violations on %s at %d px, %s", page.name(), width, scheme).isEmpty();
  }

  /** What the reader opens and presses: folded contents, a ticked step, wrapped and copied code. */
  @ParameterizedTest(name = "runbook in use at 390 px, {0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"light", "dark"})
  void aRunbookInUseHasNoViolations(String scheme) {
    browser.emulateDevice(390, 844, true);
    browser.emulateColorScheme(scheme);
    browser.open(server.uri("en/runbooks/replace-failed-disk/"));
    browser.await(d -> !d.findElement(org.openqa.selenium.By.cssSelector(".checklist-summary")).getText().isEmpty());
    browser.script("""
        document.querySelectorAll('.nav-toggle, .toc-toggle').forEach((d) => d.open = true);
        document.querySelector('article input.checklist-box').click();
        document.querySelector('.code-wrap').click();
        document.querySelector('.checklist-export').click();
        """);
    browser.await(d -> !d.findElement(org.openqa.selenium.By.cssSelector(".checklist-message")).getText().isEmpty());
    browser.script(axe);
    Object violations = browser.asyncScript(RUN_AXE);
    assertThat((String) violations).as("axe violations on a runbook in use, %s", scheme).isEmpty();
  }
}
