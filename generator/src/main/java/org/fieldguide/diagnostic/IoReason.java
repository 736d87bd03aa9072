package org.fieldguide.diagnostic;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The operating system's reason for a failed file operation, as a writer can act on it ("permission
 * denied", "no space left on device"), with the path it concerns.
 *
 * <p>The JDK puts the reason in different places: {@link AccessDeniedException} and its siblings
 * carry it only in their type (their message is just the path), other {@link FileSystemException}s in
 * {@link FileSystemException#getReason()}, and a failed write on an open file (a full disk) in the
 * plain message, without any path. This class reads all three.
 */
public final class IoReason {
  private IoReason() {}

  /** The reason alone, in lower case: {@code permission denied}. */
  public static String of(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "no such file or folder";
    if (e instanceof FileAlreadyExistsException) return "it already exists";
    if (e instanceof DirectoryNotEmptyException) return "the folder is not empty";
    if (e instanceof NotDirectoryException) return "not a folder";
    if (e instanceof NotLinkException) return "not a symbolic link";
    if (e instanceof FileSystemLoopException) return "symbolic links form a loop";
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) return e.getClass().getSimpleName();
    return lowerFirst(reason.strip());
  }

  /**
   * {@code <path>: <reason>}, where the path is the one the exception names (the file that
   * failed inside a folder being written, say) or else {@code path}.
   */
  public static String describe(IOException e, Path path) {
    String where = path.toString();
    if (e instanceof FileSystemException f && f.getFile() != null) {
      where = f.getFile() + (f.getOtherFile() != null ? " → " + f.getOtherFile() : "");
    }
    return where + ": " + of(e);
  }

  private static String lowerFirst(String s) {
    // "No space left on device" → "no space left on device"; keep acronyms such as "I/O error".
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
      return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
    return s;
  }
}
