package org.fieldguide.offline;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The zip files of the offline bundles, written and read here, in the one shape they have:
 * entries compressed with Deflate, their sizes and checksum in the entry's header (no data
 * descriptor), no extra fields in the entries, one fixed time, names in UTF-8, and a comment that
 * says a bundle is of this shape ({@link #COMMENT}).
 *
 * <p>Why not a library's writer: a rebuild copies most entries of a bundle from the last build's
 * (the files they hold did not change), and an entry of this shape is the same bytes wherever it
 * is in the zip. So a run of entries that stay together is copied as one range of bytes, reading
 * only the last bundle's central directory. Through commons-compress each of 16,000 entries per
 * language was opened, its header read, and copied on its own: a third of a one-page rebuild's
 * offline stage at 10,000 pages × 3. The format is PKWARE's APPNOTE 6.3; zip64 records are written
 * when a bundle has 65,535 entries or more, or is 4 GiB or more.
 */
final class BundleZip {
  /** Marks a zip written here: only such a zip's entries are copied as ranges. */
  static final String COMMENT = "fieldguide offline bundle, format 1";

  private static final int LOCAL_HEADER = 30;
  private static final int CENTRAL_HEADER = 46;
  private static final int END = 22;
  private static final int ZIP64_END = 56;
  private static final int ZIP64_LOCATOR = 20;
  private static final long MAX_32 = 0xFFFFFFFFL;
  private static final int MAX_16 = 0xFFFF;
  /** Language encoding flag: names are UTF-8. */
  private static final int FLAGS = 1 << 11;
  private static final int DEFLATED = 8;
  /** 2000-01-01 00:00 as MS-DOS gives a date and a time: the same bytes on every machine and day. */
  private static final int DOS_DATE = (2000 - 1980) << 9 | 1 << 5 | 1;
  private static final int DOS_TIME = 0;
  /** Made by Unix (3), zip 4.5; a regular file readable by all, as unzip then creates it. */
  private static final int MADE_BY = 3 << 8 | 45;
  private static final long FILE_MODE = 0100644L << 16;

  private BundleZip() {}

  /**
   * An entry as a central directory lists it: its name is {@code folder} followed by {@code
   * path}; {@code offset} is where its local header starts. The name is kept in two parts, each
   * a string the build already holds (the folder of the bundle, the published file's path), and
   * made into bytes when written: a writer keeps every entry until its directory is written,
   * three bundles at once (240,000 entries at 50,000 pages x 3), and a name of its own was some
   * 70 bytes of each. An entry read from a zip has its whole name as {@code path}.
   *
   * @param nameLength the name's length in UTF-8, as the zip holds it
   */
  record Entry(String folder, String path, int nameLength, long crc, long compressedSize, long size, long offset) {
    String name() {
      return folder.isEmpty() ? path : folder + path;
    }

    byte[] nameBytes() {
      return name().getBytes(StandardCharsets.UTF_8);
    }

    /** Its local header and data, which follow each other. */
    long length() {
      return LOCAL_HEADER + nameLength + compressedSize;
    }
  }

  /** Writes a bundle to a stream: entries in the order given, then the directory. Not thread-safe. */
  static final class Writer {
    private final OutputStream out;
    private final byte[] header = new byte[CENTRAL_HEADER + 12];
    private final List<Entry> entries = new ArrayList<>();
    private long position;

    /** @param out closed by the caller */
    Writer(OutputStream out) {
      this.out = out;
    }

    /**
     * Adds the entry {@code folder} + {@code path}, whose data {@code deflated} holds (raw
     * Deflate) of a file of {@code size} bytes with checksum {@code crc}.
     */
    void add(String folder, String path, long crc, long size, byte[] deflated) throws IOException {
      String name = folder + path;
      if (size >= MAX_32 || deflated.length >= MAX_32) throw new IOException(name + " is 4 GiB or more, more than a bundle holds");
      byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
      if (nameBytes.length > MAX_16) throw new IOException("a name of more than 65,535 bytes: " + name);
      Entry e = new Entry(folder, path, nameBytes.length, crc, deflated.length, size, position);
      ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
      b.putInt(0x04034b50).putShort((short) 20).putShort((short) FLAGS).putShort((short) DEFLATED);
      b.putShort((short) DOS_TIME).putShort((short) DOS_DATE);
      b.putInt((int) crc).putInt((int) e.compressedSize()).putInt((int) size);
      b.putShort((short) nameBytes.length).putShort((short) 0);
      out.write(header, 0, LOCAL_HEADER);
      out.write(nameBytes);
      out.write(deflated);
      position += e.length();
      entries.add(e);
    }

    /**
     * Copies {@code run}, entries that follow each other in {@code from} (see {@link
     * Previous#follows}), as one range of its bytes.
     */
    void copy(Previous from, List<Entry> run) throws IOException {
      if (run.isEmpty()) return;
      long start = run.get(0).offset();
      Entry last = run.get(run.size() - 1);
      from.copy(start, last.offset() + last.length() - start, out);
      for (Entry e : run) {
        entries.add(new Entry(e.folder(), e.path(), e.nameLength(), e.crc(), e.compressedSize(), e.size(), position + e.offset() - start));
      }
      position += last.offset() + last.length() - start;
    }

    /** Writes the central directory and the end records; the zip's size. */
    long finish() throws IOException {
      long directory = position;
      for (Entry e : entries) {
        boolean far = e.offset() >= MAX_32;
        ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x02014b50).putShort((short) MADE_BY).putShort((short) (far ? 45 : 20)).putShort((short) FLAGS).putShort((short) DEFLATED);
        b.putShort((short) DOS_TIME).putShort((short) DOS_DATE);
        b.putInt((int) e.crc()).putInt((int) e.compressedSize()).putInt((int) e.size());
        b.putShort((short) e.nameLength()).putShort((short) (far ? 12 : 0)).putShort((short) 0);
        b.putShort((short) 0).putShort((short) 0).putInt((int) FILE_MODE).putInt((int) (far ? MAX_32 : e.offset()));
        out.write(header, 0, CENTRAL_HEADER);
        out.write(e.nameBytes());
        position += CENTRAL_HEADER + e.nameLength();
        if (far) {
          b.clear();
          b.putShort((short) 1).putShort((short) 8).putLong(e.offset());
          out.write(header, 0, 12);
          position += 12;
        }
      }
      long size = position - directory;
      boolean zip64 = entries.size() >= MAX_16 || directory >= MAX_32 || size >= MAX_32;
      byte[] end = new byte[ZIP64_END + ZIP64_LOCATOR + END];
      ByteBuffer b = ByteBuffer.wrap(end).order(ByteOrder.LITTLE_ENDIAN);
      if (zip64) {
        long record = position;
        b.putInt(0x06064b50).putLong(ZIP64_END - 12).putShort((short) MADE_BY).putShort((short) 45).putInt(0).putInt(0);
        b.putLong(entries.size()).putLong(entries.size()).putLong(size).putLong(directory);
        b.putInt(0x07064b50).putInt(0).putLong(record).putInt(1);
      }
      byte[] comment = COMMENT.getBytes(StandardCharsets.US_ASCII);
      int count = Math.min(entries.size(), MAX_16);
      b.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) count).putShort((short) count);
      b.putInt((int) Math.min(size, MAX_32)).putInt((int) Math.min(directory, MAX_32)).putShort((short) comment.length);
      out.write(end, 0, b.position());
      out.write(comment);
      position += b.position() + comment.length;
      return position;
    }
  }

  /** The last build's bundle, by its central directory. Thread-safe once opened (only read). */
  static final class Previous implements Closeable {
    private final FileChannel file;
    private final List<Entry> entries;
    private final Map<String, Integer> index;
    /** Where the central directory starts: the end of the last entry's data. */
    private final long directory;

    private Previous(FileChannel file, List<Entry> entries, long directory) {
      this.file = file;
      this.entries = entries;
      this.directory = directory;
      this.index = new HashMap<>(entries.size() * 2);
      for (int i = 0; i < entries.size(); i++) index.put(entries.get(i).name(), i);
    }

    /**
     * The bundle in {@code zip}, when it is one this class wrote ({@link #COMMENT}) and its
     * directory reads; empty otherwise (its entries are then compressed anew).
     */
    static Optional<Previous> open(Path zip) {
      FileChannel file = null;
      try {
        file = FileChannel.open(zip, StandardOpenOption.READ);
        Optional<Previous> previous = read(file);
        if (previous.isEmpty()) file.close();
        return previous;
      } catch (IOException | RuntimeException e) {
        try {
          if (file != null) file.close();
        } catch (IOException ignored) {
          // Nothing was read from it.
        }
        return Optional.empty();
      }
    }

    private static Optional<Previous> read(FileChannel file) throws IOException {
      byte[] comment = COMMENT.getBytes(StandardCharsets.US_ASCII);
      long size = file.size();
      long endAt = size - END - comment.length;
      if (endAt < 0) return Optional.empty();
      ByteBuffer end = readAt(file, endAt, END + comment.length);
      if (end.getInt(0) != 0x06054b50 || (end.getShort(20) & MAX_16) != comment.length) return Optional.empty();
      for (int i = 0; i < comment.length; i++) if (end.get(END + i) != comment[i]) return Optional.empty();
      long count = end.getShort(10) & MAX_16;
      long directorySize = end.getInt(12) & MAX_32;
      long directory = end.getInt(16) & MAX_32;
      if (count == MAX_16 || directorySize == MAX_32 || directory == MAX_32) {
        if (endAt < ZIP64_END + ZIP64_LOCATOR) return Optional.empty();
        ByteBuffer locator = readAt(file, endAt - ZIP64_LOCATOR, ZIP64_LOCATOR);
        if (locator.getInt(0) != 0x07064b50) return Optional.empty();
        ByteBuffer record = readAt(file, locator.getLong(8), ZIP64_END);
        if (record.getInt(0) != 0x06064b50) return Optional.empty();
        count = record.getLong(32);
        directorySize = record.getLong(40);
        directory = record.getLong(48);
      }
      if (directory + directorySize > endAt || directorySize > Integer.MAX_VALUE) return Optional.empty();
      ByteBuffer d = readAt(file, directory, (int) directorySize);
      List<Entry> entries = new ArrayList<>((int) Math.min(count, 1 << 20));
      int at = 0;
      for (long i = 0; i < count; i++) {
        if (d.getInt(at) != 0x02014b50 || (d.getShort(at + 10) & MAX_16) != DEFLATED) return Optional.empty();
        long crc = d.getInt(at + 16) & MAX_32;
        long compressed = d.getInt(at + 20) & MAX_32;
        long uncompressed = d.getInt(at + 24) & MAX_32;
        int nameLength = d.getShort(at + 28) & MAX_16;
        int extraLength = d.getShort(at + 30) & MAX_16;
        int commentLength = d.getShort(at + 32) & MAX_16;
        long offset = d.getInt(at + 42) & MAX_32;
        byte[] name = new byte[nameLength];
        d.get(at + CENTRAL_HEADER, name);
        if (offset == MAX_32) {
          // Written by finish(): the zip64 extra field holds the offset alone.
          if (extraLength != 12 || d.getShort(at + CENTRAL_HEADER + nameLength) != 1) return Optional.empty();
          offset = d.getLong(at + CENTRAL_HEADER + nameLength + 4);
        }
        entries.add(new Entry("", new String(name, StandardCharsets.UTF_8), nameLength, crc, compressed, uncompressed, offset));
        at += CENTRAL_HEADER + nameLength + extraLength + commentLength;
      }
      return Optional.of(new Previous(file, List.copyOf(entries), directory));
    }

    private static ByteBuffer readAt(FileChannel file, long position, int length) throws IOException {
      ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
      while (b.hasRemaining()) {
        if (file.read(b, position + b.position()) < 0) throw new EOFException();
      }
      return b.flip();
    }

    /** The entry {@code name}; empty when this bundle has none. */
    Optional<Entry> entry(String name) {
      Integer i = index.get(name);
      return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    /**
     * Whether {@code next} is the entry after {@code entry} in this bundle, with its local header
     * right where {@code entry}'s data ends: then both are one range of bytes.
     */
    boolean follows(Entry entry, Entry next) {
      Integer i = index.get(entry.name());
      return i != null && i + 1 < entries.size() && entries.get(i + 1) == next && entry.offset() + entry.length() == next.offset();
    }

    /** Whether {@code entry}'s bytes lie before the directory (a damaged zip may say otherwise). */
    boolean inside(Entry entry) {
      return entry.offset() >= 0 && entry.offset() + entry.length() <= directory;
    }

    private void copy(long start, long length, OutputStream out) throws IOException {
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, 1 << 18));
      for (long done = 0; done < length; ) {
        buffer.clear().limit((int) Math.min(buffer.capacity(), length - done));
        int n = file.read(buffer, start + done);
        if (n < 0) throw new EOFException("the last bundle ended early");
        out.write(buffer.array(), 0, n);
        done += n;
      }
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }
}
