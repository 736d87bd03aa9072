package org.fieldguide.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lookups of a site's languages, by code, in the order site.yaml gives them. */
class SiteConfigTest {
  private final SiteConfig config = new SiteConfig(
      "Field guide", "", URI.create("https://example.org/"), "en",
      List.of(
          new LanguageConfig("en", "English", Direction.LTR),
          new LanguageConfig("ar", "العربية", Direction.RTL, Optional.of("الدليل الميداني")),
          new LanguageConfig("es", "Español", Direction.LTR)),
      "default", Optional.empty(), false, ExternalLinksConfig.DEFAULT);

  @Test
  void languagesAreFoundByCodeAndListedInTheOrderGiven() {
    assertThat(config.languageCodes()).containsExactly("en", "ar", "es");
    assertThat(config.hasLanguage("ar")).isTrue();
    assertThat(config.hasLanguage("fr")).isFalse();
    assertThat(config.hasLanguage("AR")).isFalse();
    assertThat(config.language("es").name()).isEqualTo("Español");
    assertThatThrownBy(() -> config.language("fr")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fr");
  }

  @Test
  void aLanguagesOwnTitleElseTheSites() {
    assertThat(config.title("ar")).isEqualTo("الدليل الميداني");
    assertThat(config.title("es")).isEqualTo("Field guide");
    assertThat(config.title("fr")).isEqualTo("Field guide");
  }
}
