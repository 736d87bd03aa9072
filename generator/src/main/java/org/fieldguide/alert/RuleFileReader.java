package org.fieldguide.alert;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fieldguide.alert.AlertRule.Located;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.MappingReader;
import org.fieldguide.yaml.YamlException;
import org.fieldguide.yaml.YamlNode;
import org.fieldguide.yaml.YamlReader;

/**
 * Reads one Prometheus rule file ({@code groups[].rules[]}) into its alerting rules, reporting
 * YAML and structure errors at {@code file:line:column}.
 *
 * <p>The structure checked is the one {@code promtool check rules} enforces (unknown fields,
 * a rule that is both or neither alert and record, durations, label names), so a writer learns of
 * a broken rule file from {@code fieldguide check} with the same position as from promtool.
 * PromQL itself is left to promtool. Thread-safe.
 */
public final class RuleFileReader {
  private static final Pattern DURATION =
      Pattern.compile("0|(?=\\d)(\\d+y)?(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?(\\d+ms)?");
  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
  private static final String CONTEXT = "a rule file";

  private final YamlReader yaml;

  public RuleFileReader(YamlReader yaml) {
    this.yaml = yaml;
  }

  /**
   * The alerting rules of {@code text}, read from the file shown as {@code path}; empty when the
   * YAML cannot be read at all. A rule with other errors is kept if it has a name, so that the
   * runbook listing it is not also told the alert does not exist.
   */
  public Optional<RuleFile> read(String text, String path, Diagnostics diagnostics) {
    YamlNode root;
    try {
      root = yaml.read(text, path, 0);
    } catch (YamlException e) {
      diagnostics.report(e.diagnostic());
      return Optional.empty();
    }
    if (root instanceof YamlNode.Mapping m && m.entries().isEmpty()) {
      return Optional.of(new RuleFile(path, List.of())); // an empty file, as promtool accepts
    }
    Optional<MappingReader> file = MappingReader.of(root, diagnostics, CONTEXT, "a Prometheus rule file (groups: …)");
    if (file.isEmpty()) return Optional.empty();
    List<AlertRule> alerts = new ArrayList<>();
    Map<String, SourcePos> groupNames = new HashMap<>();
    List<YamlNode> groups = file.get().nodeList("groups");
    file.get().rejectUnknownKeys("a Prometheus rule file");
    for (YamlNode g : groups) {
      file.get().nested(g, "each of 'groups' (name: …, rules: […])").ifPresent(group -> readGroup(group, groupNames, alerts, diagnostics));
    }
    return Optional.of(new RuleFile(path, List.copyOf(alerts)));
  }

  private void readGroup(MappingReader group, Map<String, SourcePos> names, List<AlertRule> alerts, Diagnostics diagnostics) {
    String name = group.requiredText("name", "name: node").orElse("").strip();
    duration(group, "interval", diagnostics);
    group.integer("limit");
    duration(group, "query_offset", diagnostics);
    labels(group, "labels", diagnostics);
    List<YamlNode> rules = group.nodeList("rules");
    group.rejectUnknownKeys("a rule group");
    if (!name.isEmpty()) {
      SourcePos pos = group.node("name").get().pos();
      SourcePos first = names.putIfAbsent(name, pos);
      if (first != null) {
        diagnostics.error(pos, "group '" + name + "' is already defined on line " + first.line() + "; group names must be unique within a file.");
      }
    }
    for (YamlNode r : rules) {
      group.nested(r, "each of 'rules' (alert: … or record: …)").flatMap(rule -> readRule(rule, name, diagnostics)).ifPresent(alerts::add);
    }
  }

