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
import org.fieldguide.concurrent.DataText;

/**
 * What the stored text of each page gave the last build's index of one language, kept in the
 * site's cache folder: the terms of its body, headings and code, with how often each occurs, and
 * the length and hash of the text a result shows. Reading every page's text into terms
 * (splitting, lower-casing, stemming) is most of the index's work, and reading the text at all a
 * large part of the rest; a page's text is the same as long as its file is: a build counts the
 * terms of unchanged pages from here, and reads their text only to write a page chunk again. The
 * other fields (title, summary, tags, type) are short, in memory, and some (the type's name) do
 * not come from the file.
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
  private static final int FORMAT = 3;
  /** The counted fields of an entry, in its order: {@link #BODY}, {@link #HEADINGS}, {@link #CODE}. */
  static final int SECTIONS = 3;
  static final int BODY = 0;
  static final int HEADINGS = 1;
  static final int CODE = 2;
  /** Bytes of the hash of the text a result shows, at the start of an entry. */
  static final int SNIPPET_HASH_BYTES = 16;
  /** Identities longer than this are texts themselves (a build without a cache folder): not kept. */
  static final int MAX_IDENTITY = 200;

  /** A cache with nothing in it. */
  public static final TermCache NONE = new TermCache(new String[0], Map.of());

  /** Every term an entry refers to, by number. */
  private final String[] dictionary;
  /**
   * Per text identity: the hash of the text a result shows ({@link #SNIPPET_HASH_BYTES} bytes), its
   * length, then for each section the number of its terms and pairs of (term number, count), all
   * as varints but the hash. What a cached page needs first is at fixed places; its terms are
   * read in one pass ({@link #walk}).
   */
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
      if (in.readInt() != FORMAT || !DataText.read(in).equals(key)) return NONE;
      String[] dictionary = new String[in.readInt()];
      for (int i = 0; i < dictionary.length; i++) dictionary[i] = DataText.read(in);
      int count = in.readInt();
      Map<String, byte[]> entries = new HashMap<>(count * 2);
      for (int i = 0; i < count; i++) {
        String identity = DataText.read(in);
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

  /**
   * The terms kept for {@code identity}, or null: also when the entry is not of its shape (see
   * {@link #wellFormed}). Checked here, when an entry is used, not when the cache is loaded:
   * walking every entry was three quarters of loading the cache, in a one-page rebuild that
   * uses a few entries and carries the others into the next cache unread ({@link #stored}).
   */
  byte[] get(String identity) {
    byte[] entry = stored(identity);
    return entry != null && wellFormed(entry, dictionary.length) ? entry : null;
  }

  /**
   * The entry kept for {@code identity} as it was read, unchecked, or null: for carrying into the
   * next cache as it is ({@link Builder#patching}); the build that reads it checks it.
   */
  byte[] stored(String identity) {
    return identity.length() > MAX_IDENTITY ? null : entries.get(identity);
  }

  String[] dictionary() {
    return dictionary;
  }

  /**
   * Calls {@code sink} with each (section, term number, count) of an entry, section by section.
   * Term numbers index {@link #dictionary}.
   */
  static void forEach(byte[] entry, EntryVisitor sink) {
    walk(entry, sink);
  }

  /** The length (in chars) of the text a result shows of the entry's page. */
  static int snippetChars(byte[] entry) {
    return readVarint(entry, new int[] {SNIPPET_HASH_BYTES});
  }

  /** The hash of the text a result shows of the entry's page. */
  static byte[] snippetHash(byte[] entry) {
    return Arrays.copyOf(entry, SNIPPET_HASH_BYTES);
  }

  /** What a walk over an entry's sections meets: each section's size, then its terms. */
  @FunctionalInterface
  interface EntryVisitor {
    default void section(int section, int terms) {}

    void term(int section, int number, int count);
  }

  /** Walks the sections of {@code entry}; gives where they end. */
  private static int walk(byte[] entry, EntryVisitor visitor) {
    int[] at = {SNIPPET_HASH_BYTES};
    readVarint(entry, at); // the snippet's length
    for (int s = 0; s < SECTIONS; s++) {
      int n = readVarint(entry, at);
      visitor.section(s, n);
      for (; n > 0; n--) {
        int number = readVarint(entry, at);
        visitor.term(s, number, readVarint(entry, at));
      }
    }
    return at[0];
  }

  /**
   * Whether {@code entry} has the snippet's hash and length, then its sections with term numbers
   * of the dictionary, and nothing more: an entry that does not is not used (it would fail the
   * index half way); its page is counted from its text.
   */
  private static boolean wellFormed(byte[] entry, int terms) {
    boolean[] numbersKnown = {true};
    try {
      int end = walk(entry, (section, number, count) -> numbersKnown[0] &= number >= 0 && number < terms);
      return numbersKnown[0] && end == entry.length;
    } catch (ArrayIndexOutOfBoundsException e) {
      return false;
    }
  }

  /**
   * A page's terms as counted from its stored text, each with how often it occurs, per section
   * ({@link #BODY}, {@link #HEADINGS}, {@link #CODE}); and the length and hash of the text a
   * result shows.
   */
  record Counted(String[][] terms, int[][] counts, int snippetChars, byte[] snippetHash) {
    Counted {
      if (terms.length != SECTIONS || counts.length != SECTIONS || snippetHash.length != SNIPPET_HASH_BYTES) {
        throw new IllegalArgumentException("an entry has " + SECTIONS + " sections and a hash of " + SNIPPET_HASH_BYTES + " bytes");
      }
    }
  }

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
    /**
     * Whether this cache keeps the old one's dictionary, numbers and all: its entries are kept
     * as they are, and the terms of pages counted again are numbered after the old ones (see
     * {@link #patching}).
     */
    private final boolean extending;
    /** Pages counted again, while extending: encoded when the cache is written. */
    private final Map<String, Counted> counted = new LinkedHashMap<>();

    Builder(TermCache from) {
      this(from, false);
    }

    private Builder(TermCache from, boolean extending) {
      this.from = from;
      this.extending = extending;
      this.renumbered = extending ? new int[0] : new int[from.dictionary.length];
      Arrays.fill(renumbered, -1);
    }

    /**
     * A builder for a build that counts only a few pages again ({@link IndexPatch}): renumbering
     * every kept entry into a dictionary of the terms in use (as {@link #Builder(TermCache)}
     * does) was most of what such a build did with the cache. Terms no page uses any more stay
     * in the dictionary until a build counts the whole language again.
     */
    static Builder patching(TermCache from) {
      return new Builder(from, true);
    }

    /** Keeps the entry {@code identity} had in the old cache, its terms numbered in this one's dictionary. */
    void keep(String identity, byte[] entry) {
      if (identity.length() > MAX_IDENTITY || entries.containsKey(identity)) return;
      if (extending) {
        entries.put(identity, entry);
        return;
      }
      bytes.clear();
      bytes.add(entry, 0, SNIPPET_HASH_BYTES).add(snippetChars(entry));
      walk(entry, new EntryVisitor() {
        @Override
        public void section(int section, int terms) {
          bytes.add(terms);
        }

        @Override
        public void term(int section, int number, int count) {
          if (renumbered[number] < 0) renumbered[number] = numberOf(from.dictionary[number]);
          bytes.add(renumbered[number]).add(count);
        }
      });
      entries.put(identity, bytes.toArray());
    }

    /** A page counted again from its text. */
    void add(String identity, Counted counted) {
      if (identity.length() > MAX_IDENTITY || entries.containsKey(identity)) return;
      if (extending) {
        entries.put(identity, null);
        this.counted.put(identity, counted);
        changed = true;
        return;
      }
      entries.put(identity, encode(counted, this::numberOf));
      changed = true;
    }

    /** The entry of a page counted from its text, each term numbered by {@code number}. */
    private byte[] encode(Counted counted, java.util.function.ToIntFunction<String> number) {
      bytes.clear();
      bytes.add(counted.snippetHash(), 0, SNIPPET_HASH_BYTES).add(counted.snippetChars());
      for (int s = 0; s < SECTIONS; s++) {
        String[] terms = counted.terms()[s];
        bytes.add(terms.length);
        for (int i = 0; i < terms.length; i++) bytes.add(number.applyAsInt(terms[i])).add(counted.counts()[s][i]);
      }
      return bytes.toArray();
    }

    /** True when the cache to write differs from the one read (a page was counted, or one went). */
    public boolean changed() {
      return changed || entries.size() != from.size();
    }

    /** Writes the cache under {@code key}. */
    public void writeTo(DataOutputStream out, String key) throws IOException {
      if (extending) extend();
      out.writeInt(FORMAT);
      DataText.write(out, key);
      out.writeInt(dictionary.size());
      for (String t : dictionary) DataText.write(out, t);
      out.writeInt(entries.size());
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        DataText.write(out, e.getKey());
        out.writeInt(e.getValue().length);
        out.write(e.getValue());
      }
    }

    /**
     * Numbers the terms of the pages counted again in the old dictionary (one pass over it for
     * all of them), new terms after it, and encodes their entries.
     */
    private void extend() {
      if (dictionary.isEmpty()) dictionary.addAll(Arrays.asList(from.dictionary));
      Map<String, Integer> wanted = new HashMap<>();
      for (Counted c : counted.values()) for (String[] terms : c.terms()) for (String t : terms) wanted.put(t, -1);
      if (!wanted.isEmpty()) {
        for (int i = 0; i < from.dictionary.length; i++) wanted.replace(from.dictionary[i], -1, i);
      }
      // A term not in the old dictionary is numbered after it, once.
      java.util.function.ToIntFunction<String> number = term -> {
        int n = wanted.get(term);
        if (n >= 0) return n;
        wanted.put(term, dictionary.size());
        dictionary.add(term);
        return dictionary.size() - 1;
      };
      for (Map.Entry<String, Counted> e : counted.entrySet()) entries.put(e.getKey(), encode(e.getValue(), number));
      counted.clear();
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

    /** Appends {@code length} bytes of {@code from} as they are. */
    Varints add(byte[] from, int offset, int length) {
      if (size + length > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + length));
      System.arraycopy(from, offset, buf, size, length);
      size += length;
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
