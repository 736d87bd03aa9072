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
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 * is the moment of publishing (the plan of renames, and undoing it, are {@link Swap}'s). Only then
 * are the old entries and the empty staging folder deleted. A failure before that point undoes
 * the moves at once; a kill before that point leaves the journal, and the next build ({@link
 * #recover} at its start, or {@link #create}) moves every entry back from the folders alone, so
 * the previous site returns byte for byte. A reader of the folder during a swap can see a mix of
 * old and new top-level entries for its duration (a few renames): no file system call swaps two
 * folders at once (Linux's {@code RENAME_EXCHANGE} is out of Java's reach).
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
  /** The staging folder's path and a separator: how every path of a file in it starts. */
  private final String stagingPrefix;
  private final FileLockHolder buildLock;
  private final BuildOwner owner;
  private final boolean createdOut;
  private final Steps steps;
  /**
   * Whether this build publishes in place (see the class description): true when the folder
   * already holds a published site. Then the staging folder holds only the files that differ.
   */
  private final boolean inPlace;
  /** Set once {@link #commit} starts: from then on a swap journal in the folder may be this build's own. */
  private volatile boolean committing;
  /** The folder's publication when this build started ({@link #publication}); checked before an in-place swap. */
  private final String startedOn;
  /** In place: the site paths staged (new or different) and those kept from the published site as they are. */
  private final Set<String> staged = ConcurrentHashMap.newKeySet();
  /**
   * With the attributes each had when it was found to stay: the offline stage needs every file's
   * identity, and asking the file system again for tens of thousands of files it was just asked
   * about was a fifth of that stage on a one-page rebuild. None for a file the last build
   * published and that is still as it was then (see {@link #keepPublished}).
   */
  private final Map<String, Optional<BasicFileAttributes>> kept = new ConcurrentHashMap<>();
  /**
   * Folders of the staging folder made lately. Most files go into a folder already made, and
   * {@link Files#createDirectories} would find that out by failing to make it (an exception each
   * time): tens of thousands of times on a large site. Those files come one after another (a
   * search index's, a section's assets), so a small table of the folders made last finds nearly
   * all of them, where a set of every folder held one path per page (150,000 at 50,000 pages x 3)
   * until the build ended. Each folder has one slot, by its hash; a folder that lost its slot is
   * only asked for again.
   */
  private static final int MADE_FOLDER_SLOTS = 1024;
  private final AtomicReferenceArray<Path> madeFolders = new AtomicReferenceArray<>(MADE_FOLDER_SLOTS);
  /**
   * Staged paths that {@link #reuse} linked to (or copied from) a file of the output this build
   * replaces: the only staged files {@link #replace} must unlink before writing. Unlinking every
   * path first, most of which were never there, was a quarter of the time a search index took
   * to write its files.
   */
  private final Set<String> linked = ConcurrentHashMap.newKeySet();
  /**
   * In place: the files of the published site, listed on a thread of its own while the build
   * runs, so that publishing knows which are gone without walking the folder then (at 10,000
   * pages × 3, 49,000 files: a tenth of a one-page rebuild, with nothing else to do meanwhile).
   * Only another build's publication could change them, and that refuses the update in place.
   * With the last build's {@link PublishedListing}, only folders changed since are read.
   */
  private final java.util.concurrent.FutureTask<PublishedListing.Scan> publishedFiles; // null when not in place
  /** After publishing: what the next build may take as the published site's listing. */
  private volatile PublishedListing listing;
  /** Whether the build keeps a listing of what it publishes for the next build (it has a cache). */
  private final boolean recordsListing;
  /** A whole site, with {@link #recordsListing}: the folders the last walk of the staging folder went through; null before it. */
  private volatile List<PublishedListing.Folders> walked;

  /** Called after each step of a swap ({@link Swap}); tests stop a swap there as a kill would. */
  interface Steps {
    void after(String step);
  }

  private StagedOutput(
      Path shown, Path out, Path staging, FileLockHolder buildLock, BuildOwner owner, boolean createdOut, Steps steps, boolean inPlace,
      String startedOn, Optional<Path> lastListing, Ahead ahead) {
    this.shown = shown;
    this.out = out;
    this.staging = staging;
    this.stagingPrefix = staging + java.io.File.separator;
    this.buildLock = buildLock;
    this.owner = owner;
    this.createdOut = createdOut;
    this.steps = steps;
    this.inPlace = inPlace;
    this.startedOn = startedOn;
    this.recordsListing = lastListing.isPresent();
    this.publishedFiles = !inPlace ? null : ahead.of(out, startedOn).orElseGet(() -> listInBackground(out, lastListing, startedOn));
  }

  /**
   * The listing of a published site ({@link #publishedFiles}) started before the build knows it
   * will publish ({@link #scanAhead}), taken by {@link #create} when the folder still holds the
   * publication it was started on.
   *
   * <p>Why: started when the staging folder is made, after the checks, the listing was not done
   * when the first page was taken over (some 0.4 s later at 10,000 pages x 3), and those waited
   * for it with one core idle; started ahead, it runs beside the assembly of the site, which
   * leaves the other core idle.
   */
  public static final class Ahead {
    /** None started: {@link #create} lists the folder itself when it publishes in place. */
    public static final Ahead NONE = new Ahead(null, null, null);

    private final Path out;
    private final String publication;
    private final java.util.concurrent.FutureTask<PublishedListing.Scan> scan;

    private Ahead(Path out, String publication, java.util.concurrent.FutureTask<PublishedListing.Scan> scan) {
      this.out = out;
      this.publication = publication;
      this.scan = scan;
    }

    /** Waits for the listing to be done; for tests. */
    void await() throws Exception {
      if (scan != null) scan.get();
    }

    /** The listing, when it was started on the folder {@code real} holding {@code publication}. */
    private Optional<java.util.concurrent.FutureTask<PublishedListing.Scan>> of(Path real, String publication) {
      return scan != null && out.equals(real) && this.publication.equals(publication) ? Optional.of(scan) : Optional.empty();
    }
  }

  /**
   * Starts listing the site published in {@code out} on a thread of its own (read only), for a
   * later {@link #create} with the same {@code lastListing}; {@link Ahead#NONE} when {@code out}
   * holds no published site, or cannot be read (create reports why).
   */
  public static Ahead scanAhead(Path out, Optional<Path> lastListing) {
    try {
      Path real = OutputFolders.followLinks(out.toAbsolutePath().normalize());
      if (!Files.isDirectory(real) || !Files.exists(real.resolve(MARKER))) return Ahead.NONE;
      String publication = publication(real);
      return new Ahead(real, publication, listInBackground(real, lastListing, publication));
    } catch (IOException e) {
      return Ahead.NONE;
    }
  }

  /**
   * Starts listing the site files of {@code out} on a thread of their own (see {@link
   * #publishedFiles}), guided by the listing the last build left in {@code lastListing} when it
   * describes the publication this build starts on.
   */
  private static java.util.concurrent.FutureTask<PublishedListing.Scan> listInBackground(Path out, Optional<Path> lastListing, String startedOn) {
    java.util.concurrent.FutureTask<PublishedListing.Scan> files = new java.util.concurrent.FutureTask<>(() -> PublishedListing.scan(out,
        lastListing.flatMap(PublishedListing::read).filter(l -> l.publication().equals(startedOn))));
    Thread listing = new Thread(files, "fieldguide-published-files");
    listing.setDaemon(true);
    listing.start();
    return files;
  }

  /** The published site's files (see {@link #publishedFiles}); only in place. */
  private PublishedListing.Scan publishedFiles() throws IOException {
    try {
      return publishedFiles.get();
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      throw new IllegalStateException("listing the published files failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while listing the published files");
    }
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
    return create(out, true);
  }

  /**
   * As {@link #create(Path)}; with {@code mayPublishInPlace} false the whole site is staged even
   * where a site is published (after {@link InPlaceRefused}).
   */
  public static StagedOutput create(Path out, boolean mayPublishInPlace) throws IOException, UnsafeOutputException {
    return create(out, mayPublishInPlace, Optional.empty());
  }

  /**
   * As {@link #create(Path, boolean)}; {@code lastListing} is a file where the last build kept
   * its {@link #listing()}, which spares reading the folders that did not change since.
   */
  public static StagedOutput create(Path out, boolean mayPublishInPlace, Optional<Path> lastListing) throws IOException, UnsafeOutputException {
    return create(out, mayPublishInPlace, lastListing, Ahead.NONE);
  }

  /** As {@link #create(Path, boolean, Optional)}, taking the listing {@code ahead} started when it still applies. */
  public static StagedOutput create(Path out, boolean mayPublishInPlace, Optional<Path> lastListing, Ahead ahead)
      throws IOException, UnsafeOutputException {
    return create(out, BuildOwner.current(), step -> {}, mayPublishInPlace, lastListing, ahead);
  }

  /** @param mayPublishInPlace whether a folder that holds a site is updated in place (tests choose) */
  static StagedOutput create(Path out, BuildOwner owner, Steps steps, boolean mayPublishInPlace) throws IOException, UnsafeOutputException {
    return create(out, owner, steps, mayPublishInPlace, Optional.empty(), Ahead.NONE);
  }

  private static StagedOutput create(Path out, BuildOwner owner, Steps steps, boolean mayPublishInPlace, Optional<Path> lastListing, Ahead ahead)
      throws IOException, UnsafeOutputException {
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
        boolean inPlace = mayPublishInPlace && !OutputFolders.siteEntries(real).isEmpty();
        return new StagedOutput(shown, real, staging, buildLock, owner, !exists, steps, inPlace, publication(real), lastListing, ahead);
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
    boolean empty;
    try (Stream<Path> list = Files.list(dir)) {
      empty = list.findAny().isEmpty();
    }
    // Asked again after the listing: a build that has just created the folder writes the marker
    // before anything else, so if the listing saw an entry of that build, the marker is there by
    // now. Without this, two builds starting at once into a new folder could refuse each other's.
    return empty || Files.exists(dir.resolve(MARKER));
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

  private volatile String summary = "not published";

  /** What {@link #commit()} did, for {@code --verbose}: in place or whole, and how many files. */
  public String summary() {
    return summary;
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
      Optional<BasicFileAttributes> same = inPlace ? samePublished(p, content) : Optional.empty();
      if (same.isPresent()) {
        keep(p, same.get());
        return;
      }
      folder(p.getParent());
      Files.write(p, content);
      stage(p);
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
   * such as a zip of the site); the caller closes it. In place, a file that turns out the same
   * as the published one is dropped once closed, and the published one kept.
   */
  public OutputStream open(String relPath) {
    Path p = inStaging(relPath);
    try {
      folder(p.getParent());
      Files.deleteIfExists(p);
      OutputStream file = Files.newOutputStream(p);
      if (!inPlace) return file;
      return new java.io.FilterOutputStream(file) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len); // FilterOutputStream would write byte by byte
        }

        @Override
        public void close() throws IOException {
          super.close();
          Path published = out(p);
          Optional<BasicFileAttributes> attrs = publishedFile(published);
          // Sizes first: comparing bytes read both files up to the first difference (tens of
          // megabytes for a site's zip that changed in its middle).
          if (attrs.isPresent() && attrs.get().size() == Files.size(p) && sameFile(p, published)) {
            Files.delete(p);
            keep(p, attrs.get());
          } else {
            stage(p);
          }
        }
      };
    } catch (IOException e) {
      throw writeFailure(relPath, e);
    }
  }

  /** Removes {@code relPath} from the staged output, if it is there. */
  public void remove(String relPath) {
    Path p = inStaging(relPath);
    try {
      Files.deleteIfExists(p);
      String rel = rel(p);
      staged.remove(rel);
      kept.remove(rel);
      linked.remove(rel);
    } catch (IOException e) {
      throw writeFailure(relPath, e);
    }
  }

  /** As {@link #replace(String, String)}, for bytes. */
  public void replace(String relPath, byte[] content) {
    Path p = inStaging(relPath);
    try {
      if (linked.remove(rel(p))) Files.deleteIfExists(p);
    } catch (IOException e) {
      throw writeFailure(relPath, e);
    }
    write(relPath, content);
  }

  /**
   * Puts the file {@code previous} (from the output this build replaces) at {@code relPath}
   * unchanged. In place, when it is the published file at that path, it simply stays; else a
   * hard link where the file system allows, or a copy. False when {@code previous} is gone, so
   * the caller writes the file instead.
   */
  public boolean reuse(String relPath, Path previous) {
    if (inPlace) {
      // A plain path (every page and search file a rebuild takes over, tens of thousands) is the
      // site path as given: no path in the staging folder is made for it.
      String rel = plain(relPath) ? relPath : rel(inStaging(relPath));
      Path published = out.resolve(rel);
      if (previous.equals(published) || previous.equals(shown.resolve(rel))) return keepPublished(rel);
    }
    Path p = inStaging(relPath);
    try {
      folder(p.getParent());
      linked.add(rel(p));
      try {
        Files.createLink(p, previous);
      } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
        if (!Files.isRegularFile(previous)) return false;
        Files.copy(previous, p, StandardCopyOption.REPLACE_EXISTING);
      }
      stage(p);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Copies {@code source} (which may be inside a jar) to {@code relPath}, with a new file's default mode. */
  public void copy(String relPath, Path source) {
    if (inPlace) {
      // Theme files and a site's images: small enough to compare with the published file in memory.
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(source);
      } catch (IOException e) {
        throw writeFailure(relPath, e);
      }
      write(relPath, bytes);
      return;
    }
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

  /**
   * As {@link #eachFile(java.util.function.BiConsumer)}, a new staging folder walked one entry of
   * its second level (a language's section, the search index of a language…) per task of {@code tasks}:
   * walked on one thread, the 80,000 files and folders of a cold build at 10,000 pages x 3 were
   * a second of one core with the other idle, at the start of the offline stage. {@code each} is
   * called on the calling thread, a piece's files together.
   */
  public void eachFile(org.fieldguide.concurrent.Tasks tasks, java.util.function.BiConsumer<String, BasicFileAttributes> each)
      throws IOException {
    if (inPlace) {
      eachFile(each);
      return;
    }
    // Two levels deep (each language's sections, the search index's languages), as the top level
    // alone left one task with most of the walk.
    List<Path> pieces = new ArrayList<>();
    try (Stream<Path> tops = Files.list(staging)) {
      for (Path top : tops.sorted().toList()) {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
          pieces.add(top);
          continue;
        }
        try (Stream<Path> inside = Files.list(top)) {
          inside.sorted().forEach(pieces::add);
        }
      }
    }
    long started = PublishedListing.nowNanos();
    List<PieceWalk> found;
    try {
      found = tasks.map(pieces, piece -> {
        List<Map.Entry<String, BasicFileAttributes>> files = new ArrayList<>();
        PublishedListing.Seen seen = recordsListing ? new PublishedListing.Seen(started) : null;
        try {
          walkFiles(piece, (rel, attrs) -> files.add(Map.entry(rel, attrs)), seen);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return new PieceWalk(files, seen == null ? null : seen.done());
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (PieceWalk piece : found) piece.files().forEach(f -> each.accept(f.getKey(), f.getValue()));
    if (recordsListing) walked = found.stream().map(PieceWalk::seen).toList();
  }

  /**
   * Calls {@code each} with every file of the new site, in no particular order: its path in the
   * site and its attributes. {@link #locate} says where each is now: in the staging folder, or
   * (in place) the published file kept as it is. Not while files are still written.
   *
   * <p>The attributes come with the listing because the offline stage needs every file's size and
   * identity: a published file kept has them from when it was found to stay (null: the file the
   * last build published at that path, as it was then; see {@link #keepPublished}), and a walk of the
   * staging folder reads them once per file. Listing paths first and asking again (the walk's
   * own stat, then whether it is a regular file, then the attributes) was three system calls per
   * file, for the 49,000 files of a site of 10,000 pages x 3.
   */
  public void eachFile(java.util.function.BiConsumer<String, BasicFileAttributes> each) throws IOException {
    if (inPlace) {
      for (String rel : staged) each.accept(rel, Files.readAttributes(inStaging(rel), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
      kept.forEach((rel, attrs) -> each.accept(rel, attrs.orElse(null)));
      return;
    }
    long started = PublishedListing.nowNanos();
    PublishedListing.Seen seen = recordsListing ? new PublishedListing.Seen(started) : null;
    walkFiles(staging, each, seen);
    if (seen != null) walked = List.of(seen.done());
  }

  /** One piece of a walk of the staging folder: its files, and its folders when {@link #recordsListing}. */
  private record PieceWalk(List<Map.Entry<String, BasicFileAttributes>> files, PublishedListing.Folders seen) {}

  /**
   * The regular files at and below {@code start} in the staging folder, by their site paths (the
   * build's lock file left out); the folders gone through told to {@code seen} unless it is null.
   */
  private void walkFiles(Path start, java.util.function.BiConsumer<String, BasicFileAttributes> each, PublishedListing.Seen seen)
      throws IOException {
    Files.walkFileTree(start, new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (seen != null) seen.enter(dir.equals(staging) ? "" : rel(dir), attrs);
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String rel = rel(file);
        if (rel.equals(BUILD_LOCK)) return java.nio.file.FileVisitResult.CONTINUE;
        if (attrs.isRegularFile()) each.accept(rel, attrs);
        if (seen != null) seen.file(file.getFileName().toString());
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) throw e;
        if (seen != null) seen.leave();
        return java.nio.file.FileVisitResult.CONTINUE;
      }
    });
  }

  /** Where the file at {@code relPath} of the new site is now (see {@link #files()}); where it goes, for a file not yet written. */
  public Path locate(String relPath) {
    Path p = inStaging(relPath);
    return inPlace && kept.containsKey(rel(p)) ? out(p) : p;
  }

  private void folder(Path dir) throws IOException {
    int slot = dir.hashCode() & (MADE_FOLDER_SLOTS - 1);
    if (dir.equals(madeFolders.get(slot))) return;
    Files.createDirectories(dir);
    madeFolders.set(slot, dir);
  }

  /** Records a file written into the staging folder as part of the new site. */
  private void stage(Path p) {
    if (!inPlace) return;
    String rel = rel(p);
    kept.remove(rel);
    staged.add(rel);
  }

  /**
   * Keeps the published file at site path {@code rel}; false when it is gone (then it is written).
   *
   * <p>Asked of the scan of the published site ({@link #publishedFiles}) rather than of the file
   * system: a one-page rebuild keeps nearly every file (49,000 at 10,000 pages x 3), and asking
   * each for its attributes was a twentieth of its processor time, mostly the kernel walking
   * seven-folder paths. A file in a folder the scan read has the attributes read then. A file in a
   * folder the scan took as recorded (its time unchanged since the last build listed it) is the
   * file that build published: every file it left there was either its own, kept or moved in, or
   * removed, and replacing or removing one changes the folder's time. Its attributes are the ones
   * the last build recorded (the offline history has them), so none are given. Only a file
   * rewritten where it stands, by hand inside the output, escapes this, as it escapes every
   * build's notice of which pages changed: such a page stays as edited until its source changes.
   */
  private boolean keepPublished(String rel) {
    try {
      PublishedListing.Scan scan = publishedFiles();
      BasicFileAttributes read = scan.read().get(rel);
      if (read != null ? !read.isRegularFile() : !scan.holds(rel)) return false;
      keep(rel, Optional.ofNullable(read));
      return true;
    } catch (IOException e) {
      // The scan failed (publishing reports why, and publishes nothing), or the staged copy would
      // not go: the file is written instead.
      return false;
    }
  }

  /** Records that the published file at the path of {@code p} stays as it is, dropping any staged one. */
  private void keep(Path p, BasicFileAttributes attrs) throws IOException {
    keep(rel(p), Optional.of(attrs));
  }

  private void keep(String rel, Optional<BasicFileAttributes> attrs) throws IOException {
    // In place, only a staged path has a file in the staging folder: asking the file system to
    // delete every other (tens of thousands a rebuild) failed each time, at a system call's cost.
    if (staged.remove(rel)) Files.deleteIfExists(staging.resolve(rel));
    kept.put(rel, attrs);
  }

  /** Whether two files hold the same bytes; false when {@code published} is gone (see {@link #samePublished}). */
  private static boolean sameFile(Path staged, Path published) throws IOException {
    try {
      return Files.mismatch(staged, published) == -1L;
    } catch (java.nio.file.NoSuchFileException e) {
      return false;
    }
  }

  /** The attributes of the published file at the path of staged {@code p} when it holds exactly {@code content}. */
  private Optional<BasicFileAttributes> samePublished(Path p, byte[] content) throws IOException {
    Path published = out(p);
    Optional<BasicFileAttributes> attrs = publishedFile(published);
    if (attrs.isEmpty() || attrs.get().size() != content.length) return Optional.empty();
    try {
      return Arrays.equals(Files.readAllBytes(published), content) ? attrs : Optional.empty();
    } catch (java.nio.file.NoSuchFileException e) {
      // Another build publishing into the folder took it away meanwhile: a new file here, and
      // the in-place publication will be refused (the folder's publication changed).
      return Optional.empty();
    }
  }

  /** The attributes of {@code file} when it is a regular file (a link is not followed); empty when it is not, or is gone. */
  private static Optional<BasicFileAttributes> publishedFile(Path file) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attrs.isRegularFile() ? Optional.of(attrs) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The published file at the path of staged {@code p}. */
  private Path out(Path p) {
    return out.resolve(rel(p));
  }

  /**
   * The site path of {@code p}, a path in the staging folder. Taken from its text where names
   * are separated by {@code /}: relativising allocated a path and two strings per call, several
   * calls per file, tens of thousands of files per build.
   */
  private String rel(Path p) {
    String s = p.toString();
    if (java.io.File.separatorChar == '/' && s.startsWith(stagingPrefix)) return s.substring(stagingPrefix.length());
    return staging.relativize(p).toString().replace('\\', '/');
  }

  /**
   * Whether {@code relPath} is already what normalising it would give, inside the site and not
   * one of fieldguide's own entries: names between single slashes, none of them {@code .} or
   * {@code ..} (every path the stages write; a path from elsewhere is checked the long way).
   */
  private static boolean plain(String relPath) {
    if (relPath.isEmpty() || relPath.startsWith(CONTROL_PREFIX) || relPath.indexOf('\\') >= 0) return false;
    for (int start = 0; ; ) {
      int slash = relPath.indexOf('/', start);
      int end = slash < 0 ? relPath.length() : slash;
      int length = end - start;
      if (length == 0) return false; // a slash first, last or doubled
      if (relPath.charAt(start) == '.' && (length == 1 || length == 2 && relPath.charAt(start + 1) == '.')) return false;
      if (slash < 0) return true;
      start = slash + 1;
    }
  }

  private Path inStaging(String relPath) {
    if (plain(relPath)) return staging.resolve(relPath);
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
    committing = true;
    String oldName = OLD_PREFIX + owner.id() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    Path old = out.resolve(oldName);
    try {
      return underSwapLock(out, () -> {
        OutputFolders.rollBackInterrupted(out); // another build may have been killed since this one started
        return inPlace ? publishInPlace(oldName, old) : publishWhole(oldName, old);
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

  /** Swaps the new site's top-level entries in (under the swap lock). */
  private List<String> publishWhole(String oldName, Path old) throws IOException {
    List<String> entries = OutputFolders.siteEntries(staging);
    new Swap(shown, out, staging, old, steps).whole(SwapJournal.whole(staging.getFileName().toString(), oldName, entries), entries);
    summary = "whole site swapped in";
    List<PublishedListing.Folders> walk = walked;
    if (walk != null) {
      try {
        listing = PublishedListing.whole(publication(out), walk);
      } catch (IOException e) {
        // Published all the same; without a listing the next build reads every folder of the site.
      }
    }
    return cleanUp(old, List.of());
  }

  /**
   * Publishes in place (under the swap lock): each staged file replaces the published one at its
   * path (moved aside first), and published files the new site lacks are moved aside; files kept
   * stay untouched. The journal lists every path, so a kill is undone as for a whole swap.
   */
  private List<String> publishInPlace(String oldName, Path old) throws IOException {
    if (!publication(out).equals(startedOn)) {
      throw new InPlaceRefused("cannot publish the site into " + shown + ": another build published there while this one ran, so"
          + " the files this build kept from the site before may no longer be that site's. Nothing was published.", null);
    }
    List<String> files = staged.stream().sorted().toList();
    PublishedListing.Scan published = publishedFiles();
    // What the new site lacks: asked of the two sets as they are, not of a third joining them (a
    // copy of 49,000 paths at 10,000 pages x 3, under the lock, on the main thread).
    List<String> gone = new ArrayList<>();
    for (String f : published.files()) if (!kept.containsKey(f) && !staged.contains(f)) gone.add(f);
    new Swap(shown, out, staging, old, steps).inPlace(SwapJournal.inPlace(staging.getFileName().toString(), oldName, files, gone));
    summary = String.format(java.util.Locale.ROOT, "in place: %d files written, %d removed, %d unchanged", files.size(), gone.size(), kept.size());
    List<String> problems = cleanUp(old, gone);
    listing = PublishedListing.after(publication(out), files, gone, published);
    return problems;
  }

  /**
   * After publishing, the listing of the published site for the next build (see {@link
   * #create(Path, boolean, Optional)}): after an update in place, or after a whole site was swapped
   * in once the offline stage walked its staging folder; empty when the build keeps no cache.
   */
  public Optional<PublishedListing> listing() {
    return Optional.ofNullable(listing);
  }

  /** After publishing: deletes the previous site's files and the staging folder, and folders that {@code gone} files left empty. */
  private List<String> cleanUp(Path old, List<String> gone) {
    List<String> problems = new ArrayList<>();
    OutputFolders.deleteTree(old).ifPresent(reason -> problems.add(
        "the site was published, but some of the previous site's files could not be deleted (" + reason + "); delete " + old + " by hand."));
    OutputFolders.deleteTree(staging).ifPresent(reason -> problems.add(
        "the site was published, but its staging folder could not be deleted (" + reason + "); delete " + staging + " by hand."));
    OutputFolders.deleteEmptyFolders(out, gone);
    return problems;
  }

  /**
   * The publication of an output folder: the identity and time of its marker, which every
   * publishing touches. An in-place build keeps files of the site it started on, so it must
   * publish on that site.
   */
  private static String publication(Path out) throws IOException {
    BasicFileAttributes attrs = Files.readAttributes(out.resolve(MARKER), BasicFileAttributes.class);
    return attrs.fileKey() + " " + attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
  }

  /**
   * Whether this is an update in place and another build published into the folder since it
   * started, or is publishing there now: the published files it kept may be gone, and it is to be
   * done again with the whole site staged ({@link InPlaceRefused}).
   */
  public boolean publishedMeanwhile() {
    try {
      // Another build's swap moves the published files aside before it marks the folder: while
      // its journal is there, it is publishing (a kept file of this build may be gone already).
      return inPlace && (!publication(out).equals(startedOn) || (!committing && Files.exists(out.resolve(SwapJournal.FILE), LinkOption.NOFOLLOW_LINKS)));
    } catch (IOException e) {
      return inPlace;
    }
  }

  /**
   * An in-place update could not be published, and nothing was: another build published into
   * the folder meanwhile, or a published file refused to move. Staging the whole site may still
   * succeed ({@link #create(Path, boolean)}).
   */
  public static final class InPlaceRefused extends PublishFailure {
    private static final long serialVersionUID = 1L;

    InPlaceRefused(String message, IOException cause) {
      super(message, cause);
    }
  }

  /** A failed swap, with its message for writers complete. */
  static class PublishFailure extends IOException {
    private static final long serialVersionUID = 1L;

    PublishFailure(String message, IOException cause) {
      super(message, cause);
    }
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
