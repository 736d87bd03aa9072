package org.fieldguide.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.fieldguide.config.AlertsConfig.AllowedAlert;
import org.fieldguide.config.AlertsConfig.RuleGlob;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code alerts:} in site.yaml, and every diagnostic about it. */
class AlertsConfigTest {
  private static final String SITE = "title: T\nbase_url: https://g.example.org/\n";

  @TempDir Path dir;

  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<SiteConfig> load(String alerts) throws Exception {
    Files.writeString(dir.resolve("site.yaml"), SITE + alerts);
    return new ConfigLoader(new YamlReader()).load(dir, diagnostics);
  }

  private String messages() {
    return String.join("\n", diagnostics.sorted().stream().map(Object::toString).toList());
  }

  @Test
  void siteWithoutAlertsChecksNone() throws Exception {
    SiteConfig c = load("").orElseThrow();
    assertThat(c.alerts()).isEqualTo(AlertsConfig.NONE);
    assertThat(c.alerts().isConfigured()).isFalse();
  }

  @Test
  void readsRuleGlobsAndAllowancesWithPositions() throws Exception {
    SiteConfig c = load("""
        alerts:
          rules: [monitoring/rules/*.yml, extra/alerts.yaml]
          allow_without_runbook:
            - alert: Watchdog
              reason: "Always firing: it tests the alerting pipeline."
        """).orElseThrow();
    assertThat(c.alerts().rules()).containsExactly(
        new RuleGlob("monitoring/rules/*.yml", new SourcePos("site.yaml", 4, 11)),
        new RuleGlob("extra/alerts.yaml", new SourcePos("site.yaml", 4, 35)));
    assertThat(c.alerts().allowWithoutRunbook()).containsExactly(
        new AllowedAlert("Watchdog", "Always firing: it tests the alerting pipeline.", new SourcePos("site.yaml", 6, 14)));
    assertThat(c.alerts().allowance("Watchdog")).isPresent();
    assertThat(c.alerts().allowance("InstanceDown")).isEmpty();
  }

  @Test
  void aSingleGlobNeedsNoList() throws Exception {
    assertThat(load("alerts:\n  rules: monitoring/rules/*.yml\n").orElseThrow().alerts().rules())
        .extracting(RuleGlob::glob).containsExactly("monitoring/rules/*.yml");
  }

  @Test
  void rejectsAlertsWithoutRules() throws Exception {
    assertThat(load("alerts:\n  allow_without_runbook: []\n")).isEmpty();
    assertThat(messages()).isEqualTo(
        "site.yaml:4:3: error: alerts needs 'rules', the Prometheus rule files to check, such as rules: [monitoring/rules/*.yml].");
  }

  @Test
  void rejectsEmptyRuleList() throws Exception {
    assertThat(load("alerts:\n  rules: []\n")).isEmpty();
    assertThat(messages()).isEqualTo(
        "site.yaml:4:3: error: alerts needs 'rules', the Prometheus rule files to check, such as rules: [monitoring/rules/*.yml].");
  }

  @Test
  void rejectsAbsoluteRulePath() throws Exception {
    assertThat(load("alerts:\n  rules: [/etc/prometheus/rules/*.yml]\n")).isEmpty();
    assertThat(messages()).isEqualTo(
        "site.yaml:4:11: error: '/etc/prometheus/rules/*.yml' is an absolute path; write it relative to the site folder, such as monitoring/rules/*.yml, so it works on every computer.");
  }

  @Test
  void rejectsInvalidGlob() throws Exception {
    assertThat(load("alerts:\n  rules: [\"monitoring/[rules.yml\"]\n")).isEmpty();
    assertThat(messages()).isEqualTo("site.yaml:4:11: error: 'monitoring/[rules.yml' is not a valid glob: Missing '].");
  }

  @Test
  void rejectsRuleThatIsNotText() throws Exception {
    assertThat(load("alerts:\n  rules: [{path: x}]\n")).isEmpty();
    assertThat(messages()).isEqualTo(
        "site.yaml:4:11: error: each of 'rules' must be a file path or glob relative to the site folder, such as monitoring/rules/*.yml.");
  }

  @Test
  void rejectsAllowanceWithoutReason() throws Exception {
    assertThat(load("alerts:\n  rules: [r.yml]\n  allow_without_runbook:\n    - alert: Watchdog\n")).isEmpty();
    assertThat(messages()).isEqualTo(
        "site.yaml:6:7: error: missing required field 'reason'. Add a line such as reason: \"Always firing: it tests the alerting pipeline and pages nobody.\".");
  }

  @Test
  void rejectsAllowanceThatIsJustAName() throws Exception {
    assertThat(load("alerts:\n  rules: [r.yml]\n  allow_without_runbook: [Watchdog]\n")).isEmpty();
    assertThat(messages()).isEqualTo(
        "site.yaml:5:27: error: each of 'allow_without_runbook' (alert: Name, reason: why it needs no runbook) must be a mapping of 'key: value' lines, found text.");
  }

  @Test
  void rejectsAlertAllowedTwice() throws Exception {
    assertThat(load("""
        alerts:
          rules: [r.yml]
          allow_without_runbook:
            - {alert: Watchdog, reason: heartbeat}
            - {alert: Watchdog, reason: again}
        """)).isEmpty();
    assertThat(messages()).isEqualTo("site.yaml:7:15: error: alert 'Watchdog' is already in allow_without_runbook (line 6). Keep one entry.");
  }

  @Test
  void rejectsUnknownKeyInAlerts() throws Exception {
    assertThat(load("alerts:\n  rule: [r.yml]\n")).isEmpty();
    assertThat(messages()).isEqualTo(
        "site.yaml:4:3: error: alerts needs 'rules', the Prometheus rule files to check, such as rules: [monitoring/rules/*.yml].\n"
            + "site.yaml:4:3: error: unknown field 'rule' in alerts; did you mean 'rules'? Known fields: rules, allow_without_runbook.");
  }
}
