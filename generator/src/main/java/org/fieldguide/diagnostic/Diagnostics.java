package org.fieldguide.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thread-safe sink for diagnostics, owned by one build. Stages running in parallel report into
 * it; readers get a sorted snapshot so output never depends on thread timing.
 *
 * <p>At most {@link #PER_FILE} diagnostics are kept for one file, then only counted: one broken
 * page must not bury the others' problems (or the build's memory) under its own, and "and N more"
 * says how many were held back.
 */
public final class Diagnostics {
  public static final int PER_FILE = 100;

  private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();
  private final Map<String, Counts> perFile = new ConcurrentHashMap<>();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong warnings = new AtomicLong();

  private static final class Counts {
    final AtomicInteger reported = new AtomicInteger();
    final AtomicInteger heldBackErrors = new AtomicInteger();
    final AtomicInteger heldBack = new AtomicInteger();
  }

  public void report(Diagnostic d) {
    (d.isError() ? errors : warnings).incrementAndGet();
    Counts c = perFile.computeIfAbsent(d.pos() == null ? "" : d.pos().file(), f -> new Counts());
    if (c.reported.incrementAndGet() <= PER_FILE) {
      items.add(d);
    } else {
      c.heldBack.incrementAndGet();
      if (d.isError()) c.heldBackErrors.incrementAndGet();
    }
  }

  public void error(SourcePos pos, String message) {
    report(Diagnostic.error(pos, message));
  }

  public void warning(SourcePos pos, String message) {
    report(Diagnostic.warning(pos, message));
  }

  public boolean hasErrors() {
    return errors.get() > 0;
  }

  public long errorCount() {
    return errors.get();
  }

  public long warningCount() {
    return warnings.get();
  }

  /**
   * Everything reported, in the order it was reported; empty when some were held back (more than
   * {@link #PER_FILE} for a file), as then not all of them are known.
   */
  public java.util.Optional<List<Diagnostic>> reported() {
    for (Counts c : perFile.values()) {
      if (c.heldBack.get() > 0) return java.util.Optional.empty();
    }
    return java.util.Optional.of(List.copyOf(items));
  }

  /**
   * All diagnostics so far, sorted by file, line, column, severity and message, deduplicated,
   * with one "and N more" line for each file that had more than {@link #PER_FILE}.
   */
  public List<Diagnostic> sorted() {
    List<Diagnostic> list = new ArrayList<>(items.stream().distinct().sorted().toList());
    Map<String, Counts> sortedFiles = new TreeMap<>(perFile);
    for (Map.Entry<String, Counts> e : sortedFiles.entrySet()) {
      int more = e.getValue().heldBack.get();
      if (more == 0) continue;
      int moreErrors = e.getValue().heldBackErrors.get();
      String message =
          "and " + more + " more problem" + (more == 1 ? "" : "s") + " in this file" + (moreErrors > 0 ? " (" + moreErrors + " of them errors)" : "")
              + ", not shown: only the first " + PER_FILE + " of a file are. Fix these, then check again.";
      list.add(moreErrors > 0 ? Diagnostic.error(SourcePos.file(e.getKey()), message) : Diagnostic.warning(SourcePos.file(e.getKey()), message));
    }
    list.sort(null);
    return List.copyOf(list);
  }
}
