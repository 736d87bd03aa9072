package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the runbooks' alerts straight from content/, as the alerts command does. */
class RunbookFilesTest {
  @TempDir Path dir;

  @Test
  void readsPublishedRunbooksInEveryLanguage() {
    AlertSite site = AlertFixture.in(dir).read();
    assertThat(site.runbooks()).extracting(RunbookAlerts::file).containsExactly(
        "content/runbooks/replace-disk.es.md", "content/runbooks/replace-disk.md",
        "content/runbooks/server-down.es.md", "content/runbooks/server-down.md");
    RunbookAlerts disk = site.runbooks().get(1);
    assertThat(disk.pageKey()).isEqualTo("runbooks/replace-disk");
    assertThat(disk.language()).isEqualTo("en");
    assertThat(disk.original()).isTrue();
    assertThat(site.runbooks().get(0).original()).isFalse();
    assertThat(disk.declaration("RaidDegraded").orElseThrow().anchor()).contains("identify-disk");
  }

  @Test
  void draftsAreNotPublishedSoTheyAnswerNoAlert() {
    AlertSite site = AlertFixture.in(dir)
        .with("content/runbooks/new.md", "---\ntitle: New\ndraft: true\nalerts: [Watchdog]\n---\n")
        .read();
    assertThat(site.runbooks()).extracting(RunbookAlerts::pageKey).doesNotContain("runbooks/new");
  }

  @Test
  void aPageIsARunbookByItsOwnTypeOrItsSection() {
    AlertSite site = AlertFixture.in(dir)
        .with("content/ops/_index.md", "---\ntitle: Ops\n---\n")
        .with("content/ops/deep/hub.md", "---\ntitle: Hub\ntype: runbook\nalerts: [Watchdog]\n---\n")
        .with("content/runbooks/more/nested.md", "---\ntitle: Nested\n---\n")
        .read();
    assertThat(site.runbooks()).extracting(RunbookAlerts::pageKey).contains("ops/deep/hub", "runbooks/more/nested");
  }

  @Test
  void frontMatterErrorsAreReported() {
    AlertFixture fixture = AlertFixture.in(dir).with("content/runbooks/server-down.md", "---\ntitle: Down\nalerts: [{alert: X, anchr: y}]\n---\n");
    fixture.write();
    Diagnostics diagnostics = new Diagnostics();
    AlertSite.read(dir, diagnostics);
    assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
        "content/runbooks/server-down.md:3:21: error: unknown field 'anchr' in an entry of 'alerts'; did you mean 'anchor'? Known fields: alert, anchor.");
  }
}
