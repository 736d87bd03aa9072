package org.fieldguide.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher ({@code ./fieldguide}) runs the Java of {@code JAVA_HOME} when it is set, else the
 * {@code java} on PATH, and learns its version from the runtime's {@code release} file, without
 * starting it; it asks {@code java -version} only where there is no such file. Each case here is a
 * runtime older than 17 (or none), so the launcher stops with its message before anything else.
 */
class LauncherJavaVersionTest {
  @TempDir Path dir;

  /** A {@code java} that says it was started, and answers {@code -version} as {@code version} when given. */
  private Path fakeRuntime(String release, String version) throws Exception {
    return fakeRuntime("jdk", release, version);
  }

  /** The same, in the folder {@code name}; gives its {@code bin} folder. */
  private Path fakeRuntime(String name, String release, String version) throws Exception {
    Path bin = Files.createDirectories(dir.resolve(name + "/bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"java was started\" >&2\n"
        + (version == null ? "exit 99\n" : "echo 'openjdk version \"" + version + "\" 2024-01-16' >&2\n"));
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (release != null) Files.writeString(dir.resolve(name + "/release"), "IMPLEMENTOR=\"Test\"\n" + release + "\n");
    return bin;
  }

  private record Run(int exit, String err) {}

  private Run launch(Path bin) throws Exception {
    return launch(bin, null);
  }

  /** Runs the launcher with {@code bin} first on PATH and {@code javaHome} as JAVA_HOME (unset when null). */
  private Run launch(Path bin, String javaHome) throws Exception {
    Path launcher = Path.of("..", "fieldguide").toAbsolutePath().normalize();
    ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "--version").redirectErrorStream(false);
    pb.environment().put("PATH", bin + ":/usr/bin:/bin");
    if (javaHome == null) pb.environment().remove("JAVA_HOME");
    else pb.environment().put("JAVA_HOME", javaHome);
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

  @Test
  void javaHomeComesBeforeTheJavaOnPath() throws Exception {
    Path onPath = fakeRuntime("path-jdk", "JAVA_VERSION=\"11.0.2\"", null);
    Path home = fakeRuntime("home-jdk", "JAVA_VERSION=\"1.8.0_392\"", null).getParent();
    Run run = launch(onPath, home.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("fieldguide: Java 17 or newer is needed; this is Java 8.\n");
  }

  @Test
  void javaHomeIsAskedWhenItHasNoReleaseFile() throws Exception {
    Path onPath = fakeRuntime("path-jdk", "JAVA_VERSION=\"21.0.1\"", null);
    Path home = fakeRuntime("home-jdk", null, "11.0.22").getParent();
    Run run = launch(onPath, home.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("fieldguide: Java 17 or newer is needed; this is Java 11.");
  }

  @Test
  void aJavaHomeWithoutJavaIsNamedAndNothingElseRuns() throws Exception {
    Path onPath = fakeRuntime("path-jdk", "JAVA_VERSION=\"21.0.1\"", null);
    Path empty = Files.createDirectories(dir.resolve("not-a-jdk"));
    Run run = launch(onPath, empty.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("fieldguide: JAVA_HOME is '" + empty + "', which holds no bin/java. Point it at a Java 17 or newer,"
        + " or unset it to use the java on PATH.\n");
  }
}
