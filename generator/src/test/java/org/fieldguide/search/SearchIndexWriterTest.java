package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SearchIndexWriterTest {
  private static final SearchLabels LABELS =
      new SearchLabels(Map.of("runbook", "Procedimiento", "page", "Página"), Map.of("en", "English", "es", "Español"));
  private final ObjectMapper json = new ObjectMapper();

  private static SearchDocument doc(String url, String title, String text) {
    return new SearchDocument("es", url, title, "Procedimientos", "runbook", "", List.of(), text, List.of(), List.of(), false, "es");
  }

  private static Map<String, byte[]> write(List<SearchDocument> docs) {
    Map<String, byte[]> files = new TreeMap<>();
    new SearchIndexWriter().write("es", docs, LABELS, files::put);
    return files;
  }

  /** The data a file hands to the browser: {@code fieldguideSearchData(key, version, data);}. */
  private JsonNode data(Map<String, byte[]> files, String path) throws Exception {
    String script = new String(files.get(path), StandardCharsets.UTF_8);
    assertThat(script).startsWith("fieldguideSearchData(").endsWith(");\n");
    return json.readTree("[" + script.substring("fieldguideSearchData(".length(), script.length() - 3) + "]").get(2);
  }

  /** The path of page chunk {@code n}: {@code index.js} names its group, {@code d<group version>-<n in the group>.js}. */
  private String chunkPath(Map<String, byte[]> files, int n) throws Exception {
    JsonNode groups = data(files, "search/es/index.js").get("chunkGroups");
    int first = 0;
    for (JsonNode g : groups) {
      if (n < first + g.get(1).asInt()) return "search/es/d" + g.get(0).asText() + "-" + (n - first) + ".js";
      first += g.get(1).asInt();
    }
    throw new AssertionError("no chunk " + n + " in " + groups);
  }

  /** The path of term shard {@code n}: {@code index.js} names it, {@code t<version>.js}. */
  private String shardPath(Map<String, byte[]> files, int n) throws Exception {
    return "search/es/t" + data(files, "search/es/index.js").get("shardVersions").get(n).asText() + ".js";
  }

  /** Page number → stored score, for one term. */
  private Map<Integer, Integer> postings(Map<String, byte[]> files, String term) throws Exception {
    JsonNode meta = data(files, "search/es/index.js");
    for (int s = 0; s < meta.get("termShards").size(); s++) {
      JsonNode shard = data(files, shardPath(files, s)).get("terms");
      for (int i = 0; i < shard.size(); i += 2) {
        if (!shard.get(i).asText().equals(term)) continue;
        int[] numbers = CompactNumbers.decode(shard.get(i + 1).asText());
        Map<Integer, Integer> out = new HashMap<>();
        int page = -1;
        for (int j = 0; j < numbers.length; j += 2) {
          page += numbers[j] + 1;
          out.put(page, numbers[j + 1]);
        }
        return out;
      }
    }
    return Map.of();
  }

  @Test
  void writesTheSettingsTheBrowserNeedsToAnalyseQueriesTheSameWay() throws Exception {
    JsonNode meta = data(write(List.of(doc("es/a/", "Disco", "Texto."))), "search/es/index.js");
    assertThat(meta.get("language").asText()).isEqualTo("es");
    assertThat(meta.get("stemmer").asText()).isEqualTo("spanish");
    assertThat(meta.get("stopWords")).extracting(JsonNode::asText).contains("el", "de", "esta");
    assertThat(meta.get("documents").asInt()).isEqualTo(1);
    assertThat(meta.get("types").get("runbook").asText()).isEqualTo("Procedimiento");
  }

  @Test
  void pagesAreNumberedByAddressAndFoundByTheirStems() throws Exception {
    Map<String, byte[]> files = write(List.of(doc("es/b/", "Red", "Los discos fallan."), doc("es/a/", "Disco dañado", "Texto.")));
    assertThat(postings(files, "disc")).containsOnlyKeys(0, 1);
    assertThat(postings(files, "dan")).containsOnlyKeys(0);
    JsonNode chunk = data(files, chunkPath(files, 0));
    assertThat(chunk.get(0).get(0).asText()).isEqualTo("es/a/");
    assertThat(chunk.get(1).get(1).asText()).isEqualTo("Red");
  }

  @Test
  void aWordInTheTitleScoresAboveTheSameWordInTheBody() throws Exception {
    Map<String, byte[]> files = write(List.of(doc("es/a/", "Disco", "Otra cosa."), doc("es/b/", "Otra cosa", "Un disco.")));
    Map<Integer, Integer> disc = postings(files, "disc");
    assertThat(disc.get(0)).isGreaterThan(disc.get(1) * 3);
  }

  @Test
  void fallbackPagesSayWhichLanguageTheirTextIsIn() throws Exception {
    SearchDocument fallback =
        new SearchDocument("es", "es/c/", "Cooling", "Hardware", "page", "", List.of(), "Airflow.", List.of(), List.of(), true, "en");
    Map<String, byte[]> files = write(List.of(fallback));
    JsonNode page = data(files, chunkPath(files, 0)).get(0);
    assertThat(page.get(6).asText()).isEqualTo("en");
  }

  @Test
  void largeIndexesAreSplitIntoShardsAndChunksOfBoundedSize() throws Exception {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 200; w++) text.append("palabra").append(i * 200 + w).append(' ');
      docs.add(doc("es/p" + i + "/", "Página " + i, text.toString()));
    }
    Map<String, byte[]> files = write(docs);
    JsonNode meta = data(files, "search/es/index.js");
    assertThat(meta.get("termShards").size()).isGreaterThan(10);
    assertThat(CompactNumbers.decode(meta.get("pageChunks").asText())).hasSizeGreaterThan(10);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      assertThat(f.getValue().length).as(f.getKey()).isLessThan(TermShards.MAX_BYTES + SearchIndexWriter.PAGE_CHUNK_BYTES);
    }
    // Shards hold consecutive ranges of the sorted terms, as the browser bisects them.
    List<String> firsts = new ArrayList<>();
    meta.get("termShards").forEach(t -> firsts.add(t.asText()));
    assertThat(firsts).isSorted();
    assertThat(postings(files, "palabra79999")).containsOnlyKeys(docs.stream().map(SearchDocument::url).sorted().toList().indexOf("es/p399/"));
  }

  @Test
  void aTermShardHoldsWhatTheResultsItsTermsRankFirstShow() throws Exception {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      String title = i % 5 == 0 ? "Disco " + i : "Página " + i;
      docs.add(doc("es/p" + (char) ('a' + i) + "/", title, "Texto " + "del disco ".repeat(i % 4) + "y del servidor número " + i + "."));
    }
    Map<String, byte[]> files = write(docs);
    // The ten pages "disco" ranks first, as the browser ranks them: by score, then page order.
    Map<Integer, Integer> disco = postings(files, "disc");
    List<Integer> expected = disco.keySet().stream()
        .sorted(Comparator.comparing((Integer p) -> -disco.get(p)).thenComparing(p -> p)).limit(SearchIndexWriter.RESULTS).sorted().toList();
    assertThat(disco).hasSizeGreaterThan(SearchIndexWriter.RESULTS);
    JsonNode shard = data(files, shardPath(files, 0));
    Map<Integer, JsonNode> heads = new HashMap<>();
    shard.get("pages").forEach(p -> heads.put(p.get(0).asInt(), p));
    assertThat(heads.keySet()).containsAll(expected);
    JsonNode first = heads.get(0);
    assertThat(first.toString()).isEqualTo("[0,\"es/pa/\",\"Disco 0\",\"Procedimientos\",\"runbook\",\"\"]");
    List<Integer> order = new ArrayList<>();
    shard.get("pages").forEach(p -> order.add(p.get(0).asInt()));
    assertThat(order).isSorted();
  }

  @Test
  void theSameDocumentsInAnyOrderGiveTheSameBytes() {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 50; i++) docs.add(doc("es/p" + i + "/", "Página " + i, "Disco número " + i + " y controladores."));
    Map<String, byte[]> first = write(docs);
    Collections.shuffle(docs, new java.util.Random(7));
    Map<String, byte[]> second = write(docs);
    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (String path : first.keySet()) assertThat(second.get(path)).as(path).isEqualTo(first.get(path));
  }

  /** Writes {@code docs} counting from {@code cache}; the next cache goes in {@code next[0]}. */
  private static Map<String, byte[]> write(List<SearchDocument> docs, TermCache cache, TermCache.Builder[] next, int[] cached) {
    Map<String, byte[]> files = new TreeMap<>();
    SearchIndexSize size = new SearchIndexWriter().write("es", SearchDocuments.of(docs), LABELS, "", files::put,
        (lang, version) -> java.util.Optional.empty(), org.fieldguide.concurrent.Tasks.SEQUENTIAL, () -> cache,
        next == null ? java.util.Optional.empty() : java.util.Optional.<java.util.function.Consumer<TermCache.Builder>>of(b -> next[0] = b),
        new java.util.concurrent.locks.ReentrantLock());
    cached[0] = size.cachedPages();
    return files;
  }

  /** The term cache is read only for an index that is made: one taken over whole needs none. */
  @Test
  void aLanguageTakenOverWholeAsksForNoTermCache() {
    List<SearchDocument> docs = List.of(doc("/es/a/", "Servidor", "El servidor arranca."));
    for (boolean takeOver : List.of(true, false)) {
      java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
      SearchIndexWriter.Previous previous = (lang, version) -> takeOver
          ? java.util.Optional.of(new SearchIndexSize(lang, 0, 3, 100, 10, 50, true, 0))
          : java.util.Optional.empty();
      new SearchIndexWriter().write("es", SearchDocuments.of(docs), LABELS, "", (path, bytes) -> {}, previous,
          org.fieldguide.concurrent.Tasks.SEQUENTIAL, () -> {
            asked.incrementAndGet();
            return TermCache.NONE;
          }, java.util.Optional.empty(), new java.util.concurrent.locks.ReentrantLock());
      assertThat(asked.get()).as("taken over: %s", takeOver).isEqualTo(takeOver ? 0 : 1);
    }
  }

  /** Writes {@code docs} on a thread of its own, under {@code indexing}; {@code takeOver}: as if the last build's files were there. */
  private static java.util.concurrent.CompletableFuture<SearchIndexSize> writeUnder(
      java.util.concurrent.locks.Lock indexing, List<SearchDocument> docs, boolean takeOver) {
    SearchIndexWriter.Previous previous = (lang, version) -> takeOver
        ? java.util.Optional.of(new SearchIndexSize(lang, 0, 3, 100, 10, 50, true, 0))
        : java.util.Optional.empty();
    return java.util.concurrent.CompletableFuture.supplyAsync(() -> new SearchIndexWriter().write("es", SearchDocuments.of(docs), LABELS, "",
        (path, bytes) -> {}, previous, org.fieldguide.concurrent.Tasks.SEQUENTIAL, () -> TermCache.NONE, java.util.Optional.empty(), indexing));
  }

  @Test
  void anIndexIsMadeOnlyUnderTheLockAndOneTakenOverNeedsNone() throws Exception {
    List<SearchDocument> docs = List.of(doc("es/a/", "Disco", "Texto."), doc("es/b/", "Red", "Cable."));
    java.util.concurrent.locks.ReentrantLock indexing = new java.util.concurrent.locks.ReentrantLock();
    indexing.lock(); // another language is being indexed
    try {
      // Taken over: only the outlines are read, which need no lock.
      assertThat(writeUnder(indexing, docs, true).get(30, java.util.concurrent.TimeUnit.SECONDS).reused()).isTrue();
      java.util.concurrent.CompletableFuture<SearchIndexSize> made = writeUnder(indexing, docs, false);
      // It cannot finish while the lock is held elsewhere: it waits for it.
      for (int i = 0; i < 100 && !indexing.hasQueuedThreads(); i++) Thread.sleep(20);
      assertThat(indexing.hasQueuedThreads()).as("the writer waits for the lock").isTrue();
      assertThat(made).isNotDone();
      indexing.unlock();
      assertThat(made.get(30, java.util.concurrent.TimeUnit.SECONDS).documents()).isEqualTo(2);
    } finally {
      if (indexing.isHeldByCurrentThread()) indexing.unlock();
    }
  }

  private static TermCache reload(TermCache.Builder b, java.nio.file.Path file) throws java.io.IOException {
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(java.nio.file.Files.newOutputStream(file))) {
      b.writeTo(out, "k");
    }
    return TermCache.load(file, "k");
  }

  @Test
  void pagesCountedFromTheTermCacheGiveTheSameBytes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      // Headings and code terms too: the cache keeps their terms, and a page read from it is not read.
      SearchDocument d = doc("es/p" + (100 + i) + "/", "Página " + i, "Discos número " + i + " y controladores. Disco " + i % 3 + ".");
      docs.add(new SearchDocument(d.language(), d.url(), d.title(), d.section(), d.type(), d.summary(), List.of("Pasos " + i % 4, "Disco"), d.text(),
          List.of("disco"), List.of("mdadm", i % 2 == 0 ? "smartctl" : "lsblk"), false, "es"));
    }
    TermCache.Builder[] next = new TermCache.Builder[1];
    int[] cached = new int[1];
    Map<String, byte[]> fresh = write(docs, TermCache.NONE, next, cached);
    assertThat(cached[0]).isZero();
    TermCache cache = reload(next[0], dir.resolve("terms.bin"));

    Map<String, byte[]> fromCache = write(docs, cache, next, cached);
    assertThat(cached[0]).isEqualTo(40);
    assertThat(fromCache.keySet()).isEqualTo(fresh.keySet());
    for (String path : fresh.keySet()) assertThat(fromCache.get(path)).as(path).isEqualTo(fresh.get(path));
    assertThat(next[0].changed()).isFalse();

    // One page edited: it alone is counted from its text, and the bytes are those of a fresh index.
    docs.set(7, doc("es/p107/", "Página 7", "Ventiladores limpios."));
    Map<String, byte[]> edited = write(docs, cache, next, cached);
    assertThat(cached[0]).isEqualTo(39);
    assertThat(next[0].changed()).isTrue();
    Map<String, byte[]> editedFresh = write(docs, TermCache.NONE, new TermCache.Builder[1], new int[1]);
    for (String path : editedFresh.keySet()) assertThat(edited.get(path)).as(path).isEqualTo(editedFresh.get(path));

    // A build that keeps no cache (no cache folder) counts no terms for one, and writes the same index.
    Map<String, byte[]> unkept = write(docs, TermCache.NONE, null, new int[1]);
    assertThat(unkept.keySet()).isEqualTo(editedFresh.keySet());
    for (String path : editedFresh.keySet()) assertThat(unkept.get(path)).as(path).isEqualTo(editedFresh.get(path));
  }

  @Test
  void everyFileCarriesTheVersionOfTheIndexItBelongsToAndAPageChunkThatOfItsGroupAndAShardItsOwn() throws Exception {
    Map<String, byte[]> files = write(List.of(doc("es/a/", "Disco", "Texto."), doc("es/b/", "Red", "Cables.")));
    String version = new String(files.get("search/es/index.js"), StandardCharsets.UTF_8).split("\"")[3];
    assertThat(version).matches("[0-9a-f]{12}");
    String group = data(files, "search/es/index.js").get("chunkGroups").get(0).get(0).asText();
    assertThat(group).matches("[0-9a-f]{12}").isNotEqualTo(version);
    String shard = data(files, "search/es/index.js").get("shardVersions").get(0).asText();
    assertThat(shard).matches("[0-9a-f]{12}").isNotIn(version, group);
    assertThat(files).containsKey("search/es/t" + shard + ".js");
    files.forEach((path, bytes) -> {
      String name = path.substring("search/es/".length());
      String carried = name.startsWith("d") ? group : name.startsWith("t") ? shard : version;
      assertThat(new String(bytes, StandardCharsets.UTF_8)).as(path).contains("\"" + carried + "\"");
      assertThat(SearchIndexWriter.isOfVersion(name, bytes, version)).as(path).isTrue();
      assertThat(SearchIndexWriter.isOfVersion(name, bytes, "000000000000")).as(path).isEqualTo(!name.equals("index.js"));
    });
    // A shard renamed to another's name is not taken for that one.
    assertThat(SearchIndexWriter.isOfVersion("t000000000000.js", files.get("search/es/t" + shard + ".js"), version)).isFalse();
    // A chunk renamed to another group's name is not taken for that group's.
    byte[] chunk = files.get(chunkPath(files, 0));
    assertThat(SearchIndexWriter.isOfVersion("d000000000000-0.js", chunk, version)).isFalse();
    Map<String, byte[]> changed = write(List.of(doc("es/a/", "Disco", "Otro texto."), doc("es/b/", "Red", "Cables.")));
    assertThat(new String(changed.get("search/es/index.js"), StandardCharsets.UTF_8)).doesNotContain(version);
    assertThat(changed.keySet()).noneMatch(p -> p.contains(group));
  }

  /** {@code count} pages of about 2 KB for a chunk, as a runbook gives, in address order. */
  private static List<SearchDocument> pages(int count) {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; text.length() < 2000; w++) text.append("palabra").append((i * 31 + w) % 997).append(' ');
      docs.add(doc(String.format("es/p%05d/", i), "Página " + i, text.toString()));
    }
    return docs;
  }

  /** The page chunk files of one index that another does not have byte for byte. */
  private static List<String> chunksNotIn(Map<String, byte[]> files, Map<String, byte[]> other) {
    return files.keySet().stream().filter(p -> p.startsWith("search/es/d"))
        .filter(p -> !other.containsKey(p) || !java.util.Arrays.equals(files.get(p), other.get(p))).toList();
  }

  @Test
  void anEditOrANewPageRewritesTheChunksOfOneGroupNotThoseAfterIt() throws Exception {
    List<SearchDocument> docs = pages(3000);
    Map<String, byte[]> before = write(docs);
    long chunkFiles = before.keySet().stream().filter(p -> p.startsWith("search/es/d")).count();
    int groups = data(before, "search/es/index.js").get("chunkGroups").size();
    assertThat(groups).as("groups of %d chunks", chunkFiles).isBetween(10, 200);

    // A page early in the site gets a shorter text: the chunk cuts after it would all move one
    // page if chunks were only cut by size.
    List<SearchDocument> edited = new ArrayList<>(docs);
    edited.set(100, doc("es/p00100/", "Página 100", "Texto corto."));
    Map<String, byte[]> after = write(edited);
    List<String> gone = chunksNotIn(before, after);
    List<String> added = chunksNotIn(after, before);
    assertThat(added).isNotEmpty().hasSizeLessThan((int) chunkFiles / 5);
    assertThat(gone).hasSizeLessThan((int) chunkFiles / 5);

    // So does a new page.
    List<SearchDocument> more = new ArrayList<>(docs);
    more.add(doc("es/p00100a/", "Página nueva", "Un texto nuevo."));
    Map<String, byte[]> grown = write(more);
    assertThat(chunksNotIn(grown, before)).isNotEmpty().hasSizeLessThan((int) chunkFiles / 5);
  }

  @Test
  void aGroupWhoseInputsAreUnchangedIsTakenOverAsTheFilesItWouldWrite() throws Exception {
    List<SearchDocument> docs = pages(3000);
    Map<String, byte[]> before = write(docs);
    List<SearchDocument> edited = new ArrayList<>(docs);
    edited.set(100, doc("es/p00100/", "Página 100", "Texto corto."));
    Map<String, byte[]> whole = write(edited);

    // The last build's files stand for the published folder: a group is taken over when all its
    // files are there, as the build's history would say.
    Map<String, byte[]> written = new TreeMap<>();
    PublishedIndex previous = new PublishedIndex("es", before);
    List<String> taken = previous.taken;
    SearchIndexSize size = new SearchIndexWriter().write("es", SearchDocuments.of(edited), LABELS, "", written::put, previous,
        org.fieldguide.concurrent.Tasks.SEQUENTIAL, () -> TermCache.NONE, java.util.Optional.empty(), new java.util.concurrent.locks.ReentrantLock());

    long chunkFiles = whole.keySet().stream().filter(p -> p.startsWith("search/es/d")).count();
    assertThat(taken).hasSizeGreaterThan((int) chunkFiles * 4 / 5);
    // What was written and what was taken over are the files of the whole index, byte for byte.
    assertThat(written.keySet()).doesNotContainAnyElementsOf(taken);
    java.util.Set<String> all = new java.util.TreeSet<>(written.keySet());
    all.addAll(taken);
    assertThat(all).isEqualTo(whole.keySet());
    written.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(whole.get(path)));
    for (String path : taken) assertThat(before.get(path)).as(path).isEqualTo(whole.get(path));
    assertThat(size.files()).isEqualTo(whole.size());
    assertThat(size.keptFiles()).isEqualTo(taken.size());
    assertThat(size.describe()).endsWith(", " + taken.size() + " files kept from the last build");
    assertThat(size.bytes()).isEqualTo(whole.values().stream().mapToLong(b -> b.length).sum());
  }

  @Test
  void aOneWordEditRewritesTheShardsOfTheWordsItChangedAndTakesTheOthersOver() throws Exception {
    List<SearchDocument> docs = pages(3000);
    Map<String, byte[]> before = write(docs);
    List<String> shardsBefore = before.keySet().stream().filter(p -> p.startsWith("search/es/t")).toList();
    assertThat(shardsBefore).hasSizeGreaterThan(20);

    // One new word in one page's body: its length stays on the same step, so only the new
    // word's postings change (every shard would, were lengths and averages exact).
    List<SearchDocument> edited = new ArrayList<>(docs);
    SearchDocument d = docs.get(1500);
    edited.set(1500, doc(d.url(), d.title(), d.text() + " ventilador"));
    assertThat(Norms.length(edited.get(1500).text().length())).isEqualTo(Norms.length(d.text().length()));
    Map<String, byte[]> whole = write(edited);
    List<String> shardsAfter = whole.keySet().stream().filter(p -> p.startsWith("search/es/t")).toList();
    List<String> rewritten = shardsAfter.stream().filter(p -> !before.containsKey(p)).toList();
    assertThat(rewritten).hasSizeBetween(1, 2);
    for (String p : shardsAfter) if (before.containsKey(p)) assertThat(whole.get(p)).as(p).isEqualTo(before.get(p));

    // Shards of the last build's names are taken over, not written; with the rest, the files
    // are those of the whole index.
    Map<String, byte[]> written = new TreeMap<>();
    PublishedIndex previous = new PublishedIndex("es", before);
    List<String> taken = previous.taken;
    SearchIndexSize size = new SearchIndexWriter().write("es", SearchDocuments.of(edited), LABELS, "", written::put, previous,
        org.fieldguide.concurrent.Tasks.SEQUENTIAL, () -> TermCache.NONE, java.util.Optional.empty(), new java.util.concurrent.locks.ReentrantLock());
    assertThat(taken.stream().filter(p -> p.startsWith("search/es/t"))).hasSize(shardsAfter.size() - rewritten.size());
    java.util.Set<String> all = new java.util.TreeSet<>(written.keySet());
    all.addAll(taken);
    assertThat(all).isEqualTo(whole.keySet());
    written.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(whole.get(path)));
    assertThat(size.keptFiles()).isEqualTo(taken.size());
  }

  @Test
  void reportsItsSize() {
    SearchIndexSize size = new SearchIndexWriter().write("es", List.of(doc("es/a/", "Disco", "Texto.")), LABELS, (p, b) -> {});
    assertThat(size.documents()).isEqualTo(1);
    assertThat(size.files()).isEqualTo(3);
    assertThat(size.describe()).startsWith("es: 1 pages, 3 files, ");
  }

  @Test
  void refusesAPageOfAnotherLanguage() {
    SearchDocument en = new SearchDocument("en", "en/a/", "A", "", "page", "", List.of(), "", List.of(), List.of(), false, "en");
    assertThatThrownBy(() -> write(List.of(en))).hasMessageContaining("en/a/ is not in es");
  }
}
