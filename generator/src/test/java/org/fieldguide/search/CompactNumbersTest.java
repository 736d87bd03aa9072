package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompactNumbersTest {
  @Test
  void smallNumbersTakeOneCharacterAndAllRoundTrip() {
    StringBuilder out = new StringBuilder();
    int[] numbers = {0, 1, 31, 32, 1023, 1024, 123_456, Integer.MAX_VALUE};
    for (int n : numbers) CompactNumbers.append(out, n);
    assertThat(CompactNumbers.decode(out.toString())).containsExactly(numbers);
    StringBuilder one = new StringBuilder();
    CompactNumbers.append(one, 31);
    assertThat(one).hasToString("v");
  }

  @Test
  void usesOnlyCharactersThatNeedNoEscapingInJsonOrUrls() {
    assertThat(CompactNumbers.ALPHABET).hasSize(64).matches("[0-9A-Za-z_-]+");
  }
}
