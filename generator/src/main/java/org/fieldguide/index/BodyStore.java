package org.fieldguide.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.fieldguide.markdown.PageHeading;

/**
 * Rendered bodies on disk, so the build's memory holds facts, not text: bodies (with their plain
 * text and their page's {@link PageDetails}) are appended to a pack file while pages are indexed
 * and read back, one at a time, when a stage comes to the page.
 *
 * <p>Each build appends to a pack of its own; packs of earlier builds stay readable, so cached
 * facts keep pointing at bodies that did not change. Thread-safe: appends reserve their range
 * atomically and use positional writes, reads are positional.
 */
public final class BodyStore implements AutoCloseable {
  private final Path dir;
  private final boolean temporary;
  private final int current;
  private final FileChannel writer;
  private final AtomicLong end = new AtomicLong();
  private final Map<Integer, FileChannel> readers = new ConcurrentHashMap<>();

  private BodyStore(Path dir, boolean temporary, int current) throws IOException {
    this.dir = dir;
    this.temporary = temporary;
    this.current = current;
    this.writer =
        FileChannel.open(pack(current), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    readers.put(current, writer);
  }

  /** A store in {@code dir} that appends to a new pack numbered after {@code lastPack}. */
  public static BodyStore open(Path dir, int lastPack) {
    try {
      Files.createDirectories(dir);
      return new BodyStore(dir, false, lastPack + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A store in a temporary folder, removed on {@link #close()}: for builds without a cache. */
  public static BodyStore temporary() {
    try {
      return new BodyStore(Files.createTempDirectory("fieldguide-bodies-"), true, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pack this store appends to. */
  public int currentPack() {
    return current;
  }

  Path pack(int number) {
    return dir.resolve("bodies-" + number + ".pack");
  }

  public BodyRef put(String html, String text, PageDetails details) {
    byte[] h = html.getBytes(StandardCharsets.UTF_8);
    byte[] t = text.getBytes(StandardCharsets.UTF_8);
    byte[] d = details.isEmpty() ? new byte[0] : details.encode();
    return append(ByteBuffer.allocate(h.length + t.length + d.length).put(h).put(t).put(d).flip(), h.length, t.length, d.length,
        headingChars(details.headings()));
  }

  /** The length of {@code headings}' text joined by line ends (see {@link BodyRef#headingChars}). */
  private static int headingChars(List<PageHeading> headings) {
    int chars = Math.max(0, headings.size() - 1);
    for (PageHeading h : headings) chars += h.text().length();
    return chars;
  }

  /** The same entry appended to this store's pack, its bytes copied as they are. */
  public BodyRef copy(BodyRef ref) {
    ByteBuffer whole = read(ref, ref.offset(), Math.toIntExact(ref.length()));
    return append(whole, ref.htmlBytes(), ref.textBytes(), ref.detailBytes(), ref.headingChars());
  }

  private BodyRef append(ByteBuffer buf, int htmlBytes, int textBytes, int detailBytes, int headingChars) {
    long at = end.getAndAdd(buf.remaining());
    try {
      long pos = at;
      while (buf.hasRemaining()) pos += writer.write(buf, pos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new BodyRef(current, at, htmlBytes, textBytes, detailBytes, headingChars);
  }

  /** The body's HTML in UTF-8, as stored: its placeholders are filled in as bytes (see {@code Placeholders.fill}). */
  public byte[] htmlUtf8(BodyRef ref) {
    return read(ref, ref.offset(), ref.htmlBytes()).array();
  }

  public String text(BodyRef ref) {
    return string(ref, ref.offset() + ref.htmlBytes(), ref.textBytes());
  }

  /** The details of the page whose body {@code ref} names, read anew on each call (nothing keeps them). */
  public PageDetails details(BodyRef ref) {
    return ref.detailBytes() == 0 ? PageDetails.NONE : PageDetails.decode(detailBytes(ref));
  }

  /**
   * The headings of the page whose body {@code ref} names: the start of its {@link #details},
   * decoded alone (its links and checklist items are not made).
   */
  public List<PageHeading> headings(BodyRef ref) {
    return ref.detailBytes() == 0 ? List.of() : PageDetails.headings(detailBytes(ref));
  }

  /** The encoded details, stored after the body's HTML and text. */
  private ByteBuffer detailBytes(BodyRef ref) {
    return read(ref, ref.offset() + ref.htmlBytes() + ref.textBytes(), ref.detailBytes());
  }

  /** True when the pack a reference points into is still there. */
  public boolean has(BodyRef ref) {
    return ref.pack() == current || Files.isRegularFile(pack(ref.pack()));
  }

  private String string(BodyRef ref, long offset, int length) {
    return new String(read(ref, offset, length).array(), StandardCharsets.UTF_8);
  }

  /** {@code length} bytes at {@code offset} of the pack {@code ref} names, ready to be read (flipped). */
  private ByteBuffer read(BodyRef ref, long offset, int length) {
    ByteBuffer buf = ByteBuffer.allocate(length);
    try {
      FileChannel ch = readers.computeIfAbsent(ref.pack(), this::openReader);
      long pos = offset;
      while (buf.hasRemaining()) {
        int n = ch.read(buf, pos);
        if (n < 0) throw new IOException("body store " + pack(ref.pack()) + " ends early");
        pos += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buf.flip();
  }

  private FileChannel openReader(int number) {
    try {
      return FileChannel.open(pack(number), StandardOpenOption.READ);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (FileChannel ch : readers.values()) {
      try {
        ch.close();
      } catch (IOException e) {
        // Closing a read channel cannot lose data.
      }
    }
    if (temporary) {
      try {
        Files.deleteIfExists(pack(current));
        Files.deleteIfExists(dir);
      } catch (IOException e) {
        // A leftover temporary file is harmless; the build's result matters more.
      }
    }
  }
}
