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

  /** An entry as term → count, through the cache's dictionary. */
  private static Map<String, Integer> terms(TermCache cache, String identity) {
    Map<String, Integer> out = new LinkedHashMap<>();
    TermCache.forEach(cache.get(identity), (number, count) -> out.put(cache.dictionary()[number], count));
    return out;
  }

  @Test
  void givesBackTheTermsAndCountsItWasGiven() throws IOException {
    TermCache.Builder b = new TermCache.Builder(TermCache.NONE);
    b.add("key-a", new TermCache.Counted(new String[] {"disk", "replac"}, new int[] {3, 1}));
    b.add("key-b", new TermCache.Counted(new String[] {"fan", "disk"}, new int[] {200, 1}));
    TermCache cache = TermCache.load(save(b, "k"), "k");
    assertThat(terms(cache, "key-a")).containsExactly(Map.entry("disk", 3), Map.entry("replac", 1));
    assertThat(terms(cache, "key-b")).containsExactly(Map.entry("fan", 200), Map.entry("disk", 1));
    assertThat(cache.get("key-c")).isNull();
  }

  @Test
  void keepsOnlyThisBuildsPagesAndTheTermsTheyUse() throws IOException {
    TermCache.Builder first = new TermCache.Builder(TermCache.NONE);
    first.add("old", new TermCache.Counted(new String[] {"gone"}, new int[] {1}));
    first.add("kept", new TermCache.Counted(new String[] {"disk"}, new int[] {2}));
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
    b.add("key-a", new TermCache.Counted(new String[] {"disk"}, new int[] {1}));
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
    b.add(text, new TermCache.Counted(new String[] {"word"}, new int[] {100}));
    assertThat(b.changed()).isFalse();
    assertThat(TermCache.load(save(b, "k"), "k").get(text)).isNull();
  }
}
