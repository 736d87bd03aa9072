package org.fieldguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ChangeBatcherTest {
  private final ChangeBatcher batcher = new ChangeBatcher(Duration.ofMillis(20), Duration.ofSeconds(5));

  @Test
  void eventsOfOneBurstComeAsOneBatch() throws Exception {
    batcher.add(Path.of("content/a.md"));
    batcher.add(Path.of("content/a.md~"));
    batcher.add(Path.of("content/a.md"));
    assertThat(batcher.next()).contains(new ChangeBatcher.Batch(java.util.Set.of(Path.of("content/a.md"), Path.of("content/a.md~")), false));
  }

  @Test
  void eventsAfterABatchWasTakenMakeTheNextBatch() throws Exception {
    batcher.add(Path.of("a.md"));
    assertThat(batcher.next().orElseThrow().paths()).containsExactly(Path.of("a.md"));
    batcher.add(Path.of("b.md"));
    assertThat(batcher.next().orElseThrow().paths()).containsExactly(Path.of("b.md"));
  }

  @Test
  void lostEventsMeanEverything() throws Exception {
    batcher.add(Path.of("a.md"));
    batcher.addEverything();
    assertThat(batcher.next().orElseThrow().everything()).isTrue();
  }

  @Test
  void closingEndsTheWait() throws Exception {
    Thread closer = new Thread(batcher::close);
    closer.start();
    Optional<ChangeBatcher.Batch> batch = batcher.next();
    closer.join();
    assertThat(batch).isEmpty();
  }
}
