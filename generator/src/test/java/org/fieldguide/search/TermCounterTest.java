package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermCounterTest {
  /** The page's terms with their counts per field, as the counter gives them. */
  private static Map<String, List<Integer>> counted(TermCounter counter, int fields) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int i = 0; i < counter.size(); i++) {
      Integer[] c = new Integer[fields];
      for (int f = 0; f < fields; f++) c[f] = counter.count(i, f);
      out.put(counter.term(i), List.of(c));
    }
    return out;
  }

  @Test
  void countsEachTermPerFieldWhateverTheCaseOrFormOfItsWords() {
    TermCounter counter = new TermCounter(new TermAnalyzer("es"), 2);
    counter.newPage();
    counter.add("Discos y disco", 0);
    counter.add("DISCOS, el disco. Réseau", 1);
    // "y" and "el" are stop words; "discos" and "disco" stem alike; "réseau" gives its stem as written and as typed.
    assertThat(counted(counter, 2)).containsExactly(
        Map.entry("disc", List.of(2, 2)), Map.entry("reseau", List.of(0, 1)));
  }

  @Test
  void aNewPageStartsFromNothingAndWordsSeenBeforeGiveTheSameTerms() {
    TermCounter counter = new TermCounter(new TermAnalyzer("en"), 1);
    counter.newPage();
    counter.add("restart the exporter, restart", 0);
    assertThat(counted(counter, 1)).containsExactly(Map.entry("restart", List.of(2)), Map.entry("export", List.of(1)));
    counter.newPage();
    counter.add("Exporter", 0);
    assertThat(counted(counter, 1)).containsExactly(Map.entry("export", List.of(1)));
  }

  @Test
  void keepsCountingRightPastItsFirstTables() {
    // More distinct words and terms than the tables first hold (4,096), on pages counted one after the other.
    TermCounter counter = new TermCounter(new TermAnalyzer("xx"), 3);
    for (int page = 0; page < 3; page++) {
      counter.newPage();
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 10_000; w++) text.append("w").append(w * 7 + page).append(' ');
      counter.add(text.toString(), page);
      counter.add("z" + page + " Z" + page + " w" + page, 0);
      Map<String, List<Integer>> c = counted(counter, 3);
      assertThat(c.size()).isEqualTo(10_001);
      assertThat(c.get("w" + (7 * 9_999 + page))).isEqualTo(page == 0 ? List.of(1, 0, 0) : page == 1 ? List.of(0, 1, 0) : List.of(0, 0, 1));
      assertThat(c.get("z" + page)).isEqualTo(List.of(2, 0, 0));
      // w0, w1 and w2 are in the long text too, counted in the page's field there.
      assertThat(c.get("w" + page)).isEqualTo(page == 0 ? List.of(2, 0, 0) : page == 1 ? List.of(1, 1, 0) : List.of(1, 0, 1));
    }
  }
}
