package org.fieldguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HeapWatchTest {
  private static final long MIB = 1 << 20;

  @Test
  void eightFullCollectionsThatFreeLittleAndTakeMostOfTheTimeAreThrash() {
    HeapWatch.Judge judge = new HeapWatch.Judge();
    List<Boolean> seen = new ArrayList<>();
    // A full collection every 500 ms, 400 ms of it collecting, each leaving the old generation 95 % full.
    for (int i = 0; i < 8; i++) seen.add(judge.thrashing(new HeapWatch.Collection(10_000 + 500L * i, 400L * i, 95 * MIB, 100 * MIB)));
    assertThat(seen).containsExactly(false, false, false, false, false, false, false, true);
  }

  @Test
  void aCollectionThatFreesTheOldGenerationStartsTheCountAgain() {
    HeapWatch.Judge judge = new HeapWatch.Judge();
    List<Boolean> seen = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      // The seventh frees half: a site whose facts are built and then dropped, as the index stage's are.
      long used = i == 6 ? 50 * MIB : 95 * MIB;
      seen.add(judge.thrashing(new HeapWatch.Collection(10_000 + 500L * i, 400L * i, used, 100 * MIB)));
    }
    assertThat(seen).doesNotContain(true);
    assertThat(judge.thrashing(new HeapWatch.Collection(17_000, 5_600, 95 * MIB, 100 * MIB))).isTrue();
  }

  @Test
  void aFullHeapThatIsRarelyCollectedIsNotThrash() {
    HeapWatch.Judge judge = new HeapWatch.Judge();
    List<Boolean> seen = new ArrayList<>();
    // Full as a large site's heap is near its end, but a collection every 2 s that takes 300 ms: 15 % of the time.
    for (int i = 0; i < 20; i++) seen.add(judge.thrashing(new HeapWatch.Collection(10_000 + 2_000L * i, 300L * i, 97 * MIB, 100 * MIB)));
    assertThat(seen).doesNotContain(true);
  }

  @Test
  void theOldGenerationIsFoundUnderEveryCollector() {
    assertThat(List.of("PS Old Gen", "G1 Old Gen", "Tenured Gen")).allMatch(HeapWatch::isOld);
    assertThat(List.of("PS Eden Space", "PS Survivor Space", "G1 Eden Space", "Metaspace", "CodeHeap 'non-nmethods'"))
        .noneMatch(HeapWatch::isOld);
  }

  /**
   * A real Java with a 64 MiB heap whose live data nearly fills its old generation, and which goes
   * on promoting (as a build does, every object alive at a young collection being promoted): it
   * is stopped with the out-of-heap line and exit code 3, where Java itself (its own limit turned
   * off, as it never gave up in the measured build) would collect on.
   */
  @Test
  void aJavaThatThrashesIsStoppedWithTheOutOfHeapMessage() throws Exception {
    Run r = child("thrash");
    assertThat(r.exit()).as(r.err()).isEqualTo(CrashReport.EXIT_CODE);
    assertThat(r.err()).isEqualTo("fieldguide: out of memory: this site needs more than the 64 MiB of heap Java may use here. Give it more"
        + " and run the command again: FIELDGUIDE_MAX_HEAP=2g ./fieldguide … (or java -Xmx2g … without the launcher).\n");
    assertThat(r.seconds()).isLessThan(60);
  }

  /** The same Java whose live data is half its old generation, collected in full ten times a second: it finishes. */
  @Test
  void aJavaThatCollectsOftenButFitsIsLeftAlone() throws Exception {
    Run r = child("fits");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
  }

  private record Run(int exit, String err, long seconds) {}

  private static Run child(String mode) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The launcher's collector settings (parallel, tenuring threshold 0), with Java's own overhead limit off.
    Process p = new ProcessBuilder(java, "-Xmx64m", "-Xmn8m", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0", "-XX:-UseGCOverheadLimit",
        "-cp", System.getProperty("java.class.path"), Filler.class.getName(), mode)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long start = System.nanoTime();
    boolean ended = p.waitFor(120, TimeUnit.SECONDS);
    if (!ended) p.destroyForcibly().waitFor();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(ended).as("ended within 120 s; stderr: " + err).isTrue();
    return new Run(p.exitValue(), err, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
  }

  /** The child: the watch as Main starts it, then a heap that thrashes or one that fits. */
  static final class Filler {
    public static void main(String[] args) {
      HeapWatch.start(new CrashReport(Path.of(System.getProperty("java.io.tmpdir"))), new PrintWriter(System.err, true),
          java.time.Duration.ofSeconds(1));
      MemoryPoolMXBean old =
          ManagementFactory.getMemoryPoolMXBeans().stream().filter(m -> HeapWatch.isOld(m.getName())).findFirst().orElseThrow();
      long max = old.getUsage().getMax();
      boolean thrash = args[0].equals("thrash");
      // Live data up to 93 % of the old generation (or half of it), 1 MiB at a time, measured after full collections.
      List<byte[]> kept = new ArrayList<>();
      double target = thrash ? 0.93 : 0.5;
      while (true) {
        System.gc();
        if (old.getCollectionUsage().getUsed() >= target * max) break;
        for (int i = 0; i < 2; i++) kept.add(new byte[(int) MIB]);
      }
      // Then objects that live a while (a ring of 2 MiB, one slot replaced at a time): each young
      // collection promotes those alive, and the old generation fills again.
      byte[][] ring = new byte[32][];
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(thrash ? 100 : 3);
      long nextGc = System.nanoTime();
      for (int i = 0; System.nanoTime() < end; i++) {
        ring[i % ring.length] = new byte[64 * 1024];
        if (!thrash && System.nanoTime() > nextGc) {
          System.gc();
          nextGc = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        }
      }
      System.out.println(kept.size() + " " + ring.length);
    }
  }
}
