package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What readers see of the alerts: on each runbook page, and on the alert index page of every language. */
class AlertPagesTest {
  @TempDir Path dir;

  @Test
  void runbookPagesShowTheAlertsTheyAnswer() throws IOException {
    AlertFixture.in(dir).build();
    String page = Files.readString(dir.resolve("public/en/runbooks/server-down/index.html"));
    assertThat(page)
        .contains("<div class=\"alert-rule\" data-alert=\"InstanceDown\">", "<code>InstanceDown</code>", "critical", "<code>5m</code>")
        .contains("<pre><code class=\"language-promql\">up{<span class=\"hl-a\">job</span>=<span class=\"hl-s\">&quot;node&quot;</span>} == "
            + "<span class=\"hl-n\">0</span></code></pre>")
        .contains("<a href=\"../alerts/\">Alert index</a>");
    // A translation shows the same rules, with the labels in its language.
    assertThat(Files.readString(dir.resolve("public/es/runbooks/server-down/index.html"))).contains("data-alert=\"InstanceDown\"");
  }

  @Test
  void everyLanguageHasAnAlertIndexLinkingEachAlertToItsRunbook() throws IOException {
    AlertFixture.in(dir).build();
    String en = Files.readString(dir.resolve("public/en/runbooks/alerts/index.html"));
    assertThat(en)
        .contains("<tr data-alert=\"InstanceDown\">", "<a href=\"../server-down/\">Server down</a>")
        .contains("<tr data-alert=\"RaidDegraded\">", "<a href=\"../replace-disk/#identify-disk\">Replace a disk</a>")
        .contains("<tr data-alert=\"Watchdog\">", "Always firing: it tests the alerting pipeline.");
    assertThat(Files.readString(dir.resolve("public/es/runbooks/alerts/index.html")))
        .contains("<a href=\"../server-down/\">Servidor caído</a>", "lang=\"es\"");
  }

  @Test
  void aRunbookIsFoundBySearchingForTheNameOfAnAlertItAnswers() throws IOException {
    AlertFixture.in(dir).build();
    // Terms are stored folded to lower case and stemmed, as a query is.
    String terms;
    try (java.util.stream.Stream<Path> files = Files.list(dir.resolve("public/search/en"))) {
      terms = files.filter(f -> f.getFileName().toString().matches("t[0-9a-f]{12}\\.js")).map(f -> {
        try {
          return Files.readString(f);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).reduce("", String::concat);
    }
    assertThat(terms).contains("\"instancedown\"", "\"raiddegrad\"");
  }
}
