package org.fieldguide.concurrent;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Objects that keep state between uses but serve one piece of work at a time (a Snowball
 * stemmer, a Deflater): a piece of work run through {@link Tasks} takes an idle one, or has one
 * made, and gives it back when done. So no more are made than pieces of work run at once, and
 * what one learnt (a stemmer's words seen) serves the next.
 */
public final class Reusable<T> {
  private final Queue<T> idle = new ConcurrentLinkedQueue<>();
  private final Supplier<T> make;

  public Reusable(Supplier<T> make) {
    this.make = make;
  }

  /** Work done with one of these; it may throw what its caller handles (a template's failure). */
  @FunctionalInterface
  public interface Work<T, R, E extends Exception> {
    R apply(T t) throws E;
  }

  /** What {@code work} makes with one of these, which it has alone meanwhile. */
  public <R, E extends Exception> R with(Work<T, R, E> work) throws E {
    T t = idle.poll();
    if (t == null) t = make.get();
    try {
      return work.apply(t);
    } finally {
      idle.add(t);
    }
  }

  /** Calls {@code action} with each one made so far (to release them, once no work runs). */
  public void forEach(Consumer<T> action) {
    idle.forEach(action);
  }
}
