package org.fieldguide.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.IoReason;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Stage 9, writing: files go to a staging folder and replace the published site only when the
 * whole build succeeded, so a failed build leaves the previous site untouched.
 *
 * <p><b>The swap.</b> The output folder itself is never moved, renamed or deleted (so a symbolic
 * link to it, a mount point or a web server's root stays valid, and it is never missing); its
 * <em>entries</em> are replaced. Everything happens inside it, so every move is a rename within
 * one file system and the folder's parent need not be writable. Entries named {@code
 * .fieldguide-…} are fieldguide's own and never part of a site:
 *
 * <pre>
 * public/.fieldguide-output             marks the folder as fieldguide's; also the lock for swaps
 * public/.fieldguide-staging-PID-START-N/  one build's new site, with .fieldguide-lock held while it runs
 * public/.fieldguide-old-PID-START-N/      the old site's entries during a swap
 * public/.fieldguide-swap               the journal of a swap in progress ({@link SwapJournal})
 * </pre>
 *
 * <p>{@link #commit()} takes the swap lock, creates the old-entries folder, writes the journal,
 * then for each top-level entry of the new site moves the old entry aside and the new one in (one
 * rename each), moves aside old entries the new site lacks, and deletes the journal: that deletion
 * is the moment of publishing. Only then are the old entries and the empty staging folder deleted.
 * A failure before that point undoes the moves at once; a kill before that point leaves the
 * journal, and the next build ({@link #recover} at its start, or {@link #create}) moves every entry
 * back from the folders alone, so the previous site returns byte for byte. A reader of the folder
 * during a swap can see a mix of old and new top-level entries for its duration (a few renames):
 * no file system call swaps two folders at once (Linux's {@code RENAME_EXCHANGE} is out of Java's
 * reach).
 *
 * <p><b>Leftovers and concurrent builds.</b> A staging folder's name holds its build's process id
 * and start time, and the build holds a lock on a file in it for as long as it runs (the operating
 * system drops the lock when the process dies, however it dies). Under the swap lock, a build
 * deletes old-entries folders that no journal names and staging folders whose process is gone and
 * whose lock is free; a running build's folder is left alone, whether it runs here or in another
 * container on the same machine. Two builds into one folder each stage separately and swap one
 * after the other; the later swap wins.
 *
 * <p><b>Modes.</b> Folders and files are created with the process's default modes (0755 and 0644
 * under the usual umask 022), so a web server running as another user can read them; copies do
 * not take over a source file's mode.
 *
 * <p>Thread-safe: pages are written from many threads, each to its own file.
 */
public final class StagedOutput {
  /** Marks a folder as fieldguide's output, so it is never mistaken for (and emptied as) a writer's folder. */
  public static final String MARKER = ".fieldguide-output";

  static final String CONTROL_PREFIX = ".fieldguide-";
  static final String STAGING_PREFIX = ".fieldguide-staging-";
  static final String OLD_PREFIX = ".fieldguide-old-";
  static final String BUILD_LOCK = ".fieldguide-lock";
  private static final String MARKER_TEXT =
      "Written by fieldguide. The site in this folder is replaced on every build; entries named .fieldguide-… are fieldguide's own.\n";
  /** How long a build waits for another build's swap (a few renames, then deleting the old site). */
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  private final Path shown;
  private final Path out;
  private final Path staging;
  private final FileLockHolder buildLock;
  private final BuildOwner owner;
  private final boolean createdOut;
  private final Steps steps;
  /**
   * Folders of the staging folder made so far. Most files go into a folder already made, and
   * {@link Files#createDirectories} would find that out by failing to make it (an exception each
   * time): tens of thousands of times on a large site.
   */
  private final Set<Path> madeFolders = ConcurrentHashMap.newKeySet();

  /** Called after each step of a swap; tests stop a swap there as a kill would. */
  interface Steps {
    void after(String step);
  }

  private StagedOutput(Path shown, Path out, Path staging, FileLockHolder buildLock, BuildOwner owner, boolean createdOut, Steps steps) {
    this.shown = shown;
    this.out = out;
    this.staging = staging;
    this.buildLock = buildLock;
    this.owner = owner;
    this.createdOut = createdOut;
    this.steps = steps;
  }

  /**
   * Prepares a staging folder in {@code out}, creating {@code out} if needed. A symbolic link is
   * followed: the site is published into the folder it leads to. Undoes a swap a killed build left
   * half done and deletes its leftovers first.
   *
   * @throws UnsafeOutputException when {@code out} exists and was not written by fieldguide
   * @throws IOException with a complete message for writers (what failed, the system's reason, and
   *     the state of the previous site)
   */
  public static StagedOutput create(Path out) throws IOException, UnsafeOutputException {
    return create(out, BuildOwner.current(), step -> {});
  }

  static StagedOutput create(Path out, BuildOwner owner, Steps steps) throws IOException, UnsafeOutputException {
    Path shown = out.toAbsolutePath().normalize();
    Path real;
    try {
      real = OutputFolders.followLinks(shown);
    } catch (IOException e) {
      throw new IOException("cannot use the output folder: " + IoReason.describe(e, shown) + ". Nothing was written.", e);
    }
    boolean exists = Files.exists(real);
    if (exists && !isReplaceable(real)) {
      throw new UnsafeOutputException(
          shown + " exists and was not written by fieldguide, so it will not be replaced. Remove it or choose another --out folder.");
    }
    try {
      Files.createDirectories(real);
    } catch (IOException e) {
      throw new IOException("cannot create the output folder: " + IoReason.describe(e, real) + ". Nothing was written.", e);
    }
    try {
      return underSwapLock(real, () -> {
        OutputFolders.rollBackInterrupted(real);
        OutputFolders.deleteStale(real, owner);
        Path staging = real.resolve(STAGING_PREFIX + owner.id() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
        Files.createDirectory(staging);
        FileLockHolder buildLock = FileLockHolder.acquire(staging.resolve(BUILD_LOCK), PATIENCE);
        OutputFolders.openUpPrivateFolder(real, staging);
        return new StagedOutput(shown, real, staging, buildLock, owner, !exists, steps);
      });
    } catch (IOException e) {
      throw new IOException("cannot write into the output folder " + shown + ": " + IoReason.of(e) + ". Nothing was written"
          + (exists ? "; the previous site is untouched." : "."), e);
    }
  }

  /**
   * Undoes a swap that a killed build left half done in {@code out} and deletes folders that
   * killed builds left behind, reporting what it did. Does nothing to a folder fieldguide did not
   * write. Call it at the start of a build, so that a build that fails on content still repairs
   * the published site.
   */
  public static void recover(Path out, Diagnostics diagnostics) {
    SourcePos pos = SourcePos.file(out.toString());
    Path real;
    try {
      real = OutputFolders.followLinks(out.toAbsolutePath().normalize());
      if (!Files.isDirectory(real) || !Files.exists(real.resolve(MARKER)) || !OutputFolders.hasControlEntries(real)) return;
    } catch (IOException e) {
      return; // create() reports a folder it cannot use, with the reason
    }
    try {
      boolean undone = underSwapLock(real, () -> OutputFolders.rollBackInterrupted(real));
      if (undone) {
        diagnostics.warning(pos, "an earlier build was stopped while publishing the site; its changes were undone, so this folder holds the site from before that build.");
      }
      underSwapLock(real, () -> OutputFolders.deleteStale(real, BuildOwner.current())).forEach(problem -> diagnostics.warning(pos, problem));
    } catch (IOException e) {
      diagnostics.error(pos, "cannot repair the output folder after an interrupted build: " + IoReason.describe(e, real)
          + ". The folder may hold a mix of two builds; fix the cause and build again.");
    }
  }

  private static boolean isReplaceable(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return false;
    if (Files.exists(dir.resolve(MARKER))) return true;
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  /** Work done while holding the swap lock of an output folder. */
  private interface Locked<T> {
    T run() throws IOException;
  }

  /** Runs {@code work} holding the swap lock of {@code out}, marking the folder as fieldguide's if it is not yet. */
  private static <T> T underSwapLock(Path out, Locked<T> work) throws IOException {
    Path marker = out.resolve(MARKER);
    if (!Files.exists(marker)) Files.writeString(marker, MARKER_TEXT, StandardCharsets.UTF_8);
    FileLockHolder lock = FileLockHolder.acquire(marker, PATIENCE);
    try {
      return work.run();
    } finally {
      lock.close();
    }
  }

  /** The staging folder (inside the output folder). */
  public Path dir() {
    return staging;
  }

  public void write(String relPath, String content) {
    write(relPath, content.getBytes(StandardCharsets.UTF_8));
  }

  public void write(String relPath, byte[] content) {
    Path p = inStaging(relPath);
    try {
      folder(p.getParent());
      Files.write(p, content);
    } catch (IOException e) {
      throw writeFailure(relPath, e);
    }
  }

  /**
   * Writes {@code relPath} as a new file, never into the file already there: that may be a link
   * to a file of the published site, which must not change under its readers.
   */
  public void replace(String relPath, String content) {
    replace(relPath, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A new file at {@code relPath} to be written as a stream (a file too large to hold in memory,
   * such as a zip of the site); the caller closes it.
   */
  public OutputStream open(String relPath) {
    Path p = inStaging(relPath);
    try {
      folder(p.getParent());
      Files.deleteIfExists(p);
      return Files.newOutputStream(p);
    } catch (IOException e) {
      throw writeFailure(relPath, e);
    }
  }

  /** Removes {@code relPath} from the staged output, if it is there. */
  public void remove(String relPath) {
    try {
      Files.deleteIfExists(inStaging(relPath));
    } catch (IOException e) {
      throw writeFailure(relPath, e);
    }
  }

  /** As {@link #replace(String, String)}, for bytes. */
  public void replace(String relPath, byte[] content) {
    try {
      Files.deleteIfExists(inStaging(relPath));
    } catch (IOException e) {
      throw writeFailure(relPath, e);
    }
    write(relPath, content);
  }

  /**
   * Puts the file {@code previous} (from the output this build replaces) at {@code relPath}
   * unchanged: a hard link where the file system allows, else a copy. False when {@code
   * previous} is gone, so the caller writes the file instead.
   */
  public boolean reuse(String relPath, Path previous) {
    Path p = inStaging(relPath);
    try {
      folder(p.getParent());
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

  /** Copies {@code source} (which may be inside a jar) to {@code relPath}, with a new file's default mode. */
  public void copy(String relPath, Path source) {
    Path p = inStaging(relPath);
    try {
      folder(p.getParent());
      // Files.copy(Path, Path) would give the copy the source's mode, such as 0600.
      try (InputStream in = Files.newInputStream(source)) {
        Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw writeFailure(relPath, e);
    }
  }

  private void folder(Path dir) throws IOException {
    if (madeFolders.contains(dir)) return;
    Files.createDirectories(dir);
    madeFolders.add(dir);
  }

  private Path inStaging(String relPath) {
    Path p = staging.resolve(relPath).normalize();
    if (!p.startsWith(staging) || p.equals(staging) || staging.relativize(p).getName(0).toString().startsWith(CONTROL_PREFIX)) {
      throw new UncheckedIOException(new IOException("cannot write " + relPath + ": it is not a path inside the site (this is a bug in fieldguide)."));
    }
    return p;
  }

  private UncheckedIOException writeFailure(String relPath, IOException e) {
    return new UncheckedIOException(new IOException("cannot write " + relPath + " into " + shown + ": " + IoReason.of(e)
        + ". Nothing was published; the previous site is untouched.", e));
  }

  /**
   * Publishes the staged site in place of the previous one (see the class description).
   *
   * @return problems that did not stop publishing, such as old files that could not be deleted
   * @throws IOException with a complete message for writers, saying whether the previous site is
   *     untouched
   */
  public List<String> commit() throws IOException {
    List<String> entries = OutputFolders.siteEntries(staging);
    String oldName = OLD_PREFIX + owner.id() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    Path old = out.resolve(oldName);
    SwapJournal journal = new SwapJournal(staging.getFileName().toString(), oldName, entries);
    try {
      return underSwapLock(out, () -> {
        OutputFolders.rollBackInterrupted(out); // another build may have been killed since this one started
        swap(journal, old, entries);
        List<String> problems = new ArrayList<>();
        OutputFolders.deleteTree(old).ifPresent(reason -> problems.add(
            "the site was published, but some of the previous site's files could not be deleted (" + reason + "); delete " + old + " by hand."));
        OutputFolders.deleteTree(staging).ifPresent(reason -> problems.add(
            "the site was published, but its staging folder could not be deleted (" + reason + "); delete " + staging + " by hand."));
        return problems;
      });
    } catch (PublishFailure e) {
      throw e;
    } catch (IOException e) {
      throw new IOException("cannot publish the site into " + shown + ": " + IoReason.describe(e, out)
          + ". Nothing was published; the previous site is untouched.", e);
    } finally {
      buildLock.close();
    }
  }

  /** A failed swap, with its message for writers complete. */
  private static final class PublishFailure extends IOException {
    private static final long serialVersionUID = 1L;

    PublishFailure(String message, IOException cause) {
      super(message, cause);
    }
  }

  /** One rename (or file operation) of a swap, named as a failure message names it. */
  private record Step(String doing, FileAction action) {}

  private void swap(SwapJournal journal, Path old, List<String> entries) throws IOException {
    // Planned up front, under the swap lock, so the steps can be named and counted.
    List<Step> plan = new ArrayList<>();
    plan.add(new Step("creating the folder for the previous site's files", () -> Files.createDirectory(old)));
    plan.add(new Step("writing " + SwapJournal.FILE, () -> journal.write(out)));
    for (String e : entries) {
      Path published = out.resolve(e);
      if (Files.exists(published, LinkOption.NOFOLLOW_LINKS)) {
        plan.add(new Step("moving " + e + " aside", () -> SwapJournal.move(published, old.resolve(e))));
      }
      plan.add(new Step("moving the new " + e + " in", () -> SwapJournal.move(staging.resolve(e), published)));
    }
    Set<String> keep = new HashSet<>(entries);
    for (String e : OutputFolders.siteEntries(out)) {
      if (!keep.contains(e)) plan.add(new Step("moving " + e + " aside", () -> SwapJournal.move(out.resolve(e), old.resolve(e))));
    }
    // Publishing happens here: without the journal nothing would undo the swap.
    plan.add(new Step("deleting " + SwapJournal.FILE, () -> Files.delete(out.resolve(SwapJournal.FILE))));
    for (Step step : plan) {
      try {
        step.action().run();
      } catch (IOException e) {
        throw new PublishFailure("cannot publish the site into " + shown + ": " + step.doing() + " failed: " + IoReason.of(e) + ". "
            + undo(journal, old), e);
      }
      steps.after(step.doing());
    }
  }

  /** Undoes a failed swap at once; says in what state the folder is. */
  private String undo(SwapJournal journal, Path old) {
    try {
      // Without a journal nothing has moved yet.
      if (Files.exists(out.resolve(SwapJournal.FILE))) journal.rollBack(out);
      OutputFolders.deleteTree(old);
      return "Nothing was published; the previous site is untouched.";
    } catch (IOException undo) {
      return "Undoing the swap failed too (" + IoReason.describe(undo, out) + "), so the folder holds a mix of both sites;"
          + " the next build puts the previous site back.";
    }
  }

  private interface FileAction {
    void run() throws IOException;
  }

  /** Deletes the staging folder after a failed build, and an output folder this build created if it stayed empty. */
  public void abandon() {
    try {
      // A journal that still names this staging folder needs it to put the previous site back.
      Optional<SwapJournal> journal = SwapJournal.read(out);
      if (journal.isEmpty() || !journal.get().staging().equals(staging.getFileName().toString())) OutputFolders.deleteTree(staging);
      buildLock.close();
      if (createdOut) {
        underSwapLock(out, () -> {
          if (OutputFolders.siteEntries(out).isEmpty() && !OutputFolders.hasControlEntries(out)) {
            Files.delete(out.resolve(MARKER)); // only the marker is left: no site was ever published here
            Files.delete(out);
          }
          return null;
        });
      }
    } catch (IOException e) {
      // Leftovers are hidden and deleted by the next build; the build's own result matters more.
    }
  }

  /** Releases the locks without any clean-up, as the system does when a process dies; for tests. */
  void releaseLocksAsAKillWould() throws IOException {
    buildLock.close();
  }

  /** The output folder cannot be replaced safely. */
  public static final class UnsafeOutputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnsafeOutputException(String message) {
      super(message);
    }
  }
}
