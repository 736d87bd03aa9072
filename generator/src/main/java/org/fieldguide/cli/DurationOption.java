package org.fieldguide.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** A duration on the command line as people write it: {@code 90s}, {@code 10m}, {@code 1h30m}. */
final class DurationOption implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern FORM = Pattern.compile("(?:(\\d{1,5})h)?(?:(\\d{1,5})m)?(?:(\\d{1,7})s)?");

  @Override
  public Duration convert(String value) {
    Matcher m = FORM.matcher(value.strip());
    if (value.isBlank() || !m.matches()) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 90s, 10m or 1h30m");
    }
    Duration d = Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
    if (d.isZero()) throw new CommandLine.TypeConversionException("'" + value + "' is no time at all; give a duration such as 10m");
    return d;
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
