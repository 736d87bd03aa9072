package org.fieldguide.build;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs per-page work on a pool owned by one build, keeping results in input order so output
 * never depends on thread timing.
 */
final class Parallel implements AutoCloseable {
  private final ForkJoinPool pool;

  Parallel(int threads) {
    this.pool = new ForkJoinPool(Math.max(1, threads));
  }

  <T, R> List<R> map(List<T> items, Function<T, R> work) {
    return run(() -> items.parallelStream().map(work).toList());
  }

  <T> void forEach(List<T> items, Consumer<T> work) {
    run(() -> {
      items.parallelStream().forEach(work);
      return null;
    });
  }

  private <R> R run(java.util.concurrent.Callable<R> task) {
    try {
      return pool.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
