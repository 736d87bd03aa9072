package org.fieldguide.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An exclusive lock on a file, held by this process until {@link #close()} or until the process
 * ends, however it ends: the operating system releases the locks of a killed process, which is
 * what lets the next build tell a killed build's folders from a running one's.
 *
 * <p>Locks are advisory and per process. Two builds in one JVM are kept apart by the JVM's own
 * check ({@link OverlappingFileLockException}), waited out here like a lock held elsewhere. On a
 * file system without locks (some network shares) the holder holds nothing and says so in
 * {@link #isHeld()}; callers then act as if every other build were still running.
 */
final class FileLockHolder implements AutoCloseable {
  private static final long POLL_MILLIS = 20;

  private final FileChannel channel;
  private final FileLock lock;

  private FileLockHolder(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code file}, creating it if needed, waiting up to {@code patience} for another build
   * to let go.
   */
  static FileLockHolder acquire(Path file, Duration patience) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      long end = System.nanoTime() + patience.toNanos();
      while (true) {
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null; // another build in this JVM holds it
        } catch (IOException e) {
          return new FileLockHolder(channel, null); // no locks on this file system
        }
        if (lock != null) return new FileLockHolder(channel, lock);
        if (System.nanoTime() - end > 0) {
          throw new FileSystemException(file.toString(), null, "another fieldguide build is using it; try again when it has finished");
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new InterruptedIOException("interrupted while waiting for " + file);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * Whether no process holds a lock on {@code file}: true when the file does not exist or could be
   * locked (and was let go at once). Any doubt counts as held.
   *
   * <p>Never ask about a file this process may hold a lock on: closing the channel used to ask
   * would release this process's own lock (locks belong to the process, not to the channel).
   */
  static boolean isFree(Path file) {
    if (!Files.exists(file)) return true;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) return false;
      lock.release();
      return true;
    } catch (IOException | OverlappingFileLockException e) {
      return false;
    }
  }

  boolean isHeld() {
    return lock != null;
  }

  @Override
  public void close() throws IOException {
    try {
      if (lock != null && lock.isValid()) lock.release();
    } finally {
      channel.close();
    }
  }
}
