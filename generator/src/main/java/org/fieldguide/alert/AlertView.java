package org.fieldguide.alert;

/**
 * An alerting rule as a runbook page shows it, under "Alerts this runbook answers". Strings are
 * printed as they are written in the rule file: the on-call person reads the same name, severity
 * and summary in the notification. A {@code null} component means the rule does not have it
 * (tested in templates with {@code ??}).
 *
 * @param forDuration the rule's {@code for:}, such as {@code 5m}
 * @param anchor the heading id the runbook gives for the alert, without {@code #}
 */
public record AlertView(
    String name, String severity, String forDuration, String summary, String description, String expr, String anchor) {}
