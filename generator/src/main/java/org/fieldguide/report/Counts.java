package org.fieldguide.report;

import java.util.List;
import java.util.TreeSet;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;

/** Errors, warnings and files of a report, and the position rules every format shares. */
record Counts(int errors, int warnings, int files) {

  static Counts of(List<Diagnostic> diagnostics) {
    int errors = (int) diagnostics.stream().filter(Diagnostic::isError).count();
    int files = new TreeSet<>(diagnostics.stream().map(d -> d.pos().file()).toList()).size();
    return new Counts(errors, diagnostics.size() - errors, files);
  }

  /** {@code 1 error, 2 warnings}. */
  String describe() {
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** Sorted copy: reports never depend on the caller's order. */
  static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
    return diagnostics.stream().sorted().toList();
  }

  /** Line 0 means the whole file. */
  static boolean hasLine(SourcePos pos) {
    return pos.line() > 0;
  }

  /** Column 0 means unknown. */
  static boolean hasColumn(SourcePos pos) {
    return pos.line() > 0 && pos.column() > 0;
  }
}
