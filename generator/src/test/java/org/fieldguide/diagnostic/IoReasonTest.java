package org.fieldguide.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IoReasonTest {
  @TempDir Path dir;

  @Test
  void theReasonIsReadFromTheTypeWhereTheJdkPutsItThere() {
    assertThat(IoReason.describe(new AccessDeniedException("/srv/www/public"), Path.of("x"))).isEqualTo("/srv/www/public: permission denied");
    assertThat(IoReason.of(new NoSuchFileException("/a"))).isEqualTo("no such file or folder");
  }

  @Test
  void theSystemsOwnReasonIsKeptInLowerCase() {
    assertThat(IoReason.describe(new FileSystemException("/a", "/b", "Read-only file system"), Path.of("x")))
        .isEqualTo("/a → /b: read-only file system");
    assertThat(IoReason.of(new IOException("I/O error"))).isEqualTo("I/O error");
  }

  @Test
  void aFailedWriteWithoutAPathIsGivenThePathItConcerns() {
    assertThat(IoReason.describe(new IOException("No space left on device"), Path.of("/srv/out"))).isEqualTo("/srv/out: no space left on device");
  }

  @Test
  void aRealFailureNamesItsReason() {
    try {
      Files.readString(dir.resolve("missing.md"));
    } catch (IOException e) {
      assertThat(IoReason.describe(e, dir)).isEqualTo(dir.resolve("missing.md") + ": no such file or folder");
      return;
    }
    throw new AssertionError("reading a missing file must fail");
  }
}
