package org.fieldguide.link.external;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How an external link check behaves: what counts as broken, what to skip, how hard to try and
 * for how long. Start from {@link #defaults()} and change what you need with the {@code with…}
 * methods; every instance is immutable.
 *
 * @param failOnBroken report broken links as errors instead of warnings. Permanent redirects and
 *     links the deadline cut off stay warnings: the link works, or the check did not finish.
 * @param checkFragments for links with a {@code #fragment} to an HTML page, download the page
 *     (up to {@code maxBodyBytes}) and report when no element has that {@code id} or {@code <a
 *     name>}
 * @param offline request nothing: use fresh cached results and skip the rest (never an error)
 * @param ignore regular expressions; an address is skipped when any of them is <em>found</em>
 *     in it as written ({@link java.util.regex.Matcher#find()}, so anchor with {@code ^} to match
 *     from the start: {@code ^https://intranet\.example\.org/})
 * @param perHostConcurrency requests in flight at once to one host (host name and port)
 * @param globalConcurrency requests in flight at once in total; also the number of worker
 *     threads the checker owns
 * @param connectTimeout time to open a connection
 * @param requestTimeout time from sending a request to receiving the response headers and, when
 *     the page is read (to look for fragments), the page as far as it is read
 * @param deadline time for the whole run; addresses still pending then are reported as timed out
 * @param maxAttempts tries per address for connection errors, timeouts, 429, 500, 502, 503 and 504
 *     (1 = no retry)
 * @param initialBackoff wait before the second try; doubled before each further one
 * @param maxRetryAfter the longest a {@code Retry-After} header of a 429 or 503 is honoured
 * @param maxRedirects redirects followed before the link is reported as a redirect loop
 * @param maxBodyBytes the most of a page read to look for a fragment; a fragment not found in a
 *     truncated page is not reported
 * @param okTtl how long a working link's cached result is trusted
 * @param failureTtl how long a broken link's cached result is trusted
 * @param timeoutTtl how long the cached result of a server too slow to answer is trusted: long
 *     enough that the next run does not wait for it again, short enough that a slow day passes
 */
public record ExternalLinkPolicy(
    boolean failOnBroken,
    boolean checkFragments,
    boolean offline,
    List<Pattern> ignore,
    int perHostConcurrency,
    int globalConcurrency,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration deadline,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxRetryAfter,
    int maxRedirects,
    long maxBodyBytes,
    Duration okTtl,
    Duration failureTtl,
    String userAgent,
    Duration timeoutTtl) {

  public ExternalLinkPolicy {
    ignore = List.copyOf(ignore);
    requirePositive(perHostConcurrency, "perHostConcurrency");
    requirePositive(globalConcurrency, "globalConcurrency");
    requirePositive(maxAttempts, "maxAttempts");
    requirePositive(maxBodyBytes, "maxBodyBytes");
    if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative");
    for (Duration d : List.of(connectTimeout, requestTimeout, deadline, okTtl, failureTtl, timeoutTtl)) {
      if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("timeouts and lifetimes must be positive: " + d);
    }
    if (initialBackoff.isNegative() || maxRetryAfter.isNegative()) throw new IllegalArgumentException("waits must not be negative");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /**
   * Warnings only, no fragment checks, online; 2 requests per host and 16 in total; connect 10 s,
   * request 20 s (the page too, when it is read), whole run 5 min; 3 attempts from 1 s backoff,
   * {@code Retry-After} up to 30 s; 10 redirects; pages up to 2 MB; cached results trusted 7 days
   * when OK, 1 day when broken, 1 hour when the server was too slow.
   */
  public static ExternalLinkPolicy defaults() {
    return new ExternalLinkPolicy(false, false, false, List.of(), 2, 16,
        Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofMinutes(5),
        3, Duration.ofSeconds(1), Duration.ofSeconds(30), 10, 2L * 1024 * 1024,
        Duration.ofDays(7), Duration.ofDays(1), "Mozilla/5.0 (compatible; fieldguide-linkcheck/1)", Duration.ofHours(1));
  }

  public ExternalLinkPolicy withFailOnBroken(boolean on) {
    return new ExternalLinkPolicy(on, checkFragments, offline, ignore, perHostConcurrency, globalConcurrency, connectTimeout,
        requestTimeout, deadline, maxAttempts, initialBackoff, maxRetryAfter, maxRedirects, maxBodyBytes, okTtl, failureTtl, userAgent, timeoutTtl);
  }

  public ExternalLinkPolicy withCheckFragments(boolean on) {
    return new ExternalLinkPolicy(failOnBroken, on, offline, ignore, perHostConcurrency, globalConcurrency, connectTimeout,
        requestTimeout, deadline, maxAttempts, initialBackoff, maxRetryAfter, maxRedirects, maxBodyBytes, okTtl, failureTtl, userAgent, timeoutTtl);
  }

  public ExternalLinkPolicy withOffline(boolean on) {
    return new ExternalLinkPolicy(failOnBroken, checkFragments, on, ignore, perHostConcurrency, globalConcurrency, connectTimeout,
        requestTimeout, deadline, maxAttempts, initialBackoff, maxRetryAfter, maxRedirects, maxBodyBytes, okTtl, failureTtl, userAgent, timeoutTtl);
  }

  /**
   * This policy with the given ignore patterns (regular expressions, see {@link #ignore()}).
   *
   * @throws IllegalArgumentException naming the pattern, when one is not a valid expression
   */
  public ExternalLinkPolicy withIgnore(List<String> regexes) {
    List<Pattern> patterns = regexes.stream().map(ExternalLinkPolicy::compile).toList();
    return new ExternalLinkPolicy(failOnBroken, checkFragments, offline, patterns, perHostConcurrency, globalConcurrency,
        connectTimeout, requestTimeout, deadline, maxAttempts, initialBackoff, maxRetryAfter, maxRedirects, maxBodyBytes, okTtl,
        failureTtl, userAgent, timeoutTtl);
  }

  public ExternalLinkPolicy withConcurrency(int perHost, int global) {
    return new ExternalLinkPolicy(failOnBroken, checkFragments, offline, ignore, perHost, global, connectTimeout,
        requestTimeout, deadline, maxAttempts, initialBackoff, maxRetryAfter, maxRedirects, maxBodyBytes, okTtl, failureTtl, userAgent, timeoutTtl);
  }

  public ExternalLinkPolicy withTimeouts(Duration connect, Duration request, Duration wholeRun) {
    return new ExternalLinkPolicy(failOnBroken, checkFragments, offline, ignore, perHostConcurrency, globalConcurrency, connect,
        request, wholeRun, maxAttempts, initialBackoff, maxRetryAfter, maxRedirects, maxBodyBytes, okTtl, failureTtl, userAgent, timeoutTtl);
  }

  /** This policy with the time allowed for the whole run. */
  public ExternalLinkPolicy withDeadline(Duration wholeRun) {
    return withTimeouts(connectTimeout, requestTimeout, wholeRun);
  }

  /** This policy with how long the result of a server too slow to answer is trusted. */
  public ExternalLinkPolicy withTimeoutTtl(Duration ttl) {
    return new ExternalLinkPolicy(failOnBroken, checkFragments, offline, ignore, perHostConcurrency, globalConcurrency,
        connectTimeout, requestTimeout, deadline, maxAttempts, initialBackoff, maxRetryAfter, maxRedirects, maxBodyBytes, okTtl,
        failureTtl, userAgent, ttl);
  }

  public ExternalLinkPolicy withRetries(int attempts, Duration backoff, Duration retryAfterCap) {
    return new ExternalLinkPolicy(failOnBroken, checkFragments, offline, ignore, perHostConcurrency, globalConcurrency,
        connectTimeout, requestTimeout, deadline, attempts, backoff, retryAfterCap, maxRedirects, maxBodyBytes, okTtl, failureTtl,
        userAgent, timeoutTtl);
  }

  public ExternalLinkPolicy withMaxRedirects(int redirects) {
    return new ExternalLinkPolicy(failOnBroken, checkFragments, offline, ignore, perHostConcurrency, globalConcurrency,
        connectTimeout, requestTimeout, deadline, maxAttempts, initialBackoff, maxRetryAfter, redirects, maxBodyBytes, okTtl,
        failureTtl, userAgent, timeoutTtl);
  }

  public ExternalLinkPolicy withMaxBodyBytes(long bytes) {
    return new ExternalLinkPolicy(failOnBroken, checkFragments, offline, ignore, perHostConcurrency, globalConcurrency,
        connectTimeout, requestTimeout, deadline, maxAttempts, initialBackoff, maxRetryAfter, maxRedirects, bytes, okTtl,
        failureTtl, userAgent, timeoutTtl);
  }

  public ExternalLinkPolicy withCacheTtl(Duration ok, Duration failure) {
    return new ExternalLinkPolicy(failOnBroken, checkFragments, offline, ignore, perHostConcurrency, globalConcurrency,
        connectTimeout, requestTimeout, deadline, maxAttempts, initialBackoff, maxRetryAfter, maxRedirects, maxBodyBytes, ok, failure,
        userAgent, timeoutTtl);
  }

  public ExternalLinkPolicy withUserAgent(String agent) {
    return new ExternalLinkPolicy(failOnBroken, checkFragments, offline, ignore, perHostConcurrency, globalConcurrency,
        connectTimeout, requestTimeout, deadline, maxAttempts, initialBackoff, maxRetryAfter, maxRedirects, maxBodyBytes, okTtl,
        failureTtl, agent, timeoutTtl);
  }

  /** Whether the address as written matches an ignore pattern. */
  public boolean isIgnored(String url) {
    return ignore.stream().anyMatch(p -> p.matcher(url).find());
  }

  private static Pattern compile(String regex) {
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("ignore pattern '" + regex + "' is not a valid regular expression: " + e.getDescription(), e);
    }
  }

  private static void requirePositive(long n, String name) {
    if (n <= 0) throw new IllegalArgumentException(name + " must be positive, was " + n);
  }
}
