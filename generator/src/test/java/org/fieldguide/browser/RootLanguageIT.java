package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The site root sends readers to their browser's language, with or without JavaScript. */
class RootLanguageIT {
  @RegisterExtension static final Browser spanish = new Browser().withLanguages("es-MX,es,en");
  @RegisterExtension static final Browser german = new Browser().withLanguages("de-DE,de");
  @RegisterExtension static final Browser noScript = new Browser().withLanguages("es").withoutJavaScript();
  @TempDir static Path dir;
  private static StaticFileServer server;

  @BeforeAll
  static void serve() throws Exception {
    TestSite site = LanguageSite.in(dir);
    server = StaticFileServer.serveBuilt(site);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
  }

  @Test
  void spanishPreferenceLandsInSpanish() {
    spanish.open(server.uri("/"));
    // The redirect is asynchronous: wait until the Spanish page has loaded.
    spanish.await(d -> d.getCurrentUrl().endsWith("/es/") && !d.getTitle().isEmpty());
    assertThat(spanish.driver().getTitle()).isEqualTo("Guías para anfitriones");
  }

  @Test
  void unavailableLanguageLandsInTheDefault() {
    german.open(server.uri("/"));
    german.await(d -> d.getCurrentUrl().endsWith("/en/") && !d.getTitle().isEmpty());
    assertThat(german.driver().getTitle()).isEqualTo("Site Host Guides");
  }

  @Test
  void withoutJavaScriptTheDefaultLanguageStillOpens() {
    noScript.open(server.uri("/"));
    noScript.await(d -> d.getCurrentUrl().endsWith("/en/") && !d.getTitle().isEmpty());
    assertThat(noScript.driver().getTitle()).isEqualTo("Site Host Guides");
  }
}
