package org.fieldguide.output;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fieldguide.concurrent.DataText;

/**
 * The files of a site published in place, by folder, with each folder's modification time as the
 * build that published it left it: what the next build needs to list the published files without
 * reading every folder of the site again.
 *
 * <p>Why: an update in place must know the published files the new site lacks (to remove them),
 * including files put there by hand. Walking the output folder for that read 31,000 folders and
 * asked for the attributes of 49,000 files at 10,000 pages × 3 (1 to 1.4 s of one core, on a
 * machine with two, during every one-page rebuild). A folder's modification time changes whenever
 * an entry is added to it, removed or renamed, so a folder whose time is the one recorded still
 * holds the files recorded; only the folders themselves are asked for their attributes, and only
 * those that changed are read.
 *
 * <p>What is recorded errs towards reading a folder again: folders this build's publication
 * changed, and folders changed less than two seconds before they were looked at, are recorded
 * without a time, so the next build reads them: a file system keeps times to its own step (FAT's
 * is two seconds), and a change made after a folder was looked at, within the step of the change
 * seen then, would leave the folder's time as it was. A listing is only used for the publication
 * it was made for ({@link #publication}).
 */
public final class PublishedListing {
  private static final int FORMAT = 2;
  /** The time of a folder to be read again whatever its time is then. */
  private static final long UNKNOWN = Long.MIN_VALUE;
  /** Changed this recently before the scan (nanoseconds): recorded without its time (see the class description). */
  private static final long RECENT = TimeUnit.SECONDS.toNanos(2);

  private final String publication;
  /** By site path of the folder (never the site's top folder, which is always read): its time and entries. */
  private final Map<String, Folder> folders;
  /** More folders, already as {@link #writeTo} writes them (after a whole site was swapped in). */
  private final List<Folders> written;

  private record Folder(long time, List<String> files, List<String> folders) {}

  private PublishedListing(String publication, Map<String, Folder> folders) {
    this(publication, folders, List.of());
  }

  private PublishedListing(String publication, Map<String, Folder> folders, List<Folders> written) {
    this.publication = publication;
    this.folders = folders;
    this.written = written;
  }

  /**
   * Each folder's files, and its folders with a {@code /} after their names; for tests, of a
   * listing read or made after an update in place (one made by {@link #whole} holds its folders
   * only as written: read it back).
   */
  Map<String, List<String>> structure() {
    Map<String, List<String>> m = new java.util.TreeMap<>();
    folders.forEach((name, f) -> {
      List<String> entries = new ArrayList<>(f.files());
      f.folders().forEach(sub -> entries.add(sub + "/"));
      entries.sort(null);
      m.put(name, entries);
    });
    return m;
  }

  /** The publication of the output folder this listing describes (see {@link StagedOutput}). */
  String publication() {
    return publication;
  }

  /**
   * What a scan of the published site found: its files, sorted, every folder with its entries and
   * its time when it was looked at, and the attributes of the files in folders it read (not
   * those of folders it took as recorded, which it did not ask about).
   */
  record Scan(List<String> files, Map<String, Folder> folders, Map<String, BasicFileAttributes> read, long startedNanos) {
    /** Whether the scan found something other than a folder at site path {@code rel}. */
    boolean holds(String rel) {
      return java.util.Collections.binarySearch(files, rel) >= 0;
    }
  }

  /** A recorded folder turned out not to be as recorded (its time notwithstanding): the scan starts again without the listing. */
  private static final class NotAsRecorded extends Exception {
    private static final long serialVersionUID = 1L;

    NotAsRecorded() {
      super(null, null, false, false);
    }
  }

  /**
   * The files of the site published in {@code out} (anything but a folder, links not followed), by
   * site path, sorted; fieldguide's own entries left out. With {@code last}, a folder whose time
   * is the one recorded there is taken as recorded, without reading it.
   */
  static Scan scan(Path out, Optional<PublishedListing> last) throws IOException {
    long started = nowNanos();
    try {
      return scan(out, last.map(l -> l.folders).orElse(Map.of()), started);
    } catch (NotAsRecorded e) {
      try {
        return scan(out, Map.of(), started);
      } catch (NotAsRecorded cannot) {
        throw new IllegalStateException("a scan without a listing trusts no record", cannot);
      }
    }
  }

