package org.fieldguide.link.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalLinkPolicyTest {

  @Test
  void ignorePatternsAreFoundAnywhereInTheAddress() {
    ExternalLinkPolicy p = ExternalLinkPolicy.defaults().withIgnore(List.of("^https://intranet\\.", "linkedin\\.com"));
    assertThat(p.isIgnored("https://intranet.example.org/wiki")).isTrue();
    assertThat(p.isIgnored("https://www.linkedin.com/in/someone")).isTrue();
    assertThat(p.isIgnored("https://example.org/?ref=https://intranet.x")).isFalse();
  }

  @Test
  void invalidIgnorePatternIsNamed() {
    assertThatThrownBy(() -> ExternalLinkPolicy.defaults().withIgnore(List.of("[unclosed")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ignore pattern '[unclosed' is not a valid regular expression");
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> ExternalLinkPolicy.defaults().withConcurrency(0, 4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExternalLinkPolicy.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withersChangeOnlyTheirOwnFields() {
    ExternalLinkPolicy d = ExternalLinkPolicy.defaults();
    ExternalLinkPolicy p = d.withFailOnBroken(true).withCacheTtl(Duration.ofDays(3), Duration.ofHours(2));
    assertThat(p.failOnBroken()).isTrue();
    assertThat(p.okTtl()).isEqualTo(Duration.ofDays(3));
    assertThat(p.failureTtl()).isEqualTo(Duration.ofHours(2));
    assertThat(p.withFailOnBroken(false).withCacheTtl(d.okTtl(), d.failureTtl())).isEqualTo(d);
  }

  @Test
  void durationsAreWrittenForPeople() {
    assertThat(Messages.describe(Duration.ofMillis(300))).isEqualTo("300 ms");
    assertThat(Messages.describe(Duration.ofSeconds(20))).isEqualTo("20 s");
    assertThat(Messages.describe(Duration.ofMillis(1500))).isEqualTo("1.5 s");
    assertThat(Messages.describe(Duration.ofMinutes(5))).isEqualTo("5 min");
    assertThat(Messages.describe(Duration.ofSeconds(90))).isEqualTo("1 min 30 s");
    assertThat(Messages.describe(Duration.ofMinutes(150))).isEqualTo("2 h 30 min");
  }
}
