package org.fieldguide.markdown;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.delimiter.DelimiterProcessor;

/**
 * commonmark-java's inline parser, with a shortcut for the inline content most lines of real pages
 * hold: plain text, simple inline links ({@code [text](destination)}), code spans that close on
 * their line, and empty task-list boxes, with none of the other characters the parser gives a
 * meaning to (emphasis, escapes, entities, images, HTML, autolinks, an extension's). For such
 * content it makes what that parser makes (texts, line breaks, links, code, with the same source
 * positions) without running it; anything else goes to the parser. Three quarters of the inline
 * text of real pages is such content, and the parser, setting itself up for every block and
 * looking at every character through its scanner, was the largest part of a {@code check}: 13 %
 * of its CPU samples at 10,000 pages × 3 for plain text alone, under the client compiler the
 * launcher runs.
 *
 * <p>{@code PlainInlinesTest} holds the shortcut to the parser, node for node with source
 * positions, and the set of characters to the parser's own (read from it), so that an upgrade of
 * commonmark-java that gives another character a meaning fails a test instead of changing pages.
 * {@link InlineParserImpl} is in the library's internal package (public, and what {@code Parser}
 * itself uses when given no factory): an upgrade that moves it fails to compile, never silently.
 */
final class PlainInlines implements InlineParserFactory {
  /**
   * The characters the core parser gives a meaning to whatever the extensions: line ends, links
   * and images, emphasis, escapes, code, entities, autolinks and HTML. NUL too: the parser's
   * scanner reads it as the end of the text.
   */
  static final String CORE = "\n[]!*_\\`&<\0";

  /**
   * What {@link #special} gives for the parser this factory is given to (one factory per {@code
   * Parser}): the same for every document it parses, those of its extensions, so worked out
   * once. Racing threads work out the same array.
   */
  private volatile boolean[] characters;

  @Override
  public InlineParser create(InlineParserContext context) {
    boolean[] s = characters;
    if (s == null) characters = s = special(context);
    // The library's parser is made only for a document that needs it: making one (per document,
    // as Parser does) works out its characters and parsers again.
    return new Shortcut(() -> new InlineParserImpl(context), s);
  }

  /** Which characters (by code) the parser made for {@code context} gives a meaning to; none above the array's end. */
  static boolean[] special(InlineParserContext context) {
    StringBuilder chars = new StringBuilder(CORE);
    for (char c : context.getCustomLinkMarkers()) chars.append(c);
    for (DelimiterProcessor d : context.getCustomDelimiterProcessors()) chars.append(d.getOpeningCharacter()).append(d.getClosingCharacter());
    for (InlineContentParserFactory f : context.getCustomInlineContentParserFactories()) for (char c : f.getTriggerCharacters()) chars.append(c);
    int max = 0;
    for (int i = 0; i < chars.length(); i++) max = Math.max(max, chars.charAt(i));
    boolean[] special = new boolean[max + 1];
    for (int i = 0; i < chars.length(); i++) special[chars.charAt(i)] = true;
    return special;
  }

  /** One per document being parsed, as the parser it wraps: not thread-safe. */
  static final class Shortcut implements InlineParser {
    private static final int[] NONE = new int[0];
    private final Supplier<InlineParser> makeParser;
    private InlineParser parser;
    private final boolean[] special;
    /** A line's characters, copied out: charAt per character is a call under the client compiler. */
    private char[] chars = new char[256];

    /** @param makeParser makes the parser of what the shortcut does not take ({@code special}: the parser's characters, by code), once, when first needed */
    Shortcut(Supplier<InlineParser> makeParser, boolean[] special) {
      this.makeParser = makeParser;
      this.special = special;
    }

    @Override
    public void parse(SourceLines lines, Node block) {
      List<SourceLine> all = lines.getLines();
      String[] texts = new String[all.size()];
      int[][] items = new int[texts.length][];
      for (int i = 0; i < texts.length; i++) {
        String text = all.get(i).getContent().toString();
        int[] found = items(text);
        if (found == null) {
          if (parser == null) parser = makeParser.get();
          parser.parse(lines, block);
          return;
        }
        texts[i] = text;
        items[i] = found;
      }
      int last = texts.length - 1;
      for (int i = 0; i <= last; i++) {
        String content = texts[i];
        SourceSpan span = all.get(i).getSourceSpan();
        int[] item = items[i];
        int from = 0;
        for (int k = 0; k < item.length; k += 4) {
          int start = item[k + 1];
          int mid = item[k + 2];
          int end = item[k + 3];
          // The text before a link or a code span ends at its first character, not at the line's
          // end: nothing is trimmed.
          if (start > from) block.appendChild(text(content, from, start, start, span));
          Node node;
          if (item[k] == LINK) {
            node = new Link(content.substring(mid + 2, end), null);
            node.appendChild(text(content, start + 1, mid, mid, span));
            from = end + 1;
          } else {
            node = new Code(code(content.substring(start + mid, end)));
            from = end + mid;
          }
          if (span != null) node.addSourceSpan(span.subSpan(start, from));
          block.appendChild(node);
        }
        // As the parser's text rule: spaces at the end of a line are not text (two or more make
        // the break after it a hard one); at the end of the last line, tabs are not either.
        int n = content.length();
        int stop = n;
        if (from < n) {
          while (stop > from && (content.charAt(stop - 1) == ' ' || i == last && content.charAt(stop - 1) == '\t')) stop--;
          block.appendChild(text(content, from, stop, n, span));
        }
        if (i < last) block.appendChild(n - stop >= 2 ? new HardLineBreak() : new SoftLineBreak());
      }
    }

