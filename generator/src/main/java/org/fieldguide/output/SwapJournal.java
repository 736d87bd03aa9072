package org.fieldguide.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The record of a swap in progress inside an output folder: which staging folder the new site
 * comes from, which folder the old site's entries are moved aside into, and what moves. It is
 * written (atomically) before the first entry moves and deleted after the last one has, so while
 * it exists the swap can always be undone from the folders alone, whether this process or the
 * next build does it.
 *
 * <p>A whole swap moves the new site's top-level entries in; an in-place swap moves single files
 * (by their paths in the site): each staged file in, after the published one is moved aside, and
 * the published files the new site lacks aside.
 *
 * @param staging name of the staging folder inside the output folder
 * @param old name of the folder inside the output folder that holds the old site's entries
 * @param entries what moves in: the new site's top-level entries, or (in place) the staged files
 * @param removed in place, the published files moved aside for good; empty for a whole swap
 * @param inPlace whether entries are files moved one by one (see above)
 */
record SwapJournal(String staging, String old, List<String> entries, List<String> removed, boolean inPlace) {
  static final String FILE = ".fieldguide-swap";
  private static final String HEADER = "fieldguide swap 1";
  private static final String IN_PLACE_HEADER = "fieldguide swap 2";

  SwapJournal {
    entries = List.copyOf(entries);
    removed = List.copyOf(removed);
  }

  static SwapJournal whole(String staging, String old, List<String> entries) {
    return new SwapJournal(staging, old, entries, List.of(), false);
  }

  static SwapJournal inPlace(String staging, String old, List<String> files, List<String> removed) {
    return new SwapJournal(staging, old, files, removed, true);
  }

  /** Writes the journal into {@code out}: to a temporary file first, then moved into place. */
  void write(Path out) throws IOException {
    StringBuilder text = new StringBuilder(inPlace ? IN_PLACE_HEADER : HEADER).append('\n');
    text.append("staging=").append(staging).append('\n');
    text.append("old=").append(old).append('\n');
    for (String e : entries) text.append("entry=").append(line(e, out)).append('\n');
    for (String e : removed) text.append("removed=").append(line(e, out)).append('\n');
    Path tmp = out.resolve(FILE + ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    move(tmp, out.resolve(FILE));
  }

  /** The journal of an unfinished swap in {@code out}, if there is one. */
  static Optional<SwapJournal> read(Path out) throws IOException {
    Path file = out.resolve(FILE);
    if (!Files.exists(file)) return Optional.empty();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String staging = null;
    String old = null;
    List<String> entries = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    boolean inPlace = !lines.isEmpty() && lines.get(0).equals(IN_PLACE_HEADER);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      if (line.startsWith("staging=")) staging = safeName(line.substring(8), file);
      else if (line.startsWith("old=")) old = safeName(line.substring(4), file);
      else if (line.startsWith("entry=")) entries.add(inPlace ? safePath(line.substring(6), file) : safeName(line.substring(6), file));
      else if (line.startsWith("removed=") && inPlace) removed.add(safePath(line.substring(8), file));
    }
    if (lines.isEmpty() || !(inPlace || lines.get(0).equals(HEADER)) || staging == null || old == null) {
      throw new FileSystemException(file.toString(), null, "the record of an interrupted swap is damaged; compare the folder with a fresh build and delete this file");
    }
    return Optional.of(new SwapJournal(staging, old, entries, removed, inPlace));
  }

  /**
   * Undoes the swap: each new entry already moved in goes back to the staging folder, and each
   * old entry moved aside comes back. Every step is one rename, so this can itself be interrupted
   * and run again. Deletes the journal last.
   */
  void rollBack(Path out) throws IOException {
    Path stagingDir = out.resolve(staging);
    Path oldDir = out.resolve(old);
    if (!Files.isDirectory(stagingDir)) {
      // Never happens by itself: the staging folder is deleted only after the journal.
      throw new FileSystemException(stagingDir.toString(), null, "the staging folder of an interrupted swap is missing; compare the folder with a fresh build and delete " + FILE);
    }
    for (String e : entries) {
      Path published = out.resolve(e);
      // A new entry is in place exactly when it is no longer in the staging folder.
      if (!exists(stagingDir.resolve(e)) && exists(published)) moveMaking(published, stagingDir.resolve(e));
    }
    if (inPlace) {
      // Folders made for new files go again, so that a file of the old site can be where one was.
      OutputFolders.deleteEmptyFolders(out, entries);
      if (Files.isDirectory(oldDir)) {
        List<Path> aside;
        try (Stream<Path> walk = Files.walk(oldDir)) {
          aside = walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        for (Path p : aside) {
          Path back = out.resolve(oldDir.relativize(p).toString());
          // An old folder that the swap removed, and made again as a (now empty) folder above: it comes back from its files.
          if (Files.isDirectory(back, LinkOption.NOFOLLOW_LINKS)) OutputFolders.deleteEmptyTree(back);
          moveMaking(p, back);
        }
      }
    } else if (Files.isDirectory(oldDir)) {
      try (Stream<Path> aside = Files.list(oldDir)) {
        for (Path p : aside.sorted().toList()) move(p, out.resolve(p.getFileName().toString()));
      }
    }
    Files.deleteIfExists(out.resolve(FILE));
  }

  /** As {@link #move}, making the folders {@code to} needs. */
  static void moveMaking(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    move(from, to);
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean exists(Path p) {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
  }

  private static String line(String path, Path out) throws FileSystemException {
    if (path.indexOf('\n') >= 0) throw new FileSystemException(out.resolve(path).toString(), null, "a line break in a file name");
    return path;
  }

  /** A path of a file inside the output folder, not of fieldguide's own; anything else means the file was not written by us. */
  private static String safePath(String path, Path file) throws FileSystemException {
    for (String name : path.split("/", -1)) {
      if (name.isEmpty() || name.contains("\\") || name.equals(".") || name.equals("..")) {
        throw new FileSystemException(file.toString(), null, "the record of an interrupted swap names '" + path + "', which is not a file of the folder");
      }
    }
    if (path.startsWith(StagedOutput.CONTROL_PREFIX)) {
      throw new FileSystemException(file.toString(), null, "the record of an interrupted swap names '" + path + "', which is not a file of the site");
    }
    return path;
  }

  /** A name inside the output folder; anything else means the file was not written by us. */
  private static String safeName(String name, Path file) throws FileSystemException {
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
      throw new FileSystemException(file.toString(), null, "the record of an interrupted swap names '" + name + "', which is not an entry of the folder");
    }
    return name;
  }
}
