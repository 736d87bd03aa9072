package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fieldguide.alert.RunbookUrlWriter.Change;
import org.fieldguide.alert.RunbookUrlWriter.Kind;
import org.fieldguide.alert.RunbookUrlWriter.Result;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;

/** Rewriting runbook_url in a rule file's text: only the value changes, nothing else. */
class RunbookUrlWriterTest {
  private static final String URL = "https://guides.example.org/en/runbooks/server-down/#check-power";

  private final RunbookUrlWriter writer = new RunbookUrlWriter(new RuleFileReader(new YamlReader()));

  private Result rewrite(String text) throws Exception {
    return writer.rewrite(text, Map.of("InstanceDown", URL));
  }

  private static String rule(String annotations) {
    return "groups:\n  - name: node\n    rules:\n      - alert: InstanceDown\n        expr: up == 0\n" + annotations;
  }

  @Test
  void replacesAPlainValueAndKeepsCommentsAndLayout() throws Exception {
    String before = """
        # Rules for the measurement servers.
        groups:
          - name: node   # one group per exporter
            rules:
              # The alert that pages most often.
              - alert: InstanceDown
                expr: up{job="node"} == 0
                annotations:
                  summary:   Down   # short
                  runbook_url: https://wiki.example.org/NodeDown    # the old wiki
                  description: >-
                    Long text.
        """;
    Result r = rewrite(before);
    assertThat(r.text()).isEqualTo(before.replace("https://wiki.example.org/NodeDown", URL));
    assertThat(r.changes()).containsExactly(new Change("InstanceDown", Kind.UPDATED, URL));
  }

  @Test
  void keepsTheQuotingOfTheOldValue() throws Exception {
    assertThat(rewrite(rule("        annotations:\n          runbook_url: \"https://old/\"\n")).text())
        .isEqualTo(rule("        annotations:\n          runbook_url: \"" + URL + "\"\n"));
    assertThat(rewrite(rule("        annotations:\n          runbook_url: 'https://old/'  # quoted\n")).text())
        .isEqualTo(rule("        annotations:\n          runbook_url: '" + URL + "'  # quoted\n"));
  }

  @Test
  void replacesABlockScalarButKeepsTheLinesAfterIt() throws Exception {
    assertThat(rewrite(rule("        annotations:\n          runbook_url: |\n            https://old/\n\n          summary: x\n")).text())
        .isEqualTo(rule("        annotations:\n          runbook_url: " + URL + "\n\n          summary: x\n"));
  }

  @Test
  void fillsAnEmptyValue() throws Exception {
    assertThat(rewrite(rule("        annotations:\n          runbook_url:\n          summary: x\n")).text())
        .isEqualTo(rule("        annotations:\n          runbook_url: " + URL + "\n          summary: x\n"));
  }

  @Test
  void addsTheAnnotationBelowTheLastOneWithTheSameIndentation() throws Exception {
    Result r = rewrite(rule("        annotations:\n          summary: Down  # short\n          description: Not reporting.\n      - alert: Other\n        expr: vector(1)\n"));
    assertThat(r.text()).isEqualTo(rule("        annotations:\n          summary: Down  # short\n          description: Not reporting.\n"
        + "          runbook_url: " + URL + "\n      - alert: Other\n        expr: vector(1)\n"));
    assertThat(r.changes()).containsExactly(new Change("InstanceDown", Kind.ADDED, URL));
  }

  @Test
  void addsTheAnnotationAfterAMultiLineDescription() throws Exception {
    assertThat(rewrite(rule("        annotations:\n          description: |\n            Line one.\n            Line two.\n\n      # next\n      - alert: Other\n        expr: vector(1)\n")).text())
        .isEqualTo(rule("        annotations:\n          description: |\n            Line one.\n            Line two.\n          runbook_url: " + URL
            + "\n\n      # next\n      - alert: Other\n        expr: vector(1)\n"));
  }

  @Test
  void addsToAFlowMappingInQuotes() throws Exception {
    assertThat(rewrite(rule("        annotations: { summary: Down }\n")).text())
        .isEqualTo(rule("        annotations: { summary: Down, runbook_url: \"" + URL + "\" }\n"));
    assertThat(rewrite(rule("        annotations: {}\n")).text())
        .isEqualTo(rule("        annotations: {runbook_url: \"" + URL + "\"}\n"));
  }

