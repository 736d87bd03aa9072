package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermAnalyzerTest {
  @Test
  void pluralsAndVerbFormsShareATerm() {
    TermAnalyzer es = new TermAnalyzer("es");
    assertThat(es.terms("discos")).containsExactly("disc");
    assertThat(es.terms("disco")).containsExactly("disc");
    TermAnalyzer fr = new TermAnalyzer("fr");
    assertThat(fr.terms("redémarrez")).containsExactly("redemarr");
    assertThat(fr.terms("redemarrer")).containsExactly("redemarr");
  }

  @Test
  void anAccentedWordAlsoGivesTheTermOfItsUnaccentedSpelling() {
    TermAnalyzer pt = new TermAnalyzer("pt");
    // Stemmed as written (the stemmer needs the accents), and as typed without them.
    assertThat(pt.terms("instalações")).containsExactly("instal", "instalaco");
    assertThat(pt.terms("instalacoes")).containsExactly("instalaco");
    assertThat(pt.terms("instalação")).containsExactly("instal", "instalaca");
  }

  @Test
  void stopWordsGiveNoTerms() {
    assertThat(new TermAnalyzer("es").terms("el")).isEmpty();
    assertThat(new TermAnalyzer("en").terms("the")).isEmpty();
    assertThat(new TermAnalyzer("fr").terms("etaient")).isEmpty(); // the stop list is folded as well
    assertThat(new TermAnalyzer("ar").terms("في")).isEmpty();
  }

  @Test
  void arabicDropsTheArticleAndSoundPluralEndings() {
    TermAnalyzer ar = new TermAnalyzer("ar");
    assertThat(ar.terms("التحديثات")).containsExactly("تحديث");
    assertThat(ar.terms("المستخدمين")).containsExactly(ar.terms("مُستخدِم"));
  }

  @Test
  void aLanguageWithoutAStemmerIsFoldedOnly() {
    TermAnalyzer de = new TermAnalyzer("de");
    assertThat(de.algorithm()).isEmpty();
    assertThat(de.terms("größe")).containsExactly("grosse");
  }

  @Test
  void regionalVariantsUseTheirLanguagesStemmer() {
    assertThat(new TermAnalyzer("pt-BR").algorithm()).contains("portuguese");
  }
}
