package org.fieldguide.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.fieldguide.concurrent.Tasks;

/** Times the stages of one build. */
final class StageClock {
  private final List<StageTiming> timings = new ArrayList<>();

  <T> T time(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      timings.add(new StageTiming(stage, Duration.ofNanos(System.nanoTime() - start)));
    }
  }

  /** Times {@code work} and keeps {@code describe(result)} as the stage's detail lines. */
  <T> T time(String stage, Supplier<T> work, Function<T, List<String>> describe) {
    long start = System.nanoTime();
    T result = work.get();
    timings.add(new StageTiming(stage, Duration.ofNanos(System.nanoTime() - start), describe.apply(result)));
    return result;
  }

  void time(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  /** A stage that runs at the same time as others ({@link #together}): its work gives the stage's detail lines. */
  record Concurrent(String stage, Supplier<List<String>> work) {}

  /**
   * Runs {@code stages} at once, each on a thread of its own, and returns when every one has
   * ended; their timings are kept in the order given, whatever order they end in. A failure is
   * thrown once all have ended (that of the first stage given that failed: see {@link
   * Tasks#mapOnOwnThreads}).
   */
  void together(Tasks tasks, List<Concurrent> stages) {
    timings.addAll(tasks.mapOnOwnThreads(stages, s -> {
      long start = System.nanoTime();
      List<String> details = s.work().get();
      return new StageTiming(s.stage(), Duration.ofNanos(System.nanoTime() - start), details);
    }));
  }

  List<StageTiming> timings() {
    return List.copyOf(timings);
  }
}
