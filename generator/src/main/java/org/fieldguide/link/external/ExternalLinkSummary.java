package org.fieldguide.link.external;

/**
 * Counts of one check run, per distinct address as written (the same address written in three
 * places counts once; {@code a#x} and {@code a#y} count twice but are requested once).
 *
 * <p>Every address is in exactly one of {@code ok}, {@code redirected}, {@code broken}, {@code
 * skipped} and {@code timedOut}; {@code checked} is {@code ok + redirected + broken}, and {@code
 * fromCache} is the part of {@code checked} answered from the cache without a request.
 *
 * @param redirected reachable, but permanently redirected: the link should be updated
 * @param skipped matched an ignore pattern, or offline with no fresh cached result
 * @param timedOut still pending when the run's deadline passed
 */
public record ExternalLinkSummary(
    int checked, int ok, int broken, int redirected, int skipped, int timedOut, int fromCache) {

  /** All addresses the run was given. */
  public int total() {
    return checked + skipped + timedOut;
  }
}