  @Test
  void addsAnnotationsToARuleWithNone() throws Exception {
    String fourSpaces = "groups:\n    -   name: node\n        rules:\n            -   alert: InstanceDown\n                expr: up == 0\n"
        + "                labels:\n                    severity: critical\n";
    assertThat(rewrite(fourSpaces).text()).isEqualTo(fourSpaces
        + "                annotations:\n                    runbook_url: " + URL + "\n");
    assertThat(rewrite(rule("")).text()).isEqualTo(rule("        annotations:\n          runbook_url: " + URL + "\n"));
  }

  @Test
  void addsAnnotationsToAnEmptyAnnotationsKey() throws Exception {
    assertThat(rewrite(rule("        annotations:\n        for: 5m\n")).text())
        .isEqualTo(rule("        annotations:\n          runbook_url: " + URL + "\n        for: 5m\n"));
    assertThat(rewrite(rule("        annotations: ~   # none yet\n")).text())
        .isEqualTo(rule("        annotations:    # none yet\n          runbook_url: " + URL + "\n"));
  }

  @Test
  void addsToARuleWrittenAsAFlowMapping() throws Exception {
    assertThat(rewrite("groups:\n  - name: node\n    rules:\n      - {alert: InstanceDown, expr: up == 0}\n").text())
        .isEqualTo("groups:\n  - name: node\n    rules:\n      - {alert: InstanceDown, expr: up == 0, annotations: {runbook_url: \"" + URL + "\"}}\n");
  }

  @Test
  void keepsWindowsLineEndings() throws Exception {
    String crlf = rule("        annotations:\n          summary: Down\n").replace("\n", "\r\n");
    assertThat(rewrite(crlf).text()).isEqualTo(crlf + "          runbook_url: " + URL + "\r\n");
  }

  @Test
  void countsPositionsCorrectlyAfterCharactersOutsideTheBasicPlane() throws Exception {
    String text = rule("        annotations:\n          summary: \"Servidor caído 🔥🔥\"\n          runbook_url: https://old/\n");
    assertThat(rewrite(text).text()).isEqualTo(text.replace("https://old/", URL));
  }

  @Test
  void updatesEveryRuleOfTheAlertAndNoOther() throws Exception {
    String text = """
        groups:
          - name: node
            rules:
              - alert: InstanceDown
                expr: up == 0
                labels: {severity: warning}
                annotations: {runbook_url: "https://old/"}
              - alert: Watchdog
                expr: vector(1)
                annotations: {runbook_url: "https://elsewhere/"}
              - alert: InstanceDown
                expr: up == 0
                for: 30m
                labels: {severity: critical}
        """;
    Result r = rewrite(text);
    assertThat(r.text()).isEqualTo(text.replace("\"https://old/\"", "\"" + URL + "\"")
        .replace("labels: {severity: critical}\n", "labels: {severity: critical}\n        annotations:\n          runbook_url: " + URL + "\n"));
    assertThat(r.changes()).containsExactly(new Change("InstanceDown", Kind.UPDATED, URL), new Change("InstanceDown", Kind.ADDED, URL));
  }

  @Test
  void leavesAnUpToDateFileAsItIs() throws Exception {
    String text = rule("        annotations:\n          runbook_url: " + URL + "\n");
    Result r = rewrite(text);
    assertThat(r.text()).isSameAs(text);
    assertThat(r.changes()).isEmpty();
  }

  @Test
  void quotesAUrlOnlyWhenYamlNeedsIt() {
    assertThat(RunbookUrlWriter.format(URL, "", false)).isEqualTo(URL);
    assertThat(RunbookUrlWriter.format(URL, "", true)).isEqualTo("\"" + URL + "\"");
    assertThat(RunbookUrlWriter.format("https://x.example/a b", "", false)).isEqualTo("\"https://x.example/a b\"");
    assertThat(RunbookUrlWriter.format("https://x.example/it's", "'", false)).isEqualTo("'https://x.example/it''s'");
    assertThat(RunbookUrlWriter.format("https://x.example/\"q\"", "\"", false)).isEqualTo("\"https://x.example/\\\"q\\\"\"");
  }
}
