package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.build.BuildOptions.Cache;
import org.fieldguide.build.BuildOptions.Mode;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check that keeps no cache indexes pages without rendering their bodies: it must find exactly
 * what a check with bodies finds, and no build may ever publish a body such a check left out.
 */
class FactsOnlyCheckTest {
  @TempDir Path tmp;

  private TestSite site() {
    return TestSite.in(tmp)
        .page("content/_index.md", "Home", "Welcome.")
        .page(
            "content/runbooks/_index.md", "Runbooks", "All runbooks.")
        .with(
            "content/runbooks/disk.md",
            """
            ---
            title: Replace a disk
            ---
            ## Steps

            - [ ] Open [the rack guide](rack.md#front) and [the missing one](gone.md)
            - [ ] Pull the <span onclick="x()">old</span> disk

            ![](photo.png)

            ```bash
            systemctl stop node-exporter
            ```
            """)
        .with(
            "content/runbooks/disk.es.md",
            """
            ---
            title: Cambiar un disco
            source_hash: "abcdef012345"
            ---
            Texto.
            """)
        .page("content/runbooks/rack.md", "Rack", "## Front\n\nThe front.");
  }

  private org.fieldguide.build.BuildResult run(Mode mode, Cache cache) {
    site().writeFiles();
    return new SiteBuild(2).run(new BuildOptions(tmp, tmp.resolve("public"), Drafts.EXCLUDE, mode, ExternalLinkOptions.OFF, cache));
  }

  @Test
  void aCheckWithoutCacheFindsWhatACheckWithBodiesFinds() {
    var withoutCache = run(Mode.CHECK, Cache.IGNORE).diagnostics();
    var withCache = run(Mode.CHECK, Cache.USE).diagnostics();
    assertThat(withoutCache).isNotEmpty().isEqualTo(withCache);
    assertThat(withoutCache.stream().map(Object::toString))
        .anyMatch(m -> m.contains("gone.md"))
        .anyMatch(m -> m.contains("outdated"));
  }

  @Test
  void aBuildAfterAChecksPublishesEveryBody() {
    TestSite s = site().with("content/runbooks/disk.md", "---\ntitle: Replace a disk\n---\n## Steps\n\nOpen [the rack guide](rack.md#front).\n\n```bash\nsystemctl stop node-exporter\n```\n");
    s.writeFiles();
    new SiteBuild(2).run(new BuildOptions(tmp, tmp.resolve("public"), Drafts.EXCLUDE, Mode.CHECK, ExternalLinkOptions.OFF, Cache.IGNORE));
    s.check();
    TestSite.Built built = s.build();
    assertThat(built.file("en/runbooks/disk/index.html"))
        .contains("<h2 id=\"steps\">")
        .contains("href=\"../rack/#front\"")
        .contains("<code class=\"language-bash\">");
  }

  @Test
  void aSessionThatChecksThenBuildsPublishesEveryBody() {
    TestSite s = site().with("content/runbooks/disk.md", "---\ntitle: Replace a disk\n---\nThe **disk** body.\n");
    s.writeFiles();
    // A session for one run each time, as a command-line check makes: it makes facts without bodies.
    try (BuildSession session = new BuildSession(2, false)) {
      BuildOptions check = new BuildOptions(tmp, tmp.resolve("public"), Drafts.EXCLUDE, Mode.CHECK, ExternalLinkOptions.OFF, Cache.IGNORE);
      BuildOptions build = new BuildOptions(tmp, tmp.resolve("public"), Drafts.EXCLUDE, Mode.BUILD, ExternalLinkOptions.OFF, Cache.IGNORE);
      new SiteBuild(session).run(check);
      assertThat(new SiteBuild(session).run(build).written()).isTrue();
    }
    assertThat(new TestSite.Built(null, tmp.resolve("public")).file("en/runbooks/disk/index.html")).contains("The <strong>disk</strong> body.");
  }
}
