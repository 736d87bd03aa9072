package org.fieldguide.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An order of texts that is the same in every run and cheap to sort by: by {@link
 * String#hashCode} (specified, so the same in every JVM), then by the texts themselves where
 * hashes collide. For files only fieldguide reads back into maps (the cache folder's histories),
 * which need a stable order so the same build writes the same bytes, not an alphabetical one:
 * sorting their 65,000 paths alphabetically, which share long prefixes ({@code en/runbooks/…}),
 * was half of the time those files took to write after a one-page rebuild at 10,000 pages × 3.
 */
public final class HashOrder {
  private HashOrder() {}

  /**
   * The places of {@code texts} in this order (hashes compared as signed numbers, colliding ones
   * by {@link String#compareTo}; equal texts in their places): {@code texts[order[0]]} comes
   * first. Sorted as numbers (each text's hash and place in one {@code long}), then runs of equal
   * hashes by their texts: through a comparator, under the first-tier JIT, sorting the 50,000
   * paths of a history was 24 ms of a one-page rebuild at 10,000 pages x 3. Places rather than
   * the texts sorted, so that what goes with each text (a map's values) is taken from an array
   * beside them, not looked up again.
   */
  static int[] order(String[] texts) {
    int n = texts.length;
    long[] keys = new long[n];
    // The hash in the high half, signed, as Integer.compare orders it; the place in the low half.
    for (int i = 0; i < n; i++) keys[i] = (long) texts[i].hashCode() << 32 | i;
    java.util.Arrays.sort(keys);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = (int) keys[i];
    for (int from = 0, to; from < n; from = to) {
      int hash = texts[order[from]].hashCode();
      for (to = from + 1; to < n && texts[order[to]].hashCode() == hash; to++) {}
      if (to - from > 1) {
        Integer[] run = new Integer[to - from];
        for (int i = from; i < to; i++) run[i - from] = order[i];
        java.util.Arrays.sort(run, (a, b) -> texts[a].compareTo(texts[b]));
        for (int i = from; i < to; i++) order[i] = run[i - from];
      }
    }
    return order;
  }

  /**
   * The entries of {@code map} in this order of their keys: how the cache folder's
   * histories write theirs (each entry taken once, its value not looked up again). The map is not
   * to change meanwhile.
   */
  public static <V> List<Map.Entry<String, V>> entries(Map<String, V> map) {
    List<Map.Entry<String, V>> all = new ArrayList<>(map.entrySet());
    String[] keys = new String[all.size()];
    for (int i = 0; i < keys.length; i++) keys[i] = all.get(i).getKey();
    List<Map.Entry<String, V>> out = new ArrayList<>(keys.length);
    for (int i : order(keys)) out.add(all.get(i));
    return out;
  }
}
