package org.fieldguide.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@link Admonition} blocks fenced by colons, as Docusaurus, VitePress and Starlight write
 * them: a line {@code :::tip}, {@code :::tip[Title]} or {@code ::: tip Title} opens a box, a line
 * of as many colons or more closes it, and the Markdown between is not indented. A box holding
 * another is written with more colons than the one inside. VitePress's {@code details} is a
 * collapsible note. Writers coming from those tools type this form first; it was shown as text.
 */
final class FencedAdmonitionParser extends AdmonitionBlockParser {
  private static final Pattern OPENING = Pattern.compile("(:{3,})[ \\t]*([A-Za-z][\\w-]*)(?:\\[(.*)\\])?(?:[ \\t]+(\\S.*?))?[ \\t]*");

  private final int colons;

  private FencedAdmonitionParser(Admonition block, int colons) {
    super(block);
    this.colons = colons;
  }

  @Override
  public BlockContinue tryContinue(ParserState state) {
    if (state.getIndent() < 4 && closes(state.getLine().getContent(), state.getNextNonSpaceIndex())) return BlockContinue.finished();
    return BlockContinue.atIndex(state.getIndex());
  }

  /** Whether the line from {@code i} is {@link #colons} colons or more and nothing else. */
  private boolean closes(CharSequence line, int i) {
    int n = 0;
    while (i + n < line.length() && line.charAt(i + n) == ':') n++;
    if (n < colons) return false;
    for (int k = i + n; k < line.length(); k++) if (line.charAt(k) != ' ' && line.charAt(k) != '\t') return false;
    return true;
  }

  static final class Factory extends AbstractBlockParserFactory {
    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
      Matcher m = opening(state, ":", OPENING);
      if (m == null) return BlockStart.none();
      String written = m.group(3) != null ? m.group(3) : m.group(4);
      String title = written == null || written.isBlank() ? null : EmojiShortcodes.replace(written.strip());
      boolean details = m.group(2).equalsIgnoreCase("details");
      Admonition a = new Admonition(details ? "note" : m.group(2), title, details, false, false);
      return BlockStart.of(new FencedAdmonitionParser(a, m.group(1).length())).atIndex(state.getLine().getContent().length());
    }
  }
}
