package org.fieldguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrowserOpenerTest {
  private static final URI URL = URI.create("http://127.0.0.1:8040/fieldguide/");

  @Test
  void usesTheSystemOpener() {
    assertThat(new BrowserOpener(Optional.empty(), "Linux").command(URL)).containsExactly("xdg-open", URL.toString());
    assertThat(new BrowserOpener(Optional.empty(), "Mac OS X").command(URL)).containsExactly("open", URL.toString());
    assertThat(new BrowserOpener(Optional.empty(), "Windows 11").command(URL))
        .containsExactly("rundll32", "url.dll,FileProtocolHandler", URL.toString());
  }

  @Test
  void theBrowserVariableWins() {
    assertThat(new BrowserOpener(Optional.of("firefox:chromium"), "Linux").command(URL)).containsExactly("firefox", URL.toString());
    assertThat(new BrowserOpener(Optional.of("firefox --new-tab %s"), "Linux").command(URL))
        .containsExactly("sh", "-c", "firefox --new-tab \"$0\"", URL.toString());
    assertThat(new BrowserOpener(Optional.of(" "), "Linux").command(URL)).containsExactly("xdg-open", URL.toString());
  }

  @Test
  void saysWhenNoBrowserCanBeStarted() {
    assertThat(new BrowserOpener(Optional.of("/nonexistent/browser"), "Linux").open(URL))
        .hasValueSatisfying(m -> assertThat(m).startsWith("could not start '/nonexistent/browser' to open a browser (").endsWith("); open " + URL + " yourself"));
  }
}