  private static Scan scan(Path out, Map<String, Folder> known, long started) throws IOException, NotAsRecorded {
    List<String> files = new ArrayList<>();
    Map<String, Folder> folders = new HashMap<>();
    Map<String, BasicFileAttributes> read = new HashMap<>();
    for (String entry : OutputFolders.siteEntries(out)) visit(out, entry, known, files, folders, read);
    files.sort(null); // String order, as holds searches it
    return new Scan(files, folders, read, started);
  }

  private static final int GONE = 0;
  private static final int FILE = 1;
  private static final int FOLDER = 2;

  /** Adds what is at {@code rel} to {@code files} and {@code folders}; what it is. */
  private static int visit(
      Path out, String rel, Map<String, Folder> known, List<String> files, Map<String, Folder> folders, Map<String, BasicFileAttributes> read)
      throws IOException, NotAsRecorded {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(out.resolve(rel), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return GONE; // gone since its folder was read
    }
    if (!attrs.isDirectory()) {
      files.add(rel);
      read.put(rel, attrs);
      return FILE;
    }
    long time = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    Folder recorded = known.get(rel);
    if (recorded != null && recorded.time() == time && time != UNKNOWN) {
      // Removing or adding a folder changes its parent's time: one missing here means the times cannot be trusted.
      for (String f : recorded.folders()) if (visit(out, rel + "/" + f, known, files, folders, read) != FOLDER) throw new NotAsRecorded();
      for (String f : recorded.files()) files.add(rel + "/" + f);
      folders.put(rel, recorded);
      return FOLDER;
    }
    List<String> names;
    try (Stream<Path> list = Files.list(out.resolve(rel))) {
      names = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<String> inFiles = new ArrayList<>();
    List<String> inFolders = new ArrayList<>();
    for (String name : names) {
      int kind = visit(out, rel + "/" + name, known, files, folders, read);
      if (kind == FILE) inFiles.add(name);
      else if (kind == FOLDER) inFolders.add(name);
    }
    folders.put(rel, new Folder(time, List.copyOf(inFiles), List.copyOf(inFolders)));
    return FOLDER;
  }

  /** A folder changed by a publication, while the listing after it is made. */
  private record Changing(java.util.TreeSet<String> files, java.util.TreeSet<String> folders) {
    static Changing of(Folder f) {
      return new Changing(new java.util.TreeSet<>(f == null ? List.of() : f.files()), new java.util.TreeSet<>(f == null ? List.of() : f.folders()));
    }
  }

  /**
   * The listing of a site published in place, from the {@code scan} made before: the published
   * files of the site are what it found, less {@code gone}, with {@code staged} (files the
   * publication moved in). Folders those are in, and their parents, are recorded without a time:
   * the publication changed them. So are folders changed less than two seconds before the scan
   * looked at them. Costs what the publication changed, not the size of the site (made
   * from the site's 49,000 paths instead, it was a third of a second after publishing).
   */
  static PublishedListing after(String publication, Collection<String> staged, Collection<String> gone, Scan scan) {
    Map<String, Folder> folders = new HashMap<>(scan.folders());
    Map<String, Changing> changing = new HashMap<>();
    Set<String> touched = new HashSet<>();
    for (Collection<String> paths : List.of(staged, gone)) {
      for (String path : paths) {
        for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) touched.add(path.substring(0, slash));
      }
    }
    for (String path : gone) {
      int slash = path.lastIndexOf('/');
      if (slash > 0) change(path.substring(0, slash), folders, changing).files().remove(path.substring(slash + 1));
    }
    for (String path : staged) {
      if (folders.containsKey(path)) {
        // A file where a folder was: the folder went with everything in it.
        folders.keySet().removeIf(f -> f.equals(path) || f.startsWith(path + "/"));
        changing.keySet().removeIf(f -> f.equals(path) || f.startsWith(path + "/"));
        int up = path.lastIndexOf('/');
        if (up > 0) change(path.substring(0, up), folders, changing).folders().remove(path.substring(up + 1));
      }
    }
    for (String path : staged) {
      int slash = path.lastIndexOf('/');
      if (slash < 0) continue; // in the top folder, which is always read
      change(path.substring(0, slash), folders, changing).files().add(path.substring(slash + 1));
      // Its folder and those above it, each in its parent, up to the first already there.
      for (String f = path.substring(0, slash); f.lastIndexOf('/') > 0; f = f.substring(0, f.lastIndexOf('/'))) {
        int up = f.lastIndexOf('/');
        if (!change(f.substring(0, up), folders, changing).folders().add(f.substring(up + 1))) break;
      }
    }
    // A folder that removing files emptied was removed too (StagedOutput.cleanUp), deepest first.
    List<String> emptied = new ArrayList<>(changing.keySet());
    emptied.sort(java.util.Comparator.comparingInt((String f) -> f.length()).reversed());
    for (String f : emptied) {
      // Up the chain, as far as removing a folder empties its parent.
      for (String folder = f; ; ) {
        Changing c = changing.get(folder);
        if (c == null || !c.files().isEmpty() || !c.folders().isEmpty()) break;
        changing.remove(folder);
        folders.remove(folder);
        int up = folder.lastIndexOf('/');
        if (up < 0) break;
        change(folder.substring(0, up), folders, changing).folders().remove(folder.substring(up + 1));
        folder = folder.substring(0, up);
      }
    }
    for (Map.Entry<String, Changing> e : changing.entrySet()) {
      folders.put(e.getKey(), new Folder(UNKNOWN, List.copyOf(e.getValue().files()), List.copyOf(e.getValue().folders())));
    }
    for (Map.Entry<String, Folder> e : folders.entrySet()) {
      Folder f = e.getValue();
      if (f.time() != UNKNOWN && (touched.contains(e.getKey()) || f.time() >= scan.startedNanos() - RECENT)) {
        e.setValue(new Folder(UNKNOWN, f.files(), f.folders()));
      }
    }
    return new PublishedListing(publication, folders);
  }

