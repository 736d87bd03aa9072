package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldguide.testing.OutputSnapshot.snapshot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sites built into one folder, with the other build's publication made to happen at a
 * chosen moment of this one's instead of waited for (OutputIntegrityTest runs them at once).
 */
class AnotherBuildPublishingTest {
  @TempDir Path dir;

  @Test
  void aBuildPublishingJustAfterThisOneIsNotTakenForItByThisSitesNextBuild() throws IOException {
    TestSite a = TestSite.in(dir.resolve("a")).page("content/x.md", "From A", "a");
    TestSite b = TestSite.in(dir.resolve("b")).page("content/x.md", "From B", "b");
    Map<String, String> aloneA = snapshot(a.buildInto(dir.resolve("alone-a")).assertOk().out());
    Map<String, String> aloneB = snapshot(b.buildInto(dir.resolve("alone-b")).assertOk().out());
    Path shared = dir.resolve("shared");

    // A publishes; B publishes after A's commit and before A saves what its next build takes over.
    BuildResult first = new SiteBuild(new BuildSession(2, false), true, () -> b.buildInto(shared).assertOk())
        .run(new BuildOptions(a.dir(), shared, Drafts.EXCLUDE, BuildOptions.Mode.BUILD));
    assertThat(first.diagnostics()).isEmpty();
    assertThat(snapshot(shared)).isEqualTo(aloneB);

    // A's next build finds B's site there: none of its files are A's to keep.
    a.buildInto(shared).assertOk();
    assertThat(snapshot(shared)).isEqualTo(aloneA);
  }
}
