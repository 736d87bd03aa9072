package org.fieldguide.serve;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.fieldguide.diagnostic.Diagnostic;

/**
 * What a {@link Rebuilder} did.
 *
 * @param diagnostics every problem found, sorted as writers read them; errors mean nothing was written
 * @param pages how many pages the site has now (all languages, fallbacks included); 0 after errors
 * @param written true when the output folder now holds the new site
 * @param rewritten when only what the change touched was redone, how many pages were written
 *     again; empty after a whole build
 * @param stages how long each step took, for {@code --verbose}
 */
public record RebuildOutcome(List<Diagnostic> diagnostics, int pages, OptionalInt rewritten, boolean written, Duration elapsed, List<StageTime> stages) {

  public RebuildOutcome {
    diagnostics = List.copyOf(diagnostics);
    stages = List.copyOf(stages);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /** How long one step of a rebuild took. */
  public record StageTime(String stage, Duration elapsed) {}
}
