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
 * comes from, which folder the old site's entries are moved aside into, and the new site's
 * top-level entries. It is written (atomically) before the first entry moves and deleted after
 * the last one has, so while it exists the swap can always be undone from the folders alone,
 * whether this process or the next build does it.
 *
 * @param staging name of the staging folder inside the output folder
 * @param old name of the folder inside the output folder that holds the old site's entries
 * @param entries the new site's top-level entries
 */
record SwapJournal(String staging, String old, List<String> entries) {
  static final String FILE = ".fieldguide-swap";
  private static final String HEADER = "fieldguide swap 1";

  SwapJournal {
    entries = List.copyOf(entries);
  }

  /** Writes the journal into {@code out}: to a temporary file first, then moved into place. */
  void write(Path out) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append("staging=").append(staging).append('\n');
    text.append("old=").append(old).append('\n');
    for (String e : entries) {
      if (e.indexOf('\n') >= 0) throw new FileSystemException(out.resolve(e).toString(), null, "a line break in a file name");
      text.append("entry=").append(e).append('\n');
    }
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
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      if (line.startsWith("staging=")) staging = safeName(line.substring(8), file);
      else if (line.startsWith("old=")) old = safeName(line.substring(4), file);
      else if (line.startsWith("entry=")) entries.add(safeName(line.substring(6), file));
    }
    if (lines.isEmpty() || !lines.get(0).equals(HEADER) || staging == null || old == null) {
      throw new FileSystemException(file.toString(), null, "the record of an interrupted swap is damaged; compare the folder with a fresh build and delete this file");
    }
    return Optional.of(new SwapJournal(staging, old, entries));
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
      if (!exists(stagingDir.resolve(e)) && exists(published)) move(published, stagingDir.resolve(e));
    }
    if (Files.isDirectory(oldDir)) {
      try (Stream<Path> aside = Files.list(oldDir)) {
        for (Path p : aside.sorted().toList()) move(p, out.resolve(p.getFileName().toString()));
      }
    }
    Files.deleteIfExists(out.resolve(FILE));
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

  /** A name inside the output folder; anything else means the file was not written by us. */
  private static String safeName(String name, Path file) throws FileSystemException {
    if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
      throw new FileSystemException(file.toString(), null, "the record of an interrupted swap names '" + name + "', which is not an entry of the folder");
    }
    return name;
  }
}
