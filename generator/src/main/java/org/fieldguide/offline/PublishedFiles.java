package org.fieldguide.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a built site, by path relative to its root, sorted, with their sizes. Files and
 * folders whose names start with a dot (the output's lock and markers, {@code .nojekyll}) are not
 * part of the site a reader fetches. Listing reads no file: the bundles read each one once.
 */
public final class PublishedFiles {
  private final Path root;
  private final List<Entry> entries;

  /** A published file. */
  public record Entry(String path, long size) {}

  private PublishedFiles(Path root, List<Entry> entries) {
    this.root = root;
    this.entries = entries;
  }

  public static PublishedFiles scan(Path root) {
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (hidden(rel) || !Files.isRegularFile(p)) continue;
        entries.add(new Entry(rel, Files.size(p)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Sorted by UTF-16 order, the same on every machine, so the version and every list are stable.
    entries.sort(Comparator.comparing(Entry::path));
    return new PublishedFiles(root, List.copyOf(entries));
  }

  public List<Entry> entries() {
    return entries;
  }

  public byte[] bytes(String path) {
    try {
      return Files.readAllBytes(root.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hidden(String rel) {
    for (String part : rel.split("/")) if (part.startsWith(".")) return true;
    return rel.isEmpty();
  }
}
