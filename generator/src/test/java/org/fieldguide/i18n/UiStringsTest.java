package org.fieldguide.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UiStringsTest {
  private final UiStrings strings =
      new UiStrings(
          "en",
          Map.of(
              "en", Map.of("steps", "{count, plural, one {# step} other {# steps}}", "only_en", "English"),
              "ar", Map.of("steps", "{count, plural, zero {لا خطوات} one {خطوة واحدة} two {خطوتان} few {# خطوات} many {# خطوة} other {# خطوة}}")));

  @Test
  void pluralsFollowCldrCategories() {
    assertThat(strings.format("en", "steps", Map.of("count", 1))).isEqualTo("1 step");
    assertThat(strings.format("en", "steps", Map.of("count", 12))).isEqualTo("12 steps");
    assertThat(strings.format("ar", "steps", Map.of("count", 2))).isEqualTo("خطوتان");
    assertThat(strings.format("ar", "steps", Map.of("count", 3))).isEqualTo("3 خطوات");
  }

  @Test
  void fallsBackPerKeyToDefaultLanguageThenKey() {
    assertThat(strings.format("ar", "only_en")).isEqualTo("English");
    assertThat(strings.format("ar", "missing")).isEqualTo("missing");
  }
}
