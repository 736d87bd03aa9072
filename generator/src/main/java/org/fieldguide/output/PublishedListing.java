package org.fieldguide.output;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * changed, and folders changed less than a second before they were looked at (a clock coarser
 * than two changes could give both the same time), are recorded without a time, so the next build
 * reads them. A listing is only used for the publication it was made for ({@link #publication}).
 */
public final class PublishedListing {
  private static final int FORMAT = 1;
  /** The time of a folder to be read again whatever its time is then. */
  private static final long UNKNOWN = Long.MIN_VALUE;
  /** Changed this recently before the scan (nanoseconds): recorded without its time (see the class description). */
  private static final long RECENT = TimeUnit.SECONDS.toNanos(1);

  private final String publication;
  /** By site path of the folder (never the site's top folder, which is always read): its time and entries. */
  private final Map<String, Folder> folders;

  private record Folder(long time, List<String> files, List<String> folders) {}

  private PublishedListing(String publication, Map<String, Folder> folders) {
    this.publication = publication;
    this.folders = folders;
  }

  /** The publication of the output folder this listing describes (see {@link StagedOutput}). */
  String publication() {
    return publication;
  }

  /** What a scan of the published site found: its files, sorted, and the time of each folder when it was looked at. */
  record Scan(List<String> files, Map<String, Long> times, long startedNanos) {}

  /**
   * The files of the site published in {@code out} (anything but a folder, links not followed), by
   * site path, sorted; fieldguide's own entries left out. With {@code last}, a folder whose time
   * is the one recorded there is taken as recorded, without reading it.
   */
  static Scan scan(Path out, Optional<PublishedListing> last) throws IOException {
    long started = nowNanos();
    List<String> files = new ArrayList<>();
    Map<String, Long> times = new HashMap<>();
    Map<String, Folder> known = last.map(l -> l.folders).orElse(Map.of());
    for (String entry : OutputFolders.siteEntries(out)) visit(out, entry, known, files, times);
    files.sort(null);
    return new Scan(files, times, started);
  }

  private static void visit(Path out, String rel, Map<String, Folder> known, List<String> files, Map<String, Long> times) throws IOException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(out.resolve(rel), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return; // gone since its folder was read
    }
    if (!attrs.isDirectory()) {
      files.add(rel);
      return;
    }
    long time = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    times.put(rel, time);
    Folder folder = known.get(rel);
    if (folder != null && folder.time() == time && time != UNKNOWN) {
      for (String f : folder.files()) files.add(rel + "/" + f);
      for (String f : folder.folders()) visit(out, rel + "/" + f, known, files, times);
      return;
    }
    List<String> names;
    try (Stream<Path> list = Files.list(out.resolve(rel))) {
      names = list.map(p -> p.getFileName().toString()).sorted().toList();
    }
    for (String name : names) visit(out, rel + "/" + name, known, files, times);
  }

  /**
   * The listing of a site published in place: its files {@code site} (the published folder holds
   * exactly these now), the folder times {@code scan} saw, except for the folders of {@code
   * changed} (files this publication wrote or removed) and their parents, which it may have
   * changed.
   */
  static PublishedListing after(String publication, Collection<String> site, Collection<String> changed, Scan scan) {
    Set<String> touched = new HashSet<>();
    for (String path : changed) {
      for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) touched.add(path.substring(0, slash));
    }
    Map<String, List<String>> filesIn = new HashMap<>();
    Map<String, Set<String>> foldersIn = new HashMap<>();
    for (String path : site) {
      int slash = path.lastIndexOf('/');
      if (slash < 0) continue; // in the top folder, which is always read
      String folder = path.substring(0, slash);
      filesIn.computeIfAbsent(folder, k -> new ArrayList<>()).add(path.substring(slash + 1));
      // Its folder and every folder above it, each under its parent, up to the first already known.
      for (String f = folder; ; ) {
        int up = f.lastIndexOf('/');
        if (up < 0) {
          foldersIn.computeIfAbsent(f, k -> new HashSet<>());
          break;
        }
        boolean isNew = foldersIn.computeIfAbsent(f.substring(0, up), k -> new HashSet<>()).add(f.substring(up + 1));
        foldersIn.computeIfAbsent(f, k -> new HashSet<>());
        if (!isNew) break;
        f = f.substring(0, up);
      }
    }
    Map<String, Folder> folders = new HashMap<>();
    for (Map.Entry<String, Set<String>> e : foldersIn.entrySet()) {
      String folder = e.getKey();
      Long seen = scan.times().get(folder);
      long time = seen == null || touched.contains(folder) || seen >= scan.startedNanos() - RECENT ? UNKNOWN : seen;
      List<String> files = new ArrayList<>(filesIn.getOrDefault(folder, List.of()));
      files.sort(null);
      List<String> subfolders = new ArrayList<>(e.getValue());
      subfolders.sort(null);
      folders.put(folder, new Folder(time, List.copyOf(files), List.copyOf(subfolders)));
    }
    return new PublishedListing(publication, folders);
  }

  /** Writes the listing for {@link #read}, folders in name order (the same site, the same bytes). */
  public void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(FORMAT);
    out.writeUTF(publication);
    List<String> names = new ArrayList<>(folders.keySet());
    names.sort(null);
    out.writeInt(names.size());
    for (String name : names) {
      Folder f = folders.get(name);
      out.writeUTF(name);
      out.writeLong(f.time());
      out.writeInt(f.files().size());
      for (String file : f.files()) out.writeUTF(file);
    }
  }

  /** The listing in {@code file}; empty when there is none, or it cannot be read (then the folder is read whole). */
  public static Optional<PublishedListing> read(Path file) {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new org.fieldguide.concurrent.SingleThreadInput(raw, 1 << 16))) {
      if (in.readInt() != FORMAT) return Optional.empty();
      String publication = in.readUTF();
      int count = in.readInt();
      Map<String, String[]> files = new HashMap<>(count * 2);
      Map<String, Long> times = new HashMap<>(count * 2);
      Map<String, List<String>> subfolders = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        times.put(name, in.readLong());
        String[] names = new String[in.readInt()];
        for (int j = 0; j < names.length; j++) names[j] = in.readUTF();
        files.put(name, names);
        int slash = name.lastIndexOf('/');
        if (slash > 0) subfolders.computeIfAbsent(name.substring(0, slash), k -> new ArrayList<>()).add(name.substring(slash + 1));
      }
      Map<String, Folder> folders = new HashMap<>(count * 2);
      for (Map.Entry<String, String[]> e : files.entrySet()) {
        folders.put(e.getKey(), new Folder(times.get(e.getKey()), List.of(e.getValue()), subfolders.getOrDefault(e.getKey(), List.of())));
      }
      return Optional.of(new PublishedListing(publication, folders));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static long nowNanos() {
    java.time.Instant now = java.time.Instant.now();
    return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
  }
}
