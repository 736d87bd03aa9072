package org.fieldguide.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * Turns a lower-cased word into the terms the index stores for it, in one language.
 *
 * <p>A word gives up to two terms: {@code fold(stem(word))}, the stem of the word as written
 * (Snowball stemmers need the accents: Portuguese {@code instalação} and {@code instalações}
 * both stem to {@code instal}), and {@code fold(stem(fold(word)))}, the stem of the word as
 * typed without accents ({@code instalacoes}). A query word is analysed the same way and matches
 * a page when any of its terms is among the page's, so accented and unaccented queries both
 * find accented text. Stop words (Lucene's list for the language, folded) give no terms.
 *
 * <p>Stemmers: Lucene's copies of the Snowball algorithms for en, es, fr, pt and ar; other
 * languages are folded but not stemmed. {@code js/search.js} does the same with the same
 * algorithms in JavaScript.
 *
 * <p>Not thread-safe: a Snowball stemmer keeps the word it works on. Use one per thread.
 */
final class TermAnalyzer {
  private static final String[] NONE = new String[0];

  /** A language's Snowball algorithm (also the name of its vendored JavaScript file) and stop words. */
  private record Analysis(String algorithm, Supplier<SnowballStemmer> stemmer, Supplier<CharArraySet> stopWords) {}

  private static final Map<String, Analysis> LANGUAGES = Map.of(
      "en", new Analysis("english", EnglishStemmer::new, EnglishAnalyzer::getDefaultStopSet),
      "es", new Analysis("spanish", SpanishStemmer::new, SpanishAnalyzer::getDefaultStopSet),
      "fr", new Analysis("french", FrenchStemmer::new, FrenchAnalyzer::getDefaultStopSet),
      "pt", new Analysis("portuguese", PortugueseStemmer::new, PortugueseAnalyzer::getDefaultStopSet),
      "ar", new Analysis("arabic", ArabicStemmer::new, ArabicAnalyzer::getDefaultStopSet));

  private final Optional<String> algorithm;
  private final SnowballStemmer stemmer;
  private final Set<String> stopWords;

  TermAnalyzer(String language) {
    Analysis analysis = LANGUAGES.get(primary(language));
    this.algorithm = Optional.ofNullable(analysis).map(Analysis::algorithm);
    this.stemmer = analysis == null ? null : analysis.stemmer().get();
    Set<String> stops = new TreeSet<>();
    if (analysis != null) {
      for (Object o : analysis.stopWords().get()) stops.add(Folding.fold(new String((char[]) o).toLowerCase(Locale.ROOT)));
    }
    this.stopWords = Set.copyOf(stops);
  }

  /** The Snowball algorithm used, such as {@code spanish}; empty when the language is only folded. */
  Optional<String> algorithm() {
    return algorithm;
  }

  /** The folded stop words, sorted, for the browser to drop the same words from queries. */
  List<String> stopWords() {
    return new ArrayList<>(new TreeSet<>(stopWords));
  }

  /**
   * The terms of a lower-cased word (see {@link Words}): none for a stop word, else one or two.
   * Not remembered: the index asks once per word ({@link TermCounter} keeps what it was told).
   */
  String[] terms(String word) {
    String folded = Folding.fold(word);
    if (folded.isEmpty() || stopWords.contains(folded)) return NONE;
    if (stemmer == null) return new String[] {folded};
    String asWritten = Folding.fold(stem(withoutDiaeresis(word)));
    String asTyped = folded.equals(word) ? asWritten : Folding.fold(stem(folded));
    if (asWritten.isEmpty()) return asTyped.isEmpty() ? NONE : new String[] {asTyped};
    if (asTyped.isEmpty() || asTyped.equals(asWritten)) return new String[] {asWritten};
    return new String[] {asWritten, asTyped};
  }

  /**
   * The word with ë and ï written e and i. Lucene's French stemmer (Snowball 2) treats them
   * apart, the older Snowball port in the browser does not; without them the two agree on every
   * word of Debian's French word list (346,025 words), and the stems are as good ({@code aiguë}
   * → {@code aigu}).
   */
  private static String withoutDiaeresis(String word) {
    return word.indexOf('ë') < 0 && word.indexOf('ï') < 0 ? word : word.replace('ë', 'e').replace('ï', 'i');
  }

  private String stem(String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static String primary(String language) {
    int dash = language.indexOf('-');
    return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
  }
}
