package org.fieldguide.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashOrderTest {
  /** The order as its description gives it, one comparison at a time: what HashOrder's sorting of numbers must agree with. */
  private static final java.util.Comparator<String> BY_HASH_THEN_TEXT = (a, b) -> {
    int c = Integer.compare(a.hashCode(), b.hashCode());
    return c != 0 ? c : a.compareTo(b);
  };

  /** The places {@link HashOrder#order} gives, as the texts at them. */
  private static List<String> ordered(String[] texts) {
    List<String> out = new ArrayList<>();
    for (int i : HashOrder.order(texts)) out.add(texts[i]);
    return out;
  }

  @Test
  void theOrderIsTheComparatorsWithCollidingHashesByTheirTexts() {
    // "Aa" and "BB" share a hash, as do "AaAa", "AaBB", "BBAa" and "BBBB"; negative hashes sort first.
    List<String> texts = new ArrayList<>(List.of("BBBB", "en/a/index.html", "AaBB", "BB", "", "Aa", "BBAa", "AaAa", "zzzzzzzzzzzz", "é"));
    Random random = new Random(7);
    for (int i = 0; i < 5_000; i++) texts.add("en/runbooks/" + Integer.toString(random.nextInt(1 << 20), 36) + "/index.html");
    assertThat(texts.stream().anyMatch(t -> t.hashCode() < 0)).isTrue();
    String[] array = texts.toArray(new String[0]);
    String[] sorted = array.clone();
    Arrays.sort(sorted, BY_HASH_THEN_TEXT);
    assertThat(ordered(array)).containsExactly(sorted);
    // Whatever order they come in.
    java.util.Collections.shuffle(texts, random);
    assertThat(ordered(texts.toArray(new String[0]))).containsExactly(sorted);
  }

  @Test
  void aMapsEntriesComeInTheOrderOfTheirKeysEachWithItsValue() {
    java.util.Map<String, Integer> map = new java.util.HashMap<>();
    for (String key : List.of("BB", "Aa", "en/a/index.html", "", "zz", "é")) map.put(key, key.length());
    List<String> keys = new ArrayList<>(map.keySet());
    keys.sort(BY_HASH_THEN_TEXT);
    assertThat(HashOrder.entries(map)).extracting(java.util.Map.Entry::getKey).containsExactlyElementsOf(keys);
    assertThat(HashOrder.entries(map)).allMatch(e -> e.getValue() == e.getKey().length());
    assertThat(HashOrder.entries(java.util.Map.of())).isEmpty();
  }

  @Test
  void equalTextsKeepTheirPlacesAndNothingGivesNothing() {
    assertThat(HashOrder.order(new String[0])).isEmpty();
    assertThat(HashOrder.order(new String[] {"b", "a", "b"})).containsExactly(1, 0, 2);
  }
}
