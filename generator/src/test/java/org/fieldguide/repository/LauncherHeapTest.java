package org.fieldguide.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher gives Java's heap a ceiling, 640 MiB, or what {@code FIELDGUIDE_MAX_HEAP} says,
 * checked before anything starts; an {@code -Xmx} in {@code FIELDGUIDE_JAVA_OPTS} comes after it,
 * so it wins. Run on a {@link LauncherCopy} whose Java only writes down its arguments.
 */
class LauncherHeapTest {
  @TempDir Path repo;

  private LauncherCopy launcher;
  private Path arguments;

  @BeforeEach
  void repository() throws Exception {
    launcher = LauncherCopy.in(repo);
    arguments = repo.resolve("arguments");
    launcher.java("for a in \"$@\"; do echo \"$a\"; done > '" + arguments + "'\n");
  }

  private record Run(int exit, String err, List<String> javaArguments) {}

  private Run launch(Map<String, String> environment) throws Exception {
    Files.deleteIfExists(arguments); // so "Java did not start" is this run's
    LauncherCopy.Run run = launcher.launch(List.of("build"), environment);
    return new Run(run.exit(), run.err(), Files.exists(arguments) ? Files.readAllLines(arguments) : List.of());
  }

  @Test
  void theHeapIsCappedAt640MiBByDefault() throws Exception {
    Run run = launch(Map.of());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.javaArguments()).filteredOn(a -> a.startsWith("-Xmx")).containsExactly("-Xmx640m");
    assertThat(run.javaArguments()).endsWith("build").contains("-XX:+UseParallelGC");
  }

  /**
   * The heap's size is the launcher's, not the machine's: Java would start it at 1/64 of the
   * machine's memory, and its parallel collector sizes the old generation by the free ratios only
   * with its adaptive policy on (off, a 50,000-page build thrashed at that initial size).
   */
  @Test
  void theHeapStartsAt384MiBWithAFixedYoungGenerationAndGrowsByTheFreeRatios() throws Exception {
    Run run = launch(Map.of());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.javaArguments())
        .contains("-Xms393216k", "-Xmn81920k", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30")
        .noneMatch(a -> a.contains("UseAdaptiveSizePolicy") || a.startsWith("-XX:NewRatio"));
    Run more = launch(Map.of("FIELDGUIDE_MAX_HEAP", "2g"));
    assertThat(more.javaArguments()).contains("-Xmx2g", "-Xms393216k", "-Xmn81920k");
  }

  /** Java refuses a floor above the ceiling: under a lower ceiling the floor is the ceiling, the young generation at most a quarter. */
  @Test
  void underALowerCeilingTheFloorAndTheYoungGenerationFollowIt() throws Exception {
    Run run = launch(Map.of("FIELDGUIDE_MAX_HEAP", "300m"));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.javaArguments()).contains("-Xmx300m", "-Xms307200k", "-Xmn76800k");
    Run near = launch(Map.of("FIELDGUIDE_MAX_HEAP", "360m"));
    assertThat(near.javaArguments()).contains("-Xms368640k", "-Xmn81920k");
    Run kib = launch(Map.of("FIELDGUIDE_MAX_HEAP", "200000k"));
    assertThat(kib.javaArguments()).contains("-Xms200000k", "-Xmn50000k");
  }

  /**
   * The heap settings the launcher works out, given to the Java running this test: it starts with
   * each ceiling's, and says nothing about them (Java warns, and goes on, where a young generation
   * does not fit the heap).
   */
  @Test
  void javaTakesTheHeapSettingsUnderEveryCeiling() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String ceiling : List.of("", "2g", "360m", "300m", "64m")) {
      List<String> settings = launch(Map.of("FIELDGUIDE_MAX_HEAP", ceiling)).javaArguments().stream()
          .takeWhile(a -> !a.startsWith("-D") && !a.equals("-jar"))
          .filter(a -> a.startsWith("-Xm") || a.startsWith("-XX:"))
          .toList();
      assertThat(settings).as(ceiling).anyMatch(a -> a.startsWith("-Xms"));
      List<String> command = new ArrayList<>(List.of(javaBin));
      command.addAll(settings);
      command.add("-version");
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor()).as(ceiling + ": " + out).isZero();
      assertThat(out).as(ceiling).doesNotContainIgnoringCase("warning").doesNotContainIgnoringCase("error");
    }
  }

  @Test
  void fieldguideMaxHeapSetsTheCeiling() throws Exception {
    Run run = launch(Map.of("FIELDGUIDE_MAX_HEAP", "2g"));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.javaArguments()).filteredOn(a -> a.startsWith("-Xmx")).containsExactly("-Xmx2g");
  }

  @Test
  void anXmxAmongTheJavaOptionsComesLastSoJavaTakesIt() throws Exception {
    Run run = launch(Map.of("FIELDGUIDE_JAVA_OPTS", "-XX:+UseSerialGC -Xmx3g"));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.javaArguments()).filteredOn(a -> a.startsWith("-Xmx")).containsExactly("-Xmx640m", "-Xmx3g");
    assertThat(run.javaArguments()).doesNotContain("-XX:+UseParallelGC");
  }

  @Test
  void aSizeJavaCannotReadIsRefusedBeforeJavaStarts() throws Exception {
    for (String size : List.of("2GB", "1024", "0m", "-Xmx2g", "2 g")) {
      Run run = launch(Map.of("FIELDGUIDE_MAX_HEAP", size));
      assertThat(run.exit()).as(size).isEqualTo(2);
      assertThat(run.err()).isEqualTo("fieldguide: FIELDGUIDE_MAX_HEAP is '" + size + "', not a size Java reads: a number and k, m or g,"
          + " such as 640m or 2g.\n");
      assertThat(run.javaArguments()).as(size).isEmpty();
    }
  }

  /** Set but empty is as unset, as with the other variables the launcher reads. */
  @Test
  void anEmptySizeIsTheDefault() throws Exception {
    Run run = launch(Map.of("FIELDGUIDE_MAX_HEAP", ""));
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.javaArguments()).filteredOn(a -> a.startsWith("-Xmx")).containsExactly("-Xmx640m");
  }
}
