package org.fieldguide.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IsoDateTest {
  /** What LocalDate.parse gives, or the kind of its failure. */
  private static Object parsed(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return "refused";
    }
  }

  private static Object ours(String text) {
    try {
      return MappingReader.isoDate(text);
    } catch (DateTimeException e) {
      return "refused";
    }
  }

  @Test
  void readsAndRefusesWhatLocalDateParseReadsAndRefuses() {
    List<String> texts = List.of("2026-09-14", "2024-02-29", "2023-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-01-00",
        "0000-01-01", "9999-12-31", "2026-1-14", "2026-01-1", "26-01-14", "2026/01/14", "2026-0a-14", "２０２６-01-14", "+12026-01-14",
        "-0001-01-01", "2026-01-14T00:00", "", "2026-01-14 ");
    for (String text : texts) assertThat(ours(text)).as(text).isEqualTo(parsed(text));
    // Every day of four years, leap day included, and the day after each month's last.
    for (LocalDate d = LocalDate.of(2023, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(1)) {
      assertThat(ours(d.toString())).isEqualTo(d);
      String past = String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.lengthOfMonth() + 1);
      assertThat(ours(past)).as(past).isEqualTo(parsed(past));
    }
  }
}
