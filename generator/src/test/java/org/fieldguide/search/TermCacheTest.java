package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermCacheTest {
  @TempDir Path dir;

  private Path save(TermCache.Builder b, String key) throws IOException {
    Path file = dir.resolve("terms.bin");
    try (OutputStream raw = Files.newOutputStream(file); DataOutputStream out = new DataOutputStream(raw)) {
      b.writeTo(out, key);
    }
    return file;
  }

  /** The body section of an entry as term → count, through the cache's dictionary. */
  private static Map<String, Integer> terms(TermCache cache, String identity) {
    return terms(cache, identity, TermCache.BODY);
  }

  private static Map<String, Integer> terms(TermCache cache, String identity, int section) {
    Map<String, Integer> out = new LinkedHashMap<>();
    TermCache.forEach(cache.get(identity), (in, number, count) -> {
      if (in == section) out.put(cache.dictionary()[number], count);
    });
    return out;
  }

  /** A page whose text gave only body terms, and a snippet of nothing. */
  private static TermCache.Counted body(String[] terms, int[] counts) {
    return new TermCache.Counted(new String[][] {terms, {}, {}}, new int[][] {counts, {}, {}}, 0, new byte[TermCache.SNIPPET_HASH_BYTES]);
  }

  @Test
  void givesBackTheTermsAndCountsItWasGiven() throws IOException {
    TermCache.Builder b = new TermCache.Builder(TermCache.NONE);
    b.add("key-a", body(new String[] {"disk", "replac"}, new int[] {3, 1}));
    b.add("key-b", body(new String[] {"fan", "disk"}, new int[] {200, 1}));
    TermCache cache = TermCache.load(save(b, "k"), "k");
    assertThat(terms(cache, "key-a")).containsExactly(Map.entry("disk", 3), Map.entry("replac", 1));
    assertThat(terms(cache, "key-b")).containsExactly(Map.entry("fan", 200), Map.entry("disk", 1));
    assertThat(cache.get("key-c")).isNull();
  }

  @Test
  void everySectionAndTheSnippetComeBackAlsoFromAnEntryKept() throws IOException {
    byte[] hash = new byte[TermCache.SNIPPET_HASH_BYTES];
    for (int i = 0; i < hash.length; i++) hash[i] = (byte) (i * 37 - 100);
    TermCache.Builder b = new TermCache.Builder(TermCache.NONE);
    b.add("old", body(new String[] {"gone"}, new int[] {1}));
    b.add("key", new TermCache.Counted(new String[][] {{"disk", "replac"}, {"step", "disk"}, {"mdadm"}}, new int[][] {{3, 1}, {2, 1}, {400}},
        2_000, hash));
    TermCache cache = TermCache.load(save(b, "k"), "k");
    // Kept into the next cache: the term numbers change ("gone" goes), the rest stays.
    TermCache.Builder next = new TermCache.Builder(cache);
    next.keep("key", cache.get("key"));
    TermCache again = TermCache.load(save(next, "k"), "k");
    for (TermCache c : java.util.List.of(cache, again)) {
      assertThat(terms(c, "key", TermCache.BODY)).containsExactly(Map.entry("disk", 3), Map.entry("replac", 1));
      assertThat(terms(c, "key", TermCache.HEADINGS)).containsExactly(Map.entry("step", 2), Map.entry("disk", 1));
      assertThat(terms(c, "key", TermCache.CODE)).containsExactly(Map.entry("mdadm", 400));
      assertThat(TermCache.snippetChars(c.get("key"))).isEqualTo(2_000);
      assertThat(TermCache.snippetHash(c.get("key"))).isEqualTo(hash);
    }
    assertThat(again.dictionary()).doesNotContain("gone");
  }

  @Test
  void anEntryOfAnotherShapeIsNotUsed() throws IOException {
    TermCache.Builder b = new TermCache.Builder(TermCache.NONE);
    b.add("key-b", body(new String[] {"cable"}, new int[] {2}));
    b.add("key-a", body(new String[] {"disk"}, new int[] {1}));
    Path file = save(b, "k");
    byte[] bytes = Files.readAllBytes(file);
    // The entry, last in the file: the snippet's hash and length, 3 sections (1 term, 0, 0).
    int entry = TermCache.SNIPPET_HASH_BYTES + 1 + 3 + 1 + 1;
    int lengthAt = bytes.length - entry - 4;
    assertThat(java.nio.ByteBuffer.wrap(bytes).getInt(lengthAt)).isEqualTo(entry);
    // Its last section cut short, the length before it saying so: read whole, but not an entry.
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 1);
    java.nio.ByteBuffer.wrap(cut).putInt(lengthAt, entry - 1);
    Files.write(file, cut);
    TermCache loaded = TermCache.load(file, "k");
    assertThat(loaded.get("key-a")).as("read whole, but not an entry").isNull();
    assertThat(terms(loaded, "key-b")).containsExactly(Map.entry("cable", 2));
  }

  @Test
  void keepsOnlyThisBuildsPagesAndTheTermsTheyUse() throws IOException {
    TermCache.Builder first = new TermCache.Builder(TermCache.NONE);
    first.add("old", body(new String[] {"gone"}, new int[] {1}));
    first.add("kept", body(new String[] {"disk"}, new int[] {2}));
    TermCache cache = TermCache.load(save(first, "k"), "k");

    TermCache.Builder next = new TermCache.Builder(cache);
    next.keep("kept", cache.get("kept"));
    assertThat(next.changed()).as("a page went").isTrue();
    TermCache again = TermCache.load(save(next, "k"), "k");
    assertThat(again.dictionary()).containsExactly("disk");
    assertThat(terms(again, "kept")).containsExactly(Map.entry("disk", 2));
    assertThat(again.get("old")).isNull();

    TermCache.Builder same = new TermCache.Builder(again);
    same.keep("kept", again.get("kept"));
    assertThat(same.changed()).isFalse();
  }

  @Test
  void aCacheWrittenUnderAnotherKeyOrCutShortOrMissingIsEmpty() throws IOException {
    TermCache.Builder b = new TermCache.Builder(TermCache.NONE);
    b.add("key-a", body(new String[] {"disk"}, new int[] {1}));
    Path file = save(b, "engine-1\nen");
    assertThat(TermCache.load(file, "engine-2\nen")).isSameAs(TermCache.NONE);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    assertThat(TermCache.load(file, "engine-1\nen")).isSameAs(TermCache.NONE);
    assertThat(TermCache.load(dir.resolve("none.bin"), "engine-1\nen")).isSameAs(TermCache.NONE);
  }

  @Test
  void anIdentityThatIsTheTextItselfIsNeitherKeptNorLookedUp() throws IOException {
    String text = "word ".repeat(100);
    TermCache.Builder b = new TermCache.Builder(TermCache.NONE);
    b.add(text, body(new String[] {"word"}, new int[] {100}));
    assertThat(b.changed()).isFalse();
    assertThat(TermCache.load(save(b, "k"), "k").get(text)).isNull();
  }
}
