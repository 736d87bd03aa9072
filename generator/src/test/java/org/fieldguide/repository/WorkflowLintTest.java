package org.fieldguide.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub workflows pass an offline workflow linter (npm {@code @action-validator/cli}, installed
 * by {@code npm ci}; {@code .ci/run} does that before the tests).
 */
class WorkflowLintTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path VALIDATOR = ROOT.resolve("node_modules/.bin/action-validator");

  @TempDir Path dir;

  @Test
  void everyWorkflowIsValid() throws Exception {
    assumeTrue(Files.isExecutable(VALIDATOR), "run 'npm ci' at the repository root to install the workflow linter");
    List<Path> workflows;
    try (Stream<Path> s = Files.list(ROOT.resolve(".github/workflows"))) {
      workflows = s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
    assertThat(workflows).extracting(p -> p.getFileName().toString())
        .contains("pull-request.yml", "publish.yml", "external-links.yml");
    for (Path w : workflows) {
      Result r = lint(w);
      assertThat(r.exit()).as(w + ":\n" + r.output()).isZero();
    }
  }

  @Test
  void theLinterRejectsABrokenWorkflow() throws Exception {
    assumeTrue(Files.isExecutable(VALIDATOR), "run 'npm ci' at the repository root to install the workflow linter");
    Path bad = dir.resolve("bad.yml");
    Files.writeString(bad, "name: x\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    step:\n      - run: echo\n");
    Result r = lint(bad);
    assertThat(r.exit()).isNotZero();
    assertThat(r.output()).contains("Additional property 'step' is not allowed");
  }

  private record Result(int exit, String output) {}

  private static Result lint(Path file) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(VALIDATOR.toString(), file.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), output);
  }
}
