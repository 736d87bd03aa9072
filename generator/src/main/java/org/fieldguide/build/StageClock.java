package org.fieldguide.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

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

  List<StageTiming> timings() {
    return List.copyOf(timings);
  }
}
