package org.fieldguide.alert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fieldguide.config.AlertsConfig;
import org.fieldguide.frontmatter.AlertDeclaration;

/** Makes the view records of the alert sections of runbook pages and of the alert index page. */
public final class AlertViews {
  private AlertViews() {}

  /** Links to runbooks in one language, supplied by whoever knows page titles and URLs. */
  @FunctionalInterface
  public interface RunbookLinks {
    /** The link to {@code pageKey} (at {@code anchor}, if given); empty when it is not published. */
    Optional<RunbookLink> link(String pageKey, Optional<String> anchor);
  }

  /**
   * The alerts {@code runbook} lists, in its order, one view per rule (an alert with a warning
   * and a critical rule shows both). Alerts no rule file defines are left out; the checks report
   * them.
   */
  public static List<AlertView> forRunbook(RunbookAlerts runbook, List<RuleFile> ruleFiles) {
    List<AlertView> out = new ArrayList<>();
    for (AlertDeclaration d : runbook.alerts()) {
      for (RuleFile f : ruleFiles) {
        for (AlertRule r : f.alerts()) {
          if (!r.name().equals(d.alert())) continue;
          out.add(new AlertView(
              r.name(),
              r.severity().orElse(null),
              r.forDuration().orElse(null),
              r.annotation("summary").orElse(null),
              r.annotation("description").orElse(null),
              r.expr(),
              d.anchor().orElse(null)));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The alert index in one language: every alert of the rule files, sorted by name, with the
   * runbook that lists it (by its original) or the reason it needs none.
   */
  public static List<AlertIndexRow> index(
      AlertsConfig config, List<RuleFile> ruleFiles, List<RunbookAlerts> runbooks, RunbookLinks links) {
    AlertChecks.Catalog catalog = AlertChecks.Catalog.of(ruleFiles, runbooks);
    List<AlertIndexRow> out = new ArrayList<>();
    for (String name : catalog.alertNames()) {
      Set<String> severities = new LinkedHashSet<>();
      ruleFiles.forEach(f -> f.alerts().stream().filter(r -> r.name().equals(name)).forEach(r -> r.severity().ifPresent(severities::add)));
      List<RunbookAlerts> listing = catalog.runbooksOf(name);
      RunbookLink link = listing.isEmpty() ? null
          : links.link(listing.get(0).pageKey(), listing.get(0).declaration(name).flatMap(AlertDeclaration::anchor)).orElse(null);
      String reason = link == null ? config.allowance(name).map(AlertsConfig.AllowedAlert::reason).orElse(null) : null;
      out.add(new AlertIndexRow(name, List.copyOf(severities), link, reason));
    }
    return List.copyOf(out);
  }
}
