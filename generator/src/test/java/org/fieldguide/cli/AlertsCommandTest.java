package org.fieldguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldguide.alert.AlertFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code fieldguide alerts}: the listing, and rewriting runbook_url in the rule files. */
class AlertsCommandTest {
  private static final String RULES = "monitoring/rules/node.yml";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 3];
    all[0] = "alerts";
    all[1] = "--site";
    all[2] = dir.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return cmd.execute(all);
  }

  @Test
  void listsEachAlertWithItsRunbook() {
    AlertFixture.in(dir).write();
    assertThat(run()).isZero();
    assertThat(out.toString()).isEqualTo("""
        ALERT         SEVERITY  RUNBOOK                                         RUNBOOK_URL
        InstanceDown  critical  content/runbooks/server-down.md                 ok
        RaidDegraded  warning   content/runbooks/replace-disk.md#identify-disk  ok
        Watchdog      -         (none, allowed)                                 -
        Watchdog needs no runbook: Always firing: it tests the alerting pipeline.
        """);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void listsAsJson() throws Exception {
    AlertFixture.in(dir).with(RULES, AlertFixture.NODE_RULES.replace("/en/runbooks/server-down/", "/en/runbooks/old/")).write();
    assertThat(run("--format", "json")).isZero();
    JsonNode alerts = new ObjectMapper().readTree(out.toString()).get("alerts");
    assertThat(alerts).hasSize(3);
    JsonNode down = alerts.get(0);
    assertThat(down.get("alert").asText()).isEqualTo("InstanceDown");
    assertThat(down.at("/rules/0/file").asText()).isEqualTo(RULES);
    assertThat(down.at("/rules/0/line").asInt()).isEqualTo(4);
    assertThat(down.at("/rules/0/severity").asText()).isEqualTo("critical");
    assertThat(down.at("/rules/0/runbook_url").asText()).isEqualTo("https://guides.example.org/en/runbooks/old/");
    assertThat(down.at("/rules/0/runbook_url_state").asText()).isEqualTo("differs");
    assertThat(down.at("/runbooks/0/page").asText()).isEqualTo("runbooks/server-down");
    assertThat(down.at("/runbooks/0/file").asText()).isEqualTo("content/runbooks/server-down.md");
    assertThat(down.at("/runbooks/0/url").asText()).isEqualTo("https://guides.example.org/en/runbooks/server-down/");
    assertThat(down.get("allowed_without_runbook").isNull()).isTrue();
    assertThat(alerts.get(2).get("allowed_without_runbook").asText()).isEqualTo("Always firing: it tests the alerting pipeline.");
  }

  @Test
  void writesTheRunbookUrlsAndNothingElse() throws Exception {
    String stale = AlertFixture.NODE_RULES
        .replace("runbook_url: https://guides.example.org/en/runbooks/server-down/", "runbook_url: https://wiki.example.org/NodeDown  # moved")
        .replace("        annotations:\n          runbook_url: https://guides.example.org/en/runbooks/replace-disk/#identify-disk\n", "");
    AlertFixture.in(dir).with(RULES, stale).write();
    assertThat(run("--write-runbook-urls")).isZero();
    assertThat(Files.readString(dir.resolve(RULES))).isEqualTo(AlertFixture.NODE_RULES
        .replace("/en/runbooks/server-down/", "/en/runbooks/server-down/  # moved"));
    assertThat(out.toString()).isEqualTo("""
        monitoring/rules/node.yml: InstanceDown: runbook_url updated: https://guides.example.org/en/runbooks/server-down/
        monitoring/rules/node.yml: RaidDegraded: runbook_url added: https://guides.example.org/en/runbooks/replace-disk/#identify-disk
        left unchanged: Watchdog (no runbook, allowed: Always firing: it tests the alerting pipeline.)
        fieldguide: wrote 2 runbook_url annotations in 1 file.
        """);

    out.getBuffer().setLength(0);
    assertThat(run("--write-runbook-urls")).isZero();
    assertThat(out.toString()).endsWith("fieldguide: every runbook_url was already up to date.\n");
  }

  @Test
  void writesNothingWhenARuleFileHasErrors() throws Exception {
    String broken = AlertFixture.NODE_RULES.replace("runbook_url: https://guides.example.org/en/runbooks/server-down/", "runbook_url: https://old/")
        .replace("      - alert: Watchdog\n", "      - alert: Watchdog\n        for: soon\n");
    AlertFixture.in(dir).with(RULES, broken).write();
    assertThat(run("--write-runbook-urls")).isEqualTo(1);
    assertThat(Files.readString(dir.resolve(RULES))).isEqualTo(broken);
    assertThat(err.toString()).isEqualTo(
        RULES + ":19:14: error: 'for' must be a Prometheus duration such as 30s, 5m, 1h or 1h30m, found 'soon'.\n"
            + "fieldguide alerts: 1 error(s) in site.yaml, the rule files or the front matter; no rule file was changed.\n");
  }

  @Test
  void aSiteWithoutRuleFilesHasNothingToList() throws Exception {
    AlertFixture.in(dir).with("site.yaml", AlertFixture.SITE_YAML.substring(0, AlertFixture.SITE_YAML.indexOf("alerts:"))).write();
    assertThat(run()).isEqualTo(1);
    assertThat(err.toString()).isEqualTo(
        "fieldguide alerts: site.yaml names no Prometheus rule files. Add them, such as alerts: { rules: [monitoring/rules/*.yml] }.\n");
  }

  @Test
  void rejectsAnUnknownFormat() {
    AlertFixture.in(dir).write();
    assertThat(run("--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("fieldguide alerts: unknown format 'xml'; use text or json.\n");
  }
}
