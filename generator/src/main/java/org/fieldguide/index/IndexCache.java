package org.fieldguide.index;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The index kept between builds in the site's {@code .fieldguide-cache/index/}: the facts of
 * every page with the key they were made under, and the packs of rendered bodies they point
 * into. A CI job that restores the folder, or a second local build, reads only the files that
 * changed.
 *
 * <p>The folder is locked while a build uses it; a second build at the same time (a watching
 * server and a command-line build) works without the cache rather than waiting. A cache written
 * by another version of fieldguide, or one that cannot be read, is ignored and replaced: it only
 * ever saves time.
 */
public final class IndexCache implements AutoCloseable {
  public static final String FOLDER = ".fieldguide-cache/index";
  private static final String FACTS = "facts.bin";
  /**
   * What builds changed since {@code facts.bin} was written: one segment per build, appended, so
   * that a one-page edit does not write the facts of every page again.
   */
  private static final String LOG = "facts.log";
  private static final int FORMAT = 5;
  /** The log is folded into {@code facts.bin} once it is this fraction of it. */
  private static final int LOG_SHARE = 4;
  private static final Pattern PACK = Pattern.compile("bodies-(\\d+)\\.pack");
  /** More packs than this and the live bodies are copied into the newest one. */
  private static final int MAX_PACKS = 4;

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  /** The entries on disk: as loaded, then as the last save left them (a watching server saves once per build). */
  private Map<String, Entry> loaded;
  private final BodyStore store;
  /** Where the facts on disk stand: what an appended segment must name and where it goes. */
  private Disk disk;

  /**
   * A page's facts as cached. Its key is the digest of the file's bytes (the facts' own {@link
   * PageFacts#digest}) followed by what else its rendering depends on ({@code settings}), which
   * is the same for most files: the one string is shared, not a whole key kept per page (30 MB
   * at 50,000 pages x 3).
   *
   * @param settings the key past the file's digest: its section's type, the build's settings, its
   *     language and kind ({@code |type|settings|lang|kind})
   * @param size the file's size when it was read
   * @param modified the file's modification time (nanoseconds) when it was read
   */
  public record Entry(String settings, long size, long modified, PageFacts facts) {
    public Entry {
      settings = settings.intern();
    }

    /** The digest of the file and of everything its rendering depends on. */
    public String key() {
      return facts.digest() + settings;
    }

