package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes: whatever the number of threads, from the cache or not, in
 * another process, from another folder. Uses the golden site as input.
 */
class ReproducibleOutputTest {
  @TempDir Path dir;

  @Test
  void threadCountsAndTheCacheDoNotChangeOneByte() throws IOException, URISyntaxException {
    Path a = copyGoldenInput(dir.resolve("a"));
    Path b = copyGoldenInput(dir.resolve("b"));
    BuildResult one = new SiteBuild(1).run(options(a, BuildOptions.Cache.IGNORE));
    BuildResult four = new SiteBuild(4).run(options(b, BuildOptions.Cache.USE));
    assertThat(one.hasErrors()).isFalse();
    assertThat(four.hasErrors()).isFalse();
    assertSameTree(a.resolve("public"), b.resolve("public"));
    // Again from the cache the first build left.
    new SiteBuild(3).run(options(b, BuildOptions.Cache.USE));
    assertSameTree(a.resolve("public"), b.resolve("public"));
  }

  @Test
  void twoProcessesInDifferentFoldersWriteTheSameBytes() throws Exception {
    Path a = copyGoldenInput(dir.resolve("first"));
    Path b = copyGoldenInput(dir.resolve("second/elsewhere"));
    run(a);
    run(b);
    assertSameTree(a.resolve("public"), b.resolve("public"));
  }

  private static BuildOptions options(Path site, BuildOptions.Cache cache) {
    return new BuildOptions(site, site.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, cache);
  }

  /** A build in a JVM of its own, as the command line runs it. */
  private static void run(Path site) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), "org.fieldguide.cli.Main",
        "build", "--site", site.toString(), "--no-cache"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(site.resolve("build.log").toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(site.resolve("build.log"))).isZero();
  }

  private static Path copyGoldenInput(Path to) throws IOException, URISyntaxException {
    Path from = Path.of(ReproducibleOutputTest.class.getResource("/golden/site/input/site.yaml").toURI()).getParent();
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
    return to;
  }

  private static void assertSameTree(Path a, Path b) throws IOException {
    Map<String, byte[]> first = SiteBuildTest.snapshot(a);
    Map<String, byte[]> second = SiteBuildTest.snapshot(b);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    assertThat(first).hasSizeGreaterThan(10);
    for (String k : first.keySet()) assertThat(second.get(k)).as(k).isEqualTo(first.get(k));
  }
}
