package org.fieldguide.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.block.ParserState;

/**
 * What every form of admonition parses into: an {@link Admonition} that holds any Markdown. The
 * forms differ only in where a box ends ({@link #tryContinue}): at the first line indented less
 * ({@link AdmonitionParser}), or at a line of colons ({@link FencedAdmonitionParser}).
 */
abstract class AdmonitionBlockParser extends ContainerBlockParser {
  AdmonitionBlockParser(Admonition block) {
    super(block);
  }

  /**
   * The opening line matched by {@code opening} from its first non-blank, or null when it cannot
   * open a box: indented code, or not starting with three of one of {@code markers}. The plain
   * prefix test comes first: most lines are not boxes, and a pattern per line is what made
   * flexmark's admonition extension the costliest of all.
   */
  static Matcher opening(ParserState state, String markers, Pattern opening) {
    if (state.getIndent() >= 4) return null;
    CharSequence line = state.getLine().getContent();
    int i = state.getNextNonSpaceIndex();
    if (line.length() < i + 4) return null;
    char c = line.charAt(i);
    if (markers.indexOf(c) < 0 || line.charAt(i + 1) != c || line.charAt(i + 2) != c) return null;
    Matcher m = opening.matcher(line.subSequence(i, line.length()));
    return m.matches() ? m : null;
  }

  @Override
  public final boolean canContain(Block childBlock) {
    return true;
  }
}
