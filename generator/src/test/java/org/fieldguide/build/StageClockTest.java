package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class StageClockTest {

  @Test
  void stagesTogetherRunAtOnceAndAreListedInTheOrderGiven() {
    // The first stage ends only once the second has started: run one after the other, it would
    // wait for nothing and say so. The second ends first; the timings still list the first first.
    CountDownLatch secondStarted = new CountDownLatch(1);
    AtomicBoolean sawSecond = new AtomicBoolean();
    StageClock clock = new StageClock();
    try (Parallel parallel = new Parallel(1)) {
      clock.together(parallel, List.of(
          new StageClock.Concurrent("site files", () -> {
            try {
              sawSecond.set(secondStarted.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
            return List.of();
          }),
          new StageClock.Concurrent("search index", () -> {
            secondStarted.countDown();
            return List.of("en: 3 pages");
          })));
    }
    assertThat(sawSecond).isTrue();
    assertThat(clock.timings()).extracting(StageTiming::stage).containsExactly("site files", "search index");
    assertThat(clock.timings().get(1).details()).containsExactly("en: 3 pages");
  }

  @Test
  void aFailingStageIsThrownOnceTheOthersHaveEnded() {
    AtomicBoolean otherEnded = new AtomicBoolean();
    StageClock clock = new StageClock();
    try (Parallel parallel = new Parallel(2)) {
      assertThatThrownBy(() -> clock.together(parallel, List.of(
          new StageClock.Concurrent("site files", () -> {
            throw new IllegalStateException("cannot write sitemap.xml");
          }),
          new StageClock.Concurrent("search index", () -> {
            try {
              Thread.sleep(200);
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
            otherEnded.set(true);
            return List.of();
          })))).isInstanceOf(IllegalStateException.class).hasMessage("cannot write sitemap.xml");
    }
    // Nothing is left writing into the staged output after the failure reaches the build.
    assertThat(otherEnded).isTrue();
  }
}