    /**
     * As a record's own, written out (see {@link PageFacts#equals}): {@link #save} compares every
     * entry with the one loaded. The record's hash code agrees with it.
     */
    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof Entry e && size == e.size && modified == e.modified && java.util.Objects.equals(settings, e.settings)
          && java.util.Objects.equals(facts, e.facts);
    }
  }

  private IndexCache(Path dir, FileChannel lockChannel, FileLock lock, Map<String, Entry> loaded, BodyStore store, Disk disk) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.loaded = loaded;
    this.store = store;
    this.disk = disk;
  }

  /**
   * The facts files as loaded.
   *
   * @param base the identity {@code facts.bin} carries (a log names it, so a log left beside a
   *     newer {@code facts.bin} is never applied to it); 0 when there is none
   * @param baseBytes its size
   * @param logBytes how much of {@code facts.log} is whole segments for this base
   */
  private record Disk(long base, long baseBytes, long logBytes) {
    static final Disk NONE = new Disk(0, 0, 0);
  }

  /** The cache of the site in {@code siteDir}; one without persistence when it is in use or cannot be made. */
  public static IndexCache open(Path siteDir) {
    Path dir = siteDir.resolve(FOLDER);
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      channel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        return none();
      }
      Loaded loaded = read(dir);
      return new IndexCache(dir, channel, lock, loaded.entries(), BodyStore.open(dir, loaded.lastPack()), loaded.disk());
    } catch (IOException | OverlappingFileLockException | SecurityException e) {
      closeQuietly(channel);
      return none();
    }
  }

  /** A cache that keeps nothing between builds: bodies in a temporary folder. */
  public static IndexCache none() {
    return new IndexCache(null, null, null, Map.of(), BodyStore.temporary(), Disk.NONE);
  }

  public boolean isPersistent() {
    return dir != null;
  }

  /** A file of the cache folder by name, for what else a build keeps; empty when nothing is kept. */
  public Optional<Path> file(String name) {
    return dir == null ? Optional.empty() : Optional.of(dir.resolve(name));
  }

  /** What a file of the cache folder holds, written by the stage that owns it. */
  @FunctionalInterface
  public interface Contents {
    void writeTo(DataOutputStream out) throws IOException;
  }

  /**
   * Replaces the cache file {@code name} with {@code contents}; nothing when the build keeps no
   * cache. Every file of the folder is written this way.
   */
  public void write(String name, Contents contents) throws IOException {
    if (dir != null) replace(dir.resolve(name), contents);
  }

  /**
   * Writes beside the file and moves the result over it in one step, so a build killed while
   * writing leaves the last complete file (or none), never half of one.
   */
  private static void replace(Path file, Contents contents) throws IOException {
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(tmp);
        DataOutputStream out = new DataOutputStream(new org.fieldguide.concurrent.SingleThreadOutput(raw, 1 << 16))) {
      contents.writeTo(out);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The entries the last build left, by content path. */
  public Map<String, Entry> entries() {
    return loaded;
  }

  public BodyStore store() {
    return store;
  }

  private record Loaded(Map<String, Entry> entries, int lastPack, Disk disk) {}

  private static Loaded read(Path dir) {
    int lastPack = -1;
    try (DirectoryStream<Path> packs = Files.newDirectoryStream(dir, "bodies-*.pack")) {
      for (Path p : packs) {
        Matcher m = PACK.matcher(p.getFileName().toString());
        if (m.matches()) lastPack = Math.max(lastPack, Integer.parseInt(m.group(1)));
      }
    } catch (IOException e) {
      return new Loaded(Map.of(), lastPack, Disk.NONE);
    }
    Path facts = dir.resolve(FACTS);
    if (!Files.isRegularFile(facts)) return new Loaded(Map.of(), lastPack, Disk.NONE);
    Map<String, Entry> entries = new HashMap<>();
    long base;
    long baseBytes;
    try (InputStream raw = Files.newInputStream(facts);
        DataInputStream in = new DataInputStream(new org.fieldguide.concurrent.SingleThreadInput(raw, 1 << 16))) {
      if (in.readInt() != FORMAT || !in.readUTF().equals(EngineDigest.code()) || !in.readUTF().equals(FactsCodec.schema(Entry.class))) {
        return new Loaded(Map.of(), lastPack, Disk.NONE);
      }
      base = in.readLong();
      FactsCodec.Reader reader = new FactsCodec.Reader(in);
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String path = (String) reader.read(String.class);
        entries.put(path, (Entry) reader.read(Entry.class));
      }
      baseBytes = Files.size(facts);
    } catch (IOException | RuntimeException e) {
      // An unreadable cache only costs time: start afresh.
      return new Loaded(Map.of(), lastPack, Disk.NONE);
    }
    long logBytes = readLog(dir.resolve(LOG), base, entries);
    return new Loaded(entries, lastPack, new Disk(base, baseBytes, logBytes));
  }

  /**
   * Applies the segments of the log that belong to {@code base}, in order, up to the first that
   * is not whole (a build killed while appending): those bytes are cut off by the next append.
   *
   * @return the length of the whole segments (0: no log for this base)
   */
  private static long readLog(Path log, long base, Map<String, Entry> entries) {
    if (!Files.isRegularFile(log)) return 0;
    long good = 0;
    try (InputStream raw = Files.newInputStream(log);
        DataInputStream in = new DataInputStream(new org.fieldguide.concurrent.SingleThreadInput(raw, 1 << 16))) {
      if (in.readLong() != base) return 0;
      good = Long.BYTES;
      while (true) {
        int length;
        try {
          length = in.readInt();
        } catch (java.io.EOFException e) {
          return good;
        }
        if (length < 0) return good;
        byte[] segment = in.readNBytes(length);
        if (segment.length != length) return good;
        long sum = in.readLong();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(segment);
        if (crc.getValue() != sum) return good;
        DataInputStream seg = new DataInputStream(new java.io.ByteArrayInputStream(segment));
        FactsCodec.Reader reader = new FactsCodec.Reader(seg);
        int n = seg.readInt();
        Map<String, Entry> changes = new HashMap<>();
        Set<String> removed = new HashSet<>();
        for (int i = 0; i < n; i++) {
          String path = (String) reader.read(String.class);
          if (seg.readBoolean()) changes.put(path, (Entry) reader.read(Entry.class));
          else removed.add(path);
        }
        // A segment applies whole or not at all.
        entries.keySet().removeAll(removed);
        entries.putAll(changes);
        good += Integer.BYTES + length + Long.BYTES;
      }
    } catch (IOException | RuntimeException e) {
      return good;
    }
  }

  /**
   * Saves {@code entries} as the cache for the next build and removes packs nothing points into.
   * When bodies are spread over many packs, the live ones are first copied into the newest.
   *
   * @return the entries as saved (their bodies may have moved)
   */
  public Map<String, Entry> save(Map<String, Entry> entries) throws IOException {
    if (dir == null) return entries;
    Map<String, Entry> saved = entries;
    Map<Integer, Integer> bodies = new HashMap<>();
    entries.values().forEach(e -> bodies.merge(e.facts().body().pack(), 1, Integer::sum));
    Set<Integer> live = new HashSet<>(bodies.keySet());
    if (live.size() > MAX_PACKS) {
      // Each build leaves a pack of the pages it read: after a run of small edits, those few
      // bodies are copied into the newest pack. The pack of a first build, with most bodies, is
      // copied too only once most of it is dead (pages since edited).
      int main = bodies.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
          .orElseThrow().getKey();
      boolean all = bodies.get(main) * 2 < entries.size();
      saved = new HashMap<>();
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        Entry entry = e.getValue();
        BodyRef ref = entry.facts().body();
        if (ref.pack() != store.currentPack() && (all || ref.pack() != main)) {
          ref = store.copy(ref);
          entry = new Entry(entry.settings(), entry.size(), entry.modified(), entry.facts().withBody(ref));
        }
        saved.put(e.getKey(), entry);
      }
      live.clear();
      if (!all) live.add(main);
    }
    Map<String, Entry> kept = saved;
    java.util.TreeMap<String, Entry> changed = new java.util.TreeMap<>();
    for (Map.Entry<String, Entry> e : kept.entrySet()) {
      if (!e.getValue().equals(loaded.get(e.getKey()))) changed.put(e.getKey(), e.getValue());
    }
    for (String path : loaded.keySet()) if (!kept.containsKey(path)) changed.put(path, null);
    boolean logFits = disk.base() != 0 && disk.logBytes() < disk.baseBytes() / LOG_SHARE && changed.size() <= Math.max(64, kept.size() / 8);
    if (logFits && !changed.isEmpty()) {
      disk = new Disk(disk.base(), disk.baseBytes(), append(changed));
    } else if (!logFits) {
      long base = new java.security.SecureRandom().nextLong() | 1;
      replace(dir.resolve(FACTS), out -> {
        out.writeInt(FORMAT);
        // Facts are only as good as the code that made them.
        out.writeUTF(EngineDigest.code());
        out.writeUTF(FactsCodec.schema(Entry.class));
        out.writeLong(base);
        FactsCodec.Writer writer = new FactsCodec.Writer(out);
        out.writeInt(kept.size());
        for (Map.Entry<String, Entry> e : new java.util.TreeMap<>(kept).entrySet()) {
          writer.write(e.getKey(), String.class);
          writer.write(e.getValue(), Entry.class);
        }
      });
      // A log of the old facts.bin names that file's identity, so even one left behind is never applied.
      Files.deleteIfExists(dir.resolve(LOG));
      disk = new Disk(base, Files.size(dir.resolve(FACTS)), 0);
    }
    loaded = kept;
    live.add(store.currentPack());
    try (DirectoryStream<Path> packs = Files.newDirectoryStream(dir, "bodies-*.pack")) {
      for (Path p : packs) {
        Matcher m = PACK.matcher(p.getFileName().toString());
        if (m.matches() && !live.contains(Integer.parseInt(m.group(1)))) Files.deleteIfExists(p);
      }
    }
    return saved;
  }

  /**
   * Appends one segment holding {@code changed} (null for a file gone) to the log, after its last
   * whole segment, so the tail of a killed append is overwritten.
   *
   * @return the length of the log's whole segments now
   */
  private long append(java.util.SortedMap<String, Entry> changed) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    DataOutputStream seg = new DataOutputStream(bytes);
    FactsCodec.Writer writer = new FactsCodec.Writer(seg);
    seg.writeInt(changed.size());
    for (Map.Entry<String, Entry> e : changed.entrySet()) {
      writer.write(e.getKey(), String.class);
      seg.writeBoolean(e.getValue() != null);
      if (e.getValue() != null) writer.write(e.getValue(), Entry.class);
    }
    seg.flush();
    byte[] segment = bytes.toByteArray();
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(segment);
    long at = disk.logBytes();
    java.nio.ByteBuffer record = java.nio.ByteBuffer.allocate((at == 0 ? Long.BYTES : 0) + Integer.BYTES + segment.length + Long.BYTES);
    if (at == 0) record.putLong(disk.base()); // a new log starts by naming its facts.bin
    record.putInt(segment.length).put(segment).putLong(crc.getValue()).flip();
    try (FileChannel log = FileChannel.open(dir.resolve(LOG), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      log.truncate(at);
      log.position(at);
      while (record.hasRemaining()) log.write(record);
    }
    return at + record.limit();
  }

  @Override
  public void close() {
    store.close();
    try {
      if (lock != null) lock.release();
    } catch (IOException e) {
      // Closing the channel releases the lock anyway.
    }
    closeQuietly(lockChannel);
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) return;
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing to do: the lock goes with the process.
    }
  }
}
