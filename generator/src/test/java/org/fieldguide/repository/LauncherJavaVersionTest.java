package org.fieldguide.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./fieldguide}) learns the Java version from the {@code release} file of the
 * runtime whose {@code java} is on PATH, without starting it, and asks {@code java -version} only
 * where there is no such file. Each case here is a runtime older than 17, so the launcher stops
 * with its message before anything else.
 */
class LauncherJavaVersionTest {
  @TempDir Path dir;

  /** A {@code java} that says it was started, and answers {@code -version} as {@code version} when given. */
  private Path fakeRuntime(String release, String version) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"java was started\" >&2\n"
        + (version == null ? "exit 99\n" : "echo 'openjdk version \"" + version + "\" 2024-01-16' >&2\n"));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (release != null) Files.writeString(dir.resolve("jdk/release"), "IMPLEMENTOR=\"Test\"\n" + release + "\n");
    return bin;
  }

  private record Run(int exit, String err) {}

  private Run launch(Path bin) throws Exception {
    Path launcher = Path.of("..", "fieldguide").toAbsolutePath().normalize();
    ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "--version").redirectErrorStream(false);
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    Process p = pb.start();
    p.getOutputStream().close();
    String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), err);
  }

  @Test
  void theReleaseFileGivesTheVersionWithoutStartingJava() throws Exception {
    Run run = launch(fakeRuntime("JAVA_VERSION=\"11.0.2\"", null));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("fieldguide: Java 17 or newer is needed; this is Java 11.\n");
  }

  @Test
  void anOldStyleVersionIsReadAsItsMajorNumber() throws Exception {
    Run run = launch(fakeRuntime("JAVA_VERSION=\"1.8.0_392\"", null));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("fieldguide: Java 17 or newer is needed; this is Java 8.\n");
  }

  @Test
  void withoutAReleaseFileJavaIsAsked() throws Exception {
    Run run = launch(fakeRuntime(null, "11.0.22"));
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("fieldguide: Java 17 or newer is needed; this is Java 11.");
  }
}
