package org.fieldguide.concurrent;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs independent pieces of work, perhaps at the same time, and gives their results in the
 * order of the input, so what is made of them never depends on thread timing. The build hands
 * its thread pool to a stage through this; no stage has a pool of its own.
 */
public interface Tasks {
  <T, R> List<R> map(List<T> items, Function<T, R> work);

  /**
   * What {@code work} makes of each item, in the items' order, made a wave of {@code wave} items
   * at a time: a wave is cut into slices of {@code slice} items, the slices run through {@link
   * #map}, each on one thread with a helper of {@code helpers} of its own (a stemmer, a
   * Deflater), and the next wave is made once the caller has taken this one's results. Only one
   * wave's results are held, so memory does not grow with the items; the caller consumes them in
   * a plain loop (and may write, count and throw there).
   */
  default <T, H, R> Iterable<R> inWaves(List<T> items, int wave, int slice, Reusable<H> helpers, BiFunction<H, T, R> work) {
    return () -> new Iterator<R>() {
      private int next; // the first item not yet made
      private Iterator<R> made = List.<R>of().iterator();

      @Override
      public boolean hasNext() {
        if (!made.hasNext() && next < items.size()) {
          int end = Math.min(items.size(), next + wave);
          List<List<T>> slices = new ArrayList<>();
          for (int at = next; at < end; at += slice) slices.add(items.subList(at, Math.min(end, at + slice)));
          List<R> results = new ArrayList<>(end - next);
          for (List<R> part : map(slices, s -> helpers.with(h -> {
            List<R> out = new ArrayList<>(s.size());
            for (T item : s) out.add(work.apply(h, item));
            return out;
          }))) {
            results.addAll(part);
          }
          next = end;
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

  /** One piece after the other, on the calling thread. */
  Tasks SEQUENTIAL = new Tasks() {
    @Override
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
      return items.stream().map(work).toList();
    }
  };
}
