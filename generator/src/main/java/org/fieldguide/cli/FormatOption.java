package org.fieldguide.cli;

import org.fieldguide.report.ReportFormat;
import picocli.CommandLine.Option;

/** {@code --format}: how diagnostics are written. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "How to report problems: lines (default: file:line:column: message, on stderr), text (grouped by file),"
          + " json, github (workflow annotations and a step summary), sarif or junit; all but lines go to stdout.")
  String format = "lines";

  /** Null for the default one-line-per-problem output; a usage error (exit 2) when unknown. */
  ReportFormat reportFormat(picocli.CommandLine commandLine) {
    if (format.equals("lines")) return null;
    try {
      return ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(commandLine, e.getMessage() + ", or lines");
    }
  }
}
