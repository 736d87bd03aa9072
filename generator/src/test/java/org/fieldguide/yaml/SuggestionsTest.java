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
}
