package org.fieldguide.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A thread-safe sink for diagnostics, owned by one build. Stages running in parallel report into
 * it; readers get a sorted snapshot so output never depends on thread timing.
 */
public final class Diagnostics {
  private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();

  public void report(Diagnostic d) {
    items.add(d);
  }

  public void error(SourcePos pos, String message) {
    report(Diagnostic.error(pos, message));
  }

  public void warning(SourcePos pos, String message) {
    report(Diagnostic.warning(pos, message));
  }

  public boolean hasErrors() {
    return items.stream().anyMatch(Diagnostic::isError);
  }

  public long errorCount() {
    return items.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return items.stream().filter(d -> !d.isError()).count();
  }

  /** All diagnostics so far, sorted by file, line, column, severity and message, deduplicated. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> list = new ArrayList<>(items.stream().distinct().sorted().toList());
    return List.copyOf(list);
  }
}
