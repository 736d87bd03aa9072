package org.fieldguide.link.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration CAP = Duration.ofSeconds(30);

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfter.parse("5", NOW, CAP)).contains(Duration.ofSeconds(5));
    assertThat(RetryAfter.parse(" 0 ", NOW, CAP)).contains(Duration.ZERO);
  }

  @Test
  void readsAnHttpDateRelativeToNow() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 10:00:12 GMT", NOW, CAP)).contains(Duration.ofSeconds(12));
  }

  @Test
  void dateInThePastMeansNoWait() {
    assertThat(RetryAfter.parse("Sun, 01 Mar 2026 09:00:00 GMT", NOW, CAP)).contains(Duration.ZERO);
  }

  @Test
  void longWaitsAreCapped() {
    assertThat(RetryAfter.parse("3600", NOW, CAP)).contains(CAP);
    assertThat(RetryAfter.parse("99999999999999999999999", NOW, CAP)).contains(CAP);
    assertThat(RetryAfter.parse("Mon, 02 Mar 2026 10:00:00 GMT", NOW, CAP)).contains(CAP);
  }

  @Test
  void missingOrUnreadableHeaderLeavesTheWaitToTheCaller() {
    assertThat(RetryAfter.parse(null, NOW, CAP)).isEmpty();
    assertThat(RetryAfter.parse("", NOW, CAP)).isEmpty();
    assertThat(RetryAfter.parse("soon", NOW, CAP)).isEmpty();
    assertThat(RetryAfter.parse("-5", NOW, CAP)).isEmpty();
  }
}
