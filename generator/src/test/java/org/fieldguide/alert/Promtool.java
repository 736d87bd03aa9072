package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code promtool check rules} (Debian package {@code prometheus}). Tests that need
 * it fail, rather than skip, when it is missing: CI installs it, so a missing promtool is a broken
 * machine, not a reason to check less.
 */
final class Promtool {
  private final Path binary;

  record Result(int exit, String output) {}

  private Promtool(Path binary) {
    this.binary = binary;
  }

  /** {@code -Dpromtool=PATH}, else {@code promtool} on the PATH, else a failed test. */
  static Promtool find() {
    String given = System.getProperty("promtool");
    if (given != null) {
      if (Files.isExecutable(Path.of(given))) return new Promtool(Path.of(given));
      return fail("-Dpromtool=" + given + " is not an executable promtool.");
    }
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, "promtool");
      if (Files.isExecutable(p)) return new Promtool(p);
    }
    return fail("promtool is not installed. Install the Debian package 'prometheus' (apt-get install prometheus; .ci/install-promtool"
        + " does it without starting a service), or pass -Dpromtool=/path/to/promtool.");
  }

  Result checkRules(List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "check", "rules"));
    files.forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // A guard against a hung process, not a timing assertion: promtool answers in well under a second.
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return fail("promtool did not finish: " + command);
    }
    return new Result(p.exitValue(), output);
  }
}
