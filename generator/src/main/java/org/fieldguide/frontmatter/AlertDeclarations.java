package org.fieldguide.frontmatter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.MappingReader;
import org.fieldguide.yaml.YamlNode;

/**
 * Reads a runbook's {@code alerts:}: a list of alert names, each optionally with the anchor its
 * {@code runbook_url} should point at. Whether the alerts exist is checked against the rule files
 * later, by the alert checks; here only the form is.
 */
final class AlertDeclarations {
  private static final String EXAMPLE = "such as - NodeDown, or - {alert: NodeDown, anchor: check-power}";

  private AlertDeclarations() {}

  static List<AlertDeclaration> read(MappingReader r) {
    List<AlertDeclaration> out = new ArrayList<>();
    Map<String, SourcePos> seen = new HashMap<>();
    for (YamlNode n : r.nodeList("alerts")) {
      Optional<AlertDeclaration> d = declaration(r, n);
      if (d.isEmpty()) continue;
      SourcePos first = seen.putIfAbsent(d.get().alert(), d.get().pos());
      if (first != null) {
        r.reportAt(n, "alert '" + d.get().alert() + "' is listed twice in 'alerts' (first on line " + first.line() + "). Remove one.");
        continue;
      }
      out.add(d.get());
    }
    return List.copyOf(out);
  }

  private static Optional<AlertDeclaration> declaration(MappingReader r, YamlNode n) {
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.STRING && !s.text().isBlank()) {
      return Optional.of(new AlertDeclaration(s.text().strip(), s.pos(), Optional.empty(), s.pos()));
    }
    if (!(n instanceof YamlNode.Mapping)) {
      r.reportAt(n, "each of 'alerts' must be the name of a Prometheus alert, " + EXAMPLE + "; found " + n.describe() + ".");
      return Optional.empty();
    }
    Optional<MappingReader> item = r.nested(n, "an entry of 'alerts'");
    if (item.isEmpty()) return Optional.empty();
    MappingReader a = item.get();
    Optional<String> alert = a.requiredText("alert", "alert: NodeDown");
    Optional<String> anchor = a.text("anchor").map(String::strip);
    a.rejectUnknownKeys("an entry of 'alerts'");
    if (anchor.isPresent() && anchor.get().startsWith("#")) anchor = Optional.of(anchor.get().substring(1));
    if (anchor.isPresent() && anchor.get().isEmpty()) {
      a.reportAt("anchor", "'anchor' is empty. Give the id of a heading of this runbook, such as anchor: check-power, or remove the line.");
      return Optional.empty();
    }
    if (alert.isEmpty()) return Optional.empty();
    SourcePos pos = a.node("alert").get().pos();
    SourcePos anchorPos = anchor.isPresent() ? a.node("anchor").get().pos() : pos;
    return Optional.of(new AlertDeclaration(alert.get().strip(), pos, anchor, anchorPos));
  }
}
