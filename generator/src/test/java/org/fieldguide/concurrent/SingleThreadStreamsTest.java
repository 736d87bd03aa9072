package org.fieldguide.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SingleThreadStreamsTest {
  @Test
  void readsWhatWasWrittenThroughABufferSmallerAndLargerThanEachRead() throws IOException {
    for (int outSize : new int[] {1, 100, 1 << 16}) readsWhatWasWritten(outSize);
  }

  /** Written through a {@link SingleThreadOutput} of {@code outSize} bytes, read back through inputs of several sizes. */
  private void readsWhatWasWritten(int outSize) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Random random = new Random(3);
    try (DataOutputStream out = new DataOutputStream(new SingleThreadOutput(bytes, outSize))) {
      for (int i = 0; i < 5_000; i++) {
        out.writeInt(i);
        out.writeUTF("value " + i);
        byte[] block = new byte[random.nextInt(300)];
        random.nextBytes(block);
        out.writeInt(block.length);
        out.write(block);
      }
    }
    for (int size : new int[] {1, 7, 256, 1 << 16}) {
      Random again = new Random(3);
      try (DataInputStream in = new DataInputStream(new SingleThreadInput(new ByteArrayInputStream(bytes.toByteArray()), size))) {
        for (int i = 0; i < 5_000; i++) {
          assertThat(in.readInt()).isEqualTo(i);
          assertThat(in.readUTF()).isEqualTo("value " + i);
          byte[] expected = new byte[again.nextInt(300)];
          again.nextBytes(expected);
          assertThat(in.readNBytes(in.readInt())).as("block %d, buffer %d", i, size).isEqualTo(expected);
        }
        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
      }
    }
  }
}
