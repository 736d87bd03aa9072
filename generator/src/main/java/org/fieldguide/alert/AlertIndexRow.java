package org.fieldguide.alert;

import java.util.List;

/**
 * One alert of the alert index page: alert → runbook, in the language of the page.
 *
 * @param severities the {@code severity} labels of the alert's rules, in file order, each once
 * @param runbook the runbook that answers it; {@code null} when it has none
 * @param reason why the alert needs no runbook (from site.yaml); {@code null} unless it has none
 */
public record AlertIndexRow(String alert, List<String> severities, RunbookLink runbook, String reason) {}
