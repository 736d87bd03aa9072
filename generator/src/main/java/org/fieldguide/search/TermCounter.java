package org.fieldguide.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts the terms of one page at a time, field by field, for the index.
 *
 * <p>Indexing reads every word of every page, and nearly every word has been seen before. So a
 * word is looked up by its characters where it stands in the text, with no String made for it,
 * and what it gives is term numbers: counting them is array work, not hashing. Only a word not
 * seen before is cut out, lower-cased and analysed ({@link TermAnalyzer}).
 *
 * <p>Not thread-safe (it keeps a page's counts, and its analyser a stemmer): one per thread.
 */
final class TermCounter {
  private static final int[] NONE = new int[0];

  private final TermAnalyzer analyzer;
  private final int fields;

  /** The text being counted, copied once (see {@link Words#forEach(char[], int, Words.Sink)}). */
  private char[] chars = new char[1 << 12];

  // The words seen: an open-addressing table of lower-cased words, their String hash and their term numbers.
  private char[][] words = new char[1 << 12][];
  private int[] hashes = new int[words.length];
  private int[][] wordTerms = new int[words.length][];
  private int wordCount;

  // The terms seen, numbered in the order they were met (only this counter's numbers: they are never written).
  private final Map<String, Integer> termNumbers = new HashMap<>();
  /** This counter's numbers of the terms of the cache's dictionary it was given, -1 until met. */
  private int[] cacheNumbers = new int[0];
  private String[] terms = new String[1 << 12];

  // The page being counted: counts[term * fields + field], valid for the terms whose stamp is the page's.
  private int[] counts;
  private int[] stamps = new int[terms.length];
  private int stamp = 1;
  private int[] met = new int[256];
  private int metCount;

  TermCounter(TermAnalyzer analyzer, int fields) {
    this.analyzer = analyzer;
    this.fields = fields;
    this.counts = new int[terms.length * fields];
  }

  /** Starts a new page: forgets the last one's counts. */
  void newPage() {
    stamp++;
    metCount = 0;
  }

  /** Counts the terms of every word of {@code text} in {@code field}. */
  void add(String text, int field) {
    int n = text.length();
    if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
    text.getChars(0, n, chars, 0);
    Words.forEach(chars, n, (t, start, end, plain) -> {
      for (int term : terms(t, start, end, plain)) tally(term, field);
    });
  }

  /**
   * Counts the terms of a cached entry (see {@link TermCache}), those of its section {@code s} in
   * field {@code fields[s]}, as {@link #add} would count the texts they came from, in one pass
   * over the entry. {@code dictionary} is the same on every call: a counter serves one index,
   * which reads one cache.
   */
  void addCached(byte[] entry, String[] dictionary, int[] fields) {
    if (cacheNumbers.length < dictionary.length) {
      int old = cacheNumbers.length;
      cacheNumbers = Arrays.copyOf(cacheNumbers, dictionary.length);
      Arrays.fill(cacheNumbers, old, dictionary.length, -1);
    }
    TermCache.forEach(entry, (section, number, count) -> {
      int term = cacheNumbers[number];
      if (term < 0) term = cacheNumbers[number] = number(dictionary[number]);
      tally(term, fields[section], count);
    });
  }

  /** How many distinct terms the page has so far. */
  int size() {
    return metCount;
  }

  /** The {@code i}th distinct term of the page, in the order met. */
  String term(int i) {
    return terms[met[i]];
  }

  /** How often the {@code i}th distinct term of the page is in {@code field}. */
  int count(int i, int field) {
    return counts[met[i] * fields + field];
  }

  private void tally(int term, int field) {
    tally(term, field, 1);
  }

  private void tally(int term, int field, int times) {
    if (stamps[term] != stamp) {
      stamps[term] = stamp;
      Arrays.fill(counts, term * fields, term * fields + fields, 0);
      if (metCount == met.length) met = Arrays.copyOf(met, met.length * 2);
      met[metCount++] = term;
    }
    counts[term * fields + field] += times;
  }

  /** The term numbers of the word {@code text[start, end)}. */
  private int[] terms(char[] text, int start, int end, boolean plain) {
    int from = start;
    int length = end - start;
    if (!plain) {
      text = new String(text, start, length).toLowerCase(Locale.ROOT).toCharArray();
      from = 0;
      length = text.length;
    }
    int hash = 0;
    for (int i = from; i < from + length; i++) hash = 31 * hash + text[i];
    int mask = words.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      char[] w = words[slot];
      if (w == null) return remember(slot, Arrays.copyOfRange(text, from, from + length), hash);
      if (hashes[slot] == hash && same(w, text, from, length)) return wordTerms[slot];
    }
  }

  private static boolean same(char[] word, char[] text, int from, int length) {
    if (word.length != length) return false;
    for (int i = 0; i < length; i++) {
      if (word[i] != text[from + i]) return false;
    }
    return true;
  }

  private int[] remember(int slot, char[] word, int hash) {
    String[] analysed = analyzer.terms(new String(word));
    int[] numbers = analysed.length == 0 ? NONE : new int[analysed.length];
    for (int i = 0; i < analysed.length; i++) numbers[i] = number(analysed[i]);
    words[slot] = word;
    hashes[slot] = hash;
    wordTerms[slot] = numbers;
    if (++wordCount * 2 > words.length) growWords();
    return numbers;
  }

  private int number(String term) {
    Integer known = termNumbers.get(term);
    if (known != null) return known;
    int n = termNumbers.size();
    termNumbers.put(term, n);
    if (n == terms.length) {
      terms = Arrays.copyOf(terms, n * 2);
      stamps = Arrays.copyOf(stamps, n * 2);
      counts = Arrays.copyOf(counts, n * 2 * fields);
    }
    terms[n] = term;
    return n;
  }

  private void growWords() {
    char[][] oldWords = words;
    int[] oldHashes = hashes;
    int[][] oldTerms = wordTerms;
    words = new char[oldWords.length * 2][];
    hashes = new int[words.length];
    wordTerms = new int[words.length][];
    int mask = words.length - 1;
    for (int i = 0; i < oldWords.length; i++) {
      if (oldWords[i] == null) continue;
      int slot = spread(oldHashes[i]) & mask;
      while (words[slot] != null) slot = (slot + 1) & mask;
      words[slot] = oldWords[i];
      hashes[slot] = oldHashes[i];
      wordTerms[slot] = oldTerms[i];
    }
  }

  /** Spreads a String hash's bits so that linear probing over a power-of-two table stays short. */
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