  /**
   * The folders a walk of a new site's staging folder went through, each with its time and files,
   * as {@link #writeTo} writes them: once the whole site is swapped in, the listing the next build
   * takes ({@link #whole}). Made by the walk the offline stage does anyway, so the next build, an
   * update in place, reads only the folders changed since instead of the whole site: the first
   * one-page rebuild after a full build spent 0.9 s more than the next ones doing that at 10,000
   * pages x 3. Kept as bytes: kept as records, the names of 150,000 folders and 250,000 files at
   * 50,000 pages x 3 were 29 MiB more at the peak of a first build with a cache. One per walking
   * thread, as the walk goes: {@link #enter}, {@link #file}, {@link #leave}, then {@link #done}.
   *
   * <p>The site's top folders are left out, so the next build reads them: swapping the site in
   * moved them, and a move may change a folder's time (their subfolders stay as they were). As
   * after an update in place, folders changed less than two seconds before the walk started are
   * recorded without their time; a folder changed after the walk looked at it (the offline bundles
   * are written after) has another time by then, and is read.
   */
  static final class Seen {
    private final long recentSince;
    private final java.util.ArrayDeque<Open> open = new java.util.ArrayDeque<>();
    private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);
    private final List<String> keys = new ArrayList<>();
    private int[] starts = new int[64];

    private record Open(String rel, long time, List<String> files) {}

    /** @param startedNanos when the walk started */
    Seen(long startedNanos) {
      this.recentSince = startedNanos - RECENT;
    }

