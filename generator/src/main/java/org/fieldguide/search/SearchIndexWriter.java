package org.fieldguide.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes the search index of one language as script files under {@code search/<lang>/}, split so
 * that a reader downloads only what a query needs:
 *
 * <ul>
 *   <li>{@code index.js}: loaded on the first search; the analysis settings (stemmer, stop
 *       words), the first term of each term shard and the number of pages in each page chunk;
 *   <li>{@code t<n>.js}: term shards, consecutive ranges of the sorted terms with their posting
 *       lists (page number gaps and a precomputed score per page, see {@link CompactNumbers});
 *       a query loads the shards of its words only;
 *   <li>{@code d<n>.js}: page chunks, consecutive pages with what a result shows (address,
 *       title, section, type, summary, text for the snippet); a query loads the chunks of the
 *       results it shows.
 * </ul>
 *
 * <p>Scores are BM25F, computed here so the browser only adds them up: each field has a weight
 * (title 8, headings, tags and code terms 3, summary 2, type and body 1) and length
 * normalisation against the field's average length; the browser multiplies by the term's
 * inverse document frequency. Pages are numbered in the order of their addresses and every
 * collection is sorted, so the same documents always give the same bytes. Stateless and
 * thread-safe: languages can be written in parallel.
 */
public final class SearchIndexWriter {
  static final int FORMAT = 1;
  /** Shards and chunks are cut after they pass these sizes (before gzip, which servers add). */
  static final int TERM_SHARD_BYTES = 24 * 1024;
  static final int PAGE_CHUNK_BYTES = 6 * 1024;
  /** Text kept per page for snippets; the whole text is indexed. */
  static final int SNIPPET_TEXT_CHARS = 4000;
  private static final double K1 = 1.2;
  /** Scores are stored as whole numbers: this many steps per unit. */
  private static final int SCORE_STEPS = 8;
  private static final int MAX_SCORE = 1023;

  /** The indexed fields: weight, and how much the field's length dampens a match (BM25's b). */
  private enum Field {
    TITLE(8, 0.5), HEADINGS(3, 0.5), SUMMARY(2, 0.5), TAGS(3, 0), CODE(3, 0), TYPE(1, 0), BODY(1, 0.75);

    final double weight;
    final double lengthDamping;

    Field(double weight, double lengthDamping) {
      this.weight = weight;
      this.lengthDamping = lengthDamping;
    }
  }

  private static final Field[] FIELDS = Field.values();

  /**
   * Writes the index of {@code language} through {@code out} (path relative to the site root,
   * bytes).
   *
   * @param documents every page of that language's tree, fallback pages included
   */
  public SearchIndexSize write(String language, List<SearchDocument> documents, SearchLabels labels, BiConsumer<String, byte[]> out) {
    List<SearchDocument> docs = new ArrayList<>(documents);
    docs.sort(Comparator.comparing(SearchDocument::url));
    for (SearchDocument d : docs) {
      if (!d.language().equals(language)) throw new IllegalArgumentException(d.url() + " is not in " + language);
    }
    TermAnalyzer analyzer = new TermAnalyzer(language);
    Map<String, Postings> postings = index(docs, labels, analyzer);

    List<List<Object>> termShards = termShards(postings);
    List<List<Object>> pageChunks = pageChunks(docs);
    List<String> firstTerms = termShards.stream().map(s -> (String) s.get(0)).toList();
    StringBuilder chunkSizes = new StringBuilder();
    for (List<Object> chunk : pageChunks) CompactNumbers.append(chunkSizes, chunk.size());

    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("format", FORMAT);
    meta.put("language", language);
    meta.put("stemmer", analyzer.algorithm().orElse(null));
    meta.put("stopWords", List.copyOf(analyzer.stopWords()));
    meta.put("documents", docs.size());
    meta.put("termShards", firstTerms);
    meta.put("pageChunks", chunkSizes.toString());
    meta.put("types", labels.sortedTypes());
    meta.put("languages", labels.sortedLanguages());

    List<String> payloads = new ArrayList<>();
    payloads.add(ScriptData.json(meta));
    termShards.forEach(s -> payloads.add(ScriptData.json(s)));
    pageChunks.forEach(c -> payloads.add(ScriptData.json(c)));
    String version = version(payloads);

    String dir = "search/" + language + "/";
    Sizes sizes = new Sizes();
    sizes.metaBytes = emit(out, dir, "index", language, version, meta, sizes);
    for (int i = 0; i < termShards.size(); i++) emit(out, dir, "t" + i, language, version, termShards.get(i), sizes);
    for (int i = 0; i < pageChunks.size(); i++) emit(out, dir, "d" + i, language, version, pageChunks.get(i), sizes);
    return new SearchIndexSize(language, docs.size(), sizes.files, sizes.bytes, sizes.metaBytes, sizes.largest);
  }

  private static final class Sizes {
    int files;
    long bytes;
    long metaBytes;
    long largest;
  }

  private static long emit(BiConsumer<String, byte[]> out, String dir, String name, String language, String version, Object data, Sizes sizes) {
    byte[] bytes = ScriptData.script(language + "/" + name, version, data).getBytes(StandardCharsets.UTF_8);
    out.accept(dir + name + ".js", bytes);
    sizes.files++;
    sizes.bytes += bytes.length;
    sizes.largest = Math.max(sizes.largest, bytes.length);
    return bytes.length;
  }

