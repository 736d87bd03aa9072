package org.fieldguide.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.fieldguide.concurrent.Tasks;
import org.fieldguide.search.SearchIndexWriter.AnalysedPage;
import org.fieldguide.search.SearchIndexWriter.Chunks;
import org.fieldguide.search.SearchIndexWriter.Outlines;
import org.fieldguide.search.SearchIndexWriter.Postings;
import org.fieldguide.search.SearchIndexWriter.Previous;

/**
 * Makes a language's index from the published one where only a few pages' text changed: those
 * pages are analysed, the terms whose scores they changed are looked up in the shards that hold
 * them, and those shards alone are read, patched, cut again and written; every other shard and
 * chunk group is taken over. The bytes are those {@link SearchIndexWriter} makes from every page
 * (a test makes both and compares them): page numbers, rounded lengths and averages, and every
 * other page's fields are the same as when the published index was made (or the patch is not
 * tried), so every posting but those of the changed pages stays as it is; and a shard's cuts
 * depend only on its terms ({@link TermShards}), so cutting the patched terms again from the
 * start of their shard meets the published cuts again after them.
 *
 * <p>Made from every page's terms, a one-page edit of a 10,000-page language took ~550 ms on two
 * cores (the terms of every page, from the cache; every posting; every shard encoded to learn
 * its version); patched, it reads the changed pages and a shard or two.
 */
final class IndexPatch {
  /** More changed pages than this, and the index is made from every page. */
  static final int MAX_CHANGED_PAGES = 32;
  /**
   * Reads a published shard's terms and postings as they stream by: no tree of them, and not
   * Jackson's object mapper, which nothing else in a rebuild loads (setting it up was ~20 ms of
   * CPU, on the search stage's critical thread, in a one-page rebuild at 10,000 pages x 3).
   */
  private static final JsonFactory JSON = new JsonFactory();

  private final Outlines o;
  private final SearchDocuments documents;
  private final Previous previous;
  private final Tasks tasks;
  private final BiConsumer<String, byte[]> out;
  private final TermCache cache;
  private final IndexState last;
  /** What a result shows first, per page, made when a shard being cut again needs it. */
  private final Map<Integer, List<Object>> heads = new HashMap<>();

  IndexPatch(Outlines o, SearchDocuments documents, Previous previous, Tasks tasks, BiConsumer<String, byte[]> out, TermCache cache, IndexState last) {
    this.o = o;
    this.documents = documents;
    this.previous = previous;
    this.tasks = tasks;
    this.out = out;
    this.cache = cache;
    this.last = last;
  }

