package org.fieldguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageInjectorTest {
  private static String inject(String html) {
    return new String(PageInjector.inject(html.getBytes(StandardCharsets.UTF_8), "<X>"), StandardCharsets.UTF_8);
  }

  @Test
  void goesBeforeTheEndOfTheHead() {
    assertThat(inject("<html><head><title>T</title></head><body>b</body></html>")).isEqualTo("<html><head><title>T</title><X></head><body>b</body></html>");
  }

  @Test
  void findsTheHeadInAnyLetterCaseAfterNonAsciiText() {
    assertThat(inject("<HTML><HEAD><title>İstanbul – عربي</title></HEAD>")).isEqualTo("<HTML><HEAD><title>İstanbul – عربي</title><X></HEAD>");
  }

  @Test
  void withoutAHeadGoesBeforeTheEndOfTheBodyOrAtTheEnd() {
    assertThat(inject("<p>a</p></body>")).isEqualTo("<p>a</p><X></body>");
    assertThat(inject("<p>a</p>")).isEqualTo("<p>a</p><X>");
  }

  @Test
  void tagsAreExternalFilesUnderTheBasePath() {
    LiveReload.State state = new LiveReload.State("id\"1", 7, 5, java.util.List.of());
    assertThat(PageInjector.tags("/fieldguide/", state)).isEqualTo(
        "<link rel=\"stylesheet\" href=\"/fieldguide/__fieldguide/live.css\"><script src=\"/fieldguide/__fieldguide/live.js\" defer"
            + " data-events=\"/fieldguide/__fieldguide/events\" data-server=\"id&quot;1\" data-generation=\"7\"></script>");
  }
}
