package org.fieldguide.concurrent;

import java.util.List;
import java.util.function.Function;

/**
 * Runs independent pieces of work, perhaps at the same time, and gives their results in the
 * order of the input, so what is made of them never depends on thread timing. The build hands
 * its thread pool to a stage through this; no stage has a pool of its own.
 */
public interface Tasks {
  <T, R> List<R> map(List<T> items, Function<T, R> work);

  /** One piece after the other, on the calling thread. */
  Tasks SEQUENTIAL = new Tasks() {
    @Override
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
      return items.stream().map(work).toList();
    }
  };
}
