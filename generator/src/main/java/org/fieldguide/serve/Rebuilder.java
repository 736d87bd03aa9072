package org.fieldguide.serve;

/**
 * Builds the site for {@code serve}: once in full when serving starts, then once per batch of
 * classified changes. The narrow seam between the development server and the build engine; an
 * implementation may use the {@link ChangeSet} to redo only what the changes touch.
 *
 * <p>Contract: the output folder given to the implementation is replaced (or updated) only when a
 * build has no errors, so the server keeps serving the last good site; calls never overlap (the
 * server makes them from one thread), and a writer's mistake is a diagnostic in the outcome,
 * never an exception.
 */
public interface Rebuilder extends AutoCloseable {
  /** Builds everything: when serving starts, and when the watcher lost track of changes. */
  RebuildOutcome buildAll();

  /** Rebuilds after {@code changes}, which are never empty. */
  RebuildOutcome rebuild(ChangeSet changes);

  /** What the last build read outside the folders serve watches; none unless the rebuilder says. */
  default Elsewhere elsewhere() {
    return Elsewhere.NONE;
  }

  /** Lets go of what the rebuilder keeps between builds (its index, the cache's lock). */
  @Override
  default void close() {}
}
