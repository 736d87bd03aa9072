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
    OutputHistory history = new OutputHistory(out, Map.of(), true);
    history.record("es/b/index.html", "f2");
    history.record("a/index.html", "f1");
    Path file = dir.resolve("outputs.bin");
    try (OutputStream raw = Files.newOutputStream(file); DataOutputStream data = new DataOutputStream(raw)) {
      history.writeTo(data);
    }

    assertThat(history.isUsed()).isTrue();
    assertThat(OutputHistory.load(file, out)).isEqualTo(Map.of("a/index.html", "f1", "es/b/index.html", "f2"));
    assertThat(OutputHistory.load(file, Files.createDirectories(dir.resolve("elsewhere")))).isEmpty();
  }

  @Test
  void aHistoryNoLaterBuildReadsRecordsNothing() {
    // A build without a cache folder: nothing compares with a last build, nothing is kept for a next.
    OutputHistory history = new OutputHistory(dir, Map.of(), false);
    history.record("a/index.html", "f1");

    assertThat(history.isUsed()).isFalse();
    assertThat(history.current()).isEmpty();
  }

  @Test
  void aHistoryComparedButNotKeptStillGivesTheLastFingerprints() {
    OutputHistory history = new OutputHistory(dir, Map.of("a/index.html", "f0", "b/index.html", "g0"), false);
    history.record("a/index.html", "f1");

    assertThat(history.isUsed()).isTrue();
    assertThat(history.previous("a/index.html")).contains("f0");
    assertThat(history.previousUnder("b/")).containsExactly(Map.entry("b/index.html", "g0"));
    assertThat(history.current()).isEmpty();
  }
}
