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

  @Override
  public <T, R> List<R> map(List<T> items, Function<T, R> work) {
    return run(() -> items.parallelStream().map(work).toList());
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
    run(() -> {
      items.parallelStream().forEach(work);
      return null;
    });
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
