package org.fieldguide.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@link Admonition} blocks: a line {@code !!! kind "optional title"} (or {@code ???},
 * {@code ???+}; more words after the kind, as Python-Markdown allows, are read past) opens a
 * container whose lines are indented by four spaces; blank lines inside are allowed, and the
 * first line indented less ends it, as in MkDocs.
 */
final class AdmonitionParser extends AdmonitionBlockParser {
  // Words after the kind are more classes in Python-Markdown (MkDocs Material's "inline end" floats
  // the box aside): the box is shown in the page's flow here, with its kind and title.
  private static final Pattern OPENING =
      Pattern.compile("(!!!|\\?\\?\\?\\+?)[ \\t]+([A-Za-z][\\w-]*)(?:[ \\t]+[\\w-]+)*(?:[ \\t]+\"(.*)\")?[ \\t]*");

  private AdmonitionParser(Admonition block) {
    super(block);
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.isBlank()) {
      return BlockContinue.atIndex(state.getNextNonSpaceIndex());
    }
    if (state.getIndent() >= 4) {
      return BlockContinue.atColumn(state.getColumn() + 4);
    }
    return BlockContinue.none();
  }

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      Matcher m = opening(state, "!?", OPENING);
      if (m == null) return BlockStart.none();
      String marker = m.group(1);
      String title = m.group(3) == null ? null : EmojiShortcodes.replace(m.group(3));
      Admonition a = new Admonition(m.group(2), title, marker.startsWith("?"), marker.equals("???+"), false);
      return BlockStart.of(new AdmonitionParser(a)).atIndex(state.getLine().getContent().length());
    }
  }
}
