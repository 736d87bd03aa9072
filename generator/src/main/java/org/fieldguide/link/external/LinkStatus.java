package org.fieldguide.link.external;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What requesting one address (without fragment) found, as the cache stores it.
 *
 * @param status the final HTTP status after redirects, or 0 when there was no usable response
 * @param finalUrl the address the redirects ended at, or null when there was no response
 * @param permanentRedirect a 301 or 308 was somewhere in the redirect chain
 * @param error why there was no usable response (for writers), or null
 * @param fragments fragment → found, for the fragments that were looked for; a fragment that
 *     could not be verified (not HTML, page truncated) counts as found
 * @param timedOut there was no usable response because the server was too slow: trusted for a
 *     shorter time than other failures ({@link ExternalLinkPolicy#timeoutTtl()}), since slowness
 *     passes more often than a missing page
 */
record LinkStatus(
    int status, String finalUrl, boolean permanentRedirect, String error, SortedMap<String, Boolean> fragments, Instant checkedAt,
    boolean timedOut) {

  LinkStatus {
    fragments = Collections.unmodifiableSortedMap(new TreeMap<>(fragments));
  }

  /** A response (or none, with {@code error}), not a timeout. */
  LinkStatus(int status, String finalUrl, boolean permanentRedirect, String error, SortedMap<String, Boolean> fragments, Instant checkedAt) {
    this(status, finalUrl, permanentRedirect, error, fragments, checkedAt, false);
  }

  static LinkStatus failed(String error, Instant at) {
    return new LinkStatus(0, null, false, error, new TreeMap<>(), at);
  }

  static LinkStatus timedOut(String error, Instant at) {
    return new LinkStatus(0, null, false, error, new TreeMap<>(), at, true);
  }

  /** A response with a success or redirect status arrived. */
  boolean isReachable() {
    return error == null && status >= 200 && status < 400;
  }

  /** Whether a result from {@code checkedAt} may still be trusted at {@code now}. */
  boolean isFresh(Instant now, ExternalLinkPolicy policy) {
    return checkedAt.plus(isReachable() ? policy.okTtl() : timedOut ? policy.timeoutTtl() : policy.failureTtl()).isAfter(now);
  }

  /** Whether every one of {@code wanted} was looked for. */
  boolean covers(Iterable<String> wanted) {
    for (String f : wanted) if (!fragments.containsKey(f)) return false;
    return true;
  }

  /** Whether {@code fragment} was looked for and not found. */
  boolean isMissing(String fragment) {
    return Boolean.FALSE.equals(fragments.get(fragment));
  }

  static SortedMap<String, Boolean> noFragments() {
    return new TreeMap<>(Map.of());
  }
}
