package org.fieldguide.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.StageTiming;
import org.fieldguide.diagnostic.Diagnostic;

/** Prints diagnostics (to stderr) and the one-line summary (to stdout); returns the exit code. */
final class ResultPrinter {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;

  ResultPrinter(PrintWriter out, PrintWriter err, boolean verbose) {
    this.out = out;
    this.err = err;
    this.verbose = verbose;
  }

  int print(BuildResult result, String verb, String outDir) {
    for (Diagnostic d : result.diagnostics()) err.println(d);
    err.flush();
    if (verbose) {
      for (StageTiming t : result.timings()) {
        out.printf(Locale.ROOT, "  %-20s %8.1f ms%n", t.stage(), t.elapsed().toNanos() / 1e6);
      }
    }
    long errors = result.diagnostics().stream().filter(Diagnostic::isError).count();
    long warnings = result.diagnostics().size() - errors;
    String seconds = String.format(Locale.ROOT, "%.2f s", result.elapsed().toNanos() / 1e9);
    if (errors > 0) {
      out.println("fieldguide: " + count(errors, "error") + ", " + count(warnings, "warning") + "; nothing was written"
          + (outDir != null ? " (the previous site is untouched)" : "") + " (" + seconds + ")");
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
    out.println("fieldguide: " + verb + " " + total + " pages [" + perLanguage + "]"
        + (warnings > 0 ? ", " + count(warnings, "warning") : "") + " in " + seconds
        + (outDir != null ? " → " + outDir : ""));
    out.flush();
    return 0;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
