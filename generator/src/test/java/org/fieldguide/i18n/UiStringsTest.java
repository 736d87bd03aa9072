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

  @Test
  void plainArgumentsAreFilledExactlyAsIcuFormatsThem() {
    // Filled without ICU when every argument is a plain {name} given as text: quoting as ICU's.
    String[] patterns = {
      "Page version {version}", "{version}", "It's {version}", "It''s '{version}' {version}", "'{'{version}'}'",
      "{a} and {b}, then {a}", "No arguments here", "Dirección: {a} — ¿{b}?", "'#' {a} '|' {b}", "{a}'s",
    };
    Map<String, Object> args = Map.of("version", "3f2c'{x}", "a", "Ā", "b", "<b>");
    for (String pattern : patterns) {
      UiStrings one = new UiStrings("en", Map.of("en", Map.of("k", pattern)));
      String icu = new com.ibm.icu.text.MessageFormat(pattern, com.ibm.icu.util.ULocale.ENGLISH).format(args);
      assertThat(one.format("en", "k", args)).as(pattern).isEqualTo(icu);
      assertThat(UiStrings.Simple.of(pattern)).as(pattern).isNotNull();
    }
    // A number is ICU's to format for the locale, a typed argument always ICU's.
    UiStrings es = new UiStrings("es", Map.of("es", Map.of("n", "Total {n}", "p", "{n, plural, one {# paso} other {# pasos}}")));
    assertThat(es.format("es", "n", Map.of("n", 12345))).isEqualTo("Total 12.345");
    assertThat(es.format("es", "p", Map.of("n", 2))).isEqualTo("2 pasos");
    assertThat(UiStrings.Simple.of("{n, plural, one {# paso} other {# pasos}}")).isNull();
    assertThat(UiStrings.Simple.of("{0} numbered")).isNull();
  }
}
