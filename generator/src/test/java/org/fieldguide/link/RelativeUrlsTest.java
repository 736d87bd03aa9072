package org.fieldguide.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeUrlsTest {
  @Test
  void betweenPagesOfOneLanguage() {
    assertThat(RelativeUrls.between("en/runbooks/deploy/", "en/runbooks/disk/")).isEqualTo("../disk/");
    assertThat(RelativeUrls.between("en/runbooks/deploy/", "en/hardware/r640/")).isEqualTo("../../hardware/r640/");
    assertThat(RelativeUrls.between("en/runbooks/deploy/", "en/runbooks/deploy/")).isEqualTo("./");
    assertThat(RelativeUrls.between("en/runbooks/", "en/runbooks/deploy/")).isEqualTo("deploy/");
  }

  @Test
  void toRootAssetsAndOtherLanguages() {
    assertThat(RelativeUrls.between("es/runbooks/deploy/", "")).isEqualTo("../../../");
    assertThat(RelativeUrls.between("es/hardware/guide/", "hardware/images/rack.svg")).isEqualTo("../../../hardware/images/rack.svg");
    assertThat(RelativeUrls.between("en/a/", "fr/a/")).isEqualTo("../../fr/a/");
    assertThat(RelativeUrls.between("", "en/")).isEqualTo("en/");
  }

  @Test
  void escapesCharactersThatChangeMeaning() {
    assertThat(RelativeUrls.between("en/", "en/a b#c/")).isEqualTo("a%20b%23c/");
  }

  @Test
  void aFirstSegmentWithAColonIsNeverReadAsAScheme() {
    assertThat(RelativeUrls.between("en/", "en/javascript:alert(1)/*/*/")).isEqualTo("./javascript:alert(1)/*/*/");
    assertThat(RelativeUrls.between("en/x/", "x/javascript:alert(1).png")).isEqualTo("../../x/javascript:alert(1).png");
    assertThat(RelativeUrls.between("en/x/", "en/x/javascript:alert(1).png")).isEqualTo("./javascript:alert(1).png");
    assertThat(RelativeUrls.between("en/", "en/a/b:c/")).isEqualTo("a/b:c/");
  }
}
