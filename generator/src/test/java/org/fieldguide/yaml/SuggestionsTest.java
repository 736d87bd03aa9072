package org.fieldguide.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void prefersCaseInsensitiveMatch() {
    assertThat(Suggestions.closest("r640.md", List.of("R640.md", "r650.md"))).isEqualTo("R640.md");
  }

  @Test
  void findsNearMissWithinDistance() {
    assertThat(Suggestions.closest("deploy-new-sit.md", List.of("deploy-new-site.md", "decommission-site.md"))).isEqualTo("deploy-new-site.md");
  }

  @Test
  void returnsNullWhenNothingIsClose() {
    assertThat(Suggestions.closest("xyz", List.of("completely-different"))).isNull();
  }

  @Test
  void theSameNameWithItsAccentsStoredApartIsTheClosest() {
    assertThat(Suggestions.closest("caf\u00e9.md", List.of("cafes.md", "cafe\u0301.md"), 1)).isEqualTo("cafe\u0301.md");
    assertThat(Suggestions.differInUnicodeForm("caf\u00e9.md", "CAFE\u0301.md")).isTrue();
    assertThat(Suggestions.differInUnicodeForm("caf\u00e9.md", "CAF\u00c9.md")).isFalse();
    assertThat(Suggestions.differInUnicodeForm("caf\u00e9.md", "cafe.md")).isFalse();
  }
}
