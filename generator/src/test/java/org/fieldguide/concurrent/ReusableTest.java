package org.fieldguide.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReusableTest {
  @Test
  void oneAtATimeIsMadeOnlyWhenAllAreInUseAndServesTheNextUse() {
    AtomicInteger made = new AtomicInteger();
    Reusable<StringBuilder> builders = new Reusable<>(() -> new StringBuilder("#" + made.incrementAndGet()));
    // One after the other: the same one, with what it kept.
    builders.with(b -> b.append(" a"));
    String second = builders.with(b -> b.append(" b").toString());
    assertThat(second).isEqualTo("#1 a b");
    // While one is in use, another is made; both are kept afterwards.
    String nested = builders.with(outer -> builders.with(inner -> outer + "/" + inner));
    assertThat(nested).isEqualTo("#1 a b/#2");
    assertThat(made.get()).isEqualTo(2);
    List<String> all = new ArrayList<>();
    builders.forEach(b -> all.add(b.toString()));
    assertThat(all).containsExactlyInAnyOrder("#1 a b", "#2");
  }
}
