package org.fieldguide.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A call-out box written {@code !!! warning "Title"} (or {@code ???} / {@code ???+} for a
 * collapsible one, closed or open), with its body indented by four spaces, as in MkDocs.
 *
 * @see AdmonitionParser
 */
final class Admonition extends CustomBlock {
  private final String kind;
  private final String title;
  private final boolean collapsible;
  private final boolean open;

  /** @param title the title as written, or null when none was given (the kind's default is shown) */
  Admonition(String kind, String title, boolean collapsible, boolean open) {
    this.kind = kind;
    this.title = title;
    this.collapsible = collapsible;
    this.open = open;
  }

  String kind() {
    return kind;
  }

  String title() {
    return title;
  }

  boolean collapsible() {
    return collapsible;
  }

  boolean open() {
    return open;
  }
}
