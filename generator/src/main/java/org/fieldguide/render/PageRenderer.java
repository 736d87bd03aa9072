package org.fieldguide.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.LineIndex;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.LinkTarget;
import org.fieldguide.frontmatter.ParsedPage;
import org.fieldguide.html.HtmlPostProcessor;
import org.fieldguide.html.ProcessedHtml;
import org.fieldguide.html.RawHtmlInspector;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.link.InternalLinks;
import org.fieldguide.markdown.AdmonitionKinds;
import org.fieldguide.markdown.LinkRewriter;
import org.fieldguide.markdown.MarkdownRenderer;
import org.fieldguide.markdown.RawHtml;
import org.fieldguide.markdown.RenderRequest;
import org.fieldguide.markdown.RenderedMarkdown;
import org.fieldguide.model.LinkRef;
import org.fieldguide.model.Page;
import org.fieldguide.model.PageLink;
import org.fieldguide.model.RenderedPage;

/**
 * Stages 4 and 7 for one page: Markdown to HTML with links rewritten for the page's language,
 * raw HTML reported and sanitised, then ids and contents collected. Thread-safe.
 */
public final class PageRenderer {
  private final SiteConfig config;
  private final MarkdownRenderer markdown;
  private final HtmlPostProcessor postProcessor = new HtmlPostProcessor();
  private final RawHtmlInspector inspector = new RawHtmlInspector();
  private final InternalLinks links;
  private final UiStrings strings;

  public PageRenderer(SiteConfig config, MarkdownRenderer markdown, InternalLinks links, UiStrings strings) {
    this.config = config;
    this.markdown = markdown;
    this.links = links;
    this.strings = strings;
  }

  /** Renders a page from its Markdown. */
  public RenderedPage render(Page page, Diagnostics diagnostics) {
    Optional<ParsedPage> content = page.content();
    if (content.isEmpty()) {
      return new RenderedPage(page, "", Set.of(), List.of(), List.of(), 0, List.of(), List.of());
    }
    ParsedPage source = content.get();
    String contentLanguage = page.contentLanguage(config.defaultLanguage());
    RenderRequest request =
        new RenderRequest(
            source.body(),
            source.source().displayPath(),
            source.bodyLine(),
            page.key() + "@" + contentLanguage,
            admonitionTitles(contentLanguage),
            links.rewriterFor(page));
    RenderedMarkdown md = markdown.render(request, diagnostics);
    reportMissingAltText(source, md.links(), diagnostics);

    boolean sanitise = !config.allowRawHtml() && (md.unsafeUrls() || !md.rawHtml().isEmpty());
    if (!config.allowRawHtml()) reportRemovals(md.rawHtml(), diagnostics);
    // Labels follow the language of the text, so a fallback page's body equals its original's.
    ProcessedHtml html = postProcessor.process(md.html(), sanitise, strings.format(contentLanguage, "anchor_label"), md.rawLinkRewrites());
    reportDuplicateIds(source, html.duplicateIds(), diagnostics);
    return new RenderedPage(
        page, html.html(), html.ids(), html.toc(), prerequisites(page), md.checklistItems(), md.links(), md.hrefs());
  }

  /**
   * Renders a fallback page, which shows the text of {@code original} (the default-language
   * page) in another language's site. Every language's pages sit at the same depth, so the
   * relative links usually come out the same: then the original's HTML is reused instead of
   * parsing the Markdown again. Links that differ (a fragment dropped because the page reached
   * is a translation) make it render in full.
   */
  public RenderedPage renderFallback(Page page, RenderedPage original, Diagnostics diagnostics) {
    LinkRewriter rewriter = links.rewriterFor(page);
    List<LinkRef> written = original.links();
    for (int i = 0; i < written.size(); i++) {
      String href = original.hrefs().get(i);
      // "#" marks a removed unsafe link: the same in every language.
      if (!href.equals("#") && !rewriter.rewrite(written.get(i)).equals(href)) return render(page, diagnostics);
    }
    return new RenderedPage(
        page, original.bodyHtml(), original.ids(), original.toc(), prerequisites(page), original.checklistItems(),
        original.links(), original.hrefs());
  }

  private List<PageLink> prerequisites(Page page) {
    List<PageLink> out = new ArrayList<>();
    for (LinkTarget t : page.content().map(c -> c.meta().linkedPages()).orElse(List.of())) {
      links.resolvePage(page, t.target(), t.pos()).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * Images need alt text for readers who cannot see them (or whose connection drops them); a
   * hardware guide is mostly pictures, so there it is an error.
   */
  private static void reportMissingAltText(ParsedPage source, List<LinkRef> links, Diagnostics diagnostics) {
    boolean guide = source.meta().type() == ContentType.HARDWARE_GUIDE;
    for (LinkRef l : links) {
      if (l.kind() != LinkRef.Kind.IMAGE || !l.text().isBlank()) continue;
      String message = "image '" + l.url() + "' has no alt text. Describe what it shows: ![Front of the server with the power button](" + l.url() + ").";
      if (guide) diagnostics.error(l.pos(), message);
      else diagnostics.warning(l.pos(), message);
    }
  }

  /**
   * Two elements with one id make {@code #id} links ambiguous. Generated heading ids never
   * collide, so a duplicate comes from an explicit {@code {#id}} or raw HTML: report it where it
   * is written a second time.
   */
  private static void reportDuplicateIds(ParsedPage source, Set<String> duplicates, Diagnostics diagnostics) {
    for (String id : duplicates.stream().sorted().toList()) {
      String body = source.body();
      int first = firstOf(body, id, 0);
      int second = first < 0 ? -1 : firstOf(body, id, first + 1);
      SourcePos pos = SourcePos.file(source.source().displayPath());
      if (second >= 0) {
        LineIndex lines = new LineIndex(body);
        pos = new SourcePos(pos.file(), source.bodyLine() - 1 + lines.line(second), lines.column(second));
      }
      diagnostics.error(pos, "the id '" + id + "' is used twice in this page, so links to #" + id + " are ambiguous. Give each heading its own id.");
    }
  }

  private static int firstOf(String body, String id, int from) {
    int a = body.indexOf("{#" + id + "}", from);
    int b = body.indexOf("id=\"" + id + "\"", from);
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private void reportRemovals(List<RawHtml> raw, Diagnostics diagnostics) {
    for (RawHtml r : raw) {
      for (String removed : inspector.removals(r.html())) {
        diagnostics.warning(
            r.pos(),
            "removed " + removed + " from raw HTML: pages are sanitised because they come from many hands."
                + " Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted.");
      }
    }
  }

  private Map<String, String> admonitionTitles(String language) {
    Map<String, String> titles = new LinkedHashMap<>();
    for (String kind : AdmonitionKinds.KINDS) titles.put(kind, strings.format(language, "admonition_" + kind));
    return titles;
  }
}
