package org.fieldguide.concurrent;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs independent pieces of work, perhaps at the same time, and gives their results in the
 * order of the input, so what is made of them never depends on thread timing. The build hands
 * its thread pool to a stage through this; no stage has a pool of its own.
 */
public interface Tasks {
  <T, R> List<R> map(List<T> items, Function<T, R> work);

  /**
   * Starts {@code work} and gives what waits for its result (and throws what it threw). Where
   * the tasks run on a pool, the work runs there while the caller goes on; here it is made the
   * first time its result is asked for, on the asking thread.
   *
   * <p>Once made, the result is all the returned supplier holds: not {@code work}, nor what it
   * captured. Callers keep these suppliers for a while (a search index keeps one per group of
   * page chunks until its last file is written), and each captured its group's page texts: at
   * 50,000 pages that was a language's snippets, over 100 MB, held to the end of its index.
   */
  default <R> Supplier<R> start(Supplier<R> work) {
    return new MadeOnce<>(work);
  }

  /**
   * What {@code work} makes of each item, in the items' order, each item on a thread of its own
   * (here: one after the other). For work that mostly hands work to these tasks and waits for it,
   * such as a language's search index, which sends its pages out in waves and adds up each wave's
   * results: on threads of its own it adds up one wave while the pool's threads make the next,
   * and the languages go on side by side. Run on the pool's threads, two languages took both
   * threads on two cores, the third waited for one of them, and a thread adding up left the other
   * core idle.
   */
  default <T, R> List<R> mapOnOwnThreads(List<T> items, Function<T, R> work) {
    return SEQUENTIAL.map(items, work);
  }

  /**
   * What {@code work} makes of each item, in the items' order, made a wave of {@code wave} items
   * at a time: a wave is cut into slices of {@code slice} items, the slices run through {@link
   * #map}, each on one thread with a helper of {@code helpers} of its own (a stemmer, a
   * Deflater). While the caller takes one wave's results, the next wave is being made ({@link
   * #start}); no more are made ahead, so memory does not grow with the items. The caller consumes
   * the results in a plain loop (and may write, count and throw there).
   */
  default <T, H, R> Iterable<R> inWaves(List<T> items, int wave, int slice, Reusable<H> helpers, BiFunction<H, T, R> work) {
    return () -> new Iterator<R>() {
      private int next; // the first item not yet sent out in a wave
      private Iterator<R> made = List.<R>of().iterator();
      private Supplier<List<R>> coming = nextWave(); // the wave being made, or null after the last

      private Supplier<List<R>> nextWave() {
        if (next >= items.size()) return null;
        int end = Math.min(items.size(), next + wave);
        List<List<T>> slices = new ArrayList<>();
        for (int at = next; at < end; at += slice) slices.add(items.subList(at, Math.min(end, at + slice)));
        int size = end - next;
        next = end;
        return start(() -> {
          List<R> results = new ArrayList<>(size);
          for (List<R> part : map(slices, s -> helpers.with(h -> {
            List<R> out = new ArrayList<>(s.size());
            for (T item : s) out.add(work.apply(h, item));
            return out;
          }))) {
            results.addAll(part);
          }
          return results;
        });
      }

      @Override
      public boolean hasNext() {
        if (!made.hasNext() && coming != null) {
          List<R> results = coming.get();
          coming = nextWave();
          made = results.iterator();
        }
        return made.hasNext();
      }

      @Override
      public R next() {
        if (!hasNext()) throw new NoSuchElementException();
        return made.next();
      }
    };
  }

  /**
   * {@code items} cut into consecutive pieces of {@code size} (the last one shorter): for work
   * whose result must not depend on the number of threads, such as a digest of digests of pieces.
   */
  static <T> List<List<T>> pieces(List<T> items, int size) {
    List<List<T>> pieces = new java.util.ArrayList<>((items.size() + size - 1) / size);
    for (int i = 0; i < items.size(); i += size) pieces.add(items.subList(i, Math.min(items.size(), i + size)));
    return pieces;
  }

  /** One piece after the other, on the calling thread. */
  Tasks SEQUENTIAL = new Tasks() {
    @Override
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
      return items.stream().map(work).toList();
    }
  };
}
