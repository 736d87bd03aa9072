package org.fieldguide.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
  /**
   * The bytes String.getBytes gives for the same text, however it is cut into writes: every
   * length of UTF-8, surrogate pairs (also split between two writes), lone surrogates.
   */
  @Test
  void writesTheBytesThatTheStringEncodesTo() {
    char[] alphabet = {'a', '<', '\n', 'é', 'ß', '\u0080', '\u07ff', '\u0800', '…', '“', '\uffff', '\ud83d', '\ude80', '\ud800', '\udfff'};
    Random random = new Random(11);
    Utf8Writer out = new Utf8Writer(4);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) text.append(alphabet[random.nextInt(alphabet.length)]);
      String s = text.toString();
      out.reset();
      for (int at = 0; at < s.length(); ) {
        int piece = Math.min(s.length() - at, 1 + random.nextInt(5));
        switch (random.nextInt(4)) {
          case 0 -> out.write(s, at, piece);
          case 1 -> out.write(s.toCharArray(), at, piece);
          case 2 -> out.append(s.substring(at, at + piece));
          default -> {
            for (int i = at; i < at + piece; i++) out.write(s.charAt(i));
          }
        }
        at += piece;
      }
      assertThat(out.toByteArray()).as("%s", s.chars().mapToObj(Integer::toHexString).toList()).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * A high surrogate left by one write takes one byte more than the three a character of the next
   * may: the writer makes room for it (its buffer exactly full otherwise).
   */
  @Test
  void aSurrogateLeftByTheLastWriteFitsWhereTheBufferIsExactlyFull() {
    for (String next : new String[] {"\ude80\u2026", "x\u2026", "\ude80\u2026\u2026\u2026"}) {
      for (int capacity = 1; capacity < 24; capacity++) {
        Utf8Writer out = new Utf8Writer(capacity);
        out.write("ab\ud83d");
        out.write(next.toCharArray(), 0, next.length());
        assertThat(out.toByteArray()).isEqualTo(("ab\ud83d" + next).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** A string longer than the writer's slice of characters, with a surrogate pair on every cut. */
  @Test
  void aLongStringIsWrittenWholeWhereverItsSlicesEnd() {
    StringBuilder text = new StringBuilder();
    while (text.length() < 20_000) text.append("<p>caf\u00e9 \u2026 \ud83d\ude80</p>\n");
    for (int shift = 0; shift < 17; shift++) { // the pattern is 17 characters long: every place of a cut
      String s = "x".repeat(shift) + text;
      Utf8Writer out = new Utf8Writer(16);
      out.write(s);
      out.write(s, 5, s.length() - 5);
      assertThat(out.toByteArray()).isEqualTo((s + s.substring(5)).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aResetWriterStartsEmptyAndKeepsNoPendingSurrogate() {
    Utf8Writer out = new Utf8Writer(1);
    out.write("x\ud83d");
    out.reset();
    out.write("\ude80y");
    assertThat(out.toByteArray()).isEqualTo("?y".getBytes(StandardCharsets.UTF_8)).hasSize(2);
  }
}