  private Optional<AlertRule> readRule(MappingReader rule, String group, Diagnostics diagnostics) {
    boolean isAlert = rule.has("alert");
    boolean isRecord = rule.has("record");
    if (isAlert && isRecord) {
      diagnostics.error(rule.keyPos("record").get(), "a rule is either an alert ('alert:') or a recording rule ('record:'), not both. Split it into two rules.");
    } else if (!isAlert && !isRecord) {
      diagnostics.error(rule.pos(), "a rule needs 'alert: Name' (an alerting rule) or 'record: name' (a recording rule).");
    }
    if (!isAlert) {
      readRecordingRule(rule, diagnostics);
      return Optional.empty();
    }
    Optional<String> name = rule.requiredText("alert", "alert: InstanceDown").map(String::strip);
    String expr = expr(rule, diagnostics);
    Optional<String> forDuration = duration(rule, "for", diagnostics);
    duration(rule, "keep_firing_for", diagnostics);
    Map<String, String> labels = labels(rule, "labels", diagnostics);
    Map<String, String> annotations = labels(rule, "annotations", diagnostics);
    Optional<Located> runbookUrl = rule.node("annotations")
        .filter(YamlNode.Mapping.class::isInstance)
        .flatMap(a -> ((YamlNode.Mapping) a).entry(AlertRule.RUNBOOK_URL))
        .filter(e -> annotations.containsKey(AlertRule.RUNBOOK_URL))
        .map(e -> new Located(annotations.get(AlertRule.RUNBOOK_URL).strip(), e.value().pos()));
    rule.rejectUnknownKeys("an alerting rule");
    if (name.isEmpty()) return Optional.empty();
    return Optional.of(new AlertRule(name.get(), rule.node("alert").get().pos(), group, expr, forDuration, labels, annotations, runbookUrl));
  }

  private void readRecordingRule(MappingReader rule, Diagnostics diagnostics) {
    rule.text("record");
    expr(rule, diagnostics);
    labels(rule, "labels", diagnostics);
    for (String alertOnly : List.of("for", "keep_firing_for", "annotations")) {
      rule.keyPos(alertOnly).ifPresent(pos -> {
        rule.has(alertOnly);
        diagnostics.error(pos, "'" + alertOnly + "' is only for alerting rules; a recording rule has record, expr and labels.");
      });
    }
    rule.rejectUnknownKeys("a recording rule");
  }

  /** The PromQL expression: any scalar, since YAML reads {@code expr: 1} as a number. */
  private static String expr(MappingReader rule, Diagnostics diagnostics) {
    Optional<YamlNode> n = rule.node("expr");
    if (n.isPresent() && n.get() instanceof YamlNode.Scalar s && !s.text().isBlank()) return s.text();
    if (n.isPresent() && !(n.get() instanceof YamlNode.Scalar)) {
      diagnostics.error(n.get().pos(), "'expr' must be a PromQL expression, found " + n.get().describe() + ".");
    } else {
      diagnostics.error(rule.keyPos("expr").orElse(rule.pos()), "the rule has no 'expr'. Add the PromQL expression, such as expr: up == 0.");
    }
    return "";
  }

  private static Optional<String> duration(MappingReader r, String key, Diagnostics diagnostics) {
    Optional<YamlNode> n = r.node(key);
    if (n.isEmpty()) return Optional.empty();
    if (n.get() instanceof YamlNode.Scalar s && DURATION.matcher(s.text().strip()).matches()) return Optional.of(s.text().strip());
    diagnostics.error(
        n.get().pos(),
        "'" + key + "' must be a Prometheus duration such as 30s, 5m, 1h or 1h30m, found "
            + (n.get() instanceof YamlNode.Scalar s ? "'" + s.text() + "'" : n.get().describe()) + ".");
    return Optional.empty();
  }

  /** Labels or annotations: names as Prometheus allows them, values as written. */
  private static Map<String, String> labels(MappingReader r, String key, Diagnostics diagnostics) {
    Optional<YamlNode> n = r.node(key);
    if (n.isEmpty()) return Map.of();
    if (!(n.get() instanceof YamlNode.Mapping m)) {
      diagnostics.error(n.get().pos(), "'" + key + "' must be a mapping of 'name: value' lines, found " + n.get().describe() + ".");
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : m.entries()) {
      if (!LABEL_NAME.matcher(e.key()).matches()) {
        diagnostics.error(e.keyPos(), "'" + e.key() + "' is not a valid name in '" + key + "': use letters, digits and _ only, not starting with a digit.");
      } else if (e.value() instanceof YamlNode.Scalar s) {
        out.put(e.key(), s.text());
      } else {
        diagnostics.error(e.value().pos(), "'" + key + "." + e.key() + "' must be text, found " + e.value().describe() + ".");
      }
    }
    return Collections.unmodifiableMap(out);
  }
}
