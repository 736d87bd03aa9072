package org.fieldguide.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Strict UTF-8: every byte sequence that is not UTF-8 is refused at its place, whichever way the text is decoded. */
class Utf8TextTest {
  private static Optional<String> decode(byte[] bytes, Diagnostics d) {
    return Utf8Text.decode(bytes, "a.md", d);
  }

  @Test
  void utf8TextIsDecodedAsItIs() {
    String text = "title: Café\n\nReplace the disk — ñ, ü, 日本, 🙂.\n";
    Diagnostics d = new Diagnostics();
    assertThat(decode(text.getBytes(StandardCharsets.UTF_8), d)).contains(text);
    assertThat(d.sorted()).isEmpty();
  }

  @Test
  void aRealReplacementCharacterIsText() {
    // U+FFFD written as UTF-8 (EF BF BD) is a character like any other: only a bad byte is an error.
    String text = "Shown as \uFFFD when a font lacks a glyph.\n";
    Diagnostics d = new Diagnostics();
    assertThat(decode(text.getBytes(StandardCharsets.UTF_8), d)).contains(text);
    assertThat(d.sorted()).isEmpty();
  }

  @Test
  void everyKindOfInvalidSequenceIsRefusedAtItsPlace() {
    // A Latin-1 byte, a lone continuation byte, an overlong '/', a UTF-8-encoded surrogate (CESU),
    // a code point above U+10FFFF, a sequence cut short by the end of the file.
    String[] bad = {"e9", "80", "c0af", "eda080", "f4908080", "e282"};
    for (String hex : bad) {
      byte[] bytes = concat("ok\nab".getBytes(StandardCharsets.UTF_8), HexFormat.of().parseHex(hex));
      Diagnostics d = new Diagnostics();
      assertThat(decode(bytes, d)).as(hex).isEmpty();
      assertThat(d.sorted()).as(hex).singleElement().asString().startsWith("a.md:2:3: error: the file is not valid UTF-8 text: the byte 0x"
          + hex.substring(0, 2).toUpperCase(java.util.Locale.ROOT));
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
