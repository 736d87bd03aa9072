package org.fieldguide.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
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
  private static final int FORMAT = 2;
  /**
   * Facts are only as good as the code that made them. Computed on first use, when a cache is
   * read or written: a build without the cache does not spend the time (reading the names of
   * every class in the jar).
   */
  private static final class Engine {
    static final String DIGEST = EngineDigest.of(IndexCache.class);
  }
  private static final Pattern PACK = Pattern.compile("bodies-(\\d+)\\.pack");
  /** More packs than this and the live bodies are copied into the newest one. */
  private static final int MAX_PACKS = 4;

  private final Path dir;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Map<String, Entry> loaded;
  private final BodyStore store;

  /**
   * A page's facts as cached.
   *
   * @param key digest of the file and of everything its rendering depends on
   * @param size the file's size when it was read
   * @param modified the file's modification time (nanoseconds) when it was read
   */
  public record Entry(String key, long size, long modified, PageFacts facts) {}

  private IndexCache(Path dir, FileChannel lockChannel, FileLock lock, Map<String, Entry> loaded, BodyStore store) {
    this.dir = dir;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.loaded = loaded;
    this.store = store;
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
      return new IndexCache(dir, channel, lock, loaded.entries(), BodyStore.open(dir, loaded.lastPack()));
    } catch (IOException | OverlappingFileLockException | SecurityException e) {
      closeQuietly(channel);
      return none();
    }
  }

  /** A cache that keeps nothing between builds: bodies in a temporary folder. */
  public static IndexCache none() {
    return new IndexCache(null, null, null, Map.of(), BodyStore.temporary());
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
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
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

  private record Loaded(Map<String, Entry> entries, int lastPack) {}

  private static Loaded read(Path dir) {
    int lastPack = -1;
    try (DirectoryStream<Path> packs = Files.newDirectoryStream(dir, "bodies-*.pack")) {
      for (Path p : packs) {
        Matcher m = PACK.matcher(p.getFileName().toString());
        if (m.matches()) lastPack = Math.max(lastPack, Integer.parseInt(m.group(1)));
      }
    } catch (IOException e) {
      return new Loaded(Map.of(), lastPack);
    }
    Path facts = dir.resolve(FACTS);
    if (!Files.isRegularFile(facts)) return new Loaded(Map.of(), lastPack);
    Map<String, Entry> entries = new HashMap<>();
    try (InputStream raw = Files.newInputStream(facts);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      if (in.readInt() != FORMAT || !in.readUTF().equals(Engine.DIGEST) || !in.readUTF().equals(FactsCodec.schema(Entry.class))) return new Loaded(Map.of(), lastPack);
      FactsCodec.Reader reader = new FactsCodec.Reader(in);
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String path = (String) reader.read(String.class);
        entries.put(path, (Entry) reader.read(Entry.class));
      }
      return new Loaded(entries, lastPack);
    } catch (IOException | RuntimeException e) {
      // An unreadable cache only costs time: start afresh.
      return new Loaded(Map.of(), lastPack);
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
    Set<Integer> live = new HashSet<>();
    entries.values().forEach(e -> live.add(e.facts().body().pack()));
    if (live.size() > MAX_PACKS) {
      saved = new HashMap<>();
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        Entry entry = e.getValue();
        BodyRef ref = entry.facts().body();
        if (ref.pack() != store.currentPack()) ref = store.put(store.html(ref), store.text(ref));
        saved.put(e.getKey(), new Entry(entry.key(), entry.size(), entry.modified(), entry.facts().withBody(ref)));
      }
      live.clear();
      live.add(store.currentPack());
    }
    Map<String, Entry> kept = saved;
    replace(dir.resolve(FACTS), out -> {
      out.writeInt(FORMAT);
      out.writeUTF(Engine.DIGEST);
      out.writeUTF(FactsCodec.schema(Entry.class));
      FactsCodec.Writer writer = new FactsCodec.Writer(out);
      out.writeInt(kept.size());
      for (Map.Entry<String, Entry> e : new java.util.TreeMap<>(kept).entrySet()) {
        writer.write(e.getKey(), String.class);
        writer.write(e.getValue(), Entry.class);
      }
    });
    live.add(store.currentPack());
    try (DirectoryStream<Path> packs = Files.newDirectoryStream(dir, "bodies-*.pack")) {
      for (Path p : packs) {
        Matcher m = PACK.matcher(p.getFileName().toString());
        if (m.matches() && !live.contains(Integer.parseInt(m.group(1)))) Files.deleteIfExists(p);
      }
    }
    return saved;
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
