package org.fieldguide.concurrent;

import java.util.function.Supplier;

/**
 * A result made the first time it is asked for, after which the work that made it is let go
 * ({@link Tasks#start}). A named class, not an anonymous one: an anonymous class would keep the
 * work it was made with in a field of its own, whatever its code does.
 */
final class MadeOnce<R> implements Supplier<R> {
  private Supplier<R> work;
  private R result;

  MadeOnce(Supplier<R> work) {
    this.work = work;
  }

  @Override
  public R get() {
    if (work != null) {
      result = work.get();
      work = null;
    }
    return result;
  }
}
