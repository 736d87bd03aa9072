package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
 * Screenshots of the pages a technician reads at the rack, at phone and desktop width, in both
 * colour schemes, for a person to look at after a change of the theme: the top of the page, the
 * page scrolled (the progress bar following the reader), and the whole page. They are written to
 * {@code target/screenshots/} (or {@code -Dscreenshots.dir=…}), never committed. Each page must
 * also fit its width: no sideways scrolling of the page itself.
 */
@Tag("browser")
class ScreenshotsIT {
  @RegisterExtension static final Browser browser = new Browser();
  @TempDir static Path dir;
  private static StaticFileServer server;
  private static final Path OUT = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

  @BeforeAll
  static void serve() throws IOException {
    server = RepositorySite.serve(dir);
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

  static Stream<Arguments> pages() {
    return Stream.of("runbook:en/runbooks/replace-failed-disk/", "hardware-guide:en/hardware/supported-servers/",
            "training-module:en/training/linux-admin/", "arabic-runbook:ar/runbooks/replace-failed-disk/", "404:es/runbooks/no-such-page/",
            "404-spanish:es/404.html", "home:en/",
            "course:en/training/", "fallback:pt/runbooks/firmware-update/")
        .flatMap(p -> Stream.of(390, 1280).flatMap(w -> Stream.of("light", "dark").map(s -> Arguments.of(p.split(":")[0], p.split(":")[1], w, s))));
  }

  @ParameterizedTest(name = "{0} at {2} px, {3}")
  @MethodSource("pages")
  void screenshot(String name, String path, int width, String scheme) throws IOException {
    // Settled, so that the page is laid out at this size from its start (see the method).
    browser.emulateDeviceSettled(width, width < 600 ? 844 : 900);
    browser.emulateColorScheme(scheme);
    browser.open(server.uri(path));
    String base = name + "-" + width + "-" + scheme;
    // Once measured 158 px too wide here with the page still loading, laid out without site.css:
    // Browser.open now waits for the load. The widths, and what reaches past the viewport, say why.
    Widths widths = widths();
    assertThat(widths.overflow())
        .as("no sideways scrolling of %s: %s", base, widths)
        .isLessThanOrEqualTo(0);

    assertThat(browser.screenshot(OUT.resolve(base + "-top.png"))).exists();
    browser.script("window.scrollTo(0, Math.round(window.innerHeight * 1.6))");
    browser.script("return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
    assertThat(browser.screenshot(OUT.resolve(base + "-scrolled.png"))).exists();
    browser.script("window.scrollTo(0, 0)");
    for (Path part : browser.fullPageScreenshots(OUT, base + "-page", width < 600 ? 1400 : 900, 9000)) assertThat(Files.size(part)).isPositive();
  }

  /**
   * The page's widths as laid out at one moment, read by one script: the viewport it was laid out
   * in, whether it is wider (scrolls sideways), the color scheme it saw and how far it had loaded.
   */
  private record Widths(long scroll, long client, long inner, long visual, boolean dark, String readyState, String past) {
    /** How many CSS pixels the page is wider than its viewport; 0 or less when it fits. */
    long overflow() {
      return scroll - client;
    }

    @Override
    public String toString() {
      return "scrollWidth " + scroll + ", clientWidth " + client + ", innerWidth " + inner + ", visual viewport " + visual
          + ", dark " + dark + ", " + readyState + (past.isEmpty() ? "" : "; past the viewport then:\n" + past);
    }
  }

  /** The widths, with the elements past the viewport listed in the same script when the page is wider (the overflow may not last). */
  private static Widths widths() {
    List<?> w = (List<?>) browser.script("""
        const d = document.documentElement;
        const past = d.scrollWidth > d.clientWidth ? (() => { %s })() : '';
        return [d.scrollWidth, d.clientWidth, window.innerWidth, Math.round(window.visualViewport.width),
          window.matchMedia('(prefers-color-scheme: dark)').matches, document.readyState, past];""".formatted(WIDER_THAN_THE_VIEWPORT));
    return new Widths(((Number) w.get(0)).longValue(), ((Number) w.get(1)).longValue(), ((Number) w.get(2)).longValue(),
        ((Number) w.get(3)).longValue(), (Boolean) w.get(4), (String) w.get(5), (String) w.get(6));
  }

  /**
   * The elements that reach past the viewport's sides, with their class and extent: among them
   * what makes a page scroll sideways (the list also has the skip link, kept off-screen, and code
   * inside blocks that scroll on their own). The body of a function, run inside {@link #widths}.
   */
  private static final String WIDER_THAN_THE_VIEWPORT = """
      const w = document.documentElement.clientWidth, out = [];
      for (const e of document.querySelectorAll('body *')) {
        const r = e.getBoundingClientRect();
        if (r.width > 0 && (r.right > w + 0.5 || r.left < -0.5)) {
          out.push(e.tagName.toLowerCase() + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
        }
      }
      return out.slice(0, 30).join('\\n');""";
}
