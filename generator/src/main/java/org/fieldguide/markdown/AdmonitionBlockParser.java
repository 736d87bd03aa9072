package org.fieldguide.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;

/**
 * What every form of admonition parses into: an {@link Admonition} that holds any Markdown. The
 * forms differ only in where a box ends ({@link #tryContinue}): at the first line indented less
 * ({@link AdmonitionParser}), or at a line of colons ({@link FencedAdmonitionParser}).
 */
abstract class AdmonitionBlockParser extends AbstractBlockParser {
  private final Admonition block;

  AdmonitionBlockParser(Admonition block) {
    this.block = block;
  }

  @Override
  public final Block getBlock() {
    return block;
  }

  @Override
  public final boolean isContainer() {
    return true;
  }

  @Override
  public final boolean canContain(Block childBlock) {
    return true;
  }
}
