package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files: a fixture site under {@code src/test/resources/golden/site/input} is built and
 * chosen output files are compared byte for byte with {@code expected/}. Run with {@code
 * -Dgolden.update=true} to rewrite them, and review the diff in the commit.
 */
class GoldenSiteTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/site");
  private static final List<String> FILES =
      List.of(
          "index.html",
          "404.html",
          "sitemap.xml",
          "en/index.html",
          "en/runbooks/index.html",
          "en/runbooks/replace-disk/index.html",
          "es/runbooks/replace-disk/index.html",
          "ar/runbooks/replace-disk/index.html",
          "es/hardware/server/index.html",
          "en/hardware/server/index.html",
          "en/training/linux/index.html",
          "ar/training/networks/index.html",
          "ar/site.webmanifest");

  @TempDir Path dir;

  @Test
  void outputMatchesGoldenFiles() throws IOException {
    copy(GOLDEN.resolve("input"), dir.resolve("site"));
    Path out = dir.resolve("out");
    BuildResult result = new SiteBuild(2).run(new BuildOptions(dir.resolve("site"), out, Drafts.EXCLUDE, BuildOptions.Mode.BUILD));
    // The Spanish translation is deliberately outdated, to keep the banner under test.
    assertThat(result.diagnostics()).extracting(Object::toString).containsExactly(
        "content/runbooks/replace-disk.es.md:7:14: warning: this translation is outdated: content/runbooks/replace-disk.md changed since it was translated (source_hash 000000000000, now "
            + org.fieldguide.frontmatter.SourceDigest.of("Replace a failed disk", Files.readString(GOLDEN.resolve("input/content/runbooks/replace-disk.md")).split("---\n", 3)[2])
            + "). Update the translation, then run 'fieldguide i18n --stamp content/runbooks/replace-disk.es.md'.");
    boolean update = Boolean.getBoolean("golden.update");
    for (String f : FILES) {
      Path expected = GOLDEN.resolve("expected").resolve(f);
      String actual = Files.readString(out.resolve(f));
      if (update) {
        Files.createDirectories(expected.getParent());
        Files.writeString(expected, actual);
      } else {
        assertThat(actual).as(f + " (rerun with -Dgolden.update=true to accept a change)").isEqualTo(Files.readString(expected));
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
