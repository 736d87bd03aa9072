package org.fieldguide.report;

import java.io.IOException;
import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;

/** Writes diagnostics in one {@link ReportFormat}. Implementations are stateless and thread-safe. */
public interface ReportWriter {

  /**
   * Writes the report for {@code diagnostics} to {@code out} (a {@link java.io.PrintStream}, a
   * {@link java.io.Writer} or a {@link StringBuilder}), with {@code \n} line ends. The writer sorts
   * a copy of the list, so output never depends on the caller's order.
   *
   * @throws IOException from {@code out}, or from writing a side file such as the GitHub job summary
   */
  void write(List<Diagnostic> diagnostics, Appendable out) throws IOException;

  /** The writer for {@code format}. */
  static ReportWriter of(ReportFormat format, ReportOptions options) {
    return switch (format) {
      case TEXT -> new TextReport();
      case JSON -> new JsonReport();
      case GITHUB -> new GithubReport(options.githubStepSummary());
      case SARIF -> new SarifReport(options.toolVersion());
      case JUNIT -> new JunitReport();
    };
  }
}
