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
import java.util.stream.Stream;

/**
 * A copy of the launcher ({@code ./fieldguide}) in a repository of empty files whose jar and
 * class-data archive are up to date, with a Java 17 runtime (by its release file) on PATH and a
 * Maven named by {@code MVN}, both shell scripts the test writes ({@link #java}, {@link #maven}):
 * the launcher's own decisions (what it builds, which Java it starts and with what) seen without
 * building or running anything real.
 */
final class LauncherCopy {
  static final FileTime SOURCES = FileTime.fromMillis(1_700_000_000_000L);
  static final FileTime JAR = FileTime.fromMillis(1_700_000_100_000L);
  static final FileTime ARCHIVE = FileTime.fromMillis(1_700_000_200_000L);
  /** Later than all of the above: a file given this time is newer than the jar and the archive. */
  static final FileTime LATER = FileTime.fromMillis(1_700_000_300_000L);

  /** The variables of the test's own environment that would change what the launcher does; unset for every run. */
  private static final List<String> UNSET = List.of("JAVA_HOME", "FIELDGUIDE_JAVA_OPTS", "FIELDGUIDE_MAX_HEAP", "MVN");

  final Path repo;
  /** The fake runtime's {@code bin} folder, first on PATH. */
  final Path bin;

  private LauncherCopy(Path repo) {
    this.repo = repo;
    this.bin = repo.resolve("jdk/bin");
  }

  /**
   * Lays the repository out in {@code repo}, or lays it out again (every file's time put back), so
   * that nothing is stale; the launcher is copied from this checkout. The runtime's {@code java}
   * and Maven do nothing until the test writes them.
   */
  static LauncherCopy in(Path repo) throws Exception {
    LauncherCopy copy = new LauncherCopy(repo);
    Files.copy(Path.of("..", "fieldguide").toAbsolutePath().normalize(), repo.resolve("fieldguide"), StandardCopyOption.COPY_ATTRIBUTES,
        StandardCopyOption.REPLACE_EXISTING);
    Files.createDirectories(copy.bin);
    Files.writeString(repo.resolve("jdk/release"), "JAVA_VERSION=\"17.0.9\"\n");
    copy.java("");
    copy.maven("");
    for (String source : List.of("generator/src/main/java/org/fieldguide/cli/Main.java", "pom.xml", "generator/pom.xml",
        "generator/cds-sample/content/_index.md", "generator/cds-sample/site.yaml")) {
      copy.file(source, SOURCES);
    }
    copy.file("generator/target/fieldguide.jar", JAR);
    copy.file("generator/target/fieldguide-17.jsa", ARCHIVE);
    // Folders count too (the launcher's find lists them): as old as the files.
    for (String tree : List.of("generator/src", "generator/cds-sample")) {
      try (Stream<Path> walk = Files.walk(repo.resolve(tree))) {
        for (Path d : walk.filter(Files::isDirectory).toList()) Files.setLastModifiedTime(d, SOURCES);
      }
    }
    return copy;
  }

  /** The file at {@code rel}, made empty if it is not there, with the time {@code time}. */
  Path file(String rel, FileTime time) throws Exception {
    Path p = repo.resolve(rel);
    Files.createDirectories(p.getParent());
    if (!Files.exists(p)) Files.writeString(p, "");
    Files.setLastModifiedTime(p, time);
    return p;
  }

  /** The runtime's {@code java}: a shell script of {@code body} (it gets the launcher's arguments as "$@"). */
  void java(String body) throws Exception {
    executable(bin.resolve("java"), "#!/bin/sh\n" + body);
  }

  /** The Maven the launcher calls to build the jar: a shell script of {@code body}. */
  void maven(String body) throws Exception {
    executable(repo.resolve("fake-mvn"), "#!/bin/sh\n" + body);
  }

  private static void executable(Path p, String script) throws Exception {
    Files.createDirectories(p.getParent());
    Files.writeString(p, script);
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** How one run of the launcher ended. */
  record Run(int exit, String out, String err) {}

  /** Runs this repository's launcher with {@code arguments}. */
  Run launch(List<String> arguments, Map<String, String> environment) throws Exception {
    return launch(repo.resolve("fieldguide"), arguments, environment);
  }

  /**
   * Runs the launcher at {@code launcher} (this repository's, or a link to it) with {@code
   * arguments}, the fake runtime first on PATH, the fake Maven as {@code MVN}, and {@code
   * environment} on top (a value for {@code JAVA_HOME} sets it; the test's own is never seen).
   */
  Run launch(Path launcher, List<String> arguments, Map<String, String> environment) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("bash", launcher.toString()), arguments.stream()).toList());
    UNSET.forEach(pb.environment()::remove);
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    pb.environment().put("MVN", repo.resolve("fake-mvn").toString());
    pb.environment().putAll(environment);
    Path err = Files.createTempFile(repo, "launcher", ".err");
    pb.redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
    String errText = Files.readString(err);
    Files.delete(err);
    return new Run(p.exitValue(), out, errText);
  }
}
