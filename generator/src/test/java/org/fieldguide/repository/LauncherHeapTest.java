package org.fieldguide.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher gives Java's heap a ceiling, 640 MiB, or what {@code FIELDGUIDE_MAX_HEAP} says,
 * checked before anything starts; an {@code -Xmx} in {@code FIELDGUIDE_JAVA_OPTS} comes after it,
 * so it wins. Run on a copy of the launcher in a repository whose jar and archive are up to date,
 * with a Java that only writes down its arguments.
 */
class LauncherHeapTest {
  @TempDir Path repo;

  private Path arguments;

  private void file(String rel, long millis) throws Exception {
    Path p = repo.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "");
    Files.setLastModifiedTime(p, FileTime.fromMillis(millis));
  }

  @BeforeEach
  void repository() throws Exception {
    Files.copy(Path.of("..", "fieldguide").toAbsolutePath().normalize(), repo.resolve("fieldguide"), StandardCopyOption.COPY_ATTRIBUTES);
    arguments = repo.resolve("arguments");
    Path java = repo.resolve("jdk/bin/java");
    Files.createDirectories(java.getParent());
    Files.writeString(repo.resolve("jdk/release"), "JAVA_VERSION=\"17.0.9\"\n");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '" + arguments + "'\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    // Sources older than the jar, the jar older than its archive: the launcher builds nothing.
    for (String source : List.of("generator/src/main/java/Main.java", "pom.xml", "generator/pom.xml", "generator/cds-sample/site.yaml")) {
      file(source, 1_700_000_000_000L);
    }
    for (String folder : List.of("generator/src/main/java", "generator/src/main", "generator/src", "generator/cds-sample")) {
      Files.setLastModifiedTime(repo.resolve(folder), FileTime.fromMillis(1_700_000_000_000L));
    }
    file("generator/target/fieldguide.jar", 1_700_000_100_000L);
    file("generator/target/fieldguide-17.jsa", 1_700_000_200_000L);
  }

  private record Run(int exit, String err, List<String> javaArguments) {}

  private Run launch(Map<String, String> environment) throws Exception {
    Files.deleteIfExists(arguments); // so "Java did not start" is this run's
    ProcessBuilder pb = new ProcessBuilder("bash", repo.resolve("fieldguide").toString(), "build");
    pb.environment().put("PATH", repo.resolve("jdk/bin") + ":/usr/bin:/bin");
    for (String v : List.of("JAVA_HOME", "FIELDGUIDE_JAVA_OPTS", "FIELDGUIDE_MAX_HEAP")) pb.environment().remove(v);
    pb.environment().putAll(environment);
    Process p = pb.start();
    p.getOutputStream().close();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), err, Files.exists(arguments) ? Files.readAllLines(arguments) : List.of());
  }

  @Test
  void theHeapIsCappedAt640MiBByDefault() throws Exception {
    Run run = launch(Map.of());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.javaArguments()).filteredOn(a -> a.startsWith("-Xmx")).containsExactly("-Xmx640m");
    assertThat(run.javaArguments()).endsWith("build").contains("-XX:+UseParallelGC");
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
