package org.fieldguide.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Stage 9, writing: files go to a staging folder beside the output folder and replace it only
 * when the whole build succeeded, so a failed build leaves the previous site untouched.
 *
 * <p>Thread-safe: pages are written from many threads, each to its own file.
 */
public final class StagedOutput {
  /** Marks a folder as fieldguide's output, so it is never mistaken for (and deleted as) a writer's folder. */
  public static final String MARKER = ".fieldguide-output";

  private final Path out;
  private final Path staging;

  private StagedOutput(Path out, Path staging) {
    this.out = out;
    this.staging = staging;
  }

  /**
   * Prepares a staging folder for {@code out}.
   *
   * @throws UnsafeOutputException when {@code out} exists and was not written by fieldguide
   */
  public static StagedOutput create(Path out) throws IOException, UnsafeOutputException {
    Path target = out.toAbsolutePath().normalize();
    if (Files.exists(target) && !isReplaceable(target)) {
      throw new UnsafeOutputException(
          target + " exists and was not written by fieldguide, so it will not be replaced. Remove it or choose another --out folder.");
    }
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".staging-");
    return new StagedOutput(target, staging);
  }

  private static boolean isReplaceable(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return false;
    if (Files.exists(dir.resolve(MARKER))) return true;
    try (var list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  public Path dir() {
    return staging;
  }

  public void write(String relPath, String content) {
    write(relPath, content.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String relPath, byte[] content) {
    try {
      Path p = staging.resolve(relPath);
      Files.createDirectories(p.getParent());
      Files.write(p, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts the file {@code previous} (from the output this build replaces) at {@code relPath}
   * unchanged: a hard link where the file system allows, else a copy. False when {@code
   * previous} is gone, so the caller writes the file instead.
   */
  public boolean reuse(String relPath, Path previous) {
    Path p = staging.resolve(relPath);
    try {
      Files.createDirectories(p.getParent());
      try {
        Files.createLink(p, previous);
      } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
        if (!Files.isRegularFile(previous)) return false;
        Files.copy(previous, p, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public void copy(String relPath, Path source) {
    try {
      Path p = staging.resolve(relPath);
      Files.createDirectories(p.getParent());
      Files.copy(source, p, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Swaps the staging folder in place of the output folder. */
  public void commit() throws IOException {
    write(MARKER, "Written by fieldguide. This folder is replaced on every build.\n");
    Path old = null;
    if (Files.exists(out)) {
      old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
      Files.delete(old);
      move(out, old);
    }
    move(staging, out);
    if (old != null) deleteTree(old);
  }

  /** Removes the staging folder after a failed build. */
  public void abandon() {
    try {
      deleteTree(staging);
    } catch (IOException e) {
      // Leftover staging folders are hidden and harmless; the build result matters more.
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** The output folder cannot be replaced safely. */
  public static final class UnsafeOutputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
      super(message);
    }
  }
}