    /** Entering the folder at site path {@code rel}, with the attributes the walk read. */
    void enter(String rel, BasicFileAttributes attrs) {
      open.push(new Open(rel, attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), new ArrayList<>()));
    }

    /** Anything but a folder, named {@code name}, in the folder entered last. */
    void file(String name) {
      if (!open.isEmpty()) open.peek().files().add(name);
    }

    /** Done with the folder entered last. */
    void leave() {
      Open o = open.pop();
      if (o.rel().indexOf('/') <= 0) return; // the top folder, or one of the site's top folders
      o.files().sort(null);
      if (keys.size() == starts.length) starts = java.util.Arrays.copyOf(starts, starts.length * 2);
      starts[keys.size()] = bytes.size();
      keys.add(o.rel());
      try {
        writeFolder(out, o.rel(), o.time() >= recentSince ? UNKNOWN : o.time(), o.files());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e); // a ByteArrayOutputStream does not fail
      }
    }

    /** The folders seen, in the order of their paths rather than the walk's (which follows the file system's). */
    Folders done() {
      byte[] all = bytes.toByteArray();
      int n = keys.size();
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) order[i] = i;
      java.util.Arrays.sort(order, java.util.Comparator.comparing(keys::get));
      java.io.ByteArrayOutputStream sorted = new java.io.ByteArrayOutputStream(all.length);
      for (int i : order) sorted.write(all, starts[i], (i + 1 < n ? starts[i + 1] : all.length) - starts[i]);
      return new Folders(n, sorted.toByteArray());
    }
  }

  /** Folders as {@link #writeTo} writes them, {@code count} of them one after another. */
  record Folders(int count, byte[] bytes) {}

  /** The listing of a whole site swapped in for {@code publication}, from what the walks of its staging folder saw. */
  static PublishedListing whole(String publication, Collection<Folders> seen) {
    return new PublishedListing(publication, Map.of(), List.copyOf(seen));
  }

  private static Changing change(String folder, Map<String, Folder> folders, Map<String, Changing> changing) {
    return changing.computeIfAbsent(folder, f -> Changing.of(folders.get(f)));
  }

  /**
   * Writes the listing for {@link #read}, folders in a stable order (the same site, the same
   * bytes; by hash, see {@code OutputHistory.writeTo});
   * a folder's file names as one text, separated by NUL, which no name holds.
   */
  public void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(FORMAT);
    DataText.write(out, publication);
    List<Map.Entry<String, Folder>> entries = org.fieldguide.digest.HashOrder.entries(folders);
    out.writeInt(entries.size() + written.stream().mapToInt(Folders::count).sum());
    for (Map.Entry<String, Folder> e : entries) writeFolder(out, e.getKey(), e.getValue().time(), e.getValue().files());
    for (Folders f : written) out.write(f.bytes());
  }

  private static void writeFolder(DataOutputStream out, String name, long time, List<String> files) throws IOException {
    DataText.write(out, name);
    out.writeLong(time);
    byte[] names = String.join("\0", files).getBytes(StandardCharsets.UTF_8);
    out.writeInt(files.size());
    out.writeInt(names.length);
    out.write(names);
  }

  /** The listing in {@code file}; empty when there is none, or it cannot be read (then the folder is read whole). */
  public static Optional<PublishedListing> read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new org.fieldguide.concurrent.SingleThreadInput(raw, 1 << 16))) {
      if (in.readInt() != FORMAT) return Optional.empty();
      String publication = DataText.read(in);
      int count = in.readInt();
      Map<String, Long> times = new HashMap<>(count * 2);
      Map<String, List<String>> files = new HashMap<>(count * 2);
      Map<String, List<String>> subfolders = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        String name = DataText.read(in);
        times.put(name, in.readLong());
        int fileCount = in.readInt();
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        List<String> names = fileCount == 0 ? List.of() : List.of(new String(bytes, StandardCharsets.UTF_8).split("\0", -1));
        if (names.size() != fileCount) return Optional.empty();
        files.put(name, names);
        int slash = name.lastIndexOf('/');
        if (slash > 0) subfolders.computeIfAbsent(name.substring(0, slash), k -> new ArrayList<>()).add(name.substring(slash + 1));
      }
      Map<String, Folder> folders = new HashMap<>(count * 2);
      for (Map.Entry<String, List<String>> e : files.entrySet()) {
        List<String> sub = subfolders.getOrDefault(e.getKey(), List.of());
        folders.put(e.getKey(), new Folder(times.get(e.getKey()), e.getValue(), sub.isEmpty() ? List.of() : List.copyOf(sub)));
      }
      return Optional.of(new PublishedListing(publication, folders));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static long nowNanos() {
    java.time.Instant now = java.time.Instant.now();
    return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
  }
}
