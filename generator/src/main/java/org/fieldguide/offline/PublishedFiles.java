package org.fieldguide.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The files of a built site, by path relative to its root, sorted, with their sizes. Files and
 * folders whose names start with a dot (the output's lock and markers, {@code .nojekyll}) are not
 * part of the site a reader fetches. Listing reads no file: the bundles read each one once.
 */
public final class PublishedFiles {
  private final java.util.function.Function<String, Path> locate;
  /** Entries are in this order: UTF-16 order of their paths. */
  private static final Comparator<Entry> BY_PATH = (a, b) -> a.path().compareTo(b.path());

  private final List<Entry> entries;
  /**
   * Each entry's place in {@link #entries}, by path: asked once per file a bundle reads, a binary
   * search through a comparator was a tenth of the offline stage of a one-page rebuild at 10,000
   * pages x 3.
   */
  private final Map<String, Integer> places;

  /**
   * A published file.
   *
   * @param fileKey the file system's key of the file (its device and inode), null where the file
   *     system has none
   * @param modified its modification time in nanoseconds
   */
  public record Entry(String path, long size, Object fileKey, long modified, String recorded) {
    public Entry(String path, long size) {
      this(path, size, null, 0, null);
    }

    /**
     * The file on disk as the offline history records it: its key with its modification time, the
     * same as long as the file is not written to (a hard link to it has the same); empty where the
     * file system has no file keys. Made when asked: held as text for every file of a site it was
     * some 90 bytes of each, 240,000 files at 50,000 pages x 3. For a file the listing gave as the
     * last build published it, the identity recorded then ({@code recorded}).
     */
    public String identity() {
      return recorded != null ? recorded : PublishedFiles.identity(fileKey, modified);
    }
  }

  private PublishedFiles(java.util.function.Function<String, Path> locate, List<Entry> entries) {
    this.locate = locate;
    this.entries = entries;
    Map<String, Integer> places = new HashMap<>(entries.size() * 4 / 3 + 1);
    for (int i = 0; i < entries.size(); i++) places.put(entries.get(i).path(), i);
    this.places = places;
  }

  /**
   * Gives every file of a site once, by its path in the site, with its attributes; or with none
   * (null) for a file that is the very file the last build published at that path, unchanged
   * since: its attributes are those recorded then (see {@link OfflineHistory}).
   */
  @FunctionalInterface
  public interface Listing {
    void eachFile(java.util.function.BiConsumer<String, BasicFileAttributes> each) throws IOException;
  }

  /**
   * The site whose files {@code listing} gives with their attributes (such as a walk, which has
   * them: nothing is asked of the file system here), each at the place {@code locate} gives.
   */
  public static PublishedFiles of(Listing listing, java.util.function.Function<String, Path> locate) {
    return of(listing, locate, OfflineHistory.NONE);
  }

  /**
   * As {@link #of(Listing, java.util.function.Function)}, the files being mostly those the last
   * build published ({@code previous}), in their order: they are taken in that order, checked,
   * and the others sorted and merged in. Sorting the 49,000 files of 10,000 pages x 3 was ~45 ms
   * of a one-page rebuild's offline stage; taking the order from the history and checking it, a
   * few. A file given without attributes has those {@code previous} recorded for it; one it has
   * no record of is asked for them.
   */
  public static PublishedFiles of(Listing listing, java.util.function.Function<String, Path> locate, OfflineHistory previous) {
    Map<String, Entry> byPath = new HashMap<>();
    try {
      listing.eachFile((path, attrs) -> {
        if (path.startsWith(".") || path.contains("/.")) return; // as scan skips them
        byPath.put(path, attrs != null ? entry(path, attrs) : previous.entry(path).orElseGet(() -> entry(path, locate.apply(path))));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Entry> entries = new ArrayList<>(byPath.size());
    boolean sorted = true;
    for (String path : previous.paths()) {
      Entry e = byPath.remove(path);
      if (e == null) continue;
      if (sorted && !entries.isEmpty() && entries.get(entries.size() - 1).path().compareTo(path) >= 0) sorted = false;
      entries.add(e);
    }
    List<Entry> others = new ArrayList<>(byPath.values());
    others.sort(BY_PATH); // Sorted by UTF-16 order, as scan does
    if (!sorted) {
      entries.addAll(others);
      entries.sort(BY_PATH);
      return new PublishedFiles(locate, List.copyOf(entries));
    }
    List<Entry> merged = new ArrayList<>(entries.size() + others.size());
    int i = 0;
    int j = 0;
    while (i < entries.size() || j < others.size()) {
      if (j == others.size() || i < entries.size() && BY_PATH.compare(entries.get(i), others.get(j)) < 0) merged.add(entries.get(i++));
      else merged.add(others.get(j++));
    }
    return new PublishedFiles(locate, List.copyOf(merged));
  }

  public static PublishedFiles scan(Path root) {
    List<Entry> entries = new ArrayList<>();
    try {
      // One visit gives every file's attributes: no further system call per file.
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(root) && dir.getFileName().toString().startsWith(".") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
            entries.add(entry(root.relativize(file).toString().replace('\\', '/'), attrs));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Sorted by UTF-16 order, the same on every machine, so the version and every list are stable.
    entries.sort(BY_PATH);
    return new PublishedFiles(root::resolve, List.copyOf(entries));
  }

  public List<Entry> entries() {
    return entries;
  }

  /**
   * The entries whose paths start with {@code prefix} (such as a folder's, {@code "es/"}), in
   * order: one run of the sorted list, found by a binary search.
   */
  List<Entry> startingWith(String prefix) {
    int from = firstAtOrAfter(prefix);
    int to = from;
    while (to < entries.size() && entries.get(to).path().startsWith(prefix)) to++;
    return entries.subList(from, to);
  }

  /** The place of the first entry whose path is not before {@code path}. */
  private int firstAtOrAfter(String path) {
    int low = 0;
    int high = entries.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (entries.get(mid).path().compareTo(path) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Where the file at {@code path} is in {@link #entries()}; negative when the site has none there. */
  int indexOf(String path) {
    Integer at = places.get(path);
    return at == null ? -1 : at;
  }

  public byte[] bytes(String path) {
    try {
      return Files.readAllBytes(locate.apply(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CRC-32 of the file at {@code path}, read a block at a time (never held whole). */
  long crc(String path) {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    byte[] block = new byte[1 << 16];
    try (java.io.InputStream in = Files.newInputStream(locate.apply(path))) {
      for (int n; (n = in.read(block)) > 0; ) crc.update(block, 0, n);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return crc.getValue();
  }

  /** The file at {@code path} in the site. */
  Path file(String path) {
    return locate.apply(path);
  }

  /** The identity (see {@link Entry#identity()}) of {@code file}; empty when it is gone or has none. */
  static Optional<String> identity(Path file) {
    try {
      String id = identity(Files.readAttributes(file, BasicFileAttributes.class));
      return id.isEmpty() ? Optional.empty() : Optional.of(id);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String identity(BasicFileAttributes attrs) {
    return identity(attrs.fileKey(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }

  private static String identity(Object fileKey, long modified) {
    return fileKey == null ? "" : fileKey + " " + modified;
  }

  private static Entry entry(String path, BasicFileAttributes attrs) {
    return new Entry(path, attrs.size(), attrs.fileKey(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), null);
  }

  private static Entry entry(String path, Path file) {
    try {
      return entry(path, Files.readAttributes(file, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
