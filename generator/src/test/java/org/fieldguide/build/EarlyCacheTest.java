package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldguide.build.BuildOptions.Cache;
import org.fieldguide.build.BuildOptions.Mode;
import org.fieldguide.content.SourceFile;
import org.fieldguide.index.PageFacts;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index cache is read on a thread of its own while the content folder is walked: the facts
 * it holds are the ones the index stage takes, and a folder that is not a site gets no cache.
 */
class EarlyCacheTest {
  @TempDir Path dir;

  private static BuildOptions options(Path site, Cache cache) {
    return new BuildOptions(site, site.resolve("public"), Drafts.EXCLUDE, Mode.BUILD, ExternalLinkOptions.OFF, cache);
  }

  @Test
  void aNewSessionTakesTheFactsOfUnchangedFilesFromTheCacheItReadEarly() throws Exception {
    TestSite site = TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", "Pull the failed disk.\n")
        .page("content/hardware/fans.md", "Fans", "Clean the fans.\n");
    site.build().assertOk();
    Files.writeString(dir.resolve("content/hardware/fans.md"), "---\ntitle: Fans\n---\nClean the noisy fans.\n");
    try (BuildSession session = new BuildSession(2, false); SiteBuild build = new SiteBuild(session)) {
      BuildResult result = build.run(options(dir, Cache.USE));
      assertThat(result.diagnostics()).isEmpty();
      assertThat(session.lastCounts()).isEqualTo(new BuildSession.IndexCounts(1, 1));
      // --no-cache in the same session: nothing read early, nothing taken from the cache.
      build.run(options(dir, Cache.IGNORE));
      assertThat(session.lastCounts().reused()).isZero();
    }
  }

  /** A page taken from the cache keeps the source file found today, not the one read back with it: the session keeps one a file. */
  @Test
  void aReusedPageKeepsTheSourceFileFoundToday() throws Exception {
    TestSite.in(dir).page("content/runbooks/disk.md", "Replace a disk", "Pull the failed disk.\n").build().assertOk();
    try (BuildSession session = new BuildSession(2, false); SiteBuild build = new SiteBuild(session)) {
      assertThat(build.run(options(dir, Cache.USE)).diagnostics()).isEmpty();
      assertThat(session.lastCounts().reused()).isPositive();
      LastBuild last = session.lastBuild().orElseThrow();
      assertThat(last.index().pages()).isNotEmpty();
      for (PageFacts p : last.index().pages()) {
        SourceFile found = last.files().stream().filter(f -> f.contentPath().equals(p.source().contentPath())).findFirst().orElseThrow();
        assertThat(p.source()).as(found.contentPath()).isSameAs(found);
      }
    }
  }

  @Test
  void aFolderWithoutASiteGetsNoCacheFolder() {
    Path empty = dir.resolve("not-a-site");
    try (BuildSession session = new BuildSession(2, false); SiteBuild build = new SiteBuild(session)) {
      BuildResult result = build.run(options(empty, Cache.USE));
      assertThat(result.diagnostics()).isNotEmpty();
    }
    assertThat(empty.resolve(".fieldguide-cache")).doesNotExist();
  }
}
