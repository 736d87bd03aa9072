package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Words.forEach(text, out::add);
    return out;
  }

  @Test
  void splitsAtEverythingButLettersDigitsMarksAndUnderscores() {
    assertThat(words("Run kube-proxy, then node_exporter (v1.8)."))
        .containsExactly("run", "kube", "proxy", "then", "node_exporter", "v1", "8");
  }

  @Test
  void splitsFrenchElisionsAndKeepsCombiningMarksInTheWord() {
    assertThat(words("l'alimentation d’alimentation e\u0301te\u0301")).containsExactly("l", "alimentation", "d", "alimentation", "e\u0301te\u0301");
  }

  @Test
  void keepsArabicWordsWithTheirShortVowels() {
    assertThat(words("المُستخدِم، والشبكة؛")).containsExactly("المُستخدِم", "والشبكة");
  }

  @Test
  void leavesOutRunsTooLongToBeTyped() {
    assertThat(words("a".repeat(Words.MAX_LENGTH) + " " + "b".repeat(Words.MAX_LENGTH + 1) + " ok"))
        .containsExactly("a".repeat(Words.MAX_LENGTH), "ok");
  }

  @Test
  void lowerCasesWithoutTheLocale() {
    assertThat(words("DISK İstanbul")).containsExactly("disk", "i̇stanbul");
  }

  @Test
  void lowerCasesEachWordOnItsOwn() {
    // Whether a word needs lower-casing is learnt while scanning it: it must not carry over.
    assertThat(words("Disk ok ÉTÉ été x9 Node_Exporter node_exporter")).containsExactly("disk", "ok", "été", "été", "x9", "node_exporter", "node_exporter");
  }
}
