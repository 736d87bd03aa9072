package org.fieldguide.search;

/**
 * The lengths BM25 normalises a match by, rounded so that an edit rarely changes them: a page's
 * field length to one of 8 steps per doubling (as Lucene keeps a length in one byte), a field's
 * average length over the language to one of 64. A page's score for a term then changes only
 * when its count of that term does, or its length crosses a step; so a one-word edit changes
 * the postings of the words it touched and no others, and the term shards that hold no such word
 * keep their bytes (see {@link TermShards}). Without the rounding, any edit moved the averages
 * and so every score of the language: every shard was written again. The ranking barely moves:
 * a length is off by at most 4.5 %, which moves a body match's score by at most about 3 %.
 *
 * <p>{@link StrictMath}, not {@link Math}: the same lengths give the same steps on every machine.
 */
final class Norms {
  private static final int LENGTH_STEPS = 8;
  private static final int AVERAGE_STEPS = 64;
  /** Lengths up to this are kept as they are: a step of 9 % is less than one character there. */
  private static final int EXACT = 16;

  private Norms() {}

  /**
   * Where each step starts ({@code STARTS[k]}: the fewest characters of step {@code EXACT_STEP +
   * k}) and the length it is scored with, found once by the formula itself ({@link #step}), so
   * a lookup gives what the formula gives: a build asks for seven lengths per page.
   */
  private static final int FIRST_STEP = step(EXACT + 1);
  private static final int[] STARTS;
  private static final int[] LENGTHS;

  static {
    int steps = step(Integer.MAX_VALUE) - FIRST_STEP + 1;
    STARTS = new int[steps];
    LENGTHS = new int[steps];
    for (int k = 0; k < steps; k++) {
      int wanted = FIRST_STEP + k;
      // The fewest characters whose step is at least this one: the formula only grows.
      long lo = EXACT + 1;
      long hi = Integer.MAX_VALUE;
      while (lo < hi) {
        long mid = (lo + hi) >>> 1;
        if (step((int) mid) >= wanted) hi = mid;
        else lo = mid + 1;
      }
      STARTS[k] = (int) lo;
      LENGTHS[k] = (int) StrictMath.round(StrictMath.pow(2, (wanted + 0.5) / LENGTH_STEPS));
    }
  }

  /** The length a page's field of {@code chars} characters is scored with: the middle of its step. */
  static int length(int chars) {
    if (chars <= EXACT) return chars;
    int k = java.util.Arrays.binarySearch(STARTS, chars);
    return LENGTHS[k >= 0 ? k : -k - 2];
  }

  /** The step of a length: which eighth of a doubling it falls in. */
  static int step(int chars) {
    return (int) Math.floor(LENGTH_STEPS * StrictMath.log(chars) / StrictMath.log(2));
  }

  /** The average length a field is scored against, for a language whose pages average {@code mean}. */
  static double average(double mean) {
    if (mean <= 1) return 1;
    long step = StrictMath.round(AVERAGE_STEPS * StrictMath.log(mean) / StrictMath.log(2));
    return StrictMath.pow(2, step / (double) AVERAGE_STEPS);
  }
}
