package org.fieldguide.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputHistoryTest {
  @TempDir Path dir;

  @Test
  void aKeptHistoryIsReadBackForItsOwnOutputFolderOnly() throws Exception {
    Path out = Files.createDirectories(dir.resolve("public"));
    OutputHistory history = new OutputHistory(out, Map.of(), "", true);
    history.record("es/b/index.html", "f2");
    history.record("a/index.html", "f1");
    Path file = dir.resolve("outputs.bin");
    try (OutputStream raw = Files.newOutputStream(file); DataOutputStream data = new DataOutputStream(raw)) {
      history.writeTo(data, "publication 1");
    }

    assertThat(history.isUsed()).isTrue();
    assertThat(OutputHistory.read(file).entriesFor(out, "publication 1")).isEqualTo(Map.of("a/index.html", "f1", "es/b/index.html", "f2"));
    // Another build published there since.
    assertThat(OutputHistory.read(file).entriesFor(out, "publication 2")).isEmpty();
    assertThat(OutputHistory.read(file).entriesFor(Files.createDirectories(dir.resolve("elsewhere")), "publication 1")).isEmpty();
  }

  @Test
  void aPublicationIsKnownByItsManifestWhichARenameKeeps() throws Exception {
    Path staged = Files.createDirectories(dir.resolve("staging"));
    Path out = Files.createDirectories(dir.resolve("public"));
    Files.writeString(staged.resolve(SiteFiles.MANIFEST), "{\"version\": \"1\"}");
    String before = OutputHistory.identity(staged.resolve(SiteFiles.MANIFEST));
    Files.move(staged.resolve(SiteFiles.MANIFEST), out.resolve(SiteFiles.MANIFEST));

    assertThat(before).isNotEmpty();
    assertThat(OutputHistory.stamp(out)).isEqualTo(before);
    // The same bytes written again, as another build of the same site would: another publication.
    Files.writeString(staged.resolve(SiteFiles.MANIFEST), "{\"version\": \"1\"}");
    Files.move(staged.resolve(SiteFiles.MANIFEST), out.resolve(SiteFiles.MANIFEST), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(OutputHistory.stamp(out)).isNotEqualTo(before);
    assertThat(OutputHistory.stamp(dir.resolve("gone"))).isEmpty();
  }

  @Test
  void aHistoryNoLaterBuildReadsRecordsNothing() {
    // A build without a cache folder: nothing compares with a last build, nothing is kept for a next.
    OutputHistory history = new OutputHistory(dir, Map.of(), "", false);
    history.record("a/index.html", "f1");

    assertThat(history.isUsed()).isFalse();
    assertThat(history.current()).isEmpty();
  }

  @Test
  void aHistoryComparedButNotKeptStillGivesTheLastFingerprints() {
    OutputHistory history = new OutputHistory(dir, Map.of("a/index.html", "f0", "b/index.html", "g0"), "", false);
    history.record("a/index.html", "f1");

    assertThat(history.isUsed()).isTrue();
    assertThat(history.previous("a/index.html")).contains("f0");
    assertThat(history.previousUnder("b/")).containsExactly(Map.entry("b/index.html", "g0"));
    assertThat(history.current()).isEmpty();
  }
}
