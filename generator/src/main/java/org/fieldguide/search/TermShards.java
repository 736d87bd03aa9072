package org.fieldguide.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Cuts the sorted terms of a language into term shards, {@code t<version>.js}, and writes them:
 * each holds consecutive terms with their postings, and the heads (what a result shows first)
 * of the pages its terms rank first.
 *
 * <p>Where a shard ends is decided by its terms, as page chunks are by their pages: past {@link
 * #MIN_BYTES}, a term of {@code w} bytes ends its shard with a chance of {@code w / CUT_BYTES}
 * drawn from its own hash; a term that would take a shard past {@link #MAX_BYTES} starts the
 * next one (on the generated 10,000-page corpus, English: 207 shards of 15.6 to 47.6 KB, 26.7 KB
 * on average). An edit that changes the postings of a few terms then changes the shards that
 * hold them (and, when a term's own cut changes, its neighbour), never the cuts far after it, as
 * cutting by size alone did; with lengths that an edit rarely moves ({@link Norms}), the other
 * shards keep their bytes, their names (a digest of the bytes) and a reader's cached copies. A term's weight here
 * counts the heads of the pages it ranks first as if no other term shared them: it must depend
 * on the term alone.
 */
final class TermShards {
  static final int VERSION_CHARS = 12;
  static final int MIN_BYTES = 16 * 1024;
  static final int CUT_BYTES = 16 * 1024;
  static final int MAX_BYTES = 48 * 1024;

  private final Function<Map<String, Object>, Supplier<String>> write;
  private final IntFunction<List<Object>> heads;
  private final List<String> firstTerms = new ArrayList<>();
  private final List<Supplier<String>> versions = new ArrayList<>();
  private List<Object> shard = new ArrayList<>();
  private final TreeSet<Integer> pages = new TreeSet<>();
  private int bytes;

  /**
   * @param write writes a shard's data, giving its version once written ({@link IndexFiles#writeShard})
   * @param heads what a result shows first of each page, by page number
   */
  TermShards(Function<Map<String, Object>, Supplier<String>> write, IntFunction<List<Object>> heads) {
    this.write = write;
    this.heads = heads;
  }

  /**
   * Adds the next term (in sorted order) with its encoded postings and the {@code topCount}
   * pages of {@code top} it ranks first.
   */
  void add(String term, String encoded, int[] top, int topCount) {
    int weight = term.length() + encoded.length() + 6;
    for (int i = 0; i < topCount; i++) weight += headBytes(heads.apply(top[i]));
    if (!shard.isEmpty() && bytes + weight > MAX_BYTES) end();
    for (int i = 0; i < topCount; i++) pages.add(top[i]);
    shard.add(term);
    shard.add(encoded);
    bytes += weight;
    if (bytes >= MIN_BYTES && SearchIndexWriter.cutsAfter(term) * CUT_BYTES < weight) end();
  }

  /** Whether the last term added ended its shard (or none was added). */
  boolean atCut() {
    return shard.isEmpty();
  }

  /** Ends the last shard. */
  void finish() {
    if (!shard.isEmpty()) end();
  }

  /** The first term of each shard, in order. */
  List<String> firstTerms() {
    return firstTerms;
  }

  /** The version of each shard, in order (once written). */
  List<String> versions() {
    return versions.stream().map(Supplier::get).toList();
  }

  private void end() {
    firstTerms.add((String) shard.get(0));
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("terms", shard);
    List<Object> shown = new ArrayList<>(pages.size());
    for (int page : pages) shown.add(heads.apply(page));
    data.put("pages", shown);
    versions.add(write.apply(data));
    shard = new ArrayList<>();
    pages.clear();
    bytes = 0;
  }

  /**
   * The version of a shard whose data is {@code json} (as {@link ScriptData#json} wrote it): its
   * name. Made from the bytes, so a shard read back can be checked against its name.
   */
  static String version(String engine, String language, String json) {
    return IndexDigest.hex(VERSION_CHARS, String.valueOf(SearchIndexWriter.FORMAT), engine, language, json);
  }

  static int headBytes(List<Object> head) {
    int bytes = 16;
    for (Object o : head) bytes += o.toString().length();
    return bytes;
  }
}
