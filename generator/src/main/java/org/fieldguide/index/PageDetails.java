package org.fieldguide.index;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
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
 * Strings are kept as UTF-16 code units, so any string comes back exactly as it was made.
 */
public record PageDetails(List<PageHeading> headings, List<LinkRef> links, List<ChecklistItem> checklist) {
  public static final PageDetails NONE = new PageDetails(List.of(), List.of(), List.of());

  public PageDetails {
    headings = List.copyOf(headings);
    links = List.copyOf(links);
    checklist = List.copyOf(checklist);
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
      int n = in.getInt();
      List<PageHeading> headings = new ArrayList<>(n);
      for (int i = 0; i < n; i++) headings.add(new PageHeading(in.get(), get(in), get(in), positions.get(in)));
      n = in.getInt();
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

  private static int string(String s) {
    return Integer.BYTES + 2 * s.length();
  }

  private static void put(String s, ByteBuffer out) {
    out.putInt(s.length());
    for (int i = 0; i < s.length(); i++) out.putChar(s.charAt(i));
  }

  private static String get(ByteBuffer in) {
    int n = in.getInt();
    char[] chars = new char[n];
    in.asCharBuffer().get(chars);
    in.position(in.position() + 2 * n);
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
