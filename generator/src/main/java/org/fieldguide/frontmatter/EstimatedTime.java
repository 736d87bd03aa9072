package org.fieldguide.frontmatter;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations as writers write them: {@code 45m}, {@code 1h}, {@code 1h30m}. */
public final class EstimatedTime {
  private static final Pattern FORMAT = Pattern.compile("(?:(\\d{1,3})\\s*h)?\\s*(?:(\\d{1,4})\\s*m(?:in)?)?");

  private EstimatedTime() {}

  public static Optional<Duration> parse(String text) {
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches() || (m.group(1) == null && m.group(2) == null)) return Optional.empty();
    long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
    long minutes = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
    Duration d = Duration.ofHours(hours).plusMinutes(minutes);
    return d.isZero() ? Optional.empty() : Optional.of(d);
  }
}
