package org.fieldguide.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms that the body text of each page gave the last build's index of one language, with
 * how often each occurs, kept in the site's cache folder. Reading every page's text into terms
 * (splitting, lower-casing, stemming) is most of the index's work, and a page's text is the same
 * as long as its file is: a build whose pages are unchanged counts their terms from here instead.
 * Only the body is kept: the other fields are short, and some (the type's name) do not come from
 * the file.
 *
 * <p>Entries are keyed by a page's text identity ({@link SearchDocuments.Outline#textIdentity}):
 * the key its facts were made under, which stands for the file's bytes and everything its text
 * depends on. A cache made by other code, for another language, or that cannot be read is
 * ignored: it only ever saves time.
 *
 * <p>Immutable once loaded; read from several threads at once. A build collects the next one in a
 * {@link Builder}.
 */
public final class TermCache {
  private static final int FORMAT = 1;
  /** Identities longer than this are texts themselves (a build without a cache folder): not kept. */
  static final int MAX_IDENTITY = 200;

  /** A cache with nothing in it. */
  public static final TermCache NONE = new TermCache(new String[0], Map.of());

  /** Every term an entry refers to, by number. */
  private final String[] dictionary;
  /** Per text identity: pairs of (term number, count), as {@link CompactNumbers}-style varints. */
  private final Map<String, byte[]> entries;

  private TermCache(String[] dictionary, Map<String, byte[]> entries) {
    this.dictionary = dictionary;
    this.entries = entries;
  }

  /**
   * The cache in {@code file} when it was written under {@code key} (the index's format, the
   * code that made it and the language); else {@link #NONE}.
   */
  public static TermCache load(Path file, String key) {
    try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new org.fieldguide.concurrent.SingleThreadInput(raw, 1 << 16))) {
      if (in.readInt() != FORMAT || !in.readUTF().equals(key)) return NONE;
      String[] dictionary = new String[in.readInt()];
      for (int i = 0; i < dictionary.length; i++) dictionary[i] = in.readUTF();
      int count = in.readInt();
      Map<String, byte[]> entries = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        String identity = in.readUTF();
        byte[] terms = new byte[in.readInt()];
        in.readFully(terms);
        entries.put(identity, terms);
      }
      return new TermCache(dictionary, entries);
    } catch (IOException | RuntimeException e) {
      // Missing, cut short or not ours: the terms are counted again.
      return NONE;
    }
  }

  int size() {
    return entries.size();
  }

  /** The terms kept for {@code identity}, or null. */
  byte[] get(String identity) {
    return identity.length() > MAX_IDENTITY ? null : entries.get(identity);
  }

  String[] dictionary() {
    return dictionary;
  }

  /**
   * Calls {@code sink} with each (term number, count) of an entry. Term numbers index {@link
   * #dictionary}.
   */
  static void forEach(byte[] entry, TermSink sink) {
    int[] at = {0};
    while (at[0] < entry.length) sink.term(readVarint(entry, at), readVarint(entry, at));
  }

  @FunctionalInterface
  interface TermSink {
    void term(int number, int count);
  }

  /** A page's body terms as counted from its text, each with how often it occurs. */
  record Counted(String[] terms, int[] counts) {}

  /**
   * The cache for the next build, made from this build's pages in the order the index reads
   * them: the entries of pages read from this cache as they were, and new ones for the pages
   * counted again. Only the pages of this build are kept. Each entry is encoded as it comes, its
   * terms numbered in the order the entries first use them (so terms no page uses any more are
   * not carried from build to build): a language's pages hold a few bytes a term here, not the
   * counted arrays, until the cache is written. Not thread-safe.
   */
  public static final class Builder {
    private final TermCache from;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> dictionary = new ArrayList<>();
    /** The number each term of the old cache's dictionary has in this one's, or -1 before its first use. */
    private final int[] renumbered;
    private final Varints bytes = new Varints();
    private boolean changed;

    Builder(TermCache from) {
      this.from = from;
      this.renumbered = new int[from.dictionary.length];
      Arrays.fill(renumbered, -1);
    }

    /** Keeps the entry {@code identity} had in the old cache. */
    void keep(String identity, byte[] entry) {
      if (identity.length() > MAX_IDENTITY || entries.containsKey(identity)) return;
      bytes.clear();
      forEach(entry, (number, count) -> {
        if (renumbered[number] < 0) renumbered[number] = numberOf(from.dictionary[number]);
        bytes.add(renumbered[number]).add(count);
      });
      entries.put(identity, bytes.toArray());
    }

    /** A page counted again from its text. */
    void add(String identity, Counted counted) {
      if (identity.length() > MAX_IDENTITY || entries.containsKey(identity)) return;
      bytes.clear();
      for (int i = 0; i < counted.terms().length; i++) bytes.add(numberOf(counted.terms()[i])).add(counted.counts()[i]);
      entries.put(identity, bytes.toArray());
      changed = true;
    }

    /** True when the cache to write differs from the one read (a page was counted, or one went). */
    public boolean changed() {
      return changed || entries.size() != from.size();
    }

    /** Writes the cache under {@code key}. */
    public void writeTo(DataOutputStream out, String key) throws IOException {
      out.writeInt(FORMAT);
      out.writeUTF(key);
      out.writeInt(dictionary.size());
      for (String t : dictionary) out.writeUTF(t);
      out.writeInt(entries.size());
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeInt(e.getValue().length);
        out.write(e.getValue());
      }
    }

    private int numberOf(String term) {
      return numbers.computeIfAbsent(term, t -> {
        dictionary.add(t);
        return dictionary.size() - 1;
      });
    }
  }

  /** Whole numbers of 7 bits a byte, the high bit set on every byte but a number's last. */
  private static final class Varints {
    private byte[] buf = new byte[256];
    private int size;

    void clear() {
      size = 0;
    }

    Varints add(int value) {
      if (size + 5 > buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
      while ((value & ~0x7F) != 0) {
        buf[size++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      buf[size++] = (byte) value;
      return this;
    }

    byte[] toArray() {
      return Arrays.copyOf(buf, size);
    }
  }

  private static int readVarint(byte[] b, int[] at) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte x = b[at[0]++];
      value |= (x & 0x7F) << shift;
      if (x >= 0) return value;
    }
  }
}
