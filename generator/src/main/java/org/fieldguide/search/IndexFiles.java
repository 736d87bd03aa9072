package org.fieldguide.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.fieldguide.concurrent.Tasks;
import org.fieldguide.search.SearchIndexWriter.Previous;

/**
 * The files of one language's index, each encoded and written on the build's threads while the
 * language goes on adding pages: on the language's own thread, writing took two fifths of its
 * time. At most {@link #PENDING} tasks (a file, or a group of page chunks) wait at once, so what is
 * held does not grow with the site. The bytes of a file do not depend on when it is written.
 */
final class IndexFiles {
  private static final int PENDING = 64;

  /** What one task wrote: its files' sizes, the version they carry, and whether they were the last build's, kept. */
  private record Written(int[] lengths, String version, boolean kept) {}

  private final Tasks tasks;
  private final BiConsumer<String, byte[]> out;
  private final String dir;
  private final String language;
  private final String version;
  /** The format and the code, in every term shard's version with the language. */
  private final String engine;
  private final Previous previous;
  private final ArrayDeque<Supplier<Written>> pending = new ArrayDeque<>();
  int files;
  int kept;
  long bytes;
  long largest;

  IndexFiles(Tasks tasks, BiConsumer<String, byte[]> out, String dir, String language, String version, String engine, Previous previous) {
    this.previous = previous;
    this.engine = engine;
    this.tasks = tasks;
    this.out = out;
    this.dir = dir;
    this.language = language;
    this.version = version;
  }

  /** Writes {@code data} as the file {@code name}; gives its size, once written. {@code data} must not change after. */
  Supplier<Integer> write(String name, Object data) {
    Supplier<Written> written = submit(() -> new Written(new int[] {writeFile(name, version, utf8(ScriptData.json(data)))}, version, false));
    return () -> written.get().lengths()[0];
  }

  /**
   * Writes a group of page chunks as {@code d<groupVersion>-<n>}, the version a digest of what
   * the chunks are made from (see {@link Chunks#add}), or takes the last build's files of that
   * version over: a one-page edit leaves the other groups' 5,000 files of a 10,000-page
   * language as they were, and encoding them again (22 MB) to compare them with the published
   * ones was a quarter of a one-page rebuild's search stage. Gives the version once done.
   * {@code chunks} must not change after.
   */
  Supplier<String> writeGroup(List<List<Supplier<List<Object>>>> chunks, String groupVersion) {
    Supplier<Written> written = submit(() -> {
      Optional<int[]> taken = previous.takeOverGroup(language, groupVersion, chunks.size());
      if (taken.isPresent()) return new Written(taken.get(), groupVersion, true);
      byte[][] json = new byte[chunks.size()][];
      for (int i = 0; i < json.length; i++) json[i] = utf8(ScriptData.json(chunks.get(i).stream().map(Supplier::get).toList()));
      int[] lengths = new int[json.length];
      for (int i = 0; i < json.length; i++) lengths[i] = writeFile("d" + groupVersion + "-" + i, groupVersion, json[i]);
      return new Written(lengths, groupVersion, false);
    });
    return () -> written.get().version();
  }

  /**
   * Writes a term shard as {@code t<version>}, the version a digest of its bytes, or takes the
   * last build's file of that name over (the same bytes): after a one-page edit most shards hold
   * what they held. Gives the version once known. {@code data} must not change after.
   */
  Supplier<String> writeShard(Map<String, Object> data) {
    Supplier<Written> written = submit(() -> {
      String json = ScriptData.json(data);
      String shardVersion = TermShards.version(engine, language, json);
      Optional<Integer> taken = previous.takeOverShard(language, shardVersion);
      if (taken.isPresent()) return new Written(new int[] {taken.get()}, shardVersion, true);
      return new Written(new int[] {writeFile("t" + shardVersion, shardVersion, utf8(json))}, shardVersion, false);
    });
    return () -> written.get().version();
  }

  /** Counts a file of {@code size} bytes taken over from the last build by the caller. */
  void countKept(int size) {
    count(new Written(new int[] {size}, version, true));
  }

  /** Waits for every file to be written (and throws what writing one threw). */
  void finish() {
    while (!pending.isEmpty()) count(pending.removeFirst().get());
  }

  private Supplier<Written> submit(Supplier<Written> work) {
    if (pending.size() == PENDING) count(pending.removeFirst().get());
    Supplier<Written> written = tasks.start(work);
    pending.addLast(written);
    return written;
  }

  /** Writes the script handing {@code json} (UTF-8) to the browser. */
  private int writeFile(String name, String fileVersion, byte[] json) {
    byte[] file = ScriptData.script(language + "/" + name, fileVersion, json);
    out.accept(dir + name + ".js", file);
    return file.length;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private void count(Written written) {
    if (written.kept()) kept += written.lengths().length;
    for (int length : written.lengths()) {
      files++;
      bytes += length;
      largest = Math.max(largest, length);
    }
  }
}
