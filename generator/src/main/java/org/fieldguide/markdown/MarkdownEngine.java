package org.fieldguide.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.LineIndex;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.highlight.Highlighter;
import org.fieldguide.html.FragmentSanitizer;

/**
 * Markdown to HTML: CommonMark 0.31.2 with GitHub's tables, task lists, strikethrough and
 * autolinks (www. included), footnotes, admonitions and attribute lists, via commonmark-java.
 *
 * <p>The parser and renderer are built once and shared by all threads: commonmark-java keeps no
 * state in them, and everything about one page travels on its own {@code Document}.
 */
public final class MarkdownEngine {
  /** Shared by the parser and the renderer; no extension keeps state. */
  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(), StrikethroughExtension.create(), new QuickAutolinks(), TaskListItemsExtension.create(),
          FootnotesExtension.create());

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final FragmentSanitizer sanitizer = new FragmentSanitizer();
  private final Limits limits;
  private final Highlighter highlighter = new Highlighter();

  public MarkdownEngine() {
    this(Limits.DEFAULT);
  }

  public MarkdownEngine(Limits limits) {
    this.limits = limits;
    this.parser = parser(new PlainInlines());
    this.renderer =
        HtmlRenderer.builder()
            // Ours first: for a node type, the first renderer registered wins.
            .nodeRendererFactory(BodyHtmlRenderer::new)
            .nodeRendererFactory(context -> new CodeBlockRenderer(context, highlighter))
            .attributeProviderFactory(context -> new FootnoteBackLabel())
            .extensions(EXTENSIONS)
            // URLs are placeholders here; they are encoded when they are filled in.
            .percentEncodeUrls(false)
            .build();
  }

  /** The parser of page bodies, with {@code inlines} parsing the inline content of each block (tests compare two). */
  static Parser parser(InlineParserFactory inlines) {
    return Parser.builder()
        .extensions(EXTENSIONS)
        .customBlockParserFactory(new AdmonitionParser.Factory())
        .customBlockParserFactory(new FencedAdmonitionParser.Factory())
        .customBlockParserFactory(new DefinitionListParser.Factory())
        .postProcessor(DefinitionListParser::merge)
        .inlineParserFactory(inlines)
        .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
        .maxOpenBlockParsers(BodyWalker.MAX_NESTING)
        .maxInlineNesting(BodyWalker.MAX_NESTING)
        .build();
  }

  /** Renders one page body and collects its facts; problems are in the result's diagnostics. */
  public RenderedBody render(BodyInput input) {
    return render(input, true);
  }

  /**
   * The facts of one page body and its problems, as {@link #render} finds them, without its HTML
   * or its plain text (the result's {@code html} and {@code text} are empty): for a run that shows
   * no page and makes no search index, such as a check, where writing the HTML and highlighting its
   * code would be a third of the work.
   */
  public RenderedBody facts(BodyInput input) {
    return render(input, false);
  }

  private RenderedBody render(BodyInput input, boolean html) {
    String body = input.body();
    Diagnostic marks = null;
    int mark = Placeholders.firstMark(body);
    if (mark >= 0) {
      // Reported where the first one stands, as a writer has to find an invisible character.
      LineIndex lines = new LineIndex(body);
      SourcePos at = new SourcePos(input.file(), input.bodyLine() + lines.line(mark) - 1, lines.column(mark));
      body = body.replace(Placeholders.OPEN, '\uFFFD').replace(Placeholders.CLOSE, '\uFFFD');
      input = new BodyInput(body, input.file(), input.bodyLine(), input.labels(), input.rawHtml(), input.altTextRequired());
      marks =
          Diagnostic.warning(
              at,
              "the page contains the control characters U+0000 or U+0003 (null or end of text), which fieldguide reserves; they are shown as \uFFFD. Remove them.");
    }
    Diagnostic tooBig = tooBig(body, input);
    if (tooBig != null) return new RenderedBody("", List.of(), List.of(), List.of(), List.of(), List.of(tooBig), "", List.of(), 0);
    Document document = (Document) parser.parse(body);
    BodyWalker walker = new BodyWalker(input, sanitizer, html);
    walker.walk(document);
    // The walk finds every fact and problem; rendering only writes the HTML of what it found.
    RenderedBody result = html ? walker.result(renderer.render(document)) : walker.facts();
    if (marks == null) return result;
    List<Diagnostic> all = new ArrayList<>(result.diagnostics());
    all.add(0, marks);
    return new RenderedBody(result.html(), result.headings(), result.ids(), result.links(), result.checklist(), List.copyOf(all), result.text(), result.codeTerms(), result.diagrams());
  }

  /**
   * The first limit the body exceeds, as an error at its line; null when it is within all of them.
   * One linear scan, so a hostile page costs no more than reading it.
   */
  private Diagnostic tooBig(String body, BodyInput input) {
    // A body no longer than the smaller limit exceeds neither (a line, or a paragraph's markers,
    // cannot outnumber the body's characters): real pages are a few kilobytes, and the scan below
    // was 2 % of a check's CPU time.
    if (body.length() <= Math.min(limits.lineChars(), limits.inlineMarkers())) return null;
    // Over an array: String.charAt is a call per character under the client compiler the
    // launcher runs, and every character of every page passes here (a twentieth of indexing).
    char[] chars = body.toCharArray();
    int n = chars.length;
    int line = 0;
    int lineStart = 0;
    int markers = 0;
    int paragraphLine = 0;
    boolean blank = true;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? chars[i] : '\n';
      if (c == '\n') {
        if (i - lineStart > limits.lineChars()) {
          return Diagnostic.error(
              new SourcePos(input.file(), input.bodyLine() + line, 1),
              "this line is " + (i - lineStart) + " characters long, more than the " + limits.lineChars()
                  + " a page may have (limits.line_chars in site.yaml). Break it into shorter lines.");
        }
        if (blank) {
          markers = 0;
          paragraphLine = line + 1;
        }
        line++;
        lineStart = i + 1;
        blank = true;
        continue;
      }
      if (c != ' ' && c != '\t') blank = false;
      if (c == '[' || c == ']' || c == '!' || c == '*' || c == '_' || c == '`' || c == '<') {
        if (++markers > limits.inlineMarkers()) {
          return Diagnostic.error(
              new SourcePos(input.file(), input.bodyLine() + paragraphLine, 1),
              "this paragraph has more than " + limits.inlineMarkers() + " link, emphasis or code markers ([ ] ! * _ ` <),"
                  + " more than a page may have (limits.inline_markers in site.yaml). Split it into paragraphs or put it in a code block.");
        }
      }
    }
    return null;
  }
}
