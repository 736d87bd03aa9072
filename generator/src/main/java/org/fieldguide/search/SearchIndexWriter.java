package org.fieldguide.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.fieldguide.concurrent.Reusable;
import org.fieldguide.concurrent.Tasks;

/**
 * Writes the search index of one language as script files under {@code search/<lang>/}, split so
 * that a reader downloads only what a query needs:
 *
 * <ul>
 *   <li>{@code index.js}: loaded on the first search; the analysis settings (stemmer, stop
 *       words), the first term and the version of each term shard and the number of pages in
 *       each page chunk;
 *   <li>{@code t<version>.js}: term shards, consecutive ranges of the sorted terms with their
 *       posting lists (page number gaps and a precomputed score per page, see {@link
 *       CompactNumbers}), named by a digest of their bytes and cut where their terms choose
 *       ({@link TermShards});
 *       a query loads the shards of its words only. Each shard also holds what a result shows
 *       first (address, title, section, type, fallback language) of the pages that rank among
 *       the first {@link #RESULTS} for one of its terms: a query of one word (also while it is
 *       being typed, with the longer words it starts) has its results with its shards, in one
 *       round trip, and only the snippets wait for the page chunks;
 *   <li>{@code d<group>-<n>.js}: page chunks, consecutive pages with what a result shows
 *       (address, title, section, type, summary, text for the snippet); a query loads the chunks
 *       of the results it shows. Chunks come in groups named by a digest of what they show, and
 *       their cuts are made from each page alone (see {@link #cutsAfter}), so that an edit of one
 *       page leaves every other group's files as they were: a rebuild rewrites the files of one
 *       group, the shards of the terms it changed and {@code index.js}, not thousands of files
 *       (and a reader's cache keeps the rest).
 * </ul>
 *
 * <p>Scores are BM25F, computed here so the browser only adds them up: each field has a weight
 * (title 8, headings, tags and code terms 3, summary 2, type and body 1) and length
 * normalisation against the field's average length (both rounded, see {@link Norms}); the browser multiplies by the term's
 * inverse document frequency. Pages are numbered in the order of their addresses and every
 * collection is sorted, so the same documents always give the same bytes. Stateless and
 * thread-safe: languages can be written in parallel.
 */
public final class SearchIndexWriter {
  static final int FORMAT = 4;
  /** Results the browser shows for a query ({@code RESULTS} in js/search.js). */
  static final int RESULTS = 10;
  /**
   * Whether {@code head} (the first bytes of the file {@code name} of {@code search/<lang>/})
   * carries the version it has in an index of {@code version}: a page chunk carries its
   * group's and a term shard its own, which their names hold; {@code index.js} the index's.
   */
  public static boolean isOfVersion(String name, byte[] head, String version) {
    return versionOf(head).map(carried -> carries(name, carried, version)).orElse(false);
  }

  /**
   * Whether the file {@code name} of {@code search/<lang>/}, carrying {@code carried} (its
   * {@link #versionOf version}), belongs to an index of {@code version}: a page chunk or a term
   * shard when its name holds the version it carries, {@code index.js} when it carries the index's.
   */
  public static boolean carries(String name, String carried, String version) {
    int dash = name.indexOf('-');
    if (name.startsWith("t")) return name.equals("t" + carried + ".js");
    if (name.startsWith("d") && dash > 1) return name.equals("d" + carried + name.substring(dash)) && name.endsWith(".js");
    return carried.equals(version);
  }

  /** The version of an index file: {@code fieldguideSearchData("es/t3","<version>",…}. */
  public static Optional<String> versionOf(byte[] file) {
    String head = new String(file, 0, Math.min(file.length, 200), StandardCharsets.UTF_8);
    int first = head.indexOf("\",\"");
    int end = first < 0 ? -1 : head.indexOf('"', first + 3);
    return end < 0 || !head.startsWith(ScriptData.FUNCTION + "(") ? Optional.empty() : Optional.of(head.substring(first + 3, end));
  }

