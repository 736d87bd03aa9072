package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.fieldguide.concurrent.TasksTestAccess;
import org.junit.jupiter.api.Test;

class ParallelTest {
  private static final List<Integer> NUMBERS = IntStream.range(0, 200).boxed().toList();

  @Test
  void workHandedInFromThePoolsOwnThreadsRunsThereWithResultsInOrder() {
    // Languages at once, each sharing out its pages: with one thread, waiting on the pool from
    // inside it would never end.
    for (int threads : new int[] {1, 2, 4}) {
      try (Parallel parallel = new Parallel(threads)) {
        List<List<Integer>> nested = parallel.map(List.of(1, 2, 3), k -> parallel.map(NUMBERS, n -> n * k));
        assertThat(nested).containsExactly(
            NUMBERS.stream().map(n -> n).toList(), NUMBERS.stream().map(n -> n * 2).toList(), NUMBERS.stream().map(n -> n * 3).toList());
      }
    }
  }

  @Test
  void aFailureInNestedWorkReachesTheCallerAsItself() {
    try (Parallel parallel = new Parallel(2)) {
      assertThatThrownBy(() -> parallel.map(List.of(1, 2), k -> parallel.map(NUMBERS, n -> {
        if (n == 150) throw new IllegalArgumentException("page 150");
        return n;
      }))).isInstanceOf(IllegalArgumentException.class).hasMessage("page 150");
    }
  }

  @Test
  void aSlowItemHoldsUpNoOtherItem() {
    // A parallel stream cut 200 items into 4 runs of 50 on two cores (by the common pool's
    // parallelism): item 0 waiting for the others would wait for the 49 after it forever.
    try (Parallel parallel = new Parallel(2)) {
      java.util.concurrent.CountDownLatch others = new java.util.concurrent.CountDownLatch(NUMBERS.size() - 1);
      List<Boolean> waited = parallel.map(NUMBERS, n -> {
        if (n != 0) {
          others.countDown();
          return true;
        }
        try {
          return others.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      assertThat(waited).hasSize(NUMBERS.size()).containsOnly(true);
    }
  }

  @Test
  void ofSeveralFailuresTheFirstInTheListIsThrownOnceEveryOtherItemRan() {
    try (Parallel parallel = new Parallel(2)) {
      java.util.concurrent.atomic.AtomicInteger ran = new java.util.concurrent.atomic.AtomicInteger();
      assertThatThrownBy(() -> parallel.forEach(NUMBERS, n -> {
        if (n == 60 || n == 150) throw new IllegalArgumentException("item " + n);
        ran.incrementAndGet();
      })).isInstanceOf(IllegalArgumentException.class).hasMessage("item 60");
      // 200 items on 2 threads are pieces of one item each: every other item ran, none after the call.
      assertThat(ran.get()).isEqualTo(NUMBERS.size() - 2);
    }
  }

  @Test
  void itemsOnThreadsOfTheirOwnRunSideBySideWithResultsInOrder() {
    try (Parallel parallel = new Parallel(1)) {
      // Each item waits for the other to have started: done one after the other, neither would end.
      java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(2);
      List<Integer> results = parallel.mapOnOwnThreads(List.of(1, 2), k -> {
        started.countDown();
        try {
          assertThat(started.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        // What they hand to the pool is shared out there, and the pool's one thread is never theirs.
        List<Integer> times = parallel.map(NUMBERS, n -> n * k);
        return times.stream().mapToInt(Integer::intValue).sum();
      });
      int sum = NUMBERS.stream().mapToInt(Integer::intValue).sum();
      assertThat(results).containsExactly(sum, 2 * sum);
    }
  }

  @Test
  void aFailureOnAThreadOfItsOwnReachesTheCallerAsItselfOnceEveryItemEnded() {
    try (Parallel parallel = new Parallel(2)) {
      java.util.concurrent.atomic.AtomicBoolean slowEnded = new java.util.concurrent.atomic.AtomicBoolean();
      assertThatThrownBy(() -> parallel.mapOnOwnThreads(List.of(1, 2), k -> {
        if (k == 1) throw new IllegalArgumentException("language 1");
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        slowEnded.set(true);
        return k;
      })).isInstanceOf(IllegalArgumentException.class).hasMessage("language 1");
      assertThat(slowEnded).isTrue();
    }
  }

  @Test
  void wavesComeInOrderWithTheNextMadeWhileTheCallerTakesOne() throws Exception {
    try (Parallel parallel = new Parallel(2)) {
      List<Integer> items = IntStream.range(0, 1000).boxed().toList();
      java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
      List<Integer> seen = new java.util.ArrayList<>();
      for (int r : parallel.inWaves(items, 100, 10, new org.fieldguide.concurrent.Reusable<>(Object::new), (h, i) -> {
        made.incrementAndGet();
        return i;
      })) {
        // The wave being taken and the next one at most.
        assertThat(made.get()).isLessThanOrEqualTo((seen.size() / 100 + 2) * 100);
        if (seen.size() == 50) {
          // While the caller is in the first wave, the second is made without it asking.
          long until = System.nanoTime() + 30_000_000_000L;
          while (made.get() < 200 && System.nanoTime() < until) Thread.sleep(1);
          assertThat(made.get()).isEqualTo(200);
        }
        seen.add(r);
      }
      assertThat(seen).isEqualTo(items);
    }
  }

  @Test
  void aFailureInAWaveMadeAheadReachesTheCallerAsItselfWhenItComesToThatWave() {
    try (Parallel parallel = new Parallel(2)) {
      List<Integer> items = IntStream.range(0, 300).boxed().toList();
      List<Integer> seen = new java.util.ArrayList<>();
      assertThatThrownBy(() -> {
        for (int r : parallel.inWaves(items, 100, 10, new org.fieldguide.concurrent.Reusable<>(Object::new), (h, i) -> {
          if (i == 150) throw new IllegalArgumentException("page 150");
          return i;
        })) {
          seen.add(r);
        }
      }).isInstanceOf(IllegalArgumentException.class).hasMessage("page 150");
      // The first wave was handed out whole before the second's failure was thrown.
      assertThat(seen).isEqualTo(items.subList(0, 100));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStartedResultHoldsNotTheWorkThatMadeIt() throws InterruptedException {
    // A search index keeps these suppliers to its end: each one's page texts must not stay with it.
    try (Parallel parallel = new Parallel(2)) {
      WeakReference<byte[]>[] captured = new WeakReference[1];
      Supplier<Integer> result = TasksTestAccess.startedWith(parallel, captured);
      assertThat(TasksTestAccess.collected(captured[0])).as("the work's captured data is let go").isTrue();
      assertThat(result.get()).isEqualTo(1 << 20);
    }
  }
}
