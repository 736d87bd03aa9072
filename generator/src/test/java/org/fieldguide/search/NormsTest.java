package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormsTest {
  @Test
  void shortLengthsAreExactAndLongerOnesWithinAStepOfNinePerCent() {
    for (int chars = 0; chars <= 16; chars++) assertThat(Norms.length(chars)).isEqualTo(chars);
    int last = 16;
    for (int chars = 17; chars < 2_000_000; chars += 1 + chars / 97) {
      int rounded = Norms.length(chars);
      assertThat(rounded).as("%d", chars).isGreaterThanOrEqualTo(last);
      // Half a step (4.4 %), and the rounding to whole characters.
      assertThat(Math.abs(rounded - chars) - 0.5).as("%d", chars).isLessThan(0.045 * chars);
      last = rounded;
    }
  }

  @Test
  void theTableGivesWhatTheFormulaGives() {
    for (int chars = 17; chars < 300_000; chars++) {
      assertThat(Norms.length(chars)).as("%d", chars)
          .isEqualTo((int) StrictMath.round(StrictMath.pow(2, (Norms.step(chars) + 0.5) / 8)));
    }
    assertThat(Norms.length(Integer.MAX_VALUE)).isPositive();
  }

  @Test
  void aFewWordsMoreRarelyChangeAPageLengthsStep() {
    // A line of 26 characters added to pages of 1,500 to 3,000: about one page in seven changes step.
    int changed = 0;
    for (int chars = 1500; chars < 3000; chars++) if (Norms.length(chars) != Norms.length(chars + 26)) changed++;
    assertThat(changed).isBetween(100, 300);
  }

  @Test
  void averagesAreWithinOnePerCent() {
    for (double mean = 1; mean < 100_000; mean *= 1.013) {
      assertThat(Math.abs(Norms.average(mean) - mean) / mean).as("%f", mean).isLessThan(0.0055);
    }
    assertThat(Norms.average(2000.0)).isEqualTo(Norms.average(2000.003));
  }
}
