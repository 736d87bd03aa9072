package org.fieldguide.alert;

import java.util.List;

/**
 * Rule files with one mistake each and the diagnostic fieldguide gives, shared by {@link
 * RuleFileReaderTest} (the exact text) and {@link PromtoolTest} (promtool rejects each one too, so
 * fieldguide is never stricter than Prometheus).
 */
final class BrokenRuleFiles {
  private BrokenRuleFiles() {}

  record Case(String name, String yaml, String diagnostic) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String FILE = "monitoring/rules/node.yml";

  static List<Case> all() {
    return List.of(
        new Case("invalid YAML", "groups:\n  - name: node\n    rules:\n      - alert: A\n        expr: up == 0\n       for: 5m\n",
            FILE + ":6:8: error: invalid YAML: while parsing a block collection: expected <block end>, but found '<block mapping start>'. Check indentation, and put values that contain ': ' or start with [ { * & ! | > ' \" % @ ` in quotes."),
        new Case("a list at the top", "- alert: A\n  expr: up == 0\n",
            FILE + ":1:1: error: a Prometheus rule file (groups: …) must be a mapping of 'key: value' lines, found a list."),
        new Case("misspelled groups", "group:\n  - name: node\n    rules: []\n",
            FILE + ":1:1: error: unknown field 'group' in a Prometheus rule file; did you mean 'groups'? Known fields: groups."),
        new Case("group without a name", "groups:\n  - rules:\n      - alert: A\n        expr: up == 0\n",
            FILE + ":2:5: error: missing required field 'name'. Add a line such as name: node."),
        new Case("two groups of the same name", "groups:\n  - name: node\n    rules: []\n  - name: node\n    rules: []\n",
            FILE + ":4:11: error: group 'node' is already defined on line 2; group names must be unique within a file."),
        new Case("misspelled group field", "groups:\n  - name: node\n    interval: 1m\n    rule: []\n",
            FILE + ":4:5: error: unknown field 'rule' in a rule group; did you mean 'rules'? Known fields: name, interval, limit, query_offset, labels, rules."),
        new Case("both alert and record", "groups:\n  - name: node\n    rules:\n      - alert: A\n        record: a:up\n        expr: up == 0\n",
            FILE + ":5:9: error: a rule is either an alert ('alert:') or a recording rule ('record:'), not both. Split it into two rules."),
        new Case("neither alert nor record", "groups:\n  - name: node\n    rules:\n      - expr: up == 0\n",
            FILE + ":4:9: error: a rule needs 'alert: Name' (an alerting rule) or 'record: name' (a recording rule)."),
        new Case("alert without expr", "groups:\n  - name: node\n    rules:\n      - alert: A\n        for: 5m\n",
            FILE + ":4:9: error: the rule has no 'expr'. Add the PromQL expression, such as expr: up == 0."),
        new Case("for that is not a duration", "groups:\n  - name: node\n    rules:\n      - alert: A\n        expr: up == 0\n        for: 5 minutes\n",
            FILE + ":6:14: error: 'for' must be a Prometheus duration such as 30s, 5m, 1h or 1h30m, found '5 minutes'."),
        new Case("labels as a list", "groups:\n  - name: node\n    rules:\n      - alert: A\n        expr: up == 0\n        labels: [critical]\n",
            FILE + ":6:17: error: 'labels' must be a mapping of 'name: value' lines, found a list."),
        new Case("label name with a dash", "groups:\n  - name: node\n    rules:\n      - alert: A\n        expr: up == 0\n        labels:\n          page-team: infra\n",
            FILE + ":7:11: error: 'page-team' is not a valid name in 'labels': use letters, digits and _ only, not starting with a digit."),
        new Case("annotation that is a list", "groups:\n  - name: node\n    rules:\n      - alert: A\n        expr: up == 0\n        annotations:\n          summary: [a, b]\n",
            FILE + ":7:20: error: 'annotations.summary' must be text, found a list."),
        new Case("misspelled annotations", "groups:\n  - name: node\n    rules:\n      - alert: A\n        expr: up == 0\n        anotations:\n          summary: Down\n",
            FILE + ":6:9: error: unknown field 'anotations' in an alerting rule; did you mean 'annotations'? Known fields: alert, record, expr, for, keep_firing_for, labels, annotations."),
        new Case("recording rule with for", "groups:\n  - name: node\n    rules:\n      - record: job:up:sum\n        expr: sum by (job) (up)\n        for: 5m\n",
            FILE + ":6:9: error: 'for' is only for alerting rules; a recording rule has record, expr and labels."));
  }
}
