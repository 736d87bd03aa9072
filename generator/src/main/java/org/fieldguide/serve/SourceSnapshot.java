package org.fieldguide.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fingerprint of every source file as the last build saw it, by site-relative path. Tells
 * what a file event really changed: nothing (a save of the same bytes), the body or the front
 * matter of a page, or whether the file is new or gone.
 *
 * <p>Not thread-safe: read and updated by the one thread that classifies changes.
 */
final class SourceSnapshot {
  private final SiteSources sources;
  private final NavigableMap<String, Fingerprint> files = new TreeMap<>();

  SourceSnapshot(SiteSources sources) {
    this.sources = sources;
  }

  /**
   * Reads every source file now; replaces what was known. In parallel: a site of 10,000 pages in
   * three languages has over 20,000 files to read and digest before serving starts.
   */
  void takeAll() {
    files.clear();
    Path site = sources.siteDir();
    List<Path> all = new ArrayList<>(List.of(site.resolve(SiteSources.SITE_YAML)));
    for (String tree : SiteSources.TREES) {
      Path root = site.resolve(tree);
      if (!Files.isDirectory(root)) continue;
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(Files::isRegularFile).forEach(all::add);
      } catch (IOException | UncheckedIOException e) {
        // A folder deleted while it is read: its files are simply not known, and count as new later.
      }
    }
    Map<String, Fingerprint> read = new ConcurrentHashMap<>();
    all.parallelStream().forEach(file -> sources.relative(file)
        .ifPresent(rel -> sources.role(rel).ifPresent(role -> current(file, role).ifPresent(f -> read.put(rel, f)))));
    files.putAll(read);
  }

  /** The fingerprint of the file as it is now on disk, or empty when it is not a readable file. */
  Optional<Fingerprint> current(Path file, SourceRole role) {
    if (!Files.isRegularFile(file)) return Optional.empty();
    try {
      return Optional.of(Fingerprint.of(file, role));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Reads the files the build read elsewhere that are not known yet ({@link SiteSources#key} names them). */
  void takeElsewhere(java.util.Collection<Path> found) {
    for (Path file : found) {
      String key = sources.key(file);
      if (!files.containsKey(key)) current(file, SourceRole.ELSEWHERE).ifPresent(f -> files.put(key, f));
    }
  }

  Optional<Fingerprint> known(String rel) {
    return Optional.ofNullable(files.get(rel));
  }

  /** Known files at or below the folder {@code rel}. */
  List<String> knownBelow(String rel) {
    return new ArrayList<>(files.subMap(rel + "/", true, rel + "/\uffff", true).keySet());
  }

  void update(String rel, Optional<Fingerprint> now) {
    if (now.isPresent()) files.put(rel, now.get());
    else files.remove(rel);
  }

  int size() {
    return files.size();
  }
}
