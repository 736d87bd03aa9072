package org.fieldguide.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageIdTest {
  /** A record with PageId's components, keeping the equality and hash a record is given. */
  private record Plain(String key, String language) {}

  @Test
  void equalityIsByKeyAndLanguage() {
    PageId id = new PageId("runbooks/restart", "en");
    assertThat(id).isEqualTo(new PageId("runbooks/restart", "en")).isEqualTo(id);
    assertThat(id).isNotEqualTo(new PageId("runbooks/restart", "es"));
    assertThat(id).isNotEqualTo(new PageId("runbooks/restar", "en"));
    assertThat(id).isNotEqualTo(new PageId("en", "runbooks/restart"));
    assertThat(id.equals(null)).isFalse();
    assertThat(id.equals(new Plain("runbooks/restart", "en"))).isFalse();
  }

  @Test
  void hashesAsARecordWithTheSameComponentsDoes() {
    // Hash maps keyed by id iterate as they did before equals and hashCode were written out.
    for (String[] c : new String[][] {{"", "en"}, {"runbooks/restart", "fr"}, {"hardware/servers/r650", "pt-BR"}}) {
      assertThat(new PageId(c[0], c[1]).hashCode()).isEqualTo(new Plain(c[0], c[1]).hashCode());
    }
  }
}
