package org.fieldguide.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@link DefinitionList}s. A line starting (indented less than four spaces) with a colon
 * and a space or tab, right under the lines of a paragraph, turns those lines into terms, one per
 * line, and opens a definition holding what follows the marker and every following line indented
 * by four spaces (blank lines between them allowed), as an item of a list holds its blocks; a
 * paragraph's lazy continuation lines belong to it too. Another such line opens the next
 * definition of the same terms. Terms after a blank line start another list, which {@link
 * #merge} joins to the one before, so a list written with blank lines between its entries is one
 * list. Without a paragraph above, the line is text, as CommonMark reads it.
 */
final class DefinitionListParser {
  private DefinitionListParser() {}

  /** The column where a definition's text starts on its marker's line, or -1 when the line is no marker. */
  private static int contentColumn(ParserState state) {
    if (state.getIndent() >= 4) return -1;
    CharSequence line = state.getLine().getContent();
    int i = state.getNextNonSpaceIndex();
    if (i + 2 > line.length() || line.charAt(i) != ':') return -1;
    char after = line.charAt(i + 1);
    if (after != ' ' && after != '\t') return -1;
    int j = i + 1;
    while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) j++;
    // Nothing after the marker is no definition (a lone colon in text).
    if (j == line.length()) return -1;
    return state.getColumn() + state.getIndent() + (j - i);
  }

  /** The list: its terms and definitions. */
  private static final class ListParser extends ContainerBlockParser {
    ListParser() {
      super(new DefinitionList());
    }

    @Override
    public boolean canContain(Block childBlock) {
      return childBlock instanceof DefinitionList.Term || childBlock instanceof DefinitionList.Description;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      // Blank lines may stand between definitions; the next marker line is the next definition; a
      // line indented by four spaces goes on with the definition it is in.
      if (state.isBlank() || state.getIndent() >= 4 || contentColumn(state) >= 0) return BlockContinue.atIndex(state.getIndex());
      return BlockContinue.none();
    }
  }

  /** Joins each list to the one right before it (terms after a blank line start a list of their own when parsed). */
  static Node merge(Node document) {
    List<DefinitionList> lists = new ArrayList<>();
    collect(document, lists);
    for (DefinitionList list : lists) {
      if (list.getParent() == null || !(list.getPrevious() instanceof DefinitionList before)) continue;
      for (Node child = list.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        before.appendChild(child);
        child = next;
      }
      before.setSourceSpans(concat(before, list));
      list.unlink();
    }
    return document;
  }

  private static List<org.commonmark.node.SourceSpan> concat(Node a, Node b) {
    List<org.commonmark.node.SourceSpan> spans = new ArrayList<>(a.getSourceSpans());
    spans.addAll(b.getSourceSpans());
    return spans;
  }

  private static void collect(Node node, List<DefinitionList> into) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof DefinitionList list) into.add(list);
      collect(child, into);
    }
  }

  /** The line without the blanks at its end, which a paragraph's last line loses too. */
  private static SourceLine stripEnd(SourceLine line) {
    CharSequence c = line.getContent();
    int end = c.length();
    while (end > 0 && (c.charAt(end - 1) == ' ' || c.charAt(end - 1) == '\t')) end--;
    return end == c.length() ? line : line.substring(0, end);
  }

  /** A term: one line, parsed for inline content like a paragraph's. */
  private static final class TermParser extends AbstractBlockParser {
    private final DefinitionList.Term block = new DefinitionList.Term();
    private final SourceLine line;

    TermParser(SourceLine line) {
      this.line = line;
    }

    @Override
    public Block getBlock() {
      return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      return BlockContinue.none();
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
      inlineParser.parse(SourceLines.of(List.of(line)), block);
    }
  }

  /** A definition: a container whose lines are indented by four spaces after its first. */
  private static final class DescriptionParser extends ContainerBlockParser {
    DescriptionParser() {
      super(new DefinitionList.Description());
    }

    @Override
    public boolean canContain(Block childBlock) {
      return true;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
      if (state.isBlank()) {
        // A blank line right after the marker line ends an empty definition, as a list item's would.
        return getBlock().getFirstChild() == null ? BlockContinue.none() : BlockContinue.atIndex(state.getNextNonSpaceIndex());
      }
      if (state.getIndent() >= 4) return BlockContinue.atColumn(state.getColumn() + 4);
      return BlockContinue.none();
    }
  }

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      int column = contentColumn(state);
      if (column < 0) return BlockStart.none();
      if (matched.getMatchedBlockParser().getBlock() instanceof DefinitionList) {
        return BlockStart.of(new DescriptionParser()).atColumn(column);
      }
      List<SourceLine> terms = matched.getParagraphLines().getLines();
      if (terms.isEmpty() || !(matched.getMatchedBlockParser().getBlock() instanceof Paragraph)) return BlockStart.none();
      List<BlockParser> parsers = new ArrayList<>();
      parsers.add(new ListParser());
      for (SourceLine term : terms) parsers.add(new TermParser(stripEnd(term)));
      parsers.add(new DescriptionParser());
      return BlockStart.of(parsers.toArray(BlockParser[]::new)).replaceParagraphLines(terms.size()).atColumn(column);
    }
  }
}
