package org.fieldguide.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentListsTest {
  @Test
  void keepsTheListsUsedLastUpToItsNumberOfElements() {
    RecentLists<String, Integer> memo = new RecentLists<>(5);
    List<String> made = new ArrayList<>();
    java.util.function.Function<String, List<Integer>> get = key -> memo.get(key, () -> {
      made.add(key);
      return List.of(1, 2);
    });
    get.apply("a");
    get.apply("b");
    get.apply("a"); // kept; a is now used after b
    get.apply("c"); // 6 elements: b, the least recently used, goes
    assertThat(memo.elements()).isEqualTo(4);
    get.apply("a");
    get.apply("c");
    get.apply("b"); // made again
    assertThat(made).containsExactly("a", "b", "c", "b");
  }

  @Test
  void aListLongerThanTheLimitIsKeptAlone() {
    RecentLists<String, Integer> memo = new RecentLists<>(3);
    memo.get("small", () -> List.of(1));
    List<Integer> big = memo.get("big", () -> List.of(1, 2, 3, 4));
    assertThat(memo.elements()).isEqualTo(4);
    assertThat(memo.get("big", () -> List.of())).isSameAs(big);
  }

  @Test
  void manyThreadsGetTheListsTheirKeysMake() {
    RecentLists<Integer, Integer> memo = new RecentLists<>(50);
    AtomicInteger made = new AtomicInteger();
    IntStream.range(0, 20_000).parallel().forEach(i -> {
      int key = i % 40;
      List<Integer> list = memo.get(key, () -> {
        made.incrementAndGet();
        return List.of(key, key, key);
      });
      assertThat(list).containsExactly(key, key, key);
    });
    assertThat(memo.elements()).isLessThanOrEqualTo(50);
    assertThat(made.get()).isGreaterThanOrEqualTo(40);
  }
}