  /** Chunks are cut before they would pass this size (before gzip, which servers add). */
  static final int PAGE_CHUNK_BYTES = 6 * 1024;
  /**
   * A page also ends its chunk on its own, with a chance of its size in {@code CHUNK_CUT_BYTES},
   * and its group with a chance of its size in {@code GROUP_CUT_BYTES} (see {@link #cutsAfter}).
   * On the generated 10,000-page corpus (pages of about 2.2 KB for a chunk), chunks that only
   * met the size limit (as before) numbered 4,977; with these cuts about 5,200, holding 4.2 KB on
   * average; groups of about 64 chunks.
   */
  static final int CHUNK_CUT_BYTES = 24 * 1024;
  static final int GROUP_CUT_BYTES = 64 * PAGE_CHUNK_BYTES;
  /** A group cut only where no page chose to end one; a bound on what a group holds in memory. */
  static final int GROUP_MAX_CHUNKS = 256;
  /**
   * Hex digits of a group's version, 48 bits: two of a language's groups would share a name
   * (and one overwrite the other's files) about once in 500 million builds of a thousand groups.
   */
  private static final int GROUP_VERSION_CHARS = 12;
  /** Text kept per page for snippets; the whole text is indexed. */
  static final int SNIPPET_TEXT_CHARS = 2000;
  private static final double K1 = 1.2;
  /** Scores are stored as whole numbers: this many steps per unit. */
  private static final int SCORE_STEPS = 8;
  private static final int MAX_SCORE = 1023;
  /**
   * Pages analysed at once, in slices of {@link #SLICE_PAGES}: enough slices to keep every core
   * busy between two waits for a wave (a wave of 256 left the 10k build's stage at 2.3-3.1 s, one
   * of 1,024 at 2.1-2.3 s), few enough pages that their terms are a small part of memory (a few
   * MB per language at once).
   */
  private static final int WAVE_PAGES = 1024;
  private static final int SLICE_PAGES = 16;

  /** The indexed fields: weight, and how much the field's length dampens a match (BM25's b). */
  enum Field {
    TITLE(8, 0.5), HEADINGS(3, 0.5), SUMMARY(2, 0.5), TAGS(3, 0), CODE(3, 0), TYPE(1, 0), BODY(1, 0.75);

    final double weight;
    final double lengthDamping;

    Field(double weight, double lengthDamping) {
      this.weight = weight;
      this.lengthDamping = lengthDamping;
    }
  }

  static final Field[] FIELDS = Field.values();

  /**
   * Writes the index of {@code language} through {@code out} (path relative to the site root,
   * bytes).
   *
   * @param documents every page of that language's tree, fallback pages included, in any order
   */
  public SearchIndexSize write(String language, List<SearchDocument> documents, SearchLabels labels, BiConsumer<String, byte[]> out) {
    List<SearchDocument> docs = new ArrayList<>(documents);
    docs.sort(Comparator.comparing(SearchDocument::url));
    return write(language, SearchDocuments.of(docs), labels, "", out);
  }

  /**
   * Writes the index of {@code language} through {@code out}, reading each page twice (once to
   * learn the fields' average lengths and the version, once to index it) and keeping only the
   * postings: a large site's text is never all in memory, and page chunks and term shards are
   * written as soon as they are complete.
   *
   * @param documents every page of that language's tree, fallback pages included, in address order
   * @param engine names the code that writes the index (a digest of the tool's classes), so the
   *     version changes when the same pages are indexed differently
   */
  public SearchIndexSize write(String language, SearchDocuments documents, SearchLabels labels, String engine, BiConsumer<String, byte[]> out) {
    return write(language, documents, labels, engine, out, (lang, version) -> Optional.empty(), Tasks.SEQUENTIAL, () -> TermCache.NONE, Optional.empty(),
        new ReentrantLock());
  }

  /**
   * The index of a language as the last build wrote it, when it can be taken over whole: the
   * files of {@code search/<language>/} carry {@code version}, so they are exactly the files this
   * build would write.
   */
  @FunctionalInterface
  public interface Previous {
    /** The size of the taken-over index, or empty when it is not there (nothing was taken then). */
    Optional<SearchIndexSize> takeOver(String language, String version);

    /**
     * Takes over the files of one group of page chunks, {@code d<version>-0.js} to {@code
     * d<version>-<chunks - 1>.js}, as the last build wrote them: a group's version names what
     * its chunks are made from, so they are the files this build would write. Gives their sizes,
     * or empty when one of them is not there (nothing was taken then).
     */
    default Optional<int[]> takeOverGroup(String language, String version, int chunks) {
      return Optional.empty();
    }

    /**
     * Takes over the term shard {@code t<version>.js} as the last build wrote it: its version is
     * a digest of its bytes. Gives its size, or empty when it is not there.
     */
    default Optional<Integer> takeOverShard(String language, String version) {
      return Optional.empty();
    }

    /** The version the published {@code index.js} of {@code language} carries, as the last build recorded it. */
    default Optional<String> publishedVersion(String language) {
      return Optional.empty();
    }

    /** The bytes of the published term shard {@code t<version>.js}, when it is there and carries that version. */
    default Optional<byte[]> readShard(String language, String version) {
      return Optional.empty();
    }
  }

