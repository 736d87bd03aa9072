package org.fieldguide.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  /** MurmurHash3 x64 128 of the UTF-16LE bytes, by commons-codec's implementation. */
  private static String reference(String text) {
    long[] h = MurmurHash3.hash128x64(text.getBytes(StandardCharsets.UTF_16LE));
    return String.format("%016x%016x", Long.reverseBytes(h[0]), Long.reverseBytes(h[1]));
  }

  @Test
  void isMurmurHash3OfTheTextsUtf16BytesForEveryTailLength() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      assertThat(new Fingerprint().add(text.toString()).hex()).as("%d characters", i).isEqualTo(reference(text.toString()));
      text.append((char) ('a' + i % 26)).append(i % 7 == 0 ? "é€" : "");
    }
  }

  @Test
  void piecesHashAsTheirConcatenation() {
    String text = "<nav>Runbooks · Rückbau 📦</nav> and a longer tail of text";
    for (int cut = 0; cut <= text.length(); cut++) {
      for (int second = cut; second <= text.length(); second += 3) {
        String hex = new Fingerprint().add(text.substring(0, cut)).add(text.substring(cut, second)).add(text.substring(second)).hex();
        assertThat(hex).isEqualTo(reference(text));
      }
    }
  }

  @Test
  void textLongerThanOneChunkHashesWhole() {
    String text = "x".repeat(2047) + "ÿ€" + "y".repeat(5000);
    assertThat(new Fingerprint().add(text).hex()).isEqualTo(reference(text));
  }

  @Test
  void charactersAndNumbersHashAsText() {
    assertThat(new Fingerprint().add('a').add("bcde").add(0x00410042).add('f').hex()).isEqualTo(reference("abcdeABf"));
  }

  @Test
  void aChangeOfOneCharacterChangesIt() {
    assertThat(new Fingerprint().add("page title A").hex()).isNotEqualTo(new Fingerprint().add("page title B").hex());
    assertThat(new Fingerprint().add("ab").add("c").hex()).hasSize(32).matches("[0-9a-f]+");
  }

  @Test
  void halvesAndBytesAreTheHashHexWrites() {
    for (String text : new String[] {"", "a", "en/runbooks/disk-full/index.html", "x".repeat(300)}) {
      String hex = new Fingerprint().add(text).hex();
      long[] halves = new Fingerprint().add(text).halves();
      assertThat(java.util.HexFormat.of().toHexDigits(halves[0]) + java.util.HexFormat.of().toHexDigits(halves[1])).isEqualTo(hex);
      assertThat(java.util.HexFormat.of().formatHex(new Fingerprint().add(text).bytes())).isEqualTo(hex);
    }
  }

  @Test
  void textsAreFedAfterTheirLengthSoThatTheirBoundariesCount() {
    assertThat(new Fingerprint().add("ab").add("c").hex()).isEqualTo(new Fingerprint().add("a").add("bc").hex());
    assertThat(new Fingerprint().addText("ab").addText("c").hex()).isNotEqualTo(new Fingerprint().addText("a").addText("bc").hex());
    assertThat(new Fingerprint().addText("abc").hex()).isEqualTo(new Fingerprint().add(3).add("abc").hex());
  }
}
