package org.fieldguide.markdown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Block quotes that open with a type in brackets, GitHub's alerts ({@code > [!WARNING]}) and
 * Obsidian's callouts ({@code > [!tip]- Title}, {@code -} folded, {@code +} foldable and open),
 * made into {@link Admonition}s. Writers review pages on a code-hosting site, where this is the
 * call-out syntax that renders; left as quotes, a runbook's warning showed its marker as text.
 *
 * <p>The marker is the first line of the quote's first paragraph, alone or followed by a title
 * (GitHub shows none; Obsidian and most renderers take it). A marker written with a backslash
 * ({@code \[!NOTE]}) stays text, as an escape asks. The quote's nesting does not matter: a
 * call-out inside a list item, a step of a runbook, is one too.
 */
final class QuoteCallouts {
  private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z][A-Za-z0-9_-]*)\\]([+-]?)(?:[ \\t]+(.*))?");

  private QuoteCallouts() {}

  /**
   * The admonition {@code quote} stands for, put in its place with the quote's content (less
   * the marker line); null, and nothing changed, when the quote does not open with a marker.
   *
   * @param body the Markdown the quote was parsed from, to tell an escaped bracket from a marker
   */
  static Admonition replace(BlockQuote quote, String body) {
    if (!(quote.getFirstChild() instanceof Paragraph first) || !(first.getFirstChild() instanceof Text opening)) return null;
    String literal = opening.getLiteral();
    if (!literal.startsWith("[!") || !written(opening, body)) return null;
    Matcher m = MARKER.matcher(literal.stripTrailing());
    if (!m.matches()) return null;
    Node after = opening.getNext();
    boolean lineEnds = after == null || after instanceof SoftLineBreak || after instanceof HardLineBreak;
    // "[!NOTE]*x*": a marker runs up to a space or the line's end, as on GitHub.
    if (!lineEnds && m.group(3) == null && literal.equals(literal.stripTrailing())) return null;

    // The rest of the marker line is the title, as a reader sees it (markup is not kept in it).
    StringBuilder title = new StringBuilder(literal.substring(m.end(2)));
    Node n = after;
    while (n != null && !(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak)) {
      Node next = n.getNext();
      title.append(n instanceof Code c ? c.getLiteral() : n instanceof Text t ? t.getLiteral() : PlainText.of(n));
      n.unlink();
      n = next;
    }
    if (n != null) n.unlink();
    opening.unlink();
    if (first.getFirstChild() == null) first.unlink();

    String fold = m.group(2);
    String shown = EmojiShortcodes.replace(title.toString().strip());
    Admonition callout = new Admonition(m.group(1).toLowerCase(Locale.ROOT), shown.isEmpty() ? null : shown, !fold.isEmpty(), fold.equals("+"), true);
    callout.setSourceSpans(quote.getSourceSpans());
    for (Node child = quote.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      callout.appendChild(child);
      child = next;
    }
    quote.insertBefore(callout);
    quote.unlink();
    return callout;
  }

  /** Whether the text's first bracket stands in the source as typed, not escaped. */
  private static boolean written(Text text, String body) {
    List<SourceSpan> spans = text.getSourceSpans();
    if (spans.isEmpty()) return true;
    int at = spans.get(0).getInputIndex();
    return at < 0 || at >= body.length() || body.charAt(at) == '[';
  }
}
