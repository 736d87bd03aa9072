package org.fieldguide.concurrent;

import java.lang.ref.WeakReference;
import java.util.function.Supplier;

/** {@link TasksTest}'s helpers, for the tests of another package's {@link Tasks}. */
public final class TasksTestAccess {
  private TasksTestAccess() {}

  public static Supplier<Integer> startedWith(Tasks tasks, WeakReference<byte[]>[] captured) {
    return TasksTest.startedWith(tasks, captured);
  }

  public static boolean collected(WeakReference<?> ref) throws InterruptedException {
    return TasksTest.collected(ref);
  }
}
