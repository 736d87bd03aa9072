package org.fieldguide.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Collects changed paths from the watcher and hands them out in batches, one per rebuild: a batch
 * is ready once no event has come for the quiet period (an editor's save is a burst of events
 * within a few milliseconds), or once the first event has waited the longest wait (so a stream of
 * events, such as a {@code git checkout}, cannot postpone a rebuild forever). Events that arrive
 * during a rebuild make up the next batch.
 */
final class ChangeBatcher {
  private final long quietNanos;
  private final long longestNanos;
  private final Set<Path> pending = new LinkedHashSet<>();
  private boolean overflow;
  private boolean closed;
  private long first;
  private long last;

  ChangeBatcher(Duration quiet, Duration longest) {
    this.quietNanos = quiet.toNanos();
    this.longestNanos = longest.toNanos();
  }

  /** Paths changed together; {@code everything} when the watcher lost events and all must be rebuilt. */
  record Batch(Set<Path> paths, boolean everything) {}

  synchronized void add(Path path) {
    touch();
    pending.add(path);
  }

  /** The watcher lost events (the operating system's queue overflowed): the next batch means "everything". */
  synchronized void addEverything() {
    touch();
    overflow = true;
  }

  private void touch() {
    long now = System.nanoTime();
    if (pending.isEmpty() && !overflow) first = now;
    last = now;
    notifyAll();
  }

  /** Ends waiting; {@link #next()} returns empty from now on. */
  synchronized void close() {
    closed = true;
    notifyAll();
  }

  /** Waits for the next batch; empty once closed. */
  synchronized Optional<Batch> next() throws InterruptedException {
    while (!closed) {
      if (pending.isEmpty() && !overflow) {
        wait();
        continue;
      }
      long now = System.nanoTime();
      long due = Math.min(last + quietNanos, first + longestNanos);
      if (now >= due) {
        Batch batch = new Batch(Set.copyOf(pending), overflow);
        pending.clear();
        overflow = false;
        return Optional.of(batch);
      }
      long waitNanos = due - now;
      wait(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
    }
    return Optional.empty();
  }
}
