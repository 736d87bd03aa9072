package org.fieldguide.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.function.Supplier;

/**
 * Shows that a result from {@link Tasks#start} lets go of its work, for any {@link Tasks}: the
 * sequential one here ({@link TasksTest}) and the build's pool in another package.
 */
public final class TasksTestAccess {
  private TasksTestAccess() {}

  /** A supplier from {@code tasks.start}, already asked once, whose work captured {@code captured}. */
  public static Supplier<Integer> startedWith(Tasks tasks, WeakReference<byte[]>[] captured) {
    byte[] data = new byte[1 << 20];
    captured[0] = new WeakReference<>(data);
    Supplier<Integer> result = tasks.start(() -> data.length);
    assertThat(result.get()).isEqualTo(1 << 20);
    return result;
  }

  /** Whether what {@code ref} names is collected, after asking the collector a few times. */
  public static boolean collected(WeakReference<?> ref) throws InterruptedException {
    for (int i = 0; i < 20 && ref.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    return ref.get() == null;
  }
}