  /**
   * As {@link #write(String, SearchDocuments, SearchLabels, String, BiConsumer)}, but the files of
   * the last build are taken over when its version is this one's: once the version is known
   * (after the first, cheap, pass), the costly one is skipped. Pages are analysed through {@code
   * tasks}, several at once where it runs them so; the bytes are the same either way.
   *
   * <p>A page whose text identity is in {@code cache} has its body's terms counted from there, not
   * from its text (the bytes are the same); when the index is made, {@code next} is given the
   * cache of this build's pages, to keep for the next build (none is collected without it). The
   * cache is asked for only when the index is made: a language taken over whole needs none, and
   * reading and checking one is tens of milliseconds and megabytes at 10,000 pages.
   *
   * @param indexing held while the index is made (after the version is known and nothing could
   *     be taken over): one lock for every language a caller writes at once
   */
  public SearchIndexSize write(String language, SearchDocuments documents, SearchLabels labels, String engine, BiConsumer<String, byte[]> out,
      Previous previous, Tasks tasks, Supplier<TermCache> cache, Optional<Consumer<TermCache.Builder>> next, Lock indexing) {
    return write(language, documents, labels, engine, out, previous, tasks, cache, next, () -> IndexState.NONE, Optional.empty(), indexing);
  }

  /**
   * As {@link #write(String, SearchDocuments, SearchLabels, String, BiConsumer, Previous, Tasks,
   * Supplier, Optional, Lock)}; and when the index is to be made, and {@code last} describes the
   * published one, that index is patched where pages changed ({@link IndexPatch}) when it can be;
   * {@code nextState} is given what this build's index is made of. {@code last} is asked for
   * first, with {@code nextState} present: the outlines of pages whose {@link
   * SearchDocuments#stamps stamps} it has are taken from it.
   */
  public SearchIndexSize write(String language, SearchDocuments documents, SearchLabels labels, String engine, BiConsumer<String, byte[]> out,
      Previous previous, Tasks tasks, Supplier<TermCache> cache, Optional<Consumer<TermCache.Builder>> next, Supplier<IndexState> last,
      Optional<Consumer<IndexState>> nextState, Lock indexing) {
    // The last build's state first: its pages' outlines stand for those of the pages whose stamps
    // are the same, which are then not made again.
    IndexState lastState = nextState.isPresent() ? last.get() : IndexState.NONE;
    Outlines outlines = outlines(language, documents, labels, engine, lastState);
    Optional<SearchIndexSize> taken = previous.takeOver(language, outlines.version());
    if (taken.isPresent()) {
      SearchIndexSize t = taken.get();
      return new SearchIndexSize(language, outlines.n(), t.files(), t.bytes(), t.metaBytes(), t.largestFileBytes(), true, 0);
    }

    // Pass 2 holds the language's postings, its pages' result heads and the pages in flight: a
    // caller making several languages at once gives them one lock, so this pass runs for one
    // language at a time (on every core, through tasks) while the others' outlines go on. Cold
    // builds of 50,000 pages x 3, one each: three languages at once, heap 1,192 MB (peak RSS
    // 1,339 MiB); whole languages one after another, 846 MB (986 MiB); this lock, with the
    // sitemap written in parts, 930 MB (1,064 MiB).
    indexing.lock();
    try {
      TermCache terms = cache.get();
      Optional<SearchIndexSize> patched = new IndexPatch(outlines, documents, previous, tasks, out, terms, lastState).apply(next, nextState);
      if (patched.isPresent()) return patched.get();
      return index(outlines, documents, out, previous, tasks, terms, next, nextState);
    } finally {
      indexing.unlock();
    }
  }

  /**
   * What pass 1 learns of a language's pages, in page order, without reading their text.
   *
   * @param key what every file is made under besides the pages: the format, the code, the
   *     language and the labels
   * @param stampKey what the pages' stamps were given under ({@link SearchDocuments.Stamps#shared}), or empty
   * @param version the index's version, a digest of the key and of every page's {@code pageHashes}
   * @param lengths each field's length of each page, as scored ({@link Norms#length}), by field then page
   * @param measured each field's length of each page as measured (what the averages are made of), by page then field
   * @param averages each field's average length, as scored ({@link Norms#average})
   * @param pageHashes a digest of everything the index reads of each page
   * @param headHashes a digest of each page's fields but its text, code terms and headings
   * @param stamps each page's stamp ({@link SearchDocuments.Stamps#of}), empty ones when none was given
   * @param reused how many pages' outlines were taken from the last build's state
   */
  record Outlines(String language, String engine, SearchLabels labels, String key, String stampKey, String version, int n, String[] urls,
      int[][] lengths, int[][] measured, double[] averages, String[] identities, byte[][] pageHashes, byte[][] headHashes, String[] stamps,
      int reused) {
    /** Page {@code page}'s field lengths, as scored. */
    int[] lengthsOf(int page) {
      int[] out = new int[FIELDS.length];
      for (int f = 0; f < FIELDS.length; f++) out[f] = lengths[f][page];
      return out;
    }
  }

