package org.fieldguide.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexerDigestTest {
  private static String digest(String s) {
    return Indexer.digest(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void isThirtyTwoHexDigitsTheSameForTheSameBytesAndApartForEditsOfOneCharacter() {
    String page = "---\ntitle: Replace a disk\n---\n## Steps\n\n- [ ] Stop the array\n";
    assertThat(digest(page)).matches("[0-9a-f]{32}").isEqualTo(digest(new String(page)));
    // Every one-character edit a writer might make (a changed, added or removed character) gives another digest.
    Set<String> edits = new HashSet<>();
    edits.add(page);
    for (int i = 0; i < page.length(); i++) {
      edits.add(page.substring(0, i) + (char) (page.charAt(i) + 1) + page.substring(i + 1));
      edits.add(page.substring(0, i) + page.substring(i + 1));
      edits.add(page.substring(0, i) + "x" + page.substring(i));
    }
    Set<String> digests = new HashSet<>();
    for (String e : edits) digests.add(digest(e));
    assertThat(digests).hasSameSizeAs(edits);
  }
}
