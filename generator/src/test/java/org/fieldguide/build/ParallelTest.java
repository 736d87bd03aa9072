package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
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
}
