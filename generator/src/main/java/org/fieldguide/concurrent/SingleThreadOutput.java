package org.fieldguide.concurrent;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A buffered output stream for one thread, which takes no lock: the writing side of {@link
 * SingleThreadInput}. {@link java.io.BufferedOutputStream} locks on every {@code write(int)}, and
 * a {@link java.io.DataOutputStream} writes a cache file's fields byte by byte. Not thread-safe:
 * one writer.
 */
public final class SingleThreadOutput extends OutputStream {
  private final OutputStream out;
  private final byte[] buffer;
  private int count;

  /** Writes to {@code out} through a buffer of {@code size} bytes; closing this flushes and closes {@code out}. */
  public SingleThreadOutput(OutputStream out, int size) {
    this.out = out;
    this.buffer = new byte[size];
  }

  @Override
  public void write(int b) throws IOException {
    if (count == buffer.length) drain();
    buffer[count++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    java.util.Objects.checkFromIndexSize(off, len, b.length);
    if (len >= buffer.length) {
      // As large as the buffer: straight through, after what waits.
      drain();
      out.write(b, off, len);
      return;
    }
    if (len > buffer.length - count) drain();
    System.arraycopy(b, off, buffer, count, len);
    count += len;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      out.close();
    }
  }

  private void drain() throws IOException {
    if (count > 0) out.write(buffer, 0, count);
    count = 0;
  }
}