  /**
   * Pass 1, over outlines (no text is read): the fields' lengths, and a version from everything
   * the files are made of. The version is a digest of the input, not of the output, so files can
   * be written before the last page is read; the same input (and the same code) always gives the
   * same bytes. The code field's length is not needed: its matches are not weighed by length,
   * nor are the tags' or the type's.
   *
   * <p>A page at the address and with the stamp it had in {@code last}, given under the same
   * keys, has the outline it had: its hashes, identity and lengths are taken from there, and its
   * document is not made. In a one-page rebuild at 10,000 pages x 3, making every outline (a
   * document and two digests per page) was 100-130 ms per language, on every core, before any
   * language's index could be patched.
   */
  private static Outlines outlines(String language, SearchDocuments documents, SearchLabels labels, String engine, IndexState last) {
    int n = documents.size();
    int[][] lengths = new int[FIELDS.length][n];
    int[][] measured = new int[n][];
    double[] averages = new double[FIELDS.length];
    long[] totalLength = new long[FIELDS.length];
    IndexDigest digest = new IndexDigest();
    String key = FORMAT + "\n" + engine + "\n" + language + "\n" + labels.sortedTypes() + "\n" + labels.sortedLanguages();
    digest.add(key);
    SearchDocuments.Stamps stamps = documents.stamps().orElse(null);
    String stampKey = stamps == null ? "" : stamps.shared();
    boolean fromLast = stamps != null && !last.isNone() && last.key().equals(key) && last.stampKey().equals(stampKey);
    String previousUrl = null;
    String[] urls = new String[n];
    String[] identities = new String[n];
    byte[][] pageHashes = new byte[n][];
    byte[][] headHashes = new byte[n][];
    String[] pageStamps = new String[n];
    int reused = 0;
    for (int page = 0; page < n; page++) {
      pageStamps[page] = stamps == null ? "" : stamps.of(page);
      IndexState.Page was = fromLast ? same(last, page, stamps, pageStamps[page]) : null;
      if (was != null) {
        urls[page] = was.url();
        identities[page] = was.identity();
        pageHashes[page] = was.hash();
        headHashes[page] = was.headHash();
        measured[page] = was.lengths();
        reused++;
      } else {
        SearchDocuments.Outline outline = documents.outline(page);
        identities[page] = outline.textIdentity();
        SearchDocument d = outline.document();
        if (!d.language().equals(language)) throw new IllegalArgumentException(d.url() + " is not in " + language);
        urls[page] = d.url();
        String[] texts = fieldTexts(d, labels);
        measured[page] = new int[FIELDS.length];
        for (int f = 0; f < FIELDS.length; f++) {
          measured[page][f] = f == Field.BODY.ordinal() ? outline.textLength() : f == Field.HEADINGS.ordinal() ? outline.headingsLength() : texts[f].length();
        }
        // The page's fields but its text, then those with what stands for its text: the headings
        // are in the text identity, so an outline needs no reading of them.
        headHashes[page] = IndexDigest.hash(d.url(), d.title(), d.section(), d.type(), d.summary(), String.join("\n", d.tags()),
            String.valueOf(d.fallback()), d.contentLanguage());
        // The head's 16 bytes as 16 characters: no hexadecimal text made per page and language.
        pageHashes[page] = IndexDigest.hash(new String(headHashes[page], StandardCharsets.ISO_8859_1), outline.textIdentity(),
            String.valueOf(outline.textLength()), String.valueOf(outline.headingsLength()));
      }
      if (previousUrl != null && previousUrl.compareTo(urls[page]) >= 0) throw new IllegalArgumentException(urls[page] + " is out of address order");
      previousUrl = urls[page];
      for (int f = 0; f < FIELDS.length; f++) {
        lengths[f][page] = Norms.length(measured[page][f]);
        totalLength[f] += measured[page][f];
      }
      digest.addHash(pageHashes[page]);
    }
    for (int f = 0; f < FIELDS.length; f++) averages[f] = Norms.average(totalLength[f] / (double) Math.max(1, n));
    return new Outlines(language, engine, labels, key, stampKey, digest.hex(12), n, urls, lengths, measured, averages, identities, pageHashes,
        headHashes, pageStamps, reused);
  }

