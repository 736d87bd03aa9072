package org.fieldguide.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A definition list, as PHP Markdown Extra, Python-Markdown's def_list, kramdown and Pandoc write
 * it: one or more term lines, then each definition on a line starting with a colon and a space,
 * its further lines indented by four spaces. Its children are {@link Term}s and {@link
 * Description}s, in the order written.
 *
 * @see DefinitionListParser
 */
final class DefinitionList extends CustomBlock {
  /** A term: one line of inline content. */
  static final class Term extends CustomBlock {}

  /** A definition: blocks, like a list item's. */
  static final class Description extends CustomBlock {}
}
