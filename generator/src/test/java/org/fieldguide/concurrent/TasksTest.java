package org.fieldguide.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TasksTest {
  /** Runs slices in reverse, as threads might finish them: the results must still come in order. */
  private static final Tasks BACKWARDS = new Tasks() {
    @Override
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
      List<R> out = new ArrayList<>(java.util.Collections.nCopies(items.size(), null));
      for (int i = items.size() - 1; i >= 0; i--) out.set(i, work.apply(items.get(i)));
      return out;
    }
  };

  @Test
  void piecesAreConsecutiveOfTheGivenSizeTheLastShorter() {
    List<Integer> items = IntStream.range(0, 7).boxed().toList();
    assertThat(Tasks.pieces(items, 3)).containsExactly(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6));
    assertThat(Tasks.pieces(items, 7)).containsExactly(items);
    assertThat(Tasks.pieces(List.<Integer>of(), 3)).isEmpty();
  }

  @Test
  void givesEveryResultInTheItemsOrderMakingOneWaveAtATime() {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    AtomicInteger madeSoFar = new AtomicInteger();
    Reusable<StringBuilder> helpers = new Reusable<>(StringBuilder::new);
    List<Integer> seen = new ArrayList<>();
    for (int r : BACKWARDS.inWaves(items, 256, 16, helpers, (h, i) -> {
      madeSoFar.incrementAndGet();
      return i * 2;
    })) {
      // Never more than the wave being handed out is made ahead of the caller.
      assertThat(madeSoFar.get()).isLessThanOrEqualTo((seen.size() / 256 + 1) * 256);
      seen.add(r);
    }
    assertThat(seen).isEqualTo(items.stream().map(i -> i * 2).toList());
  }

  @Test
  void noItemsGiveNoResults() {
    assertThat(Tasks.SEQUENTIAL.inWaves(List.<Integer>of(), 8, 2, new Reusable<>(Object::new), (h, i) -> i)).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aStartedResultHoldsNotTheWorkThatMadeIt() throws InterruptedException {
    WeakReference<byte[]>[] captured = new WeakReference[1];
    Supplier<Integer> result = TasksTestAccess.startedWith(Tasks.SEQUENTIAL, captured);
    assertThat(TasksTestAccess.collected(captured[0])).as("the work's captured data is let go").isTrue();
    assertThat(result.get()).isEqualTo(1 << 20);
  }
}