  /**
   * The last build's page at {@code page}, when it is at the same address with the same stamp
   * (and its text identity was kept): its outline is this page's. Pages are compared place by
   * place: a page added or removed changes the shared key ({@link SearchDocuments.Stamps#shared}).
   */
  private static IndexState.Page same(IndexState last, int page, SearchDocuments.Stamps stamps, String stamp) {
    if (page >= last.pages().size() || stamp.isEmpty()) return null;
    IndexState.Page was = last.pages().get(page);
    boolean same = was.stamp().equals(stamp) && !was.identity().isEmpty() && was.lengths().length == FIELDS.length && was.url().equals(stamps.url(page));
    return same ? was : null;
  }

  /** Pass 2 of {@link #write}: the whole index, from every page's terms. */
  private SearchIndexSize index(Outlines o, SearchDocuments documents, BiConsumer<String, byte[]> out, Previous previous, Tasks tasks,
      TermCache cache, Optional<Consumer<TermCache.Builder>> next, Optional<Consumer<IndexState>> nextState) {
    int n = o.n();
    String language = o.language();
    // Pass 2: postings in memory, page chunks written as they fill. Reading a page's text and
    // turning it into scored terms is most of the work and needs nothing from other pages, so
    // the pages of a wave are analysed at once; their postings and chunks are then added in page
    // order, which alone decides the bytes.
    IndexFiles files = new IndexFiles(tasks, out, "search/" + language + "/", language, o.version(), o.engine(), previous);
    Map<String, Postings> postings = new HashMap<>();
    List<List<Object>> heads = new ArrayList<>(n); // what a result shows first, per page
    Chunks chunks = new Chunks(files, o.engine(), language);
    // A counter (with its analyser's Snowball stemmer) keeps state: it serves one slice at a time,
    // and goes back for the next slice with the words it has learnt, instead of being made per page.
    Reusable<TermCounter> counters = new Reusable<>(() -> new TermCounter(new TermAnalyzer(language), FIELDS.length));
    List<Integer> pages = IntStream.range(0, n).boxed().toList();
    // Collected only for a build that keeps it: at 50,000 pages the counted terms of a language
    // are tens of megabytes, held until the index is written.
    TermCache.Builder nextTerms = next.isPresent() ? new TermCache.Builder(cache) : null;
    IndexState.Page[] statePages = nextState.isPresent() ? new IndexState.Page[n] : null;
    int cachedPages = 0;
    for (AnalysedPage a : tasks.inWaves(pages, WAVE_PAGES, SLICE_PAGES, counters,
        (counter, page) -> analyse(page, documents, o, counter, cache, nextTerms != null))) {
      for (int i = 0; i < a.terms().length; i++) postings.computeIfAbsent(a.terms()[i], t -> new Postings()).add(a.page(), a.scores()[i]);
      if (a.cached() != null) cachedPages++;
      if (nextTerms != null) {
        if (a.cached() != null) nextTerms.keep(o.identities()[a.page()], a.cached());
        else nextTerms.add(o.identities()[a.page()], a.counted());
      }
      if (statePages != null) statePages[a.page()] = statePage(o, a.page(), a.shownHash(), a.chunkBytes());
      chunks.add(a);
      heads.add(a.head());
    }
    chunks.finish();

    // Term shards, written (and their postings dropped) one at a time. String order is UTF-16
    // code unit order, as JavaScript's < compares: the browser bisects it.
    List<String> terms = new ArrayList<>(postings.keySet());
    terms.sort(null);
    TermShards shards = new TermShards(files::writeShard, heads::get);
    for (String term : terms) {
      Postings p = postings.remove(term);
      shards.add(term, p.encoded.toString(), p.topPages, p.topCount);
    }
    shards.finish();

    Supplier<Integer> metaBytes = files.write("index", meta(o, shards.firstTerms(), shards.versions(), chunks));
    files.finish();
    next.ifPresent(keep -> keep.accept(nextTerms));
    nextState.ifPresent(keep -> keep.accept(new IndexState(o.key(), o.stampKey(), o.version(), o.averages(), List.of(statePages),
        shards.firstTerms(), shards.versions())));
    return new SearchIndexSize(language, n, files.files, files.bytes, metaBytes.get(), files.largest, false, cachedPages, files.kept, 0, false);
  }

  /** What the next build's {@link IndexState} keeps of page {@code p}, whose result shows what {@code shownHash} stands for. */
  static IndexState.Page statePage(Outlines o, int p, byte[] shownHash, int chunkBytes) {
    return new IndexState.Page(o.urls()[p], o.pageHashes()[p], o.headHashes()[p], o.identities()[p], o.stamps()[p], o.measured()[p], shownHash,
        chunkBytes);
  }

