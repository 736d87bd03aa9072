package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void removesAccentsComposedOrNot() {
    assertThat(Folding.fold("instalação")).isEqualTo("instalacao");
    assertThat(Folding.fold("e\u0301te\u0301")).isEqualTo("ete");
    assertThat(Folding.fold("défaillant")).isEqualTo("defaillant");
  }

  @Test
  void writesLettersWithoutADecompositionAsTheirPlainSpelling() {
    assertThat(Folding.fold("straße")).isEqualTo("strasse");
    assertThat(Folding.fold("cœur")).isEqualTo("coeur");
    assertThat(Folding.fold("łódź")).isEqualTo("lodz");
  }

  @Test
  void dropsArabicShortVowelsAndTatweelAndUnifiesCommonlyConfusedLetters() {
    assertThat(Folding.fold("مُستخدِم")).isEqualTo("مستخدم");
    assertThat(Folding.fold("العـــربية")).isEqualTo(Folding.fold("العربية"));
    assertThat(Folding.fold("أقراص")).isEqualTo("اقراص");
    assertThat(Folding.fold("إعداد")).isEqualTo("اعداد");
    assertThat(Folding.fold("مستشفى")).isEqualTo("مستشفي");
    assertThat(Folding.fold("الشبكة")).isEqualTo("الشبكه");
  }

  @Test
  void writesArabicIndicDigitsAsAsciiDigits() {
    assertThat(Folding.fold("٣٤٥")).isEqualTo("345");
    assertThat(Folding.fold("۱۲")).isEqualTo("12");
  }

  @Test
  void leavesAsciiAlone() {
    String word = "node_exporter";
    assertThat(Folding.fold(word)).isSameAs(word);
  }
}
