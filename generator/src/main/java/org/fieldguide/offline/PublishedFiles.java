package org.fieldguide.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a built site, by path relative to its root, sorted, with the site version: a
 * digest of every path and its bytes. Files and folders whose names start with a dot (the
 * output's lock and markers, {@code .nojekyll}) are not part of the site a reader fetches.
 */
public final class PublishedFiles {
  private final Path root;
  private final List<Entry> entries;
  private final String version;

  /** A published file. */
  public record Entry(String path, long size) {}

  private PublishedFiles(Path root, List<Entry> entries, String version) {
    this.root = root;
    this.entries = entries;
    this.version = version;
  }

  /** Reads every file under {@code root} once, to list it and digest it. */
  public static PublishedFiles scan(Path root) {
    List<String> paths = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(p -> {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!hidden(rel)) paths.add(rel);
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Sorted by UTF-16 order, the same on every machine, so the digest and every list are stable.
    paths.sort(null);
    MessageDigest sha = sha256();
    List<Entry> entries = new ArrayList<>(paths.size());
    for (String rel : paths) {
      byte[] bytes = read(root.resolve(rel));
      sha.update(rel.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) 0);
      sha.update(bytes);
      entries.add(new Entry(rel, bytes.length));
    }
    return new PublishedFiles(root, List.copyOf(entries), HexFormat.of().formatHex(sha.digest(), 0, 8));
  }

  public List<Entry> entries() {
    return entries;
  }

  /** A short digest of every published file: changes whenever any byte a reader fetches changes. */
  public String version() {
    return version;
  }

  public byte[] bytes(String path) {
    return read(root.resolve(path));
  }

  private static boolean hidden(String rel) {
    for (String part : rel.split("/")) if (part.startsWith(".")) return true;
    return false;
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