  /**
   * The patched index, written, with the next build's term cache and state given to {@code
   * next} and {@code nextState}; or empty, nothing written, when it cannot be patched (the last
   * state is not that of the published index, pages were added, removed or renamed, an average
   * length moved a step, a changed page's title or other fields changed, too many pages or
   * shards changed, or a file it needs is not there: shards taken over before one was found
   * missing are files the whole index has too, under the same names).
   */
  Optional<SearchIndexSize> apply(Optional<Consumer<TermCache.Builder>> next, Optional<Consumer<IndexState>> nextState) {
    if (nextState.isEmpty() || last.isNone() || !last.key().equals(o.key()) || last.pages().size() != o.n() || !last.sameAverages(o.averages())) {
      return Optional.empty();
    }
    if (!previous.publishedVersion(o.language()).equals(Optional.of(last.version()))) return Optional.empty();
    List<Integer> changed = new ArrayList<>();
    Map<Integer, byte[]> oldEntries = new HashMap<>(); // the changed pages' terms as the published index counted them
    for (int p = 0; p < o.n(); p++) {
      IndexState.Page was = last.pages().get(p);
      if (!was.url().equals(o.urls()[p])) return Optional.empty();
      if (Arrays.equals(was.hash(), o.pageHashes()[p])) continue;
      // Only its text: a title, say, is in the heads of shards that hold none of the page's changed terms.
      byte[] entry = cache.get(was.identity());
      if (!Arrays.equals(was.headHash(), o.headHashes()[p]) || entry == null) return Optional.empty();
      changed.add(p);
      oldEntries.put(p, entry);
      if (changed.size() > MAX_CHANGED_PAGES) return Optional.empty();
    }
    if (changed.isEmpty()) return Optional.empty();

    // The changed pages as the whole index analyses them, and the terms whose scores they changed.
    TermCounter counter = new TermCounter(new TermAnalyzer(o.language()), SearchIndexWriter.FIELDS.length);
    Map<Integer, AnalysedPage> analysed = new HashMap<>();
    Map<Integer, Map<String, Integer>> now = new HashMap<>();
    java.util.TreeSet<String> dirty = new java.util.TreeSet<>();
    for (int p : changed) {
      IndexState.Page was = last.pages().get(p);
      Map<String, Integer> before = SearchIndexWriter.scoresBefore(p, documents, o, counter, oldEntries.get(p), cache.dictionary(), was);
      AnalysedPage a = SearchIndexWriter.analyse(p, documents, o, counter, cache, next.isPresent());
      Map<String, Integer> scores = new HashMap<>();
      for (int i = 0; i < a.terms().length; i++) scores.put(a.terms()[i], a.scores()[i]);
      for (Map.Entry<String, Integer> e : scores.entrySet()) if (!e.getValue().equals(before.get(e.getKey()))) dirty.add(e.getKey());
      for (String t : before.keySet()) if (!scores.containsKey(t)) dirty.add(t);
      analysed.put(p, a);
      now.put(p, scores);
    }

    // The shards that hold them (or would: a new term goes where the browser would look for it).
    List<String> firstTerms = last.firstTerms();
    int shardCount = firstTerms.size();
    if (shardCount == 0) return Optional.empty();
    Map<Integer, List<String>> dirtyByShard = new TreeMap<>();
    for (String term : dirty) dirtyByShard.computeIfAbsent(shardOf(firstTerms, term), s -> new ArrayList<>()).add(term);
    if (dirtyByShard.size() > Math.max(2, shardCount / 2)) return Optional.empty();

    // Each run of shards from a dirty one is read, patched and cut again until a cut falls where
    // the published one did before a shard that holds no changed term: the rest is as it was.
    int[] changedPages = changed.stream().mapToInt(Integer::intValue).toArray();
    List<Shard> shards = new ArrayList<>();
    TermShards cutter = new TermShards(data -> {
      Shard s = Shard.written(data);
      shards.add(s);
      return () -> s.version;
    }, this::head);
    for (int i = 0; i < shardCount; ) {
      if (!dirtyByShard.containsKey(i)) {
        shards.add(Shard.kept(firstTerms.get(i), last.shardVersions().get(i)));
        i++;
        continue;
      }
      int j = i;
      do {
        String version = last.shardVersions().get(j);
        Optional<List<String[]>> terms = previous.readShard(o.language(), version).flatMap(file -> terms(file, version));
        if (terms.isEmpty()) return Optional.empty();
        for (Map.Entry<String, Postings> e : patched(terms.get(), dirtyByShard.getOrDefault(j, List.of()), changedPages, now).entrySet()) {
          Postings p = e.getValue();
          cutter.add(e.getKey(), p.encoded.toString(), p.topPages, p.topCount);
        }
        j++;
      } while (j < shardCount && !(cutter.atCut() && !dirtyByShard.containsKey(j)));
      cutter.finish();
      i = j;
    }

    // Nothing is written before every shard kept is there.
    List<Integer> keptSizes = new ArrayList<>();
    for (Shard s : shards) {
      if (s.data != null) continue;
      Optional<Integer> size = previous.takeOverShard(o.language(), s.version);
      if (size.isEmpty()) return Optional.empty();
      keptSizes.add(size.get());
    }

    IndexFiles files = new IndexFiles(tasks, out, "search/" + o.language() + "/", o.language(), o.version(), o.engine(), previous);
    keptSizes.forEach(files::countKept);
    Chunks chunks = new Chunks(files, o.engine(), o.language());
    IndexState.Page[] statePages = new IndexState.Page[o.n()];
    for (int p = 0; p < o.n(); p++) {
      AnalysedPage a = analysed.get(p);
      if (a == null) {
        // Unchanged: its group's version from what the state kept; its text read only if that group is written.
        IndexState.Page was = last.pages().get(p);
        String url = o.urls()[p];
        a = new AnalysedPage(p, null, null, SearchIndexWriter.shownLater(documents, p, url), was.shownHash(), null, was.chunkBytes(),
            SearchIndexWriter.cutsAfter(url), null, null);
      }
      // With this build's stamp: the next build compares with this one's.
      statePages[p] = SearchIndexWriter.statePage(o, p, a.shownHash(), a.chunkBytes());
      chunks.add(a);
    }
    chunks.finish();
    List<Supplier<String>> versions = new ArrayList<>();
    for (Shard s : shards) {
      if (s.data != null) {
        Supplier<String> written = files.writeShard(s.data);
        versions.add(() -> s.version = written.get());
      } else {
        versions.add(() -> s.version);
      }
    }
    List<String> shardVersions = versions.stream().map(Supplier::get).toList();
    List<String> shardFirsts = shards.stream().map(s -> s.firstTerm).toList();
    Supplier<Integer> metaBytes = files.write("index", SearchIndexWriter.meta(o, shardFirsts, shardVersions, chunks));
    files.finish();

    next.ifPresent(keep -> keep.accept(nextTerms(analysed)));
    nextState.get().accept(new IndexState(o.key(), o.stampKey(), o.version(), o.averages(), List.of(statePages), shardFirsts, shardVersions));
    return Optional.of(new SearchIndexSize(o.language(), o.n(), files.files, files.bytes, metaBytes.get(), files.largest, false,
        o.n() - changed.size(), files.kept, changed.size(), false));
  }

