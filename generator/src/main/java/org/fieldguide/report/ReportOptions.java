package org.fieldguide.report;

import java.nio.file.Path;

/**
 * What some formats need beyond the diagnostics. The writers read no environment variables: the
 * caller passes what it found.
 *
 * @param toolVersion fieldguide's version for SARIF's {@code tool.driver.version}, or null to leave
 *     it out
 * @param githubStepSummary the file named by {@code GITHUB_STEP_SUMMARY}, or null; the GitHub format
 *     appends a Markdown table of every diagnostic to it
 */
public record ReportOptions(String toolVersion, Path githubStepSummary) {

  /** No version, no job summary. */
  public static ReportOptions none() {
    return new ReportOptions(null, null);
  }
}
