package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalloutKindsTest {
  @Test
  void themeColoursAndNamesBecomeTheNearestKind() {
    assertThat(CalloutKinds.nearest("Orange")).hasValue("warning");
    assertThat(CalloutKinds.nearest("bug")).hasValue("danger");
    assertThat(CalloutKinds.nearest("success")).hasValue("tip");
    assertThat(CalloutKinds.nearest("info")).hasValue("note");
    assertThat(CalloutKinds.nearest("secret")).isEmpty();
  }

  @Test
  void importantAndCautionKeepTheirNamesForEveryGenerator() {
    assertThat(CalloutKinds.nearest("IMPORTANT")).hasValue("important");
    assertThat(CalloutKinds.nearest("caution")).hasValue("caution");
    // Hugo's and Zola's callouts go through the same table as Docusaurus's.
    assertThat(ShortcodeConverter.admonition("!!!", "caution", "Heavy", "Lift with two.\n"))
        .isEqualTo("\n!!! caution \"Heavy\"\n    Lift with two.\n");
  }
}
