package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.fieldguide.build.BuildOptions.Cache;
import org.fieldguide.build.BuildOptions.Mode;
import org.fieldguide.emit.OutputHistory;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session hands its pages' fingerprints to each build's history without copying them (30,000
 * at 10,000 pages x 3): an update of a watching server then records its own in a copy, never in
 * the map a history holds.
 */
class OutputsHandOverTest {
  @TempDir Path dir;

  @Test
  void aHistoryKeepsTheFingerprintsItWasGivenWhenAnUpdateRecordsOthers() throws Exception {
    TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", "Pull the failed disk.\n")
        .page("content/hardware/fans.md", "Fans", "Clean the fans.\n")
        .writeFiles();
    BuildOptions options = new BuildOptions(dir, dir.resolve("public"), Drafts.EXCLUDE, Mode.BUILD, ExternalLinkOptions.OFF, Cache.USE);
    try (BuildSession session = new BuildSession(2, true); SiteBuild build = new SiteBuild(session)) {
      assertThat(build.run(options).diagnostics()).isEmpty();
      String path = session.history(options).previousUnder("").firstKey();
      // A first update makes the session's fingerprints its own map, changed in place from then on.
      update(session, options, path, "first");

      OutputHistory given = session.history(options);
      assertThat(given.previous(path)).contains("first");
      update(session, options, path, "second");

      assertThat(given.previous(path)).contains("first");
      assertThat(session.history(options, List.of(path)).previous(path)).contains("second");
    }
  }

  private static void update(BuildSession session, BuildOptions options, String path, String fingerprint) {
    OutputHistory update = session.history(options, List.of(path));
    update.record(path, fingerprint);
    session.updated(update);
  }
}
