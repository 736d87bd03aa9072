package org.fieldguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChecklistIdsTest {
  @Test
  void normalisingCollapsesWhitespaceAsTheRegexDoesAndKeepsNormalTextAsItIs() {
    Pattern whitespace = Pattern.compile("\\s+");
    char[] alphabet = {'a', 'é', ' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u2003', '\u00A0', '\u001C', '中'};
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(8); n > 0; n--) text.append(alphabet[random.nextInt(alphabet.length)]);
      String expected = whitespace.matcher(text.toString().strip()).replaceAll(" ");
      assertThat(ChecklistIds.normalise(text.toString())).as("%s", text.toString().chars().boxed().toList()).isEqualTo(expected);
    }
    String normal = "Check the UPS";
    assertThat(ChecklistIds.normalise(normal)).isSameAs(normal);
  }

  @Test
  void anIdIsTheDigestOfScopeAndNormalisedTextAndCountsRepeats() {
    // The ids readers' ticks are saved under: these values must not change between versions.
    assertThat(ChecklistIds.of("runbooks/ups", "Check the UPS", 1)).isEqualTo(ChecklistIds.of("runbooks/ups", " Check  the\nUPS ", 1));
    assertThat(ChecklistIds.of("runbooks/ups", "Check the UPS", 2)).isEqualTo(ChecklistIds.of("runbooks/ups", "Check the UPS", 1) + "-2");
    // SHA-256 of "runbooks/ups\0Check the UPS", its first six bytes (as Python's hashlib gives them).
    assertThat(ChecklistIds.of("runbooks/ups", "Check the UPS", 1)).isEqualTo("c65d2e4190898");
    assertThat(ChecklistIds.of("runbooks/ups", "Check the UPS", 1)).isNotEqualTo(ChecklistIds.of("runbooks/pdu", "Check the UPS", 1));
  }
}
