package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldguide.alert.AlertFixture.NODE_RULES;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diagnostic of the alert checks, with its exact text and position in the rule file or the
 * runbook, from {@code fieldguide check} on a whole site ({@link AlertFixture}): real rule files,
 * real front matter, the build's own link resolver.
 */
class AlertChecksTest {
  private static final String RULES = "monitoring/rules/node.yml";
  private static final String DOWN_URL = "https://guides.example.org/en/runbooks/server-down/";
  private static final String REWRITE = " or run 'fieldguide alerts --write-runbook-urls'.";

  @TempDir Path dir;

  private AlertFixture site() {
    return AlertFixture.in(dir);
  }

  private AlertFixture withDownUrl(String url) {
    return site().with(RULES, NODE_RULES.replace("runbook_url: " + DOWN_URL, "runbook_url: " + url));
  }

  @Test
  void aSiteWhoseAlertsAllHaveTheirRunbookHasNoProblems() {
    assertThat(site().check()).isEmpty();
  }

  @Test
  void alertWithoutRunbook() {
    assertThat(site().with(RULES, NODE_RULES + "      - alert: DiskFull\n        expr: node_filesystem_avail_bytes == 0\n").check()).containsExactly(
        RULES + ":20:16: error: alert 'DiskFull' has no runbook: no runbook lists it under 'alerts:' in its front matter."
            + " Add it to the runbook that tells the on-call person what to do, or list it under alerts: allow_without_runbook: in site.yaml with the reason it needs none.");
  }

  @Test
  void alertWhoseUrlLeadsToARunbookThatDoesNotListIt() {
    String rules = NODE_RULES + "      - alert: DiskFull\n        expr: node_filesystem_avail_bytes == 0\n"
        + "        annotations: {runbook_url: \"https://guides.example.org/en/runbooks/replace-disk/\"}\n";
    assertThat(site().with(RULES, rules).check()).containsExactly(
        RULES + ":20:16: error: alert 'DiskFull' has no runbook: its runbook_url leads to content/runbooks/replace-disk.md, which does not list it."
            + " Add '- DiskFull' to 'alerts:' in that runbook's front matter.");
  }

  @Test
  void alertWithoutRunbookUrl() {
    assertThat(site().with(RULES, NODE_RULES.replace("          runbook_url: " + DOWN_URL + "\n", "")).check()).containsExactly(
        RULES + ":4:16: error: alert 'InstanceDown' has no runbook_url annotation; its runbook is content/runbooks/server-down.md."
            + " Add runbook_url: " + DOWN_URL + " under its annotations," + REWRITE);
  }

  @Test
  void anEmptyRunbookUrlIsNoRunbookUrl() {
    assertThat(withDownUrl("\"\"").check()).containsExactly(
        RULES + ":4:16: error: alert 'InstanceDown' has no runbook_url annotation; its runbook is content/runbooks/server-down.md."
            + " Add runbook_url: " + DOWN_URL + " under its annotations," + REWRITE);
  }

  @Test
  void runbookUrlOnAnotherSite() {
    assertThat(withDownUrl("https://wiki.example.org/NodeDown").check()).containsExactly(
        RULES + ":11:24: error: runbook_url 'https://wiki.example.org/NodeDown' of alert 'InstanceDown' is not an address of this site"
            + " (https://guides.example.org/). Its runbook is content/runbooks/server-down.md: change it to " + DOWN_URL + "," + REWRITE);
  }

  @Test
  void runbookUrlLeadingNowhere() {
    assertThat(withDownUrl("https://guides.example.org/en/runbooks/server-dwn/").check()).containsExactly(
        RULES + ":11:24: error: runbook_url 'https://guides.example.org/en/runbooks/server-dwn/' of alert 'InstanceDown' leads to no published page."
            + " Its runbook is content/runbooks/server-down.md: change it to " + DOWN_URL + "," + REWRITE);
  }