  /** The data of {@code index.js}. */
  static Map<String, Object> meta(Outlines o, List<String> firstTerms, List<String> shardVersions, Chunks chunks) {
    TermAnalyzer analyzer = new TermAnalyzer(o.language());
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("format", FORMAT);
    meta.put("language", o.language());
    meta.put("stemmer", analyzer.algorithm().orElse(null));
    meta.put("stopWords", List.copyOf(analyzer.stopWords()));
    meta.put("documents", o.n());
    meta.put("termShards", firstTerms);
    meta.put("shardVersions", shardVersions);
    meta.put("pageChunks", chunks.sizes.toString());
    meta.put("chunkGroups", chunks.groups());
    meta.put("types", o.labels().sortedTypes());
    meta.put("languages", o.labels().sortedLanguages());
    return meta;
  }

  /**
   * One page made ready for the index: its terms with their scores (in no particular order: a
   * page adds one posting per term), what its page chunk shows (made when its group is written,
   * not taken over: for a page counted from the cache, that reads its text) and what a result
   * shows first, and what its text gave for the next build's {@link TermCache}: the entry it was
   * counted from, or (when that is null) what was counted from its text.
   */
  record AnalysedPage(int page, String[] terms, int[] scores, Supplier<List<Object>> shown, byte[] shownHash, List<Object> head,
      int chunkBytes, double cut, byte[] cached, TermCache.Counted counted) {}

  /**
   * Page chunks and their groups, cut as pages come in address order. A chunk takes consecutive
   * pages while it stays under {@link #PAGE_CHUNK_BYTES}, so a result costs the reader about one
   * page's text while short pages (sections, the home page) share a file; a page may also end
   * it, or its group, on its own ({@link #cutsAfter}). The cuts a page makes depend on nothing
   * but that page, so after an edit the cuts fall where they fell before from the next page
   * that made one: the groups before and after the edited page hold what they held, and keep
   * their names.
   */
  static final class Chunks {
    private final IndexFiles files;
    /**
     * What a group's version is made from besides its pages' hashes and its chunks' sizes: the
     * format, the code and the language.
     */
    private final String[] groupHead;
    /** What the group being filled is made from: each page's inputs, and where its chunks end. */
    private IndexDigest groupInputs;
    /** Pages per chunk, for {@code index.js} ({@link CompactNumbers}). */
    final StringBuilder sizes = new StringBuilder();
    private final List<Supplier<String>> groupVersions = new ArrayList<>();
    private final List<Integer> groupSizes = new ArrayList<>();
    private List<List<Supplier<List<Object>>>> group = new ArrayList<>();
    private List<Supplier<List<Object>>> chunk = new ArrayList<>();
    private int chunkBytes;

    Chunks(IndexFiles files, String engine, String language) {
      this.files = files;
      this.groupHead = new String[] {String.valueOf(FORMAT), engine, language};
      this.groupInputs = newGroup();
    }

    private IndexDigest newGroup() {
      IndexDigest d = new IndexDigest();
      d.add(groupHead);
      return d;
    }

    /** Adds a page; the group's version is made from what its pages show (their hashes), without encoding its chunks. */
    void add(AnalysedPage a) {
      if (!chunk.isEmpty() && chunkBytes + a.chunkBytes() > PAGE_CHUNK_BYTES) endChunk();
      groupInputs.addHash(a.shownHash());
      chunk.add(a.shown());
      chunkBytes += a.chunkBytes();
      if (a.cut() * GROUP_CUT_BYTES < a.chunkBytes()) {
        endChunk();
        endGroup();
      } else if (a.cut() * CHUNK_CUT_BYTES < a.chunkBytes()) {
        endChunk();
      }
    }

    void finish() {
      endChunk();
      endGroup();
    }

    /** The groups in order, each as its version and its number of chunks. */
    List<Object> groups() {
      List<Object> out = new ArrayList<>(groupSizes.size());
      for (int i = 0; i < groupSizes.size(); i++) out.add(List.of(groupVersions.get(i).get(), groupSizes.get(i)));
      return out;
    }

    private void endChunk() {
      if (chunk.isEmpty()) return;
      CompactNumbers.append(sizes, chunk.size());
      groupInputs.add("chunk " + chunk.size());
      group.add(chunk);
      chunk = new ArrayList<>();
      chunkBytes = 0;
      if (group.size() == GROUP_MAX_CHUNKS) endGroup();
    }

    private void endGroup() {
      if (group.isEmpty()) return;
      groupSizes.add(group.size());
      groupVersions.add(files.writeGroup(group, groupInputs.hex(GROUP_VERSION_CHARS)));
      group = new ArrayList<>();
      groupInputs = newGroup();
    }
  }

