package org.fieldguide.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fieldguide.concurrent.Tasks;

/**
 * Runs per-page work on a pool owned by one build, keeping results in input order so output
 * never depends on thread timing. Work handed in from one of the pool's own threads (the pages of
 * one language, while the languages run at once) runs there and is shared out in the same pool:
 * a worker waiting for it helps instead of blocking.
 */
final class Parallel implements AutoCloseable, Tasks {
  private final ForkJoinPool pool;

  Parallel(int threads) {
    this.pool = new ForkJoinPool(Math.max(1, threads));
  }

  /**
   * Pieces of work per thread a list is cut into. A parallel stream cuts by the common pool's
   * parallelism, not this pool's: on 2 cores (common parallelism 1) into 4 pieces, so the last
   * quarter of a cold 10,000-page x 3 emit (7,600 pages) often ran alone on one core for 2 s.
   * Pieces are taken by whichever thread is free; at 64 per thread, what is left for one thread
   * at the end is a small part of the stage.
   */
  private static final int PIECES_PER_THREAD = 64;

  @Override
  public <T, R> List<R> map(List<T> items, Function<T, R> work) {
    Object[] out = new Object[items.size()];
    inPieces(items.size(), i -> out[i] = work.apply(items.get(i)));
    @SuppressWarnings("unchecked")
    List<R> results = (List<R>) java.util.Collections.unmodifiableList(java.util.Arrays.asList(out));
    return results;
  }

  /**
   * Work handed in from one of the pool's threads goes on that thread's own queue: waiting for it
   * there runs it. A pool's task keeps what it was made from after it ran, so it is handed the
   * work through a reference it clears: then the task, and the supplier returned, hold the result
   * alone (see {@link Tasks#start}).
   */
  @Override
  public <R> Supplier<R> start(Supplier<R> work) {
    AtomicReference<Supplier<R>> once = new AtomicReference<>(work);
    ForkJoinTask<R> task = pool.submit(() -> once.getAndSet(null).get());
    return () -> {
      try {
        return task.join();
      } catch (RuntimeException e) {
        throw original(e);
      }
    };
  }

  /**
   * Platform threads, one per item, started and waited for here: they are few (a stage's
   * languages) and live only as long as the call.
   */
  @Override
  public <T, R> List<R> mapOnOwnThreads(List<T> items, Function<T, R> work) {
    if (items.size() < 2) return map(items, work);
    List<CompletableFuture<R>> results = new ArrayList<>(items.size());
    for (T item : items) {
      CompletableFuture<R> result = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try {
          result.complete(work.apply(item));
        } catch (Throwable t) {
          result.completeExceptionally(t);
        }
      }, "fieldguide-" + results.size());
      thread.setDaemon(true);
      results.add(result);
      thread.start();
    }
    List<R> out = new ArrayList<>(items.size());
    // Every thread is waited for before a failure is thrown: none is left writing after the call.
    CompletableFuture.allOf(results.toArray(CompletableFuture[]::new)).exceptionally(t -> null).join();
    for (CompletableFuture<R> result : results) {
      try {
        out.add(result.join());
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) throw original(r);
        if (e.getCause() instanceof Error err) throw err;
        throw e;
      }
    }
    return out;
  }

  <T> void forEach(List<T> items, Consumer<T> work) {
    inPieces(items.size(), i -> work.accept(items.get(i)));
  }

  /**
   * Runs {@code work} for 0 to {@code n - 1}, in consecutive pieces shared out on the pool, and
   * returns once every piece ended, so nothing is left running after a failure. A piece stops at
   * its first failure, the others go on; the failure at the lowest index is thrown (as itself):
   * the same one whatever the timing, as the pieces are in index order.
   */
  private void inPieces(int n, java.util.function.IntConsumer work) {
    if (n == 0) return;
    int size = Math.max(1, n / (pool.getParallelism() * PIECES_PER_THREAD));
    java.util.concurrent.atomic.AtomicReferenceArray<Throwable> failed = new java.util.concurrent.atomic.AtomicReferenceArray<>((n + size - 1) / size);
    List<ForkJoinTask<?>> pieces = new ArrayList<>(failed.length());
    for (int from = 0; from < n; from += size) {
      int piece = pieces.size(), start = from, end = Math.min(n, from + size);
      pieces.add(ForkJoinTask.adapt(() -> {
        try {
          for (int i = start; i < end; i++) work.accept(i);
        } catch (RuntimeException | Error e) {
          failed.set(piece, e);
        }
      }));
    }
    run(() -> {
      ForkJoinTask.invokeAll(pieces);
      return null;
    });
    for (int i = 0; i < failed.length(); i++) {
      Throwable t = failed.get(i);
      if (t instanceof RuntimeException r) throw original(r);
      if (t instanceof Error e) throw e;
    }
  }

  private <R> R run(java.util.concurrent.Callable<R> task) {
    try {
      if (ForkJoinTask.getPool() == pool) return task.call();
      return pool.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (RuntimeException e) {
      throw original(e);
    } catch (Error e) {
      throw e;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw original(r);
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    } catch (Exception e) {
      // Only the Callables above, which throw nothing checked.
      throw new IllegalStateException(e);
    }
  }

  /**
   * The failure as the work threw it. ForkJoin rethrows a failure from another thread as a copy
   * made around it (same class, the failure as its cause, its text as the message), once per
   * level of nesting; callers read the message to writers ("cannot write …") and test the class
   * of the cause (a refused in-place swap), so they get the original.
   */
  private static RuntimeException original(RuntimeException e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause().getClass() == t.getClass()
        && (t.getMessage() == null || t.getMessage().equals(t.getCause().toString()))) {
      t = t.getCause();
    }
    return (RuntimeException) t;
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