  @Test
  void runbookUrlLeadingToAnotherRunbook() {
    assertThat(withDownUrl("https://guides.example.org/en/runbooks/replace-disk/").check()).containsExactly(
        RULES + ":11:24: error: runbook_url 'https://guides.example.org/en/runbooks/replace-disk/' of alert 'InstanceDown' leads to"
            + " content/runbooks/replace-disk.md, but the runbook that lists the alert is content/runbooks/server-down.md. Change it to " + DOWN_URL + "," + REWRITE);
  }

  @Test
  void runbookUrlLeadingToAPageThatIsNotARunbook() {
    assertThat(withDownUrl("https://guides.example.org/en/hardware/r640/").check()).containsExactly(
        RULES + ":11:24: error: runbook_url 'https://guides.example.org/en/hardware/r640/' of alert 'InstanceDown' leads to"
            + " content/hardware/r640.md, which is not a runbook, but the runbook that lists the alert is content/runbooks/server-down.md."
            + " Change it to " + DOWN_URL + "," + REWRITE);
  }

  @Test
  void runbookUrlWithAnAnchorTheRunbookDoesNotHave() {
    assertThat(withDownUrl(DOWN_URL + "#check-powr").check()).containsExactly(
        RULES + ":11:24: error: runbook_url '" + DOWN_URL + "#check-powr' of alert 'InstanceDown' leads to content/runbooks/server-down.md,"
            + " which has no heading with the id 'check-powr'. Change it to " + DOWN_URL + "," + REWRITE);
  }

  @Test
  void runbookUrlMissingTheAnchorTheRunbookGives() {
    String rules = NODE_RULES.replace("replace-disk/#identify-disk", "replace-disk/");
    assertThat(site().with(RULES, rules).check()).containsExactly(
        RULES + ":17:24: error: runbook_url 'https://guides.example.org/en/runbooks/replace-disk/' of alert 'RaidDegraded' does not point at"
            + " the anchor 'identify-disk' that content/runbooks/replace-disk.md gives for the alert."
            + " Change it to https://guides.example.org/en/runbooks/replace-disk/#identify-disk," + REWRITE);
  }

  @Test
  void runbookUrlMayLeadToATranslationOrToAHeadingOfTheRunbook() {
    assertThat(withDownUrl("https://guides.example.org/es/runbooks/server-down/").check()).isEmpty();
    assertThat(withDownUrl(DOWN_URL + "#check-power").check()).isEmpty();
    assertThat(withDownUrl("https://guides.example.org/en/runbooks/server-down").check()).isEmpty();
  }

  @Test
  void runbookListingAnAlertNoRuleFileHas() {
    assertThat(site()
        .with("content/runbooks/server-down.md", AlertFixture.SERVER_DOWN.replace("[InstanceDown]", "[InstanceDown, InstanceDwn]"))
        .with("content/runbooks/server-down.es.md", AlertFixture.SERVER_DOWN_ES.replace("[InstanceDown]", "[InstanceDown, InstanceDwn]"))
        .check()).containsExactly(
        "content/runbooks/server-down.es.md:3:24: error: alert 'InstanceDwn' is in no rule file (monitoring/rules/*.yml); did you mean 'InstanceDown'?"
            + " Correct the name, or remove it from 'alerts:'.",
        "content/runbooks/server-down.md:3:24: error: alert 'InstanceDwn' is in no rule file (monitoring/rules/*.yml); did you mean 'InstanceDown'?"
            + " Correct the name, or remove it from 'alerts:'.");
  }

