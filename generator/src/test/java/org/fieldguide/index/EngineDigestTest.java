package org.fieldguide.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The digest of fieldguide's code, started early on its own thread, is one value for every thread that asks. */
class EngineDigestTest {
  @Test
  void startedEarlyItIsOneDigestForEveryThreadThatAsks() {
    EngineDigest.startEarly();
    List<CompletableFuture<String>> asked =
        List.of(1, 2, 3, 4).stream().map(i -> CompletableFuture.supplyAsync(EngineDigest::code, r -> new Thread(r).start())).toList();
    List<String> digests = asked.stream().map(CompletableFuture::join).distinct().toList();
    // From the test classpath the code is a folder of classes: a digest of their bytes, not "unknown".
    assertThat(digests).singleElement().asString().matches("[0-9a-f]{16}");
    assertThat(EngineDigest.code()).isEqualTo(digests.get(0));
  }
}
