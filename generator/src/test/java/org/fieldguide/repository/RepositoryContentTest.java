package org.fieldguide.repository;

import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.SiteBuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.junit.jupiter.api.Test;

/**
 * The repository's own documentation checks with no errors and no warnings, except that a
 * translation may be outdated: a pull request that improves an original must not wait for every
 * translator (readers see a banner, and {@code fieldguide i18n} lists them).
 */
class RepositoryContentTest {
  @Test
  void realContentHasNoProblems() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    BuildResult result = new SiteBuild(2).run(new BuildOptions(root, root.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.CHECK));
    assertThat(result.diagnostics())
        .extracting(Diagnostic::toString)
        .filteredOn(d -> !d.contains(": warning: this translation is outdated:"))
        .isEmpty();
    assertThat(result.pagesByLanguage()).containsKeys("en", "es", "fr", "pt", "ar");
  }
}
