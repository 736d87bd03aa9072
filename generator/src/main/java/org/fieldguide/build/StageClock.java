package org.fieldguide.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
