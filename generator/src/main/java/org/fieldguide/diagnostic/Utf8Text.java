package org.fieldguide.diagnostic;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Strict UTF-8 decoding of a writer's file: the first byte that is not UTF-8 is reported at its
 * line and column (counted as {@link LineIndex} counts, in characters of the valid text before
 * it), so the writer finds it in an editor instead of searching the whole file.
 */
public final class Utf8Text {
  private Utf8Text() {}

  /** The text of {@code bytes}, or empty after reporting where it stops being UTF-8. */
  public static Optional<String> decode(byte[] bytes, String file, Diagnostics diagnostics) {
    // The common case first: the JDK's lenient decoding (with its fast path for ASCII) puts U+FFFD
    // for every sequence that is not UTF-8, so a text without one was all UTF-8. A strict decoder
    // over every file was a fifth of reading the front matter. A text with U+FFFD (a real one,
    // or a bad byte) is decoded strictly, to tell which and say where.
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    if (lenient.indexOf('\uFFFD') < 0) return Optional.of(lenient);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    if (!result.isError()) return Optional.of(out.flip().toString());
    int bad = in.position();
    diagnostics.error(position(bytes, bad, file), String.format(Locale.ROOT,
        "the file is not valid UTF-8 text: the byte 0x%02X here is not part of a UTF-8 character. Save the file as UTF-8 in your editor.",
        bytes[bad] & 0xFF));
    return Optional.empty();
  }

  private static SourcePos position(byte[] bytes, int bad, String file) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    // An editor does not count a byte-order mark as a column.
    if (line == 1 && bad >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) lineStart = 3;
    int column;
    try {
      column = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, lineStart, bad - lineStart)).length() + 1;
    } catch (CharacterCodingException e) {
      column = bad - lineStart + 1; // not reached: everything before the first bad byte is valid
    }
    return new SourcePos(file, line, column);
  }
}
