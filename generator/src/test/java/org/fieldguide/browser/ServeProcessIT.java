package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping a real serve process with Ctrl-C (SIGINT) or SIGTERM: a clean exit, its build removed, the site folder as it was. */
class ServeProcessIT {
  @TempDir Path dir;

  private Path site() {
    Path site = dir.resolve("site");
    TestSite.in(site).page("content/a.md", "A", "First.\n").writeFiles();
    return site;
  }

  @Test
  void ctrlCStopsCleanly() throws Exception {
    Path site = site();
    List<Path> before = files(site);
    try (ServeProcess serve = ServeProcess.start(site, dir.resolve("tmp"))) {
      assumeFalse(serve.ignoresInterrupt(), "SIGINT is ignored in this environment (tests started by a shell in the background)");
      assertThat(files(dir.resolve("tmp"))).hasSizeGreaterThan(1);
      int lines = serve.outCount();
      Files.writeString(site.resolve("content/a.md"), "---\ntitle: A\n---\nSecond.\n");
      serve.awaitOut(l -> l.contains(" → "), lines);
      assertThat(serve.signal("INT")).isEqualTo(130);
      assertThat(serve.out()).last().isEqualTo("fieldguide: stopped; the temporary build was removed.");
    }
    assertThat(files(dir.resolve("tmp"))).containsExactly(Path.of(""));
    assertThat(files(site)).isEqualTo(before);
  }

  @Test
  void sigtermStopsCleanly() throws Exception {
    Path site = site();
    List<Path> before = files(site);
    try (ServeProcess serve = ServeProcess.start(site, dir.resolve("tmp"))) {
      assertThat(serve.signal("TERM")).isEqualTo(143);
      assertThat(serve.out()).last().isEqualTo("fieldguide: stopped; the temporary build was removed.");
    }
    assertThat(files(dir.resolve("tmp"))).containsExactly(Path.of(""));
    assertThat(files(site)).isEqualTo(before);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(root::relativize).sorted().toList();
    }
  }
}
