package org.fieldguide.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.fieldguide.diagnostic.IoReason;

/**
 * What {@link StagedOutput} does to the folders inside an output folder, apart from the swap
 * itself: finding the real folder behind links, telling site entries from fieldguide's own,
 * undoing an interrupted swap and deleting what killed builds left. Callers hold the swap lock.
 */
final class OutputFolders {
  /** More links in a chain than this is a loop (Linux gives up at 40 too). */
  private static final int MAX_LINKS = 40;

  private OutputFolders() {}

  /**
   * The folder {@code p} leads to, following symbolic links, also when the folder does not exist
   * yet (a link to a folder to be created).
   */
  static Path followLinks(Path p) throws IOException {
    Path current = p;
    for (int i = 0; Files.isSymbolicLink(current); i++) {
      if (i == MAX_LINKS) throw new FileSystemException(p.toString(), null, "symbolic links form a loop");
      current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
    }
    return Files.exists(current) ? current.toRealPath() : current;
  }

  /** Top-level entries of a site in {@code dir}, sorted: everything but fieldguide's own entries. */
  static List<String> siteEntries(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(StagedOutput.CONTROL_PREFIX)).sorted().toList();
    }
  }

  /** Deletes {@code dir} if it holds only folders (none of them links); else leaves it and fails. */
  static void deleteEmptyTree(Path dir) throws IOException {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(dir.toString(), null, "a file is where the new site has a folder");
    }
    List<Path> children;
    try (Stream<Path> list = Files.list(dir)) {
      children = list.sorted().toList();
    }
    for (Path c : children) deleteEmptyTree(c);
    Files.delete(dir);
  }

  /**
   * Deletes the folders that removing the files at {@code paths} (site paths in {@code out}) left
   * empty, up to the first that is not; a fresh build would not have them.
   */
  static void deleteEmptyFolders(Path out, java.util.Collection<String> paths) {
    java.util.TreeSet<Path> folders = new java.util.TreeSet<>(java.util.Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(p -> p));
    for (String p : paths) {
      Path parent = out.resolve(p).getParent();
      while (parent != null && !parent.equals(out) && parent.startsWith(out)) {
        if (!folders.add(parent)) break;
        parent = parent.getParent();
      }
    }
    for (Path f : folders) {
      try {
        // A file where a folder was named (a file of the old site at a new file's folder) stays.
        if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) Files.delete(f); // fails, as it should, on a folder that still holds something
      } catch (IOException e) {
        // Not empty (or not ours to delete): it stays.
      }
    }
  }

  /** Whether {@code out} holds anything of fieldguide's besides its marker: a swap or leftovers. */
  static boolean hasControlEntries(Path out) throws IOException {
    try (Stream<Path> list = Files.list(out)) {
      return list.map(p -> p.getFileName().toString())
          .anyMatch(n -> n.startsWith(StagedOutput.CONTROL_PREFIX) && !n.equals(StagedOutput.MARKER));
    }
  }

  /** Undoes a swap that a killed build left half done; true if there was one. */
  static boolean rollBackInterrupted(Path out) throws IOException {
    Optional<SwapJournal> journal = SwapJournal.read(out);
    if (journal.isEmpty()) return false;
    journal.get().rollBack(out);
    // Both folders are garbage now, whoever owned them: the journal named them, so their build died mid-swap.
    deleteTree(out.resolve(journal.get().old()));
    deleteTree(out.resolve(journal.get().staging()));
    return true;
  }

  /**
   * Deletes old-entries folders (no journal names them once {@link #rollBackInterrupted} ran),
   * staging folders of builds that are gone, and a journal's temporary file.
   *
   * @return what could not be deleted, with the reason
   */
  static List<String> deleteStale(Path out, BuildOwner self) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> entries;
    try (Stream<Path> list = Files.list(out)) {
      entries = list.sorted().toList();
    }
    for (Path p : entries) {
      String name = p.getFileName().toString();
      boolean stale = name.startsWith(StagedOutput.OLD_PREFIX) || name.equals(SwapJournal.FILE + ".tmp")
          || name.startsWith(StagedOutput.STAGING_PREFIX) && isAbandoned(p, name.substring(StagedOutput.STAGING_PREFIX.length()), self);
      if (stale) {
        deleteTree(p).ifPresent(reason -> problems.add(
            "could not delete " + p + ", left by a build that was stopped (" + reason + "); delete it by hand."));
      }
    }
    return problems;
  }

  private static boolean isAbandoned(Path staging, String id, BuildOwner self) {
    Optional<BuildOwner> owner = BuildOwner.parse(id);
    // Another build of this process is running, or another process is (here or, for the lock, in another container).
    if (owner.isEmpty() || owner.get().equals(self) || owner.get().isRunning()) return false;
    return FileLockHolder.isFree(staging.resolve(StagedOutput.BUILD_LOCK));
  }

  /**
   * Deletes {@code root} and everything in it, in name order, without following links; a folder
   * made read-only is made writable for its owner first.
   *
   * @return the reason when something could not be deleted (the first thing, so always the same)
   */
  static Optional<String> deleteTree(Path root) {
    try {
      delete(root);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(IoReason.describe(e, root));
    }
  }

  private static void delete(Path p) throws IOException {
    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
      allowOwner(p);
      List<Path> children;
      try (Stream<Path> list = Files.list(p)) {
        children = list.sorted().toList();
      } catch (NoSuchFileException e) {
        return; // deleted meanwhile
      }
      for (Path c : children) delete(c);
    }
    Files.deleteIfExists(p);
  }

  /** Gives the owner of a folder it cannot change (mode 0555, say) the right to empty it. */
  private static void allowOwner(Path dir) {
    PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (view == null) return;
    try {
      Set<PosixFilePermission> perms = EnumSet.copyOf(view.readAttributes().permissions());
      Set<PosixFilePermission> needed = EnumSet.of(
          PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
      if (!perms.containsAll(needed)) {
        perms.addAll(needed);
        view.setPermissions(perms);
      }
    } catch (IOException | IllegalArgumentException e) {
      // Not the owner, or no modes here: deleting then reports the reason.
    }
  }

  /**
   * Opens up an output folder that an earlier fieldguide left with mode 0700 (it published its
   * staging folder, made by {@code createTempDirectory}), to the mode a new folder gets here, so
   * a web server running as another user can read it. Any other mode is the owner's choice.
   */
  static void openUpPrivateFolder(Path out, Path newFolder) {
    try {
      PosixFileAttributeView view = Files.getFileAttributeView(out, PosixFileAttributeView.class);
      if (view == null) return;
      Set<PosixFilePermission> current = view.readAttributes().permissions();
      Set<PosixFilePermission> fresh = Files.getPosixFilePermissions(newFolder);
      if (current.equals(PosixFilePermissions.fromString("rwx------")) && !fresh.equals(current)) view.setPermissions(fresh);
    } catch (IOException | UnsupportedOperationException e) {
      // The mode stays as it is; publishing does not depend on it.
    }
  }
}
