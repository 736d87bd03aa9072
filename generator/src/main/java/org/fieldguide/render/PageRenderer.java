package org.fieldguide.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.LinkTarget;
import org.fieldguide.frontmatter.ParsedPage;
import org.fieldguide.html.HtmlPostProcessor;
import org.fieldguide.html.ProcessedHtml;
import org.fieldguide.html.RawHtmlInspector;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.link.InternalLinks;
import org.fieldguide.markdown.AdmonitionKinds;
import org.fieldguide.markdown.MarkdownRenderer;
import org.fieldguide.markdown.RawHtml;
import org.fieldguide.markdown.RenderRequest;
import org.fieldguide.markdown.RenderedMarkdown;
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

  public RenderedPage render(Page page, Diagnostics diagnostics) {
    Optional<ParsedPage> content = page.content();
    if (content.isEmpty()) {
      return new RenderedPage(page, "", java.util.Set.of(), List.of(), List.of(), 0);
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

    boolean sanitise = !config.allowRawHtml() && (md.unsafeUrls() || !md.rawHtml().isEmpty());
    if (!config.allowRawHtml()) reportRemovals(md.rawHtml(), diagnostics);
    ProcessedHtml html = postProcessor.process(md.html(), sanitise, strings.format(page.language(), "anchor_label"));

    List<PageLink> prerequisites = new ArrayList<>();
    for (LinkTarget t : source.meta().linkedPages()) {
      links.resolvePage(page, t.target(), t.pos()).ifPresent(prerequisites::add);
    }
    return new RenderedPage(page, html.html(), html.ids(), html.toc(), List.copyOf(prerequisites), md.checklistItems());
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
