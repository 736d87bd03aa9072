package org.fieldguide.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes a file or folder unwritable for this process, for as long as the object is open. For a
 * normal user that is {@code chmod a-w}; root ignores modes, so for root it is the immutable
 * attribute ({@code chattr +i}), which the system enforces even for root ("operation not
 * permitted"). A test is skipped where neither works.
 */
public final class Unwritable implements AutoCloseable {
  private Path path;
  private final Set<PosixFilePermission> before;

  private Unwritable(Path path, Set<PosixFilePermission> before) {
    this.path = path;
    this.before = before;
  }

  public static Unwritable make(Path path) throws IOException, InterruptedException {
    Set<PosixFilePermission> before = Files.getPosixFilePermissions(path);
    if (isRoot()) {
      assumeTrue(run("chattr", "+i", path.toString()) == 0, "chattr +i works here");
    } else {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
    }
    return new Unwritable(path, before);
  }

  /** How the system refuses a change to an unwritable file, as {@code IoReason} words it. */
  public static String refusal() throws IOException {
    return isRoot() ? "operation not permitted" : "permission denied";
  }

  /** Whether this process runs as root: a file it creates belongs to user 0. */
  public static boolean isRoot() throws IOException {
    Path probe = Files.createTempFile("fieldguide-uid-", ".probe");
    try {
      return ((Integer) Files.getAttribute(probe, "unix:uid")) == 0;
    } finally {
      Files.delete(probe);
    }
  }

  /** The file was moved (by the code under test): undo the change there. */
  public void movedTo(Path newPath) {
    path = newPath;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    if (!Files.exists(path)) return; // deleted after all (a folder's owner may make it writable again)
    if (isRoot()) run("chattr", "-i", path.toString());
    else Files.setPosixFilePermissions(path, before);
  }

  private static int run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(30, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return -1;
    }
    return p.exitValue();
  }
}
