package org.fieldguide.link.external;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an HTTP {@code Retry-After} header (RFC 9110 §10.2.3): delay seconds or an HTTP date. */
final class RetryAfter {
  private RetryAfter() {}

  /**
   * How long to wait, at least zero and at most {@code cap}; empty when the header is missing or
   * unreadable, so the caller falls back to its own backoff.
   */
  static Optional<Duration> parse(String value, Instant now, Duration cap) {
    if (value == null || value.isBlank()) return Optional.empty();
    String v = value.strip();
    Duration wait;
    if (v.chars().allMatch(Character::isDigit)) {
      // Longer than 18 digits would overflow; it is far beyond any cap anyway.
      wait = v.length() > 18 ? cap : Duration.ofSeconds(Long.parseLong(v));
    } else {
      try {
        wait = Duration.between(now, DateTimeFormatter.RFC_1123_DATE_TIME.parse(v, Instant::from));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (wait.isNegative()) wait = Duration.ZERO;
    return Optional.of(wait.compareTo(cap) > 0 ? cap : wait);
  }
}