  /**
   * Where page {@code url} falls in [0, 1), the same in every build: a page of {@code b} bytes
   * ends its chunk when this is under {@code b / CHUNK_CUT_BYTES} and its group when it is under
   * {@code b / GROUP_CUT_BYTES}, so cuts come about every so many bytes whatever the pages' sizes,
   * and each is decided by one page alone.
   */
  static double cutsAfter(String url) {
    long bits = org.apache.commons.codec.digest.MurmurHash3.hash128x64(url.getBytes(StandardCharsets.UTF_8))[0];
    return (bits >>> 11) / (double) (1L << 53);
  }

  /**
   * The fields whose terms a {@link TermCache} entry keeps, in the order of its sections
   * ({@link TermCache#BODY}, {@link TermCache#HEADINGS}, {@link TermCache#CODE}).
   */
  private static final int[] CACHED = {Field.BODY.ordinal(), Field.HEADINGS.ordinal(), Field.CODE.ordinal()};

  /**
   * Analyses page {@code page}: from its {@link SearchDocuments#light} document and the cache's
   * entry when the cache has one for its text identity (its text is then not read), else from
   * the whole document.
   */
  static AnalysedPage analyse(int page, SearchDocuments documents, Outlines o, TermCounter counter, TermCache cache, boolean countText) {
    byte[] cached = cache.get(o.identities()[page]);
    SearchDocument d = cached != null ? documents.light(page) : documents.get(page);
    counter.newPage();
    if (cached != null) counter.addCached(cached, cache.dictionary(), CACHED);
    // A light document's text, headings and code terms are empty: from the cache, they add nothing here.
    String[] texts = fieldTexts(d, o.labels());
    for (int f = 0; f < FIELDS.length; f++) counter.add(texts[f], f);
    String snippet = cached == null ? snippetText(d.text()) : null;
    int snippetChars = cached != null ? TermCache.snippetChars(cached) : snippet.length();
    byte[] snippetHash = cached != null ? TermCache.snippetHash(cached) : IndexDigest.hash(snippet);
    TermCache.Counted counted = cached == null && countText ? counted(counter, snippetChars, snippetHash) : null;
    String[] terms = new String[counter.size()];
    for (int i = 0; i < terms.length; i++) terms[i] = counter.term(i);
    int[] scores = scores(counter, o.lengthsOf(page), o.averages());
    int size = d.url().length() + d.title().length() + d.section().length() + d.summary().length() + snippetChars + 40;
    String fallback = d.fallback() ? d.contentLanguage() : "";
    // Hashed here, on the pages' threads, for the version of the page's group (see Chunks); the
    // text a result shows by its own hash, which the cache keeps.
    byte[] shownHash = IndexDigest.hash(d.url(), d.title(), d.section(), d.type(), d.summary(), HexFormat.of().formatHex(snippetHash), fallback);
    Supplier<List<Object>> shown;
    if (snippet != null) {
      List<Object> made = List.of(d.url(), d.title(), d.section(), d.type(), d.summary(), snippet, fallback);
      shown = () -> made;
    } else {
      shown = shownLater(documents, page, d.url());
    }
    return new AnalysedPage(page, terms, scores, shown, shownHash, head(page, d), size, cutsAfter(d.url()), cached, counted);
  }

  /** What the page chunk shows of page {@code page}, read from its whole document when asked for (its group is written). */
  static Supplier<List<Object>> shownLater(SearchDocuments documents, int page, String url) {
    return () -> {
      SearchDocument whole = documents.get(page);
      if (!whole.url().equals(url)) throw new IllegalStateException("page " + page + " is " + whole.url() + ", was " + url);
      return List.of(whole.url(), whole.title(), whole.section(), whole.type(), whole.summary(), snippetText(whole.text()),
          whole.fallback() ? whole.contentLanguage() : "");
    };
  }

  /** What a result shows first of page {@code page}, in the term shards: its number, address, title, section, type and fallback language. */
  static List<Object> head(int page, SearchDocument d) {
    return List.of(page, d.url(), d.title(), d.section(), d.type(), d.fallback() ? d.contentLanguage() : "");
  }

  /**
   * The score of each term {@code counter} counted on a page with these field lengths (as
   * scored), against these averages: BM25F, in whole steps of 1/{@link #SCORE_STEPS}.
   */
  static int[] scores(TermCounter counter, int[] lengths, double[] averages) {
    int[] scores = new int[counter.size()];
    for (int i = 0; i < scores.length; i++) {
      double score = 0;
      for (int f = 0; f < FIELDS.length; f++) {
        int tf = counter.count(i, f);
        if (tf == 0) continue;
        Field field = FIELDS[f];
        double norm = 1 - field.lengthDamping + field.lengthDamping * lengths[f] / averages[f];
        score += field.weight * tf * (K1 + 1) / (tf + K1 * norm);
      }
      scores[i] = (int) Math.max(1, Math.min(MAX_SCORE, Math.round(score * SCORE_STEPS)));
    }
    return scores;
  }

