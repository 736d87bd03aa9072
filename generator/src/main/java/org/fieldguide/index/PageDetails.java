package org.fieldguide.index;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.markdown.ChecklistItem;
import org.fieldguide.markdown.LinkRef;
import org.fieldguide.markdown.PageHeading;

/**
 * What only the page itself needs of its body: its headings (its table of contents, its search
 * entry, the heading-level warning), its links (checked once, filled into its body) and its
 * checklist items. Kept beside the body in the {@link BodyStore}, not in {@link PageFacts}: no
 * other page asks for them, so a build holds them for the page at hand only, and the facts it
 * keeps for every page stay small (at 10,000 pages x 3 these lists were half of the facts' heap).
 *
 * <p>Encoded by hand rather than by {@link FactsCodec}: a build reads them back once per page in
 * several stages, and the reflective codec costs more per read than the page's own checks.
 * Strings come back exactly as they were made: as Latin-1 bytes when every char fits in one
 * (most headings, addresses and file names: half the bytes, and read back by one array copy),
 * else as UTF-16 code units (a lone surrogate included). Headings come first, so a stage that
 * needs only them ({@link #headings(ByteBuffer)}) stops there.
 */
public record PageDetails(List<PageHeading> headings, List<LinkRef> links, List<ChecklistItem> checklist) {
  public static final PageDetails NONE = new PageDetails(List.of(), List.of(), List.of());

  public PageDetails {
    headings = List.copyOf(headings);
    links = List.copyOf(links);
    checklist = List.copyOf(checklist);
  }

  /** Whether these are {@link #NONE}'s: no heading, link or checklist item (asked per page; a record's equals goes through method handles). */
  boolean isEmpty() {
    return headings.isEmpty() && links.isEmpty() && checklist.isEmpty();
  }

  byte[] encode() {
    // Sized first, so the bytes are written once into an array of their exact length.
    Positions sizing = new Positions();
    int size = 3 * Integer.BYTES;
    for (PageHeading h : headings) size += 1 + string(h.id()) + string(h.text()) + sizing.size(h.pos());
    for (LinkRef l : links) size += 1 + string(l.url()) + sizing.size(l.pos());
    for (ChecklistItem c : checklist) size += string(c.text()) + 1 + sizing.size(c.pos());
    ByteBuffer out = ByteBuffer.allocate(size);
    Positions positions = new Positions();
    out.putInt(headings.size());
    for (PageHeading h : headings) {
      out.put((byte) h.level());
      put(h.id(), out);
      put(h.text(), out);
      positions.put(h.pos(), out);
    }
    out.putInt(links.size());
    for (LinkRef l : links) {
      out.put((byte) l.kind().ordinal());
      put(l.url(), out);
      positions.put(l.pos(), out);
    }
    out.putInt(checklist.size());
    for (ChecklistItem c : checklist) {
      put(c.text(), out);
      out.put((byte) (c.done() ? 1 : 0));
      positions.put(c.pos(), out);
    }
    return out.array();
  }

  /** @throws IllegalStateException for bytes that are not an encoding of details (a damaged store) */
  static PageDetails decode(ByteBuffer in) {
    if (!in.hasRemaining()) return NONE;
    try {
      Positions positions = new Positions();
      List<PageHeading> headings = headings(in, positions);
      int n = in.getInt();
      List<LinkRef> links = new ArrayList<>(n);
      LinkRef.Kind[] kinds = LinkRef.Kind.values();
      for (int i = 0; i < n; i++) links.add(new LinkRef(kinds[in.get()], get(in), positions.get(in)));
      n = in.getInt();
      List<ChecklistItem> checklist = new ArrayList<>(n);
      for (int i = 0; i < n; i++) checklist.add(new ChecklistItem(get(in), in.get() != 0, positions.get(in)));
      return new PageDetails(Collections.unmodifiableList(headings), Collections.unmodifiableList(links), Collections.unmodifiableList(checklist));
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IllegalStateException("a page's details in the body store cannot be read", e);
    }
  }

  /**
   * The headings alone, from the encoding of details: what search and the table of contents
   * read, without making the page's links and checklist items.
   *
   * @throws IllegalStateException for bytes that are not an encoding of details (a damaged store)
   */
  static List<PageHeading> headings(ByteBuffer in) {
    if (!in.hasRemaining()) return List.of();
    try {
      return headings(in, new Positions());
    } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IllegalStateException("a page's details in the body store cannot be read", e);
    }
  }

  private static List<PageHeading> headings(ByteBuffer in, Positions positions) {
    int n = in.getInt();
    List<PageHeading> headings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) headings.add(new PageHeading(in.get(), get(in), get(in), positions.get(in)));
    return Collections.unmodifiableList(headings);
  }

  private static boolean latin1(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0xFF) return false;
    return true;
  }

  /** The encoded size of {@code s}: its length (negative for UTF-16), then its bytes. */
  private static int string(String s) {
    return Integer.BYTES + (latin1(s) ? s.length() : 2 * s.length());
  }

  private static void put(String s, ByteBuffer out) {
    if (latin1(s)) {
      out.putInt(s.length());
      out.put(s.getBytes(StandardCharsets.ISO_8859_1));
    } else {
      out.putInt(-s.length());
      for (int i = 0; i < s.length(); i++) out.putChar(s.charAt(i));
    }
  }

  private static String get(ByteBuffer in) {
    int n = in.getInt();
    if (n >= 0) {
      if (n > in.remaining()) throw new BufferUnderflowException();
      // Every buffer the store reads is an array of its own: the string is one copy of its bytes.
      String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.ISO_8859_1);
      in.position(in.position() + n);
      return s;
    }
    // Checked before the array is made: a damaged length must not ask for gigabytes.
    if (-n < 0 || -n > in.remaining() / 2) throw new BufferUnderflowException();
    char[] chars = new char[-n];
    for (int i = 0; i < chars.length; i++) chars[i] = in.getChar();
    return new String(chars);
  }

  /**
   * Positions name their file once: the positions of a page are in the page's file, so each one
   * says only whether its file is the one before (and, read back, shares that string).
   */
  private static final class Positions {
    private String file;

    int size(SourcePos pos) {
      boolean same = pos.file().equals(file);
      file = pos.file();
      return 1 + (same ? 0 : string(pos.file())) + 2 * Integer.BYTES;
    }

    void put(SourcePos pos, ByteBuffer out) {
      boolean same = pos.file().equals(file);
      out.put((byte) (same ? 1 : 0));
      if (!same) PageDetails.put(pos.file(), out);
      file = pos.file();
      out.putInt(pos.line());
      out.putInt(pos.column());
    }

    SourcePos get(ByteBuffer in) {
      if (in.get() == 0) file = PageDetails.get(in);
      return new SourcePos(file, in.getInt(), in.getInt());
    }
  }
}
