package org.fieldguide.config;

import java.util.List;
import java.util.Optional;
import org.fieldguide.diagnostic.SourcePos;

/**
 * {@code alerts:} in site.yaml: the Prometheus rule files whose alerts must each have a runbook,
 * and the alerts that may have none.
 *
 * @param rules globs relative to the site folder, such as {@code monitoring/rules/*.yml}; empty
 *     when the site has no {@code alerts:} block
 * @param allowWithoutRunbook alerts that need no runbook, each with the reason written down
 */
public record AlertsConfig(List<RuleGlob> rules, List<AllowedAlert> allowWithoutRunbook) {
  public static final AlertsConfig NONE = new AlertsConfig(List.of(), List.of());

  /** One glob of {@code alerts.rules}, with where it is written. */
  public record RuleGlob(String glob, SourcePos pos) {}

  /** One entry of {@code alerts.allow_without_runbook}. */
  public record AllowedAlert(String alert, String reason, SourcePos pos) {}

  /** True when site.yaml names rule files, so alerts are checked against runbooks. */
  public boolean isConfigured() {
    return !rules.isEmpty();
  }

  public Optional<AllowedAlert> allowance(String alert) {
    return allowWithoutRunbook.stream().filter(a -> a.alert().equals(alert)).findFirst();
  }
}
