package org.fieldguide.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EstimatedTimeTest {
  @Test
  void parsesWriterFormats() {
    assertThat(EstimatedTime.parse("45m")).contains(Duration.ofMinutes(45));
    assertThat(EstimatedTime.parse("1h")).contains(Duration.ofHours(1));
    assertThat(EstimatedTime.parse("1h30m")).contains(Duration.ofMinutes(90));
    assertThat(EstimatedTime.parse("2h 15min")).contains(Duration.ofMinutes(135));
  }

  @Test
  void rejectsOtherText() {
    assertThat(EstimatedTime.parse("soon")).isEmpty();
    assertThat(EstimatedTime.parse("0m")).isEmpty();
    assertThat(EstimatedTime.parse("")).isEmpty();
  }
}
