package org.fieldguide.repository;

import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.SiteBuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.junit.jupiter.api.Test;

/** The repository's own documentation checks with no errors and no warnings. */
class RepositoryContentTest {
  @Test
  void realContentHasNoProblems() {
    Path root = Path.of("..").toAbsolutePath().normalize();
    BuildResult result = new SiteBuild(2).run(new BuildOptions(root, root.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.CHECK));
    assertThat(result.diagnostics()).extracting(Diagnostic::toString).isEmpty();
    assertThat(result.pagesByLanguage()).containsKeys("en", "es", "fr", "pt", "ar");
  }
}
