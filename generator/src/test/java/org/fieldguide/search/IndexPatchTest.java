package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.fieldguide.concurrent.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A patched index is the index made from every page, byte for byte: after random edits of a few
 * pages' text, the files the patch writes and those it takes over are the files of a fresh index
 * of the edited pages, and the state and term cache it leaves for the next build are those a
 * fresh index leaves.
 */
class IndexPatchTest {
  private static final SearchLabels LABELS =
      new SearchLabels(Map.of("runbook", "Procedimiento", "page", "Página"), Map.of("en", "English", "es", "Español"));

  @TempDir Path dir;

  private static SearchDocument doc(String url, String title, String text, List<String> headings) {
    return new SearchDocument("es", url, title, "Procedimientos", "runbook", "", headings, text, List.of(), List.of(), false, "es");
  }

  /** {@code count} pages of about 2 KB, words drawn from a vocabulary of 3,000, in address order. */
  private static List<SearchDocument> pages(int count, Random random) {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      while (text.length() < 1500 + random.nextInt(1500)) text.append("palabra").append(random.nextInt(3000)).append(' ');
      docs.add(doc(String.format("es/p%05d/", i), "Página " + i, text.toString(), List.of("Pasos " + i % 7)));
    }
    return docs;
  }

  /** {@code docs} with {@code more} added to the text of page {@code page}. */
  private static List<SearchDocument> appended(List<SearchDocument> docs, int page, String more) {
    List<SearchDocument> edited = new ArrayList<>(docs);
    SearchDocument d = docs.get(page);
    edited.set(page, doc(d.url(), d.title(), d.text() + more, d.headings()));
    return edited;
  }

  /** {@code rebuilt}'s files are {@code fresh}'s, byte for byte. */
  private static void assertSameFiles(Built rebuilt, Built fresh, String label) {
    assertThat(rebuilt.files().keySet()).as(label).isEqualTo(fresh.files().keySet());
    for (String path : fresh.files().keySet()) {
      assertThat(new String(rebuilt.files().get(path), StandardCharsets.UTF_8)).as("%s: %s", label, path)
          .isEqualTo(new String(fresh.files().get(path), StandardCharsets.UTF_8));
    }
  }

  /**
   * Whether the documents of the builds below are stamped ({@link SearchDocuments#stamps}), as a
   * build with a cache hands them: each page by a digest of everything it is, under one shared key.
   */
  private boolean stamped;
  /** The outlines made by the builds below, page by page (those taken from the last state are not). */
  private final List<Integer> outlinesMade = new ArrayList<>();

  /**
   * {@code docs} as a build hands them: a page's text identity is short (its facts' key), so the
   * term cache keeps it, where {@link SearchDocuments#of} gives the text itself.
   */
  private SearchDocuments documents(List<SearchDocument> docs) {
    SearchDocuments plain = SearchDocuments.of(docs);
    boolean withStamps = stamped;
    return new SearchDocuments() {
      @Override
      public int size() {
        return plain.size();
      }

      @Override
      public SearchDocument get(int index) {
        return plain.get(index);
      }

      @Override
      public SearchDocument light(int index) {
        return plain.light(index);
      }

      @Override
      public Outline outline(int index) {
        outlinesMade.add(index);
        Outline o = plain.outline(index);
        String key = java.util.HexFormat.of().formatHex(IndexDigest.hash(o.textIdentity()));
        return new Outline(o.document(), key + "\u0000" + o.textLength(), o.textLength(), o.headingsLength());
      }

      @Override
      public Optional<Stamps> stamps() {
        if (!withStamps) return Optional.empty();
        return Optional.of(new Stamps() {
          @Override
          public String shared() {
            return "the site's shape";
          }

          @Override
          public String url(int index) {
            return docs.get(index).url();
          }

          @Override
          public String of(int index) {
            return java.util.HexFormat.of().formatHex(IndexDigest.hash(docs.get(index).toString()));
          }
        });
      }
    };
  }

  /** One build's index: its files, and the cache and state it leaves. */
  private record Built(Map<String, byte[]> files, SearchIndexSize size, TermCache terms, IndexState state, byte[] stateBytes) {}

  /** Builds {@code docs}; with {@code last}, as a rebuild into the folder {@code last} was published to. */
  private Built build(List<SearchDocument> docs, Built last, String name) throws IOException {
    Map<String, byte[]> all = new TreeMap<>(); // what was written, then what was taken over
    PublishedIndex published = last == null ? null : new PublishedIndex("es", last.files());
    SearchIndexWriter.Previous previous = last == null ? (lang, version) -> Optional.empty() : published;
    TermCache.Builder[] terms = new TermCache.Builder[1];
    IndexState[] state = new IndexState[1];
    SearchIndexSize size = new SearchIndexWriter().write("es", documents(docs), LABELS, "engine", all::put, previous, Tasks.SEQUENTIAL, () -> last == null ? TermCache.NONE : last.terms(), Optional.<Consumer<TermCache.Builder>>of(b -> terms[0] = b),
        () -> last == null ? IndexState.NONE : last.state(), Optional.<Consumer<IndexState>>of(s -> state[0] = s), new ReentrantLock());
    if (published != null) for (String path : published.taken) all.put(path, last.files().get(path));
    // Through their files, as the next build reads them.
    Path termFile = dir.resolve(name + "-terms.bin");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(termFile))) {
      terms[0].writeTo(out, "k");
    }
    Path stateFile = dir.resolve(name + "-state.bin");
    try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(stateFile))) {
      state[0].writeTo(out);
    }
    return new Built(all, size, TermCache.load(termFile, "k"), IndexState.load(stateFile), Files.readAllBytes(stateFile));
  }

  /** What the cache keeps of each page: its snippet's length and its terms with their counts, per section. */
  private List<String> entries(TermCache cache, List<SearchDocument> docs) {
    SearchDocuments d = documents(docs);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < d.size(); i++) {
      byte[] entry = cache.get(d.outline(i).textIdentity());
      assertThat(entry).as("page %d", i).isNotNull();
      StringBuilder b = new StringBuilder().append(TermCache.snippetChars(entry));
      TermCache.forEach(entry, (section, number, count) -> b.append(' ').append(section).append(':').append(cache.dictionary()[number]).append('=').append(count));
      out.add(b.toString());
    }
    return out;
  }

  @ParameterizedTest(name = "stamped: {0}")
  @ValueSource(booleans = {false, true})
  void randomEditsOfAFewPagesPatchTheLastIndexIntoTheFreshOne(boolean stamped) throws IOException {
    this.stamped = stamped;
    Random random = new Random(20261205);
    List<SearchDocument> docs = pages(1500, random);
    Built last = build(docs, null, "first");
    assertThat(last.size().patchedPages()).isZero();
    int patched = 0;
    for (int round = 0; round < 12; round++) {
      List<SearchDocument> edited = new ArrayList<>(docs);
      int pagesToEdit = 1 + random.nextInt(3);
      for (int k = 0; k < pagesToEdit; k++) {
        int page = random.nextInt(docs.size());
        SearchDocument d = edited.get(page);
        String text = switch (random.nextInt(4)) {
          case 0 -> d.text() + " ventilador" + round; // a word no page had
          case 1 -> d.text() + " palabra" + random.nextInt(3000); // a word others have
          case 2 -> d.text().substring(0, d.text().lastIndexOf(' ', d.text().length() - 2) + 1); // a word less
          default -> d.text().replaceFirst("palabra\\d+", "cambiada"); // a word changed
        };
        List<String> headings = random.nextInt(5) == 0 ? List.of("Pasos nuevos") : d.headings();
        edited.set(page, doc(d.url(), d.title(), text, headings));
      }
      Built fresh = build(edited, null, "fresh" + round);
      Built rebuilt = build(edited, last, "rebuilt" + round);
      if (rebuilt.size().patchedPages() > 0) patched++;
      assertSameFiles(rebuilt, fresh, "round " + round);
      assertThat(rebuilt.stateBytes()).as("round %d: state", round).isEqualTo(fresh.stateBytes());
      // The term cache keeps the same terms of each page, numbered otherwise: a patch keeps the old numbers.
      assertThat(entries(rebuilt.terms(), edited)).as("round %d: term cache", round).isEqualTo(entries(fresh.terms(), edited));
      docs = edited;
      last = rebuilt;
    }
    assertThat(patched).as("rounds patched").isGreaterThanOrEqualTo(8);
  }

  /**
   * With stamps, a rebuild makes the outlines of the pages whose stamps changed, and takes every
   * other page's from the last build's state; under another shared key, or from a state without
   * stamps, it makes them all. The files are a fresh index's either way.
   */
  @Test
  void aStampedRebuildMakesTheOutlinesOfTheChangedPagesOnly() throws IOException {
    stamped = true;
    List<SearchDocument> docs = pages(400, new Random(5));
    Built last = build(docs, null, "first");
    List<SearchDocument> edited = appended(appended(docs, 120, " ventilador"), 301, " palabra7");
    outlinesMade.clear();
    Built rebuilt = build(edited, last, "rebuilt");
    assertThat(outlinesMade).containsExactly(120, 301);
    assertThat(rebuilt.size().patchedPages()).isEqualTo(2);
    assertSameFiles(rebuilt, build(edited, null, "fresh"), "rebuilt");

    // A title edit changes the page's stamp: its outline is made, and the index made from every page.
    List<SearchDocument> retitled = new ArrayList<>(edited);
    SearchDocument d = edited.get(50);
    retitled.set(50, doc(d.url(), "Otro título", d.text(), d.headings()));
    outlinesMade.clear();
    Built again = build(retitled, rebuilt, "retitled");
    assertThat(outlinesMade).containsExactly(50);
    assertThat(again.size().patchedPages()).isZero();
    assertSameFiles(again, build(retitled, null, "fresh-retitled"), "retitled");

    // The state of a build without stamps stands for no page.
    stamped = false;
    Built plain = build(retitled, null, "plain");
    stamped = true;
    outlinesMade.clear();
    build(appended(retitled, 7, " más"), plain, "after-plain");
    assertThat(outlinesMade).hasSize(retitled.size());
  }

  @Test
  void aPatchWritesTheShardsOfTheChangedWordsAndTakesTheRestOver() throws IOException {
    List<SearchDocument> docs = pages(1500, new Random(7));
    Built last = build(docs, null, "first");
    List<SearchDocument> edited = appended(docs, 700, " ventilador");
    assertThat(Norms.length(edited.get(700).text().length())).isEqualTo(Norms.length(docs.get(700).text().length()));
    Built rebuilt = build(edited, last, "rebuilt");
    assertThat(rebuilt.size().patchedPages()).isEqualTo(1);
    assertThat(rebuilt.size().describe()).contains(", the last build's patched for 1 changed pages");
    Set<String> shards = new TreeSet<>(rebuilt.files().keySet());
    shards.removeIf(p -> !p.startsWith("search/es/t"));
    Set<String> newShards = new TreeSet<>(shards);
    newShards.removeAll(last.files().keySet());
    assertThat(newShards).hasSize(1);
    assertThat(rebuilt.size().keptFiles()).isGreaterThan(shards.size() - 1);
  }

  @Test
  void aShardChangedSinceTheLastBuildIsNotPatchedButMadeAgain() throws IOException {
    List<SearchDocument> docs = pages(1500, new Random(11));
    Built last = build(docs, null, "first");
    List<SearchDocument> edited = appended(docs, 300, " palabra1234");
    // The published shard the edit falls into, cut short (a disk that filled up, a hand edit): the
    // bytes are no longer those its name was made from.
    Map<String, byte[]> damaged = new TreeMap<>(last.files());
    String shard = damaged.keySet().stream()
        .filter(p -> p.startsWith("search/es/t") && new String(damaged.get(p), StandardCharsets.UTF_8).contains("\"palabra1234\""))
        .findFirst().orElseThrow();
    assertThat(build(edited, last, "undamaged").size().patchedPages()).as("the same edit, shards as published").isEqualTo(1);
    byte[] bytes = damaged.get(shard);
    damaged.put(shard, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Built rebuilt = build(edited, new Built(damaged, last.size(), last.terms(), last.state(), last.stateBytes()), "rebuilt");
    assertThat(rebuilt.size().patchedPages()).isZero();
    assertThat(rebuilt.files()).doesNotContainKey(shard);
    assertSameFiles(rebuilt, build(edited, null, "fresh"), "rebuilt");
  }

  @Test
  void aTitleEditOrAPageMoreIsMadeFromEveryPage() throws IOException {
    List<SearchDocument> docs = pages(300, new Random(3));
    Built last = build(docs, null, "first");
    List<SearchDocument> retitled = new ArrayList<>(docs);
    SearchDocument d = docs.get(10);
    retitled.set(10, doc(d.url(), "Otro título", d.text(), d.headings()));
    Built rebuilt = build(retitled, last, "retitled");
    assertThat(rebuilt.size().patchedPages()).isZero();
    assertThat(rebuilt.files()).containsOnlyKeys(build(retitled, null, "fresh").files().keySet());

    List<SearchDocument> more = new ArrayList<>(docs);
    more.add(doc("es/p99999/", "Nueva", "Texto nuevo.", List.of()));
    assertThat(build(more, last, "more").size().patchedPages()).isZero();
  }
}