  /** A term's pages in increasing order, written as they are added. */
  private static final class Postings {
    final StringBuilder encoded = new StringBuilder();
    int last = -1;

    void add(int page, int score) {
      CompactNumbers.append(encoded, page - last - 1);
      CompactNumbers.append(encoded, score);
      last = page;
    }
  }

  private static Map<String, Postings> index(List<SearchDocument> docs, SearchLabels labels, TermAnalyzer analyzer) {
    double[] averageLength = new double[FIELDS.length];
    List<String[]> fieldTexts = new ArrayList<>(docs.size());
    for (SearchDocument d : docs) {
      String[] texts = fieldTexts(d, labels);
      fieldTexts.add(texts);
      for (int f = 0; f < FIELDS.length; f++) averageLength[f] += texts[f].length();
    }
    for (int f = 0; f < FIELDS.length; f++) averageLength[f] = Math.max(1, averageLength[f] / Math.max(1, docs.size()));

    Map<String, Postings> postings = new HashMap<>();
    Map<String, int[]> frequencies = new HashMap<>();
    for (int page = 0; page < docs.size(); page++) {
      String[] texts = fieldTexts.get(page);
      fieldTexts.set(page, null); // keep memory flat on large sites
      frequencies.clear();
      for (int f = 0; f < FIELDS.length; f++) {
        int field = f;
        Words.forEach(texts[f], word -> {
          for (String term : analyzer.terms(word)) frequencies.computeIfAbsent(term, t -> new int[FIELDS.length])[field]++;
        });
      }
      for (Map.Entry<String, int[]> e : frequencies.entrySet()) {
        double score = 0;
        for (int f = 0; f < FIELDS.length; f++) {
          int tf = e.getValue()[f];
          if (tf == 0) continue;
          Field field = FIELDS[f];
          double norm = 1 - field.lengthDamping + field.lengthDamping * texts[f].length() / averageLength[f];
          score += field.weight * tf * (K1 + 1) / (tf + K1 * norm);
        }
        int stored = (int) Math.max(1, Math.min(MAX_SCORE, Math.round(score * SCORE_STEPS)));
        postings.computeIfAbsent(e.getKey(), t -> new Postings()).add(page, stored);
      }
    }
    return postings;
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

  /** Sorted terms with their postings, flattened to [term, postings, term, postings, …] per shard. */
  private static List<List<Object>> termShards(Map<String, Postings> postings) {
    // String order is UTF-16 code unit order, as JavaScript's < compares: the browser bisects it.
    List<String> terms = new ArrayList<>(postings.keySet());
    terms.sort(null);
    List<List<Object>> shards = new ArrayList<>();
    List<Object> shard = new ArrayList<>();
    int bytes = 0;
    for (String term : terms) {
      String encoded = postings.get(term).encoded.toString();
      shard.add(term);
      shard.add(encoded);
      bytes += term.length() + encoded.length() + 6;
      if (bytes >= TERM_SHARD_BYTES) {
        shards.add(shard);
        shard = new ArrayList<>();
        bytes = 0;
      }
    }
    if (!shard.isEmpty()) shards.add(shard);
    return shards;
  }

  /**
   * Pages in number order, as [url, title, section, type, summary, text, fallback language or ""],
   * grouped while a group stays under {@link #PAGE_CHUNK_BYTES}: a result costs the reader about
   * one page's text, while short pages (sections, the home page) share a file.
   */
  private static List<List<Object>> pageChunks(List<SearchDocument> docs) {
    List<List<Object>> chunks = new ArrayList<>();
    List<Object> chunk = new ArrayList<>();
    int bytes = 0;
    for (SearchDocument d : docs) {
      String text = snippetText(d.text());
      int size = d.url().length() + d.title().length() + d.section().length() + d.summary().length() + text.length() + 40;
      if (!chunk.isEmpty() && bytes + size > PAGE_CHUNK_BYTES) {
        chunks.add(chunk);
        chunk = new ArrayList<>();
        bytes = 0;
      }
      chunk.add(List.of(d.url(), d.title(), d.section(), d.type(), d.summary(), text, d.fallback() ? d.contentLanguage() : ""));
      bytes += size;
    }
    if (!chunk.isEmpty()) chunks.add(chunk);
    return chunks;
  }

  /** The text up to the last space or line end before {@link #SNIPPET_TEXT_CHARS}. */
  static String snippetText(String text) {
    if (text.length() <= SNIPPET_TEXT_CHARS) return text;
    int cut = Math.max(text.lastIndexOf(' ', SNIPPET_TEXT_CHARS), text.lastIndexOf('\n', SNIPPET_TEXT_CHARS));
    if (cut < SNIPPET_TEXT_CHARS / 2) cut = Character.isLowSurrogate(text.charAt(SNIPPET_TEXT_CHARS)) ? SNIPPET_TEXT_CHARS - 1 : SNIPPET_TEXT_CHARS;
    return text.substring(0, cut);
  }

  private static String version(List<String> payloads) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String p : payloads) {
        digest.update(p.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
