package org.fieldguide.offline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fieldguide.concurrent.DataText;

/**
 * What the offline files of the last published build were made of, so a build can take an
 * unchanged file's checksum and its bundle entries (still compressed) from there instead of
 * reading, rewriting and compressing the file again: for each published file its size, its
 * identity on disk ({@link PublishedFiles.Entry#identity()}) and its CRC-32, and the identity of
 * each bundle. Kept in the site's cache folder, next to the pages' fingerprints.
 *
 * <p>A file is taken as unchanged only when its identity is the one recorded: the same file
 * (device and inode) with the same size and modification time, as the pages a build takes over
 * from the last output are hard links to it. A file written anew counts as unchanged only when
 * its bytes equal those of the file the last build published at its path (whose identity must
 * still be the recorded one). The caller makes sure the history belongs to the output folder as
 * it is now (see {@link Saved#under}).
 */
public final class OfflineHistory {
  /** 2: a bundle is recorded with what it lists (see {@link #bundle(String, String)}). */
  private static final int FORMAT = 2;
  /** No history: every file is read and every entry compressed. */
  public static final OfflineHistory NONE = new OfflineHistory(null, Map.of(), Map.of());

  /** One published file as the last build saw it. */
  record Known(long size, String identity, long crc) {}

  private final Path published;
  /** In the order of their paths ({@link PublishedFiles}' order) when this history was made by a build, and in its file. */
  private final Map<String, Known> files;
  private final Map<String, String> bundles;

  /**
   * @param published the output folder the recorded files are in (null for none)
   * @param files by path relative to the site root, in {@link PublishedFiles}' order of paths
   *     (iterated in that order: it is the order the next build finds them in)
   * @param bundles each bundle's identity and listing ({@link #recorded}), by its path
   */
  OfflineHistory(Path published, Map<String, Known> files, Map<String, String> bundles) {
    this.published = published;
    this.files = files;
    this.bundles = bundles;
  }

  /** The recorded CRC-32 of {@code e} when the staged file is the very file recorded (see the class description). */
  Optional<Long> sameFile(PublishedFiles.Entry e) {
    Known k = files.get(e.path());
    if (k == null || k.size() != e.size()) return Optional.empty();
    // Made once, and only for a file of the recorded size: a text per file of the site.
    String identity = e.identity();
    if (identity.isEmpty() || !k.identity().equals(identity)) return Optional.empty();
    return Optional.of(k.crc());
  }

  /** The file the last build published at {@code path} as recorded then: its size and identity. */
  Optional<PublishedFiles.Entry> entry(String path) {
    Known k = files.get(path);
    return k == null ? Optional.empty() : Optional.of(new PublishedFiles.Entry(path, k.size(), null, 0, k.identity()));
  }

  /**
   * Whether {@code bytes} (with checksum {@code crc}), staged at {@code path}, are the bytes the
   * last build published there: the published file is still the one recorded and holds them.
   */
  boolean sameBytes(String path, byte[] bytes, long crc) {
    Known k = files.get(path);
    if (published == null || k == null || k.size() != bytes.length || k.crc() != crc) return false;
    Path file = published.resolve(path);
    if (!k.identity().equals(PublishedFiles.identity(file).orElse(""))) return false;
    try {
      return Arrays.equals(bytes, Files.readAllBytes(file));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The recorded files' paths, in the order they were recorded: sorted as {@link PublishedFiles}
   * sorts them, for a history made by a build (a file of another origin may hold another order:
   * {@link PublishedFiles#of} checks). Most of the next build's files are these.
   */
  public Iterable<String> paths() {
    return files.keySet();
  }

  /** How a bundle is recorded: its identity on disk and a digest of the entries it lists. */
  static String recorded(String identity, String listing) {
    return identity + "\n" + listing;
  }

  /** The last build's bundle at {@code path}, when it is still the file recorded. */
  Optional<Path> bundle(String path) {
    String recorded = bundles.get(path);
    if (published == null || recorded == null) return Optional.empty();
    String identity = recorded.substring(0, Math.max(0, recorded.indexOf('\n')));
    Path file = published.resolve(path);
    return identity.equals(PublishedFiles.identity(file).orElse("")) ? Optional.of(file) : Optional.empty();
  }

  /** As {@link #bundle(String)}, when the bundle also lists the entries {@code listing} stands for. */
  Optional<Path> bundle(String path, String listing) {
    String recorded = bundles.get(path);
    return recorded != null && recorded.endsWith("\n" + listing) ? bundle(path) : Optional.empty();
  }

  /**
   * What {@code file} holds, whatever key it was saved under; nothing when it is missing or cannot
   * be read. Reading it (49,000 files at 10,000 pages x 3) is the costly part, so a build may read
   * it ahead, before it knows the key ({@link Saved#under}).
   */
  public static Saved read(Path file) {
    if (!Files.isRegularFile(file)) return Saved.NONE;
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new org.fieldguide.concurrent.SingleThreadInput(raw, 1 << 16))) {
      if (in.readInt() != FORMAT) return Saved.NONE;
      String key = DataText.read(in);
      Map<String, String> bundles = new HashMap<>();
      for (int i = in.readInt(); i > 0; i--) bundles.put(DataText.read(in), DataText.read(in));
      Map<String, Known> files = new java.util.LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) files.put(DataText.read(in), new Known(in.readLong(), DataText.read(in), in.readLong()));
      return new Saved(key, files, bundles);
    } catch (IOException | RuntimeException e) {
      return Saved.NONE;
    }
  }

  /** A history file as read, with the key it was saved under. */
  public static final class Saved {
    /** No file, or one that could not be read. */
    public static final Saved NONE = new Saved(null, Map.of(), Map.of());

    private final String key;
    private final Map<String, Known> files;
    private final Map<String, String> bundles;

    private Saved(String key, Map<String, Known> files, Map<String, String> bundles) {
      this.key = key;
      this.files = files;
      this.bundles = bundles;
    }

    /**
     * The history of the files published in {@code published}, when it was saved under the same
     * {@code key} (which names the output folder, the publication in it and everything the offline
     * files depend on besides the published files, such as fieldguide itself); {@link
     * OfflineHistory#NONE} otherwise.
     */
    public OfflineHistory under(String key, Path published) {
      return this.key != null && this.key.equals(key) ? new OfflineHistory(published, files, bundles) : OfflineHistory.NONE;
    }
  }

  /** This history under {@code key} (see {@link Saved#under}) as its file holds it, saved once the site is published. */
  public void writeTo(DataOutputStream out, String key) throws IOException {
    out.writeInt(FORMAT);
    DataText.write(out, key);
    out.writeInt(bundles.size());
    for (Map.Entry<String, String> b : new TreeMap<>(bundles).entrySet()) {
      DataText.write(out, b.getKey());
      DataText.write(out, b.getValue());
    }
    // In the order of the paths, as the files were listed: the next build lists its files in
    // that order from here instead of sorting them (see PublishedFiles.of).
    out.writeInt(files.size());
    for (Map.Entry<String, Known> f : files.entrySet()) {
      Known k = f.getValue();
      DataText.write(out, f.getKey());
      out.writeLong(k.size());
      DataText.write(out, k.identity());
      out.writeLong(k.crc());
    }
  }
}