  @Test
  void runbookGivingAnAnchorItDoesNotHave() {
    String typo = AlertFixture.REPLACE_DISK.replace("anchor: identify-disk", "anchor: identify-dsk");
    assertThat(site().with("content/runbooks/replace-disk.md", typo)
        .with("content/runbooks/replace-disk.es.md", AlertFixture.REPLACE_DISK_ES.replace("anchor: identify-disk", "anchor: identify-dsk"))
        .with(RULES, NODE_RULES.replace("#identify-disk", "#identify-dsk"))
        .check()).containsExactly(
        "content/runbooks/replace-disk.es.md:4:35: error: anchor 'identify-dsk' of alert 'RaidDegraded' is not the id of a heading of this page."
            + " Use the id of the heading that answers the alert, or give that heading an explicit id: ## Heading {#identify-dsk}.",
        "content/runbooks/replace-disk.md:4:35: error: anchor 'identify-dsk' of alert 'RaidDegraded' is not the id of a heading of this page."
            + " Use the id of the heading that answers the alert, or give that heading an explicit id: ## Heading {#identify-dsk}.",
        RULES + ":17:24: error: runbook_url 'https://guides.example.org/en/runbooks/replace-disk/#identify-dsk' of alert 'RaidDegraded' leads to"
            + " content/runbooks/replace-disk.md, which has no heading with the id 'identify-dsk'."
            + " Change it to https://guides.example.org/en/runbooks/replace-disk/#identify-dsk," + REWRITE);
  }

  @Test
  void alertListedByTwoRunbooks() {
    String both = "---\ntitle: Replace a disk\nalerts:\n  - {alert: RaidDegraded, anchor: identify-disk}\n  - InstanceDown\n---\n## Identify {#identify-disk}\n";
    assertThat(site().with("content/runbooks/replace-disk.md", both)
        .with("content/runbooks/replace-disk.es.md", both.replace("Replace a disk", "Cambiar un disco"))
        .check()).containsExactly(
        "content/runbooks/replace-disk.md:5:5: error: alert 'InstanceDown' is also listed by content/runbooks/server-down.md."
            + " An alert's runbook_url leads to one runbook: list it in one of them only, and link the other from there.",
        "content/runbooks/server-down.md:3:10: error: alert 'InstanceDown' is also listed by content/runbooks/replace-disk.md."
            + " An alert's runbook_url leads to one runbook: list it in one of them only, and link the other from there.");
  }

  @Test
  void translationListingOtherAlertsThanItsOriginal() {
    assertThat(site()
        .with("content/runbooks/server-down.es.md", "---\ntitle: Servidor caído\n---\n")
        .with("content/runbooks/replace-disk.es.md", AlertFixture.REPLACE_DISK_ES.replace("{alert: RaidDegraded, anchor: identify-disk}", "RaidDegraded"))
        .check()).containsExactly(
        "content/runbooks/replace-disk.es.md:4:5: warning: this translation lists the alerts RaidDegraded, but its original content/runbooks/replace-disk.md"
            + " lists RaidDegraded (anchor identify-disk). List the same alerts, with the same anchors, in every language.",
        "content/runbooks/server-down.es.md:1:1: warning: this translation lists the alerts none, but its original content/runbooks/server-down.md"
            + " lists InstanceDown. List the same alerts, with the same anchors, in every language.");
  }

  /** Without a default-language file, the translation first by file name stands for the page; the others are compared with it. */
  @Test
  void aPageWithoutItsOriginalIsComparedWithItsFirstTranslation() {
    assertThat(site()
        .with("site.yaml", AlertFixture.SITE_YAML.replace("  es: { name: Español }\n", "  es: { name: Español }\n  fr: { name: Français }\n"))
        .with("content/runbooks/new-rack.fr.md", "---\ntitle: Nouvelle baie\nalerts:\n  - RaidDegraded\n---\n")
        .with("content/runbooks/new-rack.es.md", "---\ntitle: Bastidor nuevo\n---\n")
        .check()).containsExactly(
        "content/runbooks/new-rack.es.md: warning: this translation has no English page (content/runbooks/new-rack.md), so it is published only"
            + " in its own language. Add the source page or rename the file.",
        "content/runbooks/new-rack.fr.md: warning: this translation has no English page (content/runbooks/new-rack.md), so it is published only"
            + " in its own language. Add the source page or rename the file.",
        "content/runbooks/new-rack.fr.md:4:5: warning: this translation lists the alerts RaidDegraded, but its original content/runbooks/new-rack.es.md"
            + " lists none. List the same alerts, with the same anchors, in every language.");
  }

