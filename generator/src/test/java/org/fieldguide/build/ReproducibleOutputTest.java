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
  void aRebuildAfterEditsWritesExactlyWhatAFullBuildWrites() throws IOException, URISyntaxException {
    Path site = copyGoldenInput(dir.resolve("site"));
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site, BuildOptions.Cache.USE)).hasErrors()).isFalse();
      // A title that other pages show in their navigation, a body, a new page, a template.
      Path linux = site.resolve("content/training/linux.md");
      Files.writeString(linux, Files.readString(linux).replaceFirst("title: .*", "title: Linux, renamed").concat("\nOne more line.\n"));
      Files.writeString(site.resolve("content/training/new-module.md"), "---\ntitle: New module\n---\nText.\n");
      Files.createDirectories(site.resolve("templates/partials"));
      Files.writeString(site.resolve("templates/partials/page-footer.ftlh"), "<p class=\"changed-footer\">footer</p>\n");
      BuildResult rebuilt = build.run(options(site, BuildOptions.Cache.USE));
      assertThat(rebuilt.hasErrors()).isFalse();
      // The bundles took the entries of unchanged files from the last build's (and still equal a full build's, below).
      assertThat(rebuilt.timings()).filteredOn(t -> t.stage().equals("offline")).singleElement()
          .satisfies(t -> assertThat(t.details()).anyMatch(l -> l.matches("en: .* \\(\\d+ entries copied from the last build's\\)")));
    }
    // A second process, from the cache on disk: still the same.
    Path fresh = copyGoldenInput(dir.resolve("fresh"));
    Files.copy(site.resolve("content/training/linux.md"), fresh.resolve("content/training/linux.md"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.copy(site.resolve("content/training/new-module.md"), fresh.resolve("content/training/new-module.md"));
    Files.createDirectories(fresh.resolve("templates/partials"));
    Files.copy(site.resolve("templates/partials/page-footer.ftlh"), fresh.resolve("templates/partials/page-footer.ftlh"));
    assertThat(new SiteBuild(2).run(options(fresh, BuildOptions.Cache.IGNORE)).hasErrors()).isFalse();
    assertSameTree(fresh.resolve("public"), site.resolve("public"));
    assertThat(Files.readString(site.resolve("public/en/training/networks/index.html"))).contains("Linux, renamed", "changed-footer");
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
