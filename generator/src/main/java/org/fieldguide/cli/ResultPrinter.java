package org.fieldguide.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.StageTiming;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.report.ReportFormat;
import org.fieldguide.report.ReportOptions;
import org.fieldguide.report.ReportWriter;

/** Prints diagnostics (to stderr) and the one-line summary (to stdout); returns the exit code. */
final class ResultPrinter {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;

  private final ReportFormat format;

  /** @param format null for one line per problem on stderr; else a report on stdout */
  ResultPrinter(PrintWriter out, PrintWriter err, boolean verbose, ReportFormat format) {
    this.out = out;
    this.err = err;
    this.verbose = verbose;
    this.format = format;
  }

  int print(BuildResult result, String verb, String outDir) {
    return print(result, verb, outDir, null);
  }

  /**
   * @param outDir the output folder as shown in the summary, or null when nothing is written
   * @param outFolder the file name diagnostics about the output folder are reported at, or null
   */
  int print(BuildResult result, String verb, String outDir, String outFolder) {
    PrintWriter summary = out;
    if (format == null) {
      for (Diagnostic d : result.diagnostics()) err.println(d);
    } else {
      writeReport(result.diagnostics());
      // Machine-readable reports own stdout; the summary goes beside the diagnostics' log.
      if (format != ReportFormat.GITHUB && format != ReportFormat.TEXT) summary = err;
    }
    err.flush();
    return summarise(result, verb, outDir, outFolder, summary);
  }

  private void writeReport(List<Diagnostic> diagnostics) {
    String stepSummary = System.getenv("GITHUB_STEP_SUMMARY");
    ReportOptions options = new ReportOptions(Main.version(), stepSummary == null || stepSummary.isBlank() ? null : Path.of(stepSummary));
    try {
      ReportWriter.of(format, options).write(diagnostics, out);
    } catch (IOException e) {
      err.println("fieldguide: cannot write the " + format.id() + " report: " + e.getMessage());
    }
    out.flush();
  }

  private int summarise(BuildResult result, String verb, String outDir, String outFolder, PrintWriter out) {
    if (verbose) {
      for (StageTiming t : result.timings()) {
        out.printf(Locale.ROOT, "  %-20s %8.1f ms%n", t.stage(), t.elapsed().toNanos() / 1e6);
        for (String detail : t.details()) out.println("      " + detail);
      }
    }
    long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
    long warnings = result.diagnostics().size() - errors;
    String seconds = String.format(Locale.ROOT, "%.2f s", result.elapsed().toNanos() / 1e9);
    if (errors > 0) {
      out.println("fieldguide: " + count(errors, "error") + ", " + count(warnings, "warning")
          + (outDir != null ? notPublished(result, outFolder) : "") + " (" + seconds + ")");
      out.flush();
      return 1;
    }
    int total = result.pagesByLanguage().values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder perLanguage = new StringBuilder();
    for (Map.Entry<String, Integer> e : result.pagesByLanguage().entrySet()) {
      if (perLanguage.length() > 0) perLanguage.append(", ");
      int translated = result.translatedByLanguage().getOrDefault(e.getKey(), e.getValue());
      perLanguage.append(e.getKey()).append(' ').append(e.getValue());
      if (translated < e.getValue()) perLanguage.append(" (").append(translated).append(" translated)");
    }
    String what = result.pagesByLanguage().isEmpty() ? "" : " " + total + " pages [" + perLanguage + "]";
    out.println("fieldguide: " + verb + what
        + (warnings > 0 ? ", " + count(warnings, "warning") : "") + " in " + seconds
        + (outDir != null ? " → " + outDir : ""));
    out.flush();
    return 0;
  }

  /**
   * What a failed build did to the output folder. Content errors stop a build before it writes;
   * when the output folder itself is the problem (or an interrupted build was repaired), its own
   * message says what state the folder is in, and the summary claims nothing.
   */
  private static String notPublished(BuildResult result, String outFolder) {
    boolean aboutOutput = outFolder != null && result.diagnostics().stream().anyMatch(d -> d.pos().file().equals(outFolder));
    return aboutOutput ? "; the site was not published (see the message about the output folder)" : "; nothing was written (the previous site is untouched)";
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
