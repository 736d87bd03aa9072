package org.fieldguide.yaml;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" hints for names a writer almost got right. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * Ends a sentence: {@code "; did you mean 'x'?"} for the closest candidate, or {@code "."}
   * when none is close.
   */
  public static String endSentence(String given, Collection<String> candidates) {
    String hint = didYouMean(given, candidates);
    return hint.isEmpty() ? "." : hint;
  }

  /** {@code "; did you mean 'x'?"} for the closest candidate, or an empty string. */
  public static String didYouMean(String given, Collection<String> candidates) {
    String best = closest(given, candidates);
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  /**
   * The candidate closest to {@code given}: the same letters first (ignoring case and how accents
   * are stored, see {@link #sameLetters}), else within an edit distance of a third of its length
   * (at least 2). Null when nothing is close.
   */
  public static String closest(String given, Collection<String> candidates) {
    return closest(given, candidates, Math.max(2, given.length() / 3));
  }

  /** The candidate closest to {@code given} within {@code maxDistance} edits, or null. */
  public static String closest(String given, Collection<String> candidates, int maxDistance) {
    String lower = given.toLowerCase(Locale.ROOT);
    for (String c : candidates) {
      if (c.toLowerCase(Locale.ROOT).equals(lower) && !c.equals(given)) return c;
    }
    // An accented letter stored as a letter and a combining mark (NFD, as some macOS tools save
    // file names) is 1-2 edits from the same letter composed (NFC, as keyboards type it): too far
    // for the edit distance of a short name, and it is no near miss but the very same name. Only
    // names with a letter beyond ASCII can be such a pair (an ASCII name is its own NFC), so the
    // candidates (every linkable file of a site, for a broken link) are normalised only then.
    if (!isAscii(given)) {
      String letters = letters(given);
      String same = null;
      for (String c : candidates) {
        if (!isAscii(c) && !c.equals(given) && (same == null || c.compareTo(same) < 0) && letters(c).equals(letters)) same = c;
      }
      if (same != null) return same;
    }
    String best = null;
    int bestDistance = maxDistance + 1;
    // Sorted so that ties always pick the same candidate.
    for (String c : candidates.stream().sorted().toList()) {
      if (c.equals(given)) continue;
      int d = distance(lower, c.toLowerCase(Locale.ROOT), bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best;
  }

  /**
   * Whether {@code a} and {@code b} are the same text but for letter case or how accented letters
   * are stored (composed, NFC, or as a letter and combining marks, NFD): what a reader sees as the
   * same name, and a web server takes for two addresses.
   */
  private static boolean sameLetters(String a, String b) {
    return letters(a).equals(letters(b));
  }

  /** Whether {@code a} and {@code b} differ in how accented letters are stored, not only (or not at all) in letter case. */
  public static boolean differInUnicodeForm(String a, String b) {
    return sameLetters(a, b) && !a.equalsIgnoreCase(b);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7F) return false;
    return true;
  }

  private static String letters(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** Levenshtein distance, giving up (returning {@code limit}) once it exceeds the limit. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) return limit;
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin >= limit) return limit;
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], limit);
  }
}
