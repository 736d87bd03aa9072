package org.fieldguide.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.fieldguide.concurrent.DataText;

/**
 * What the last build's index of one language was made of, page by page, and the term shards it
 * wrote, kept in the site's cache folder beside its {@link TermCache}: enough for the next build
 * to patch that index where a few pages changed ({@link IndexPatch}) instead of making it again
 * from the terms of every page. It describes one index, the one whose {@code index.js} carries
 * {@link #version}; a build checks that the published folder holds that index before using it.
 *
 * @param key the format, the code, the language and the labels it was made under
 * @param stampKey what the pages' {@link Page#stamp}s were given under ({@link
 *     SearchDocuments.Stamps#shared}); empty when they were given none
 * @param version the version of the index it describes
 * @param averages the rounded average length of each field ({@link Norms#average})
 * @param pages each page, in page order
 * @param firstTerms the first term of each term shard, in order
 * @param shardVersions the version (and name) of each term shard
 */
public record IndexState(String key, String stampKey, String version, double[] averages, List<Page> pages, List<String> firstTerms,
    List<String> shardVersions) {
  private static final int FORMAT = 2;
  private static final int HASH_BYTES = 16;

  /** Nothing known: every index is made from every page. */
  public static final IndexState NONE = new IndexState("", "", "", new double[0], List.of(), List.of(), List.of());

  /**
   * One page as the index was made from it.
   *
   * @param url its address, which gives its page number among the others
   * @param hash a digest of everything the index reads of it (what the index's version is made of)
   * @param headHash a digest of its fields but its text, code terms and headings
   * @param identity its text identity ({@link SearchDocuments.Outline#textIdentity}), under which
   *     the {@link TermCache} keeps its terms; empty when too long to keep
   * @param stamp what stood for its outline ({@link SearchDocuments.Stamps#of}); empty when nothing did
   * @param lengths each field's length, as measured before it is scored ({@link Norms#length}
   *     rounds it): what the averages are made of
   * @param shownHash the digest of what its result shows, for its chunk group's version
   * @param chunkBytes what it weighs in a page chunk
   */
  public record Page(String url, byte[] hash, byte[] headHash, String identity, String stamp, int[] lengths, byte[] shownHash, int chunkBytes) {
    /** Its text's length as scored. */
    int bodyLength() {
      return Norms.length(lengths[SearchIndexWriter.Field.BODY.ordinal()]);
    }

    /** Its headings' length as scored. */
    int headingsLength() {
      return Norms.length(lengths[SearchIndexWriter.Field.HEADINGS.ordinal()]);
    }
  }

  /**
   * The state in {@code file}; {@link #NONE} when it cannot be read as one. What it was made
   * under ({@link #key}) is for the index to compare with its own.
   */
  public static IndexState load(Path file) {
    try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(new org.fieldguide.concurrent.SingleThreadInput(raw, 1 << 16))) {
      if (in.readInt() != FORMAT) return NONE;
      String key = DataText.read(in);
      String stampKey = DataText.read(in);
      String version = DataText.read(in);
      double[] averages = new double[in.readInt()];
      for (int i = 0; i < averages.length; i++) averages[i] = in.readDouble();
      Page[] pages = new Page[in.readInt()];
      int fields = SearchIndexWriter.FIELDS.length;
      for (int i = 0; i < pages.length; i++) {
        String url = DataText.read(in);
        byte[] hash = bytes(in);
        byte[] headHash = bytes(in);
        String identity = DataText.read(in);
        String stamp = DataText.read(in);
        int[] lengths = new int[fields];
        for (int f = 0; f < fields; f++) lengths[f] = in.readInt();
        pages[i] = new Page(url, hash, headHash, identity, stamp, lengths, bytes(in), in.readInt());
      }
      String[] firstTerms = new String[in.readInt()];
      String[] versions = new String[firstTerms.length];
      for (int i = 0; i < firstTerms.length; i++) {
        firstTerms[i] = DataText.read(in);
        versions[i] = DataText.read(in);
      }
      if (in.read() != -1) return NONE;
      return new IndexState(key, stampKey, version, averages, List.of(pages), List.of(firstTerms), List.of(versions));
    } catch (IOException | RuntimeException e) {
      // Missing, cut short or not ours: the index is made from every page.
      return NONE;
    }
  }

  /** Writes the state under {@link #key}. */
  public void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(FORMAT);
    DataText.write(out, key);
    DataText.write(out, stampKey);
    DataText.write(out, version);
    out.writeInt(averages.length);
    for (double a : averages) out.writeDouble(a);
    out.writeInt(pages.size());
    for (Page p : pages) {
      DataText.write(out, p.url());
      out.write(p.hash());
      out.write(p.headHash());
      // writeUTF takes 65,535 bytes at most: a longer identity is a text (no cache folder), never kept.
      DataText.write(out, p.identity().length() > TermCache.MAX_IDENTITY ? "" : p.identity());
      DataText.write(out, p.stamp());
      for (int length : p.lengths()) out.writeInt(length);
      out.write(p.shownHash());
      out.writeInt(p.chunkBytes());
    }
    out.writeInt(firstTerms.size());
    for (int i = 0; i < firstTerms.size(); i++) {
      DataText.write(out, firstTerms.get(i));
      DataText.write(out, shardVersions.get(i));
    }
  }

  boolean isNone() {
    return pages.isEmpty();
  }

  /** Whether {@code averages} are this state's. */
  boolean sameAverages(double[] others) {
    return Arrays.equals(averages, others);
  }

  private static byte[] bytes(DataInputStream in) throws IOException {
    byte[] b = new byte[HASH_BYTES];
    in.readFully(b);
    return b;
  }
}
