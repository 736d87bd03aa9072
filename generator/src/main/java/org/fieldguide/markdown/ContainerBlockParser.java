package org.fieldguide.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;

/** A parser of one of fieldguide's container blocks (a box, a definition list or one of its definitions): its node, holding blocks. */
abstract class ContainerBlockParser extends AbstractBlockParser {
  private final Block block;

  ContainerBlockParser(Block block) {
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
}
