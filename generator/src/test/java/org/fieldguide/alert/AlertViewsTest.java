package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view records of runbook alert sections and of the alert index. */
class AlertViewsTest {
  @TempDir Path dir;

  @Test
  void aRunbookShowsEachRuleOfTheAlertsItLists() {
    String twoSeverities = AlertFixture.NODE_RULES
        + "      - alert: RaidDegraded\n        expr: node_md_disks{state=\"failed\"} > 1\n        labels: {severity: critical}\n";
    AlertSite site = AlertFixture.in(dir).with("monitoring/rules/node.yml", twoSeverities).read();
    RunbookAlerts disk = site.runbooks().stream().filter(r -> r.file().equals("content/runbooks/replace-disk.md")).findFirst().orElseThrow();
    assertThat(AlertViews.forRunbook(disk, site.ruleFiles())).containsExactly(
        new AlertView("RaidDegraded", "warning", null, null, null, "node_md_disks{state=\"failed\"} > 0", "identify-disk"),
        new AlertView("RaidDegraded", "critical", null, null, null, "node_md_disks{state=\"failed\"} > 1", "identify-disk"));
    RunbookAlerts down = site.runbooks().stream().filter(r -> r.file().equals("content/runbooks/server-down.es.md")).findFirst().orElseThrow();
    assertThat(AlertViews.forRunbook(down, site.ruleFiles())).containsExactly(
        new AlertView("InstanceDown", "critical", "5m", "{{ $labels.instance }} is not reporting", null, "up{job=\"node\"} == 0", null));
  }

  @Test
  void theIndexListsEveryAlertWithItsRunbookOrWhyItHasNone() {
    AlertSite site = AlertFixture.in(dir).read();
    RunbookLink disk = new RunbookLink("Cambiar un disco", "../replace-disk/#identify-disk");
    RunbookLink down = new RunbookLink("Servidor caído", "../server-down/");
    List<AlertIndexRow> rows = AlertViews.index(site.config().alerts(), site.ruleFiles(), site.runbooks(), (page, anchor) -> {
      if (page.equals("runbooks/replace-disk") && anchor.equals(Optional.of("identify-disk"))) return Optional.of(disk);
      if (page.equals("runbooks/server-down") && anchor.isEmpty()) return Optional.of(down);
      return Optional.empty();
    });
    assertThat(rows).containsExactly(
        new AlertIndexRow("InstanceDown", List.of("critical"), down, null),
        new AlertIndexRow("RaidDegraded", List.of("warning"), disk, null),
        new AlertIndexRow("Watchdog", List.of(), null, "Always firing: it tests the alerting pipeline."));
  }
}
