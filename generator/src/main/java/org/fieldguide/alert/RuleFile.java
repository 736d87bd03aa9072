package org.fieldguide.alert;

import java.util.List;

/**
 * A Prometheus rule file after reading: its alerting rules in file order (recording rules are
 * left out: they page nobody).
 *
 * @param path relative to the site folder with forward slashes, as shown in messages
 */
public record RuleFile(String path, List<AlertRule> alerts) {}
