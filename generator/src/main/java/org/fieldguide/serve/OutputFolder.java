package org.fieldguide.serve;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The temporary folder that {@code serve} builds into and serves from, outside the site folder so
 * nothing is ever left there. {@link #close()} removes it.
 *
 * <p>The site is built into {@link #site()}, which a build replaces as a whole (it stages beside it,
 * in this folder, and swaps). For that instant the folder does not exist, so {@link #find} waits
 * for it briefly rather than answer "not found".
 */
final class OutputFolder implements AutoCloseable {
  private static final long SWAP_WAIT_NANOS = 2_000_000_000L;
  private final Path dir;
  private final Path site;

  private OutputFolder(Path dir) {
    this.dir = dir;
    this.site = dir.resolve("site");
  }

  /**
   * Creates a new temporary folder.
   *
   * @throws IOException also when the temporary folder lies inside the site folder
   */
  static OutputFolder create(Path siteDir) throws IOException {
    Path dir = Files.createTempDirectory("fieldguide-serve-").toAbsolutePath().normalize();
    if (dir.startsWith(siteDir.toAbsolutePath().normalize())) {
      Files.delete(dir);
      throw new IOException("the temporary folder " + dir + " lies inside the site folder; set another with the TMPDIR environment variable"
          + " (or -Djava.io.tmpdir)");
    }
    return new OutputFolder(dir);
  }

  Path dir() {
    return dir;
  }

  /** Where the site is built. */
  Path site() {
    return site;
  }

  /**
   * The file or folder at {@code rel} (a decoded URL path below the base path) inside the built
   * site, or empty when there is none or it would lie outside the site: through {@code ..}, an
   * absolute path, or a symbolic link that leads out.
   */
  Optional<Path> find(String rel, boolean awaitSwap) {
    Path root = site;
    if (awaitSwap) awaitSite();
    try {
      Path candidate = root.resolve(rel).normalize();
      if (!candidate.startsWith(root) || !Files.exists(candidate)) return Optional.empty();
      if (!candidate.toRealPath().startsWith(root.toRealPath())) return Optional.empty();
      return Optional.of(candidate);
    } catch (InvalidPathException | IOException e) {
      return Optional.empty();
    }
  }

  private void awaitSite() {
    long until = System.nanoTime() + SWAP_WAIT_NANOS;
    while (!Files.isDirectory(site) && System.nanoTime() < until) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Removes the folder and everything in it. */
  @Override
  public void close() throws IOException {
    if (!Files.exists(dir)) return;
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) throw e;
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