  @Test
  void allowanceForAnAlertThatHasARunbookOrDoesNotExist() {
    String yaml = AlertFixture.SITE_YAML.replace("reason: \"Always firing: it tests the alerting pipeline.\"",
        "reason: heartbeat\n    - alert: InstanceDown\n      reason: old\n    - alert: WatchDog2\n      reason: typo");
    assertThat(site().with("site.yaml", yaml).check()).containsExactly(
        "site.yaml:11:14: warning: alert 'InstanceDown' is in allow_without_runbook, but content/runbooks/server-down.md lists it."
            + " Remove it from allow_without_runbook.",
        "site.yaml:13:14: warning: alert 'WatchDog2' in allow_without_runbook is in no rule file (monitoring/rules/*.yml); did you mean 'Watchdog'?"
            + " Correct the name, or remove the entry.");
  }

  @Test
  void allowedAlertMayLinkElsewhereButNotToAMissingPageOfThisSite() {
    String elsewhere = NODE_RULES.replace("expr: vector(1)", "expr: vector(1)\n        annotations: {runbook_url: \"https://runbooks.example.net/watchdog\"}");
    assertThat(site().with(RULES, elsewhere).check()).isEmpty();
    String broken = NODE_RULES.replace("expr: vector(1)", "expr: vector(1)\n        annotations: {runbook_url: \"https://guides.example.org/en/runbooks/server-dow/\"}");
    assertThat(site().with(RULES, broken).check()).containsExactly(
        RULES + ":20:36: error: runbook_url 'https://guides.example.org/en/runbooks/server-dow/' of alert 'Watchdog' leads to no published page;"
            + " did you mean 'https://guides.example.org/en/runbooks/server-down/'? Correct it, or remove the annotation.");
  }

  @Test
  void runbooksListingAlertsOnASiteWithoutRuleFiles() {
    String noAlerts = AlertFixture.SITE_YAML.substring(0, AlertFixture.SITE_YAML.indexOf("alerts:"));
    assertThat(site().with("site.yaml", noAlerts).check()).containsExactly(
        "content/runbooks/replace-disk.es.md:4:13: error: this runbook lists alerts, but site.yaml names no Prometheus rule files to check them against."
            + " Add them to site.yaml, such as alerts: { rules: [monitoring/rules/*.yml] }, or remove 'alerts:' from the front matter.",
        "content/runbooks/replace-disk.md:4:13: error: this runbook lists alerts, but site.yaml names no Prometheus rule files to check them against."
            + " Add them to site.yaml, such as alerts: { rules: [monitoring/rules/*.yml] }, or remove 'alerts:' from the front matter.",
        "content/runbooks/server-down.es.md:3:10: error: this runbook lists alerts, but site.yaml names no Prometheus rule files to check them against."
            + " Add them to site.yaml, such as alerts: { rules: [monitoring/rules/*.yml] }, or remove 'alerts:' from the front matter.",
        "content/runbooks/server-down.md:3:10: error: this runbook lists alerts, but site.yaml names no Prometheus rule files to check them against."
            + " Add them to site.yaml, such as alerts: { rules: [monitoring/rules/*.yml] }, or remove 'alerts:' from the front matter.");
  }

  @Test
  void aSeverityPerRuleIsCheckedRuleByRule() {
    String twoRules = NODE_RULES + "      - alert: InstanceDown\n        expr: up{job=\"node\"} == 0\n        for: 30m\n        labels: {severity: page}\n";
    assertThat(site().with(RULES, twoRules).check()).containsExactly(
        RULES + ":20:16: error: alert 'InstanceDown' has no runbook_url annotation; its runbook is content/runbooks/server-down.md."
            + " Add runbook_url: " + DOWN_URL + " under its annotations," + REWRITE);
  }
}
