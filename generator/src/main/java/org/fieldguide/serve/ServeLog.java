package org.fieldguide.serve;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fieldguide.diagnostic.Diagnostic;

/**
 * What {@code serve} prints: the problems of a build on stderr, in the same
 * {@code file:line:column: …} form as {@code build}, then ONE line per rebuild on stdout saying
 * what changed, how many pages the site has and how long it took. Errors are printed after every
 * rebuild that has them; a warning only when it is new, so a site with a known warning does not
 * repeat it at every save.
 */
final class ServeLog {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean verbose;
  private Set<String> warningsShown = Set.of();

  ServeLog(PrintWriter out, PrintWriter err, boolean verbose) {
    this.out = out;
    this.err = err;
    this.verbose = verbose;
  }

  /** @param what the changes, or empty for the first build */
  void rebuilt(String what, RebuildOutcome outcome) {
    Set<String> warnings = new HashSet<>();
    for (Diagnostic d : outcome.diagnostics()) {
      String line = d.toString();
      if (d.isError()) err.println(line);
      else if (warnings.add(line) && !warningsShown.contains(line)) err.println(line);
    }
    warningsShown = warnings;
    err.flush();
    out.println("fieldguide: " + (what.isEmpty() ? "" : what + " → ") + result(outcome));
    if (verbose) {
      for (RebuildOutcome.StageTime t : outcome.stages()) {
        out.printf(Locale.ROOT, "  %-20s %8.1f ms%n", t.stage(), t.elapsed().toNanos() / 1e6);
      }
    }
    out.flush();
  }

  private static String result(RebuildOutcome o) {
    String time = o.elapsed().toMillis() + " ms";
    List<Diagnostic> errors = o.errors();
    int warnings = o.warnings().size();
    if (!errors.isEmpty()) {
      return count(errors.size(), "error") + ", " + count(warnings, "warning") + " in " + time
          + "; the browser shows them over the last good version";
    }
    // An update names the pages it wrote out of the site's, so a writer sees the scope of an edit.
    String built = o.rewritten().isPresent()
        ? "updated " + o.rewritten().getAsInt() + " of " + count(o.pages(), "page")
        : "built " + count(o.pages(), "page");
    return built + (warnings > 0 ? ", " + count(warnings, "warning") : "") + " in " + time;
  }

  void line(String text) {
    out.println("fieldguide: " + text);
    out.flush();
  }

  void diagnostic(Diagnostic d) {
    err.println(d);
    err.flush();
  }

  void problem(String text) {
    err.println("fieldguide: " + text);
    err.flush();
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