  /**
   * The scores page {@code page} gave its terms in the index {@code was} describes, by term:
   * counted from the cache's entry for the text it had then, and its other fields (the same
   * now), at the lengths it had.
   */
  static Map<String, Integer> scoresBefore(int page, SearchDocuments documents, Outlines o, TermCounter counter, byte[] entry, String[] dictionary,
      IndexState.Page was) {
    SearchDocument d = documents.light(page);
    counter.newPage();
    counter.addCached(entry, dictionary, CACHED);
    String[] texts = fieldTexts(d, o.labels());
    for (int f = 0; f < FIELDS.length; f++) counter.add(texts[f], f);
    int[] lengths = o.lengthsOf(page);
    lengths[Field.BODY.ordinal()] = was.bodyLength();
    lengths[Field.HEADINGS.ordinal()] = was.headingsLength();
    int[] scores = scores(counter, lengths, o.averages());
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < scores.length; i++) out.put(counter.term(i), scores[i]);
    return out;
  }

  /** What the next build's cache keeps of a page counted from its text: its cached fields' terms, and its snippet's length and hash. */
  private static TermCache.Counted counted(TermCounter counter, int snippetChars, byte[] snippetHash) {
    String[][] terms = new String[TermCache.SECTIONS][];
    int[][] counts = new int[TermCache.SECTIONS][];
    for (int s = 0; s < TermCache.SECTIONS; s++) {
      int f = CACHED[s];
      int n = 0;
      for (int i = 0; i < counter.size(); i++) if (counter.count(i, f) > 0) n++;
      terms[s] = new String[n];
      counts[s] = new int[n];
      for (int i = 0, k = 0; i < counter.size(); i++) {
        int c = counter.count(i, f);
        if (c == 0) continue;
        terms[s][k] = counter.term(i);
        counts[s][k++] = c;
      }
    }
    return new TermCache.Counted(terms, counts, snippetChars, snippetHash);
  }

  /**
   * A term's pages in increasing order, written as they are added, and the {@link #RESULTS} it
   * ranks first: by score, then page order, as the browser ranks them.
   */
  static final class Postings {
    final StringBuilder encoded = new StringBuilder(8);
    int last = -1;
    final int[] topPages = new int[RESULTS];
    final int[] topScores = new int[RESULTS];
    int topCount;

    void add(int page, int score) {
      CompactNumbers.append(encoded, page - last - 1);
      CompactNumbers.append(encoded, score);
      last = page;
      // Pages come in increasing order: one scoring only as high as the last kept ranks after it.
      if (topCount == RESULTS && score <= topScores[RESULTS - 1]) return;
      int at = Math.min(topCount, RESULTS - 1);
      while (at > 0 && topScores[at - 1] < score) {
        topPages[at] = topPages[at - 1];
        topScores[at] = topScores[at - 1];
        at--;
      }
      topPages[at] = page;
      topScores[at] = score;
      if (topCount < RESULTS) topCount++;
    }
  }

  private static String[] fieldTexts(SearchDocument d, SearchLabels labels) {
    String[] texts = new String[FIELDS.length];
    texts[Field.TITLE.ordinal()] = d.title();
    texts[Field.HEADINGS.ordinal()] = String.join("\n", d.headings());
    texts[Field.SUMMARY.ordinal()] = d.summary();
    texts[Field.TAGS.ordinal()] = String.join("\n", d.tags());
    texts[Field.CODE.ordinal()] = String.join("\n", d.codeTerms());
    texts[Field.TYPE.ordinal()] = d.type() + "\n" + labels.types().getOrDefault(d.type(), "");
    texts[Field.BODY.ordinal()] = d.text();
    return texts;
  }

  /** The text up to the last space or line end before {@link #SNIPPET_TEXT_CHARS}. */
  static String snippetText(String text) {
    if (text.length() <= SNIPPET_TEXT_CHARS) return text;
    int cut = Math.max(text.lastIndexOf(' ', SNIPPET_TEXT_CHARS), text.lastIndexOf('\n', SNIPPET_TEXT_CHARS));
    if (cut < SNIPPET_TEXT_CHARS / 2) cut = Character.isLowSurrogate(text.charAt(SNIPPET_TEXT_CHARS)) ? SNIPPET_TEXT_CHARS - 1 : SNIPPET_TEXT_CHARS;
    return text.substring(0, cut);
  }
}
