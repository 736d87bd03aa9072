package org.fieldguide.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.LineIndex;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.model.LinkRef;

/**
 * Stage 4: Markdown (CommonMark + GFM and our extensions) to HTML.
 *
 * <p>One parser and one renderer are built here and shared by all threads: flexmark keeps no
 * state in them after building, and every per-page value travels on the page's {@code Document}.
 */
public final class MarkdownRenderer {
  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(),
            TaskListExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            AdmonitionExtension.create(),
            FootnoteExtension.create(),
            AttributesExtension.create(),
            FieldguideExtension.create()));
    options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    options.set(HtmlRenderer.RENDER_HEADER_ID, true);
    options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
    options.set(HtmlRenderer.FENCED_CODE_NO_LANGUAGE_CLASS, "");
    // GFM tables: header row required, column counts may differ as on GitHub.
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    // Explicit {#id} belongs on the heading, not on a generated anchor.
    options.set(AttributesExtension.ASSIGN_TEXT_ATTRIBUTES, false);
    options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
    // An explicit (empty) icon map: flexmark's default reads its SVG files for every document.
    options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
    this.parser = Parser.builder(options).build();
    // The admonition extension parses only: its HTML renderer would add an SVG icon sprite to
    // every page, and ours draws admonitions with CSS.
    MutableDataSet rendering = new MutableDataSet(options);
    rendering.set(
        Parser.EXTENSIONS,
        Parser.EXTENSIONS.get(options).stream().filter(e -> !(e instanceof AdmonitionExtension)).toList());
    this.renderer = HtmlRenderer.builder(rendering).build();
  }

  /** Renders one page; problems in the Markdown go to {@code diagnostics}. */
  public RenderedMarkdown render(RenderRequest request, Diagnostics diagnostics) {
    Document document = parser.parse(request.body());
    LineIndex lines = new LineIndex(request.body());
    List<LinkRef> links = new ArrayList<>();
    List<String> hrefs = new ArrayList<>();
    List<RawHtml> raw = new ArrayList<>();
    Map<String, String> rewritten = new HashMap<>();
    Map<String, String> rawRewrites = new HashMap<>();
    int checklistItems = 0;
    boolean unsafe = false;

    for (Node node : document.getDescendants()) {
      LinkRef link = linkOf(node, request, lines);
      if (link != null) {
        links.add(link);
        if (!UrlPolicy.isSafe(link.url())) {
          unsafe = true;
          rewritten.put(link.url(), "#");
          hrefs.add("#");
          diagnostics.warning(
              link.pos(),
              "removed a " + UrlPolicy.scheme(link.url()) + ": link, which could run code in a reader's browser."
                  + " Link to an http(s) address or a page instead.");
        } else {
          String url = request.links().rewrite(link);
          hrefs.add(url);
          if (!url.equals(link.url())) rewritten.put(link.url(), url);
        }
      } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
        SourcePos at = pos(node, request, lines);
        raw.add(new RawHtml(node.getChars().toString(), at));
        // Unsafe schemes in raw HTML are the sanitiser's to remove and report.
        for (LinkRef l : RawHtmlLinks.find(node.getChars().toString(), at)) {
          links.add(l);
          String url = request.links().rewrite(l);
          hrefs.add(url);
          if (!url.equals(l.url())) rawRewrites.put(l.url(), url);
        }
      } else if (node instanceof TaskListItem) {
        checklistItems++;
      } else if (node instanceof AdmonitionBlock a && !AdmonitionKinds.isKnown(a.getInfo().toString())) {
        diagnostics.warning(
            pos(node, request, lines),
            "unknown admonition '" + a.getInfo() + "', shown as a note. Use one of "
                + String.join(", ", AdmonitionKinds.KINDS) + ".");
      }
    }
    document.set(DocumentKeys.REWRITTEN_URLS, rewritten);
    document.set(DocumentKeys.CHECKLIST_SCOPE, request.checklistScope());
    document.set(DocumentKeys.ADMONITION_TITLES, request.admonitionTitles());
    String html = renderer.render(document);
    return new RenderedMarkdown(html, List.copyOf(links), List.copyOf(hrefs), List.copyOf(raw), Map.copyOf(rawRewrites), checklistItems, unsafe);
  }

  private static LinkRef linkOf(Node node, RenderRequest request, LineIndex lines) {
    if (node instanceof Image i) {
      return new LinkRef(LinkRef.Kind.IMAGE, i.getUrl().unescape(), i.getText().toString(), pos(node, request, lines));
    } else if (node instanceof Link l) {
      return new LinkRef(LinkRef.Kind.LINK, l.getUrl().unescape(), l.getText().toString(), pos(node, request, lines));
    } else if (node instanceof Reference r) {
      return new LinkRef(LinkRef.Kind.REFERENCE, r.getUrl().unescape(), r.getReference().toString(), pos(node, request, lines));
    } else if (node instanceof AutoLink a) {
      return new LinkRef(LinkRef.Kind.AUTOLINK, a.getText().toString(), a.getText().toString(), pos(node, request, lines));
    }
    return null;
  }

  private static SourcePos pos(Node node, RenderRequest request, LineIndex lines) {
    int offset = node.getStartOffset();
    return new SourcePos(request.file(), request.bodyLine() - 1 + lines.line(offset), lines.column(offset));
  }
}