  /** The term cache for the next build: every page's entry, as the whole index would collect it (numbered otherwise). */
  private TermCache.Builder nextTerms(Map<Integer, AnalysedPage> analysed) {
    TermCache.Builder b = TermCache.Builder.patching(cache);
    for (int p = 0; p < o.n(); p++) {
      AnalysedPage a = analysed.get(p);
      String identity = o.identities()[p];
      if (a == null) {
        // Carried as it is: the patching builder copies it without reading it.
        byte[] entry = cache.stored(identity);
        if (entry != null) b.keep(identity, entry);
      } else if (a.cached() != null) {
        b.keep(identity, a.cached());
      } else if (a.counted() != null) {
        b.add(identity, a.counted());
      }
    }
    return b;
  }

  /** A term shard of the patched index: taken over as published (no data), or made again. */
  private static final class Shard {
    final String firstTerm;
    final Map<String, Object> data;
    String version;

    private Shard(String firstTerm, Map<String, Object> data, String version) {
      this.firstTerm = firstTerm;
      this.data = data;
      this.version = version;
    }

    static Shard kept(String firstTerm, String version) {
      return new Shard(firstTerm, null, version);
    }

    @SuppressWarnings("unchecked")
    static Shard written(Map<String, Object> data) {
      return new Shard((String) ((List<Object>) data.get("terms")).get(0), data, null);
    }
  }

  /** The shard a term is in, or goes in: the last whose first term is not after it (the first for a term before all). */
  static int shardOf(List<String> firstTerms, String term) {
    int lo = 0;
    int hi = firstTerms.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (firstTerms.get(mid).compareTo(term) <= 0) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * A published shard's terms with their encoded postings, in order; empty when it cannot be read
   * as one, or when its bytes are not those its name {@code version} was made from (the file was
   * changed since: patched, its terms would go on into the new index).
   */
  private Optional<List<String[]>> terms(byte[] file, String version) {
    int start = -1;
    for (int i = 0; i < file.length; i++) {
      if (file[i] == '{') {
        start = i;
        break;
      }
    }
    int end = file.length - 3; // ");\n"
    if (start < 0 || end <= start) return Optional.empty();
    String json = new String(file, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
    if (!TermShards.version(o.engine(), o.language(), json).equals(version)) return Optional.empty();
    try (JsonParser p = JSON.createParser(file, start, end - start)) {
      if (p.nextToken() != JsonToken.START_OBJECT) return Optional.empty();
      List<String[]> out = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        boolean terms = "terms".equals(p.currentName());
        JsonToken value = p.nextToken();
        if (!terms) {
          p.skipChildren();
          continue;
        }
        if (value != JsonToken.START_ARRAY) return Optional.empty();
        // Terms and their encoded postings, one after the other.
        out = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          if (t != JsonToken.VALUE_STRING) return Optional.empty();
          String term = p.getText();
          if (p.nextToken() != JsonToken.VALUE_STRING) return Optional.empty();
          out.add(new String[] {term, p.getText()});
        }
      }
      return Optional.ofNullable(out);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The shard's terms with their postings: as published, but for {@code dirty} terms (sorted),
   * whose postings of the changed pages are replaced by those pages' scores {@code now}; a
   * dirty term the shard did not hold comes in its place, one no page has any more goes.
   */
  private static TreeMap<String, Postings> patched(List<String[]> terms, List<String> dirty, int[] changed, Map<Integer, Map<String, Integer>> now) {
    TreeMap<String, Postings> out = new TreeMap<>();
    Map<String, String> published = new HashMap<>();
    for (String[] t : terms) published.put(t[0], t[1]);
    for (String[] t : terms) if (!dirty.contains(t[0])) out.put(t[0], decoded(t[1], new int[0], Map.of(), t[0]));
    for (String term : dirty) {
      Postings p = decoded(published.getOrDefault(term, ""), changed, now, term);
      if (p.last >= 0) out.put(term, p);
    }
    return out;
  }

  /**
   * A term's postings as encoded, without those of the {@code changed} pages (sorted), with what
   * those pages score for it {@code now}.
   */
  private static Postings decoded(String encoded, int[] changed, Map<Integer, Map<String, Integer>> now, String term) {
    int[] numbers = CompactNumbers.decode(encoded);
    Postings p = new Postings();
    int page = -1;
    int c = 0;
    for (int i = 0; i + 1 < numbers.length; i += 2) {
      page += numbers[i] + 1;
      for (; c < changed.length && changed[c] <= page; c++) addNow(p, changed[c], now, term);
      if (Arrays.binarySearch(changed, page) < 0) p.add(page, numbers[i + 1]);
    }
    for (; c < changed.length; c++) addNow(p, changed[c], now, term);
    return p;
  }

  private static void addNow(Postings p, int page, Map<Integer, Map<String, Integer>> now, String term) {
    Integer score = now.get(page).get(term);
    if (score != null) p.add(page, score);
  }

  private List<Object> head(int page) {
    return heads.computeIfAbsent(page, p -> SearchIndexWriter.head(p, documents.light(p)));
  }
}
