package org.fieldguide.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DataTextTest {
  /** Texts at every edge of the fast way: ASCII, {@code ?}, NUL, Latin-1, past Latin-1, pairs and lone surrogates, lengths. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(List.of("", "a", "en/runbooks/disk-full/index.html", "why?", "?", "??a?", "a\u0000b", "\u0000",
        "caf\u00e9", "\u00ff", "\u0100", "\u20ac ?", "\u4e2d\u6587", "\ud83d\ude00", "a\ud800", "\udc00?", "\u007f", "\u0080", "x".repeat(0xFFFF),
        "\u00e9".repeat(0x7FFF)));
    // Random texts from a small alphabet that mixes every kind above.
    char[] alphabet = {'a', 'Z', '/', '?', '\u0000', '\u007f', '\u0080', '\u00e9', '\u00ff', '\u0100', '\u20ac', '\ud83d', '\ude00', '\ud800'};
    Random random = new Random(9);
    for (int i = 0; i < 2000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) b.append(random.nextBoolean() ? 'a' : alphabet[random.nextInt(alphabet.length)]);
      texts.add(b.toString());
    }
    return texts;
  }

  @Test
  void writesTheBytesOfWriteUtfAndReadsThemBack() throws IOException {
    for (String text : texts()) {
      ByteArrayOutputStream jdk = new ByteArrayOutputStream();
      new DataOutputStream(jdk).writeUTF(text);
      ByteArrayOutputStream ours = new ByteArrayOutputStream();
      DataText.write(new DataOutputStream(ours), text);
      assertThat(ours.toByteArray()).as("bytes of %s", text.length() > 20 ? text.substring(0, 20) + "…" : text).isEqualTo(jdk.toByteArray());
      // Read back, after another field, as the JDK reads the same bytes.
      byte[] framed = concat(jdk.toByteArray(), new byte[] {7});
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(framed));
      assertThat(DataText.read(in)).isEqualTo(DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(framed))));
      assertThat(in.read()).isEqualTo(7);
    }
  }

  @Test
  void refusesWhatWriteUtfRefusesAndReportsMalformedBytesAsTheJdkDoes() {
    // Longer than 65,535 bytes encoded: the JDK's error.
    assertThatThrownBy(() -> DataText.write(new DataOutputStream(new ByteArrayOutputStream()), "x".repeat(0x10000)))
        .isInstanceOf(UTFDataFormatException.class);
    assertThatThrownBy(() -> DataText.write(new DataOutputStream(new ByteArrayOutputStream()), "\u00e9".repeat(0x8000)))
        .isInstanceOf(UTFDataFormatException.class);
    // A lone continuation byte is not modified UTF-8.
    assertThatThrownBy(() -> DataText.read(new DataInputStream(new ByteArrayInputStream(new byte[] {0, 2, 'a', (byte) 0x80}))))
        .isInstanceOf(UTFDataFormatException.class);
    // Cut short: the end of the file, as readFully reports it.
    assertThatThrownBy(() -> DataText.read(new DataInputStream(new ByteArrayInputStream(new byte[] {0, 5, 'a'}))))
        .isInstanceOf(java.io.EOFException.class);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
