package org.fieldguide.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text of a node as a reader sees it: text and code, line breaks as spaces, no markup. */
final class PlainText extends AbstractVisitor {
  private final StringBuilder sb = new StringBuilder();

  private PlainText() {}

  static String of(Node node) {
    PlainText v = new PlainText();
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) c.accept(v);
    return v.sb.toString();
  }

  @Override
  public void visit(Text text) {
    sb.append(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    sb.append(code.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    sb.append(' ');
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    sb.append(' ');
  }

  @Override
  public void visit(HtmlInline htmlInline) {
    // Markup is not text.
  }
}