    /** The text {@code content[from, to)}, its source the characters {@code [from, source)} of the line (what the parser read for it). */
    private static Text text(String content, int from, int to, int source, SourceSpan span) {
      Text text = new Text(content.substring(from, to));
      if (span != null) text.addSourceSpan(span.subSpan(from, source));
      return text;
    }

    /**
     * A code span's text, as the parser's rule makes it: one space is taken from each end when
     * both ends are spaces and something else is between them.
     */
    private static String code(String content) {
      int n = content.length();
      if (n >= 3 && content.charAt(0) == ' ' && content.charAt(n - 1) == ' ') {
        // Something else: any character but a space (a tab too, as the parser counts).
        for (int i = 1; i < n - 1; i++) {
          if (content.charAt(i) != ' ') return content.substring(1, n - 1);
        }
      }
      return content;
    }

    private static final int LINK = 0;
    private static final int CODE = 1;

    /**
     * Where the inline links and code spans of {@code text} are, when it holds nothing else that
     * the parser gives a meaning to but empty task-list boxes; null when it does. Each is four
     * numbers: {@link #LINK} and its opening bracket, closing bracket and closing parenthesis, or
     * {@link #CODE} and its first backtick, the number of backticks around it and its closing run.
     *
     * <p>A link here is the simplest kind: {@code [text](destination)}, its text without any
     * special character or a leading {@code ^} (a footnote's), its destination without spaces,
     * control characters, parentheses or any of the special characters (so nothing to unescape),
     * and with no title. A code span is one that closes on its line (the parser's first run of as
     * many backticks), whatever it holds: code binds before everything but the HTML and autolinks
     * that a {@code <} before it would start. Anything else is the parser's.
     */
    private int[] items(String text) {
      int n = text.length();
      if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
      char[] c = chars;
      text.getChars(0, n, c, 0);
      boolean[] s = special;
      int[] found = NONE;
      int count = 0;
      for (int i = 0; i < n; i++) {
        char ch = c[i];
        if (ch >= s.length || !s[ch]) continue;
        int kind;
        int mid;
        int end;
        if (ch == '`') {
          int ticks = 1;
          while (i + ticks < n && c[i + ticks] == '`') ticks++;
          end = -1;
          for (int j = i + ticks; j < n; ) {
            if (c[j] != '`') {
              j++;
              continue;
            }
            int run = 1;
            while (j + run < n && c[j + run] == '`') run++;
            if (run == ticks) {
              end = j;
              break;
            }
            j += run;
          }
          if (end < 0) return null;
          kind = CODE;
          mid = ticks;
        } else if (ch == '[') {
          // An empty task-list box, "[ ]": a link's label needs more than white space, and what
          // follows is neither a destination nor a label, so the parser leaves its three
          // characters as text, merged with the text around them (checklists are a fifth of
          // runbooks' text).
          if (i + 2 < n && c[i + 1] == ' ' && c[i + 2] == ']' && (i + 3 == n || c[i + 3] != '(' && c[i + 3] != '[')) {
            i += 2;
            continue;
          }
          int close = i + 1;
          while (close < n && (c[close] >= s.length || !s[c[close]])) close++;
          if (close == i + 1 || close + 1 >= n || c[close] != ']' || c[close + 1] != '(' || c[i + 1] == '^') return null;
          end = close + 2;
          while (end < n && destination(c[end], s)) end++;
          if (end == close + 2 || end == n || c[end] != ')') return null;
          kind = LINK;
          mid = close;
        } else {
          return null;
        }
        if (count + 4 > found.length) found = Arrays.copyOf(found, Math.max(8, found.length * 2));
        found[count++] = kind;
        found[count++] = i;
        found[count++] = mid;
        found[count++] = end;
        i = kind == LINK ? end : end + mid - 1;
      }
      return count == found.length ? found : Arrays.copyOf(found, count);
    }

    /** Whether {@code ch} may be in a destination this shortcut takes (see {@link #items}). */
    private static boolean destination(char ch, boolean[] special) {
      return ch > ' ' && !Character.isISOControl(ch) && ch != '(' && ch != ')' && (ch >= special.length || !special[ch]);
    }
  }
}
