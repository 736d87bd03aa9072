package org.fieldguide.markdown;

import org.commonmark.node.CustomBlock;

/**
 * A call-out box written {@code !!! warning "Title"} (or {@code ???} / {@code ???+} for a
 * collapsible one, closed or open), with its body indented by four spaces, as in MkDocs; or a
 * quote that starts with {@code [!WARNING]}, as GitHub writes its alerts ({@link QuoteCallouts}).
 *
 * @see AdmonitionParser
 */
final class Admonition extends CustomBlock {
  private final String kind;
  private final String title;
  private final boolean collapsible;
  private final boolean open;
  private final boolean quote;

  /**
   * @param title the title as written, or null when none was given (the kind's default is shown)
   * @param quote whether it was written as a quote ({@code > [!NOTE]}): a mistake in its kind is
   *     then explained in that form
   */
  Admonition(String kind, String title, boolean collapsible, boolean open, boolean quote) {
    this.kind = kind;
    this.title = title;
    this.collapsible = collapsible;
    this.open = open;
    this.quote = quote;
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

  boolean quote() {
    return quote;
  }
}
