package org.fieldguide.markdown;

import java.util.EnumSet;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.autolink.internal.AutolinkPostProcessor;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * GFM's extended autolinks ({@code www.example.org}, {@code https://…} and addresses in plain
 * text), made by the commonmark autolink extension's own post-processor, as {@code
 * AutolinkExtension.create()} registers it, but run only on a document with a text that could
 * hold one. That processor reads every character of every text through its link scanners: under
 * the client compiler the launcher runs, 472 of 19,021 CPU samples of a 10,000 x 3 check, whose
 * pages have no such link. Each of its scanners needs {@code ://} (a URL), {@code @} (an address)
 * or {@code www.} (a web address) in one text, which {@link String#indexOf} finds quickly.
 *
 * <p>The processor's class is in the extension's internal package (public, and the one the
 * extension itself registers); an upgrade that moves it fails to compile, never silently.
 */
final class QuickAutolinks implements Parser.ParserExtension {
  private final PostProcessor autolinks = new AutolinkPostProcessor(EnumSet.allOf(AutolinkType.class));

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessor(document -> mayHoldLinks(document) ? autolinks.process(document) : document);
  }

  private static boolean mayHoldLinks(Node document) {
    Finder finder = new Finder();
    document.accept(finder);
    return finder.found;
  }

  private static final class Finder extends AbstractVisitor {
    boolean found;

    @Override
    public void visit(Text text) {
      if (!found && mayHoldLink(text.getLiteral())) found = true;
    }
  }

  /** Whether any of the processor's scanners could match in {@code s} (true more often than they do, never less). */
  static boolean mayHoldLink(String s) {
    if (s.indexOf('@') >= 0 || s.indexOf("://") >= 0) return true;
    for (int dot = s.indexOf('.'); dot >= 0; dot = s.indexOf('.', dot + 1)) {
      if (dot >= 3 && isW(s.charAt(dot - 1)) && isW(s.charAt(dot - 2)) && isW(s.charAt(dot - 3))) return true;
    }
    return false;
  }

  private static boolean isW(char c) {
    return c == 'w' || c == 'W';
  }
}
