package org.fieldguide.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./fieldguide}) builds the jar when a file of the generator's sources (or a
 * pom) is newer than it, and makes the class-data archive again when the jar or a file of the
 * archive's sample site is newer than the archive, or there is none; else it starts neither. It
 * answers both questions with one {@code find}, so which file is newer decides which is made.
 * Run here on a {@link LauncherCopy} whose Maven and Java only write down how they were called.
 */
class LauncherStalenessTest {
  @TempDir Path repo;

  private LauncherCopy launcher;
  private Path log;

  @BeforeEach
  void repository() throws Exception {
    launcher = LauncherCopy.in(repo);
    log = repo.resolve("calls.log");
    // A java that notes its arguments, and makes the archive it is asked to; a Maven that notes it was called and makes the jar.
    launcher.java("what=run\n"
        + "for a in \"$@\"; do case \"$a\" in -XX:ArchiveClassesAtExit=*) what=archive; : > \"${a#*=}\" ;; esac; done\n"
        + "echo $what >> '" + log + "'\n");
    launcher.maven("echo maven >> '" + log + "'\n: > '" + repo.resolve("generator/target/fieldguide.jar") + "'\n");
  }

  /** Runs the launcher; what was called, in order. */
  private List<String> launch() throws Exception {
    return launch(repo.resolve("fieldguide"));
  }

  /** Runs the launcher at {@code at} (the repository's, or a link to it); what was called, in order. */
  private List<String> launch(Path at) throws Exception {
    return launch(at, null);
  }

  /** As {@link #launch(Path)}, with {@code JAVA_HOME} set to {@code javaHome} when not null. */
  private List<String> launch(Path at, Path javaHome) throws Exception {
    Files.deleteIfExists(log);
    LauncherCopy.Run run = launcher.launch(at, List.of("--version"), javaHome == null ? Map.of() : Map.of("JAVA_HOME", javaHome.toString()));
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  @Test
  void withNothingNewerOnlyTheCommandRuns() throws Exception {
    assertThat(launch()).containsExactly("run");
  }

  @Test
  void aNewerSourceOrPomBuildsTheJarAndThenTheArchive() throws Exception {
    for (String source : List.of("generator/src/main/java/org/fieldguide/cli/Main.java", "pom.xml", "generator/pom.xml")) {
      repository();
      launcher.file(source, LauncherCopy.LATER);
      assertThat(launch()).as(source).containsExactly("maven", "archive", "run");
      assertThat(launch()).as(source + ", then again").containsExactly("run");
    }
  }

  @Test
  void aNewerFileOfTheSampleSiteMakesOnlyTheArchiveAgain() throws Exception {
    launcher.file("generator/cds-sample/content/_index.md", LauncherCopy.LATER);
    assertThat(launch()).containsExactly("archive", "run");
    assertThat(launch()).containsExactly("run");
  }

  @Test
  void aSourceAndASampleFileBothNewerBuildBoth() throws Exception {
    launcher.file("generator/cds-sample/site.yaml", LauncherCopy.LATER);
    launcher.file("generator/src/main/java/org/fieldguide/cli/Main.java", LauncherCopy.LATER);
    assertThat(launch()).containsExactly("maven", "archive", "run");
  }

  @Test
  void aMissingArchiveOrJarIsMade() throws Exception {
    Files.delete(repo.resolve("generator/target/fieldguide-17.jsa"));
    assertThat(launch()).containsExactly("archive", "run");
    Files.delete(repo.resolve("generator/target/fieldguide.jar"));
    assertThat(launch()).containsExactly("maven", "archive", "run");
  }

  /**
   * A launcher reached through a symbolic link (one put on PATH, such as ~/bin/fieldguide) finds
   * the repository the link leads to, by a relative link or an absolute one, also through a link
   * to a link: its jar and archive are up to date, so only the command runs. (Taking the link's
   * own folder for the repository, it looked for a jar there and built one.)
   */
  @Test
  void aLauncherReachedThroughASymbolicLinkWorksFromTheRepository() throws Exception {
    Path bin = Files.createDirectories(repo.resolve("home/bin"));
    Path relative = Files.createSymbolicLink(bin.resolve("fieldguide"), Path.of("../../fieldguide"));
    Path absolute = Files.createSymbolicLink(bin.resolve("fg"), repo.resolve("fieldguide"));
    Path chained = Files.createSymbolicLink(bin.resolve("fg2"), Path.of("fieldguide"));
    for (Path link : List.of(relative, absolute, chained)) assertThat(launch(link)).as(link.toString()).containsExactly("run");
  }

  /**
   * Two runtimes of one Java version, used in turn (JAVA_HOME set for one run, not for the next):
   * each makes an archive once, named by its full version, and then finds it. (Named by the Java
   * version alone, an archive made by one was ignored by the other, which ran without one.)
   */
  @Test
  void eachRuntimeOfAJavaVersionHasAnArchiveOfItsOwn() throws Exception {
    Path other = repo.resolve("jdk-other");
    Files.createDirectories(other.resolve("bin"));
    Files.copy(launcher.bin.resolve("java"), other.resolve("bin/java"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.writeString(repo.resolve("jdk/release"), "IMPLEMENTOR=\"Debian\"\nJAVA_RUNTIME_VERSION=\"17.0.15+6-Debian-1deb12u1\"\nJAVA_VERSION=\"17.0.15\"\n");
    Files.writeString(other.resolve("release"), "JAVA_RUNTIME_VERSION=\"17.0.9+9 (build/x)\"\nJAVA_VERSION=\"17.0.9\"\n");
    assertThat(launch()).containsExactly("archive", "run");
    assertThat(repo.resolve("generator/target/fieldguide-17.0.15+6-Debian-1deb12u1.jsa")).isRegularFile();
    assertThat(launch(repo.resolve("fieldguide"), other)).containsExactly("archive", "run");
    assertThat(repo.resolve("generator/target/fieldguide-17.0.9+9__build_x_.jsa")).isRegularFile();
    assertThat(launch()).containsExactly("run");
    assertThat(launch(repo.resolve("fieldguide"), other)).containsExactly("run");
  }

  @Test
  void aJarNewerThanTheArchiveMakesTheArchiveAgain() throws Exception {
    launcher.file("generator/target/fieldguide.jar", LauncherCopy.LATER);
    assertThat(launch()).containsExactly("archive", "run");
  }
}
