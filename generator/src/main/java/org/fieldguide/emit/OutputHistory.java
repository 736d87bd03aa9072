package org.fieldguide.emit;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldguide.concurrent.DataText;

/**
 * The fingerprint of every page the last build wrote, and where it wrote them: a page whose
 * fingerprint is the same again is the same file, so it is taken from the last output instead of
 * being rendered and written again. Other stages may record their files too (the search index
 * records each file's version and size), under the same rule: an entry stands for the file the
 * last build published at that path. Kept in the site's {@code .fieldguide-cache/}.
 *
 * <p>Fingerprints of the build in progress are collected here too (thread-safe) and saved only
 * once its output was published.
 */
public final class OutputHistory {
  /** 3: each entry is a page's render key and its view's fingerprint (see {@link PageEmitter.Emitted#fingerprint}). */
  private static final int FORMAT = 3;

  private final String outDir;
  private final Map<String, String> previous;
  private final String publication;
  private final boolean kept;
  private final Map<String, String> current = new ConcurrentHashMap<>();

  /**
   * @param previous the fingerprints of what the last build published in {@code outDir}; kept,
   *     not copied (30,000 entries at 10,000 pages x 3, on every build): the caller does not
   *     change it afterwards
   * @param publication the {@link #stamp} of the folder that {@code previous} was checked against
   * @param kept whether this build's fingerprints will be used by a later build (kept on disk,
   *     or by a watching server); when not, and nothing is to be compared, pages are not
   *     fingerprinted at all
   */
  public OutputHistory(Path outDir, Map<String, String> previous, String publication, boolean kept) {
    this.outDir = outDir.toAbsolutePath().normalize().toString();
    this.previous = java.util.Collections.unmodifiableMap(previous);
    this.publication = publication;
    this.kept = kept;
  }

  /** Whether pages need a fingerprint: to compare with the last build's, or for the next build. */
  public boolean isUsed() {
    return kept || !previous.isEmpty();
  }

  /**
   * What identifies one publication of an output folder: the identity of its site manifest
   * ({@link #identity}). Every build writes the manifest as a new file unless it is the same as the
   * published one (the same site), and so does a watching server's update, so another build
   * publishing into the folder changes it: files taken from the folder are this site's own.
   */
  public static String stamp(Path outDir) {
    return identity(outDir.resolve(SiteFiles.MANIFEST));
  }

  /**
   * The file key (device and inode), modification time and size of {@code file}; empty when it
   * cannot be read. A rename keeps all three, so the manifest a build staged has, once published,
   * the identity read from its staging folder before publishing.
   */
  public static String identity(Path file) {
    try {
      var attrs = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
      return attrs.fileKey() + " " + attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + " " + attrs.size();
    } catch (IOException e) {
      return "";
    }
  }

  /** The {@link #stamp} of the publication whose fingerprints {@link #previous} gives. */
  public String publication() {
    return publication;
  }

  /** This build's fingerprints so far, to be the next build's history once published. */
  public Map<String, String> current() {
    return Map.copyOf(current);
  }

  /**
   * What {@code file} holds, whatever it was saved for; nothing when it is missing or cannot be
   * read. Reading it is the costly part (30,000 entries at 10,000 pages x 3), so a build may read
   * it ahead, before it knows the publication it will compare with ({@link Saved#entriesFor}).
   */
  public static Saved read(Path file) {
    if (Files.isRegularFile(file)) {
      try (InputStream raw = Files.newInputStream(file);
          DataInputStream in = new DataInputStream(new org.fieldguide.concurrent.SingleThreadInput(raw, 1 << 16))) {
        if (in.readInt() == FORMAT) {
          String outDir = DataText.read(in);
          String publication = DataText.read(in);
          int n = in.readInt();
          Map<String, String> entries = new java.util.HashMap<>(n * 4 / 3 + 1);
          for (int i = 0; i < n; i++) entries.put(DataText.read(in), DataText.read(in));
          return new Saved(outDir, publication, entries);
        }
      } catch (IOException | RuntimeException e) {
        // Cut short or damaged: as if there were none.
      }
    }
    return Saved.NONE;
  }

  /** A history file as read: the output folder and publication it was saved for, and its fingerprints. */
  public record Saved(String outDir, String publication, Map<String, String> entries) {
    /** No file, or one that could not be read. */
    public static final Saved NONE = new Saved("", "", Map.of());

    /**
     * The fingerprints, for a build writing to {@code outDir} whose publication is {@code
     * publication} (its {@link OutputHistory#stamp}, read once by the caller, who keeps it beside
     * what is returned); none when they were saved for another output folder or publication.
     */
    public Map<String, String> entriesFor(Path outDir, String publication) {
      boolean same = this != NONE && outDir.toAbsolutePath().normalize().toString().equals(this.outDir) && publication.equals(this.publication);
      return same ? entries : Map.of();
    }
  }

  /** The fingerprint {@code path} had in the last published output, if any. */
  public Optional<String> previous(String path) {
    return Optional.ofNullable(previous.get(path));
  }

  /** What this build recorded for {@code path} so far; nothing when it recorded none, or keeps none ({@link #record}). */
  public Optional<String> recorded(String path) {
    return Optional.ofNullable(current.get(path));
  }

  /**
   * What the last published output recorded for the files in {@code folder} (a path ending in
   * {@code /}) and below it, by path, sorted.
   */
  public java.util.SortedMap<String, String> previousUnder(String folder) {
    java.util.SortedMap<String, String> under = new TreeMap<>();
    previous.forEach((path, value) -> {
      if (path.startsWith(folder)) under.put(path, value);
    });
    return under;
  }

  /**
   * Records the fingerprint of a page written (or taken over) by this build; nothing when no
   * later build will read them (a build without a cache folder): at 50,000 pages x 3 they were
   * 230,000 paths held through the search and offline stages for nobody.
   */
  public void record(String path, String fingerprint) {
    if (kept) current.put(path, fingerprint);
  }

  /**
   * This build's fingerprints as the cache file holds them, saved once its output is published.
   *
   * @param published the {@link #stamp} of the publication that wrote them, taken before
   *     publishing from the manifest it staged: read from the folder afterwards, it may already
   *     be another build's, which would then pass for this build's site
   */
  public void writeTo(DataOutputStream out, String published) throws IOException {
    out.writeInt(FORMAT);
    DataText.write(out, outDir);
    DataText.write(out, published);
    // In a stable order, so the same build writes the same file. Sorting the paths in an array
    // (a TreeMap of 65,000 of them was two thirds of writing this file after a rebuild), by hash
    // (alphabetically was then half of it).
    List<Map.Entry<String, String>> entries = org.fieldguide.digest.HashOrder.entries(current);
    out.writeInt(entries.size());
    for (Map.Entry<String, String> e : entries) {
      DataText.write(out, e.getKey());
      DataText.write(out, e.getValue());
    }
  }
}
