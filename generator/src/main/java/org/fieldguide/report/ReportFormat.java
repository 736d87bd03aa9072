package org.fieldguide.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats diagnostics can be reported in; {@link #id()} is the name used on the command line. */
public enum ReportFormat {
  /** Grouped by file, for people at a terminal. */
  TEXT,
  /** {@code {"errors", "warnings", "diagnostics": [...]}} for scripts. */
  JSON,
  /** GitHub Actions workflow commands (annotations), plus a Markdown job summary. */
  GITHUB,
  /** SARIF 2.1.0, for code scanning. */
  SARIF,
  /** JUnit XML: one test case per file, for CI test result views. */
  JUNIT;

  /** The lower-case name: {@code text}, {@code json}, {@code github}, {@code sarif}, {@code junit}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format called {@code name}, in any letter case.
   *
   * @throws IllegalArgumentException naming the formats there are
   */
  public static ReportFormat parse(String name) {
    for (ReportFormat f : values()) if (f.id().equalsIgnoreCase(name.strip())) return f;
    throw new IllegalArgumentException("unknown report format '" + name + "'; use one of "
        + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", ")));
  }
}
