package org.fieldguide.config;

import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.fieldguide.config.AlertsConfig.AllowedAlert;
import org.fieldguide.config.AlertsConfig.RuleGlob;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.MappingReader;
import org.fieldguide.yaml.YamlNode;

/**
 * Reads the {@code alerts:} block of site.yaml. Whether the globs match files is checked where
 * the rule files are read; here only their form is.
 */
final class AlertsConfigReader {
  private static final String WHAT = "alerts";

  private AlertsConfigReader() {}

  static Optional<AlertsConfig> read(YamlNode node, Diagnostics diagnostics) {
    return MappingReader.of(node, diagnostics, ConfigLoader.FILE, WHAT).map(r -> {
      List<RuleGlob> rules = rules(r, diagnostics);
      List<AllowedAlert> allowed = allowed(r, diagnostics);
      r.rejectUnknownKeys(WHAT);
      return new AlertsConfig(rules, allowed);
    });
  }

  private static List<RuleGlob> rules(MappingReader r, Diagnostics diagnostics) {
    List<RuleGlob> out = new ArrayList<>();
    Optional<YamlNode> given = r.node("rules");
    List<YamlNode> items = r.nodeList("rules");
    if (given.isEmpty() || given.get() instanceof YamlNode.Sequence s && s.items().isEmpty()) {
      diagnostics.error(
          r.keyPos("rules").orElse(r.pos()),
          "alerts needs 'rules', the Prometheus rule files to check, such as rules: [monitoring/rules/*.yml].");
      return out;
    }
    for (YamlNode n : items) {
      if (!(n instanceof YamlNode.Scalar s) || s.kind() != YamlNode.ScalarKind.STRING || s.text().isBlank()) {
        diagnostics.error(n.pos(), "each of 'rules' must be a file path or glob relative to the site folder, such as monitoring/rules/*.yml.");
        continue;
      }
      String glob = s.text().strip();
      if (glob.startsWith("/") || glob.matches("[A-Za-z]:[\\\\/].*")) {
        diagnostics.error(n.pos(), "'" + glob + "' is an absolute path; write it relative to the site folder, such as monitoring/rules/*.yml, so it works on every computer.");
        continue;
      }
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + glob);
        out.add(new RuleGlob(glob, n.pos()));
      } catch (PatternSyntaxException e) {
        diagnostics.error(n.pos(), "'" + glob + "' is not a valid glob: " + e.getDescription() + ".");
      }
    }
    return List.copyOf(out);
  }

  private static List<AllowedAlert> allowed(MappingReader r, Diagnostics diagnostics) {
    List<AllowedAlert> out = new ArrayList<>();
    Map<String, SourcePos> seen = new HashMap<>();
    for (YamlNode n : r.nodeList("allow_without_runbook")) {
      Optional<MappingReader> item = r.nested(n, "each of 'allow_without_runbook' (alert: Name, reason: why it needs no runbook)");
      if (item.isEmpty()) continue;
      MappingReader a = item.get();
      Optional<String> alert = a.requiredText("alert", "alert: Watchdog");
      Optional<String> reason = a.requiredText("reason", "reason: \"Always firing: it tests the alerting pipeline and pages nobody.\"");
      a.rejectUnknownKeys("an entry of allow_without_runbook");
      if (alert.isEmpty() || reason.isEmpty()) continue;
      String name = alert.get().strip();
      SourcePos pos = a.node("alert").get().pos();
      SourcePos first = seen.putIfAbsent(name, pos);
      if (first != null) {
        diagnostics.error(pos, "alert '" + name + "' is already in allow_without_runbook (line " + first.line() + "). Keep one entry.");
        continue;
      }
      out.add(new AllowedAlert(name, reason.get().strip(), pos));
    }
    return List.copyOf(out);
  }
}
