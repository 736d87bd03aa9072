package org.fieldguide.alert;

import java.util.Map;
import java.util.Optional;
import org.fieldguide.diagnostic.SourcePos;

/**
 * One alerting rule of a Prometheus rule file. Several rules may share a name, typically one per
 * severity; each is checked on its own.
 *
 * @param pos where the name ({@code alert:}'s value) is written
 * @param group the name of the rule group
 * @param forDuration the {@code for:} duration as written, such as {@code 5m}
 * @param labels in the order written
 * @param annotations in the order written
 * @param runbookUrl the {@code runbook_url} annotation and where its value is written
 */
public record AlertRule(
    String name,
    SourcePos pos,
    String group,
    String expr,
    Optional<String> forDuration,
    Map<String, String> labels,
    Map<String, String> annotations,
    Optional<Located> runbookUrl) {

  /** The annotation that links an alert to its runbook, by the convention Prometheus tools share. */
  public static final String RUNBOOK_URL = "runbook_url";

  /** A value with where it is written. */
  public record Located(String text, SourcePos pos) {}

  public Optional<String> severity() {
    return Optional.ofNullable(labels.get("severity"));
  }

  public Optional<String> annotation(String key) {
    return Optional.ofNullable(annotations.get(key));
  }
}
