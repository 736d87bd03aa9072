package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.fieldguide.alert.AlertRule.Located;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading Prometheus rule files, and every structure diagnostic with its exact text. */
class RuleFileReaderTest {
  private static final String FILE = BrokenRuleFiles.FILE;

  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<RuleFile> read(String yaml) {
    return new RuleFileReader(new YamlReader()).read(yaml, FILE, diagnostics);
  }

  @Test
  void readsAlertingRulesWithTheirPartsAndPositions() {
    RuleFile f = read("""
        groups:
          - name: node
            interval: 1m
            rules:
              - record: instance:up:avg
                expr: avg by (instance) (up)
              - alert: InstanceDown
                expr: up{job="node"} == 0
                for: 5m
                labels:
                  severity: critical
                annotations:
                  summary: "{{ $labels.instance }} is not reporting"
                  description: |
                    Prometheus has not scraped it for five minutes.
                  runbook_url: https://guides.example.org/en/runbooks/down/
          - name: disks
            rules:
              - alert: RaidDegraded
                expr: node_md_disks{state="failed"} > 0
        """).orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(f.path()).isEqualTo(FILE);
    assertThat(f.alerts()).hasSize(2);
    AlertRule down = f.alerts().get(0);
    assertThat(down).isEqualTo(new AlertRule(
        "InstanceDown", new SourcePos(FILE, 7, 16), "node", "up{job=\"node\"} == 0", Optional.of("5m"),
        Map.of("severity", "critical"),
        Map.of("summary", "{{ $labels.instance }} is not reporting",
            "description", "Prometheus has not scraped it for five minutes.\n",
            "runbook_url", "https://guides.example.org/en/runbooks/down/"),
        Optional.of(new Located("https://guides.example.org/en/runbooks/down/", new SourcePos(FILE, 16, 24)))));
    assertThat(down.annotations().keySet()).containsExactly("summary", "description", "runbook_url");
    assertThat(down.severity()).contains("critical");
    AlertRule raid = f.alerts().get(1);
    assertThat(raid.group()).isEqualTo("disks");
    assertThat(raid.forDuration()).isEmpty();
    assertThat(raid.runbookUrl()).isEmpty();
    assertThat(raid.severity()).isEmpty();
  }

  @Test
  void recordingRulesAreLeftOut() {
    assertThat(read("groups:\n  - name: r\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n").orElseThrow().alerts()).isEmpty();
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void anEmptyFileHasNoAlerts() {
    assertThat(read("").orElseThrow().alerts()).isEmpty();
    assertThat(read("# rules will come\n").orElseThrow().alerts()).isEmpty();
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void labelValuesAreTextAsWritten() {
    AlertRule r = read("groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: 1\n        for: 0\n        labels: {severity: 2, page: yes}\n")
        .orElseThrow().alerts().get(0);
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(r.expr()).isEqualTo("1");
    assertThat(r.forDuration()).contains("0");
    assertThat(r.labels()).containsEntry("severity", "2").containsEntry("page", "yes");
  }

  @Test
  void acceptsEveryFormOfPrometheusDuration() {
    for (String d : new String[] {"30s", "5m", "1h30m", "1d", "2w", "1y", "500ms", "1h0m0s"}) {
      read("groups:\n  - name: g\n    rules:\n      - alert: A\n        expr: up == 0\n        for: " + d + "\n");
    }
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void anAlertWithOtherErrorsKeepsItsName() {
    RuleFile f = read("groups:\n  - name: g\n    rules:\n      - alert: A\n        for: soon\n").orElseThrow();
    assertThat(f.alerts()).extracting(AlertRule::name).containsExactly("A");
    assertThat(diagnostics.errorCount()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.fieldguide.alert.BrokenRuleFiles#all")
  void reportsEachMistakeAtItsPosition(BrokenRuleFiles.Case c) {
    read(c.yaml());
    assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(c.diagnostic());
  }
}
