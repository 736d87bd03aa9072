package org.fieldguide.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.ExternalLinkOptions;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site the launcher builds to make its class-data sharing archive ({@code generator/cds-sample/})
 * builds and publishes. If it failed, the launcher would keep no archive and try again on every
 * run; if it stopped early (an error found before emit), the archive would miss what a real build
 * loads after that.
 */
class ClassArchiveSampleTest {
  @TempDir Path out;

  @Test
  void theSampleBuildsEveryLanguageAndTypeWithOnlyItsDeliberateWarning() throws Exception {
    Path sample = Path.of("cds-sample").toAbsolutePath().normalize();
    java.util.List<String> filesBefore = files(sample);
    BuildResult result =
        new SiteBuild(2).run(new BuildOptions(sample, out.resolve("site"), Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF,
            BuildOptions.Cache.IGNORE));

    // The Spanish translation is outdated on purpose, so that the warning's path is archived too.
    assertThat(result.diagnostics())
        .extracting(Diagnostic::toString)
        .singleElement()
        .asString()
        .startsWith("content/runbooks/restart.es.md:10:14: warning: this translation is outdated:");
    assertThat(result.pagesByLanguage()).containsOnlyKeys("en", "es", "fr");
    for (String page : new String[] {"runbooks/restart", "hardware/server", "training/basics"}) {
      for (String lang : new String[] {"en", "es", "fr"}) assertThat(out.resolve("site/" + lang + "/" + page + "/index.html")).isRegularFile();
    }
    assertThat(out.resolve("site/en/hardware/images/front.png")).isRegularFile();
    assertThat(out.resolve("site/en/hardware/images/rack.svg")).isRegularFile();
    // Nothing is written into the sample itself (the launcher builds it with --no-cache). Compared
    // with what the folder held before rather than asked whether a cache or public/ folder is
    // there: a developer who once ran fieldguide on the sample by hand has those, and the test
    // failed on them although this build wrote nothing.
    assertThat(files(sample)).isEqualTo(filesBefore);
  }

  private static java.util.List<String> files(Path root) throws java.io.IOException {
    try (java.util.stream.Stream<Path> all = Files.walk(root)) {
      return all.map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }
}
