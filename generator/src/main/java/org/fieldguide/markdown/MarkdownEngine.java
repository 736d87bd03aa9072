package org.fieldguide.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Document;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.html.FragmentSanitizer;

/**
 * Markdown to HTML: CommonMark 0.31.2 with GitHub's tables, task lists, strikethrough and
 * autolinks (www. included), footnotes, admonitions and attribute lists, via commonmark-java.
 *
 * <p>The parser and renderer are built once and shared by all threads: commonmark-java keeps no
 * state in them, and everything about one page travels on its own {@code Document}.
 */
public final class MarkdownEngine {
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final FragmentSanitizer sanitizer = new FragmentSanitizer();

  public MarkdownEngine() {
    List<Extension> extensions =
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create(),
            FootnotesExtension.create());
    this.parser =
        Parser.builder()
            .extensions(extensions)
            .customBlockParserFactory(new AdmonitionParser.Factory())
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .maxOpenBlockParsers(BodyWalker.MAX_NESTING)
            .maxInlineNesting(BodyWalker.MAX_NESTING)
            .build();
    this.renderer =
        HtmlRenderer.builder()
            // Ours first: for a node type, the first renderer registered wins.
            .nodeRendererFactory(BodyHtmlRenderer::new)
            .extensions(extensions)
            // URLs are placeholders here; they are encoded when they are filled in.
            .percentEncodeUrls(false)
            .build();
  }

  /** Renders one page body and collects its facts; problems are in the result's diagnostics. */
  public RenderedBody render(BodyInput input) {
    String body = input.body();
    Diagnostic marks = null;
    if (Placeholders.containsMarks(body)) {
      body = body.replace(Placeholders.OPEN, '\uFFFD').replace(Placeholders.CLOSE, '\uFFFD');
      input = new BodyInput(body, input.file(), input.bodyLine(), input.labels(), input.rawHtml(), input.altTextRequired());
      marks =
          Diagnostic.warning(
              new SourcePos(input.file(), input.bodyLine(), 1),
              "the page contains the private-use characters U+E000 or U+E001, which fieldguide reserves; they are shown as \uFFFD. Remove them.");
    }
    Document document = (Document) parser.parse(body);
    BodyWalker walker = new BodyWalker(input, sanitizer);
    walker.walk(document);
    RenderedBody result = walker.result(renderer.render(document));
    if (marks == null) return result;
    List<Diagnostic> all = new java.util.ArrayList<>(result.diagnostics());
    all.add(0, marks);
    return new RenderedBody(result.html(), result.headings(), result.ids(), result.links(), result.checklist(), List.copyOf(all), result.text(), result.codeTerms());
  }
}
