package org.fieldguide.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.LinkTarget;
import org.fieldguide.index.BodyStore;
import org.fieldguide.index.PageFacts;
import org.fieldguide.link.LinkResolver;
import org.fieldguide.link.Resolution;
import org.fieldguide.markdown.Placeholders;
import org.fieldguide.markdown.LinkRef;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.PageViewFactory.PageContent;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.TemplateRenderer.TemplateFailure;
import org.fieldguide.theme.Views.LinkView;

/**
 * Emits one page: its body from the store with links, checklist ids and image sizes filled in
 * for this page's language, then the layout of its type. Nothing of the page is kept afterwards,
 * so memory does not grow with the site. Thread-safe.
 */
public final class PageEmitter {
  private final SiteTree tree;
  private final LinkResolver resolver;
  private final BodyStore bodies;
  private final PageViewFactory views;
  private final TemplateRenderer templates;
  private final ChecklistIdentity checklists;

  public PageEmitter(SiteTree tree, LinkResolver resolver, BodyStore bodies, PageViewFactory views, TemplateRenderer templates) {
    this.tree = tree;
    this.resolver = resolver;
    this.bodies = bodies;
    this.views = views;
    this.templates = templates;
    this.checklists = new ChecklistIdentity(tree);
  }

  /** Where a page is written in the output folder. */
  public static String outputPath(Page page) {
    return page.url() + "index.html";
  }

  /** The full HTML of the page, or empty after reporting a template failure. */
  public Optional<String> render(Page page, Diagnostics diagnostics) {
    List<String> candidates =
        switch (page.kind()) {
          case HOME -> List.of("home.ftlh", "section.ftlh");
          case SECTION -> List.of("section.ftlh");
          case PAGE -> List.of(page.type().id() + ".ftlh", "page.ftlh");
        };
    String template = templates.firstExisting(candidates).orElse(candidates.get(candidates.size() - 1));
    String file = page.sourceFile().orElse(page.url());
    try {
      return Optional.of(templates.render(template, views.root(page, content(page)), file));
    } catch (TemplateFailure e) {
      diagnostics.report(e.diagnostic());
      return Optional.empty();
    }
  }

  private PageContent content(Page page) {
    if (page.content().isEmpty()) return new PageContent("", List.of(), "");
    PageFacts facts = page.content().get();
    List<LinkRef> links = facts.links();
    List<String> hrefs = new ArrayList<>(links.size());
    List<String> sizes = new ArrayList<>(links.size());
    for (LinkRef link : links) {
      Resolution r = resolver.resolve(page, link.url());
      // Raw HTML is kept as written, apart from links that lead to the site's own pages and files.
      boolean ours = r instanceof Resolution.ToPage || r instanceof Resolution.ToAsset;
      hrefs.add(link.kind().isRawHtml() && !ours ? link.url() : r.href(link.url()));
      sizes.add(r instanceof Resolution.ToAsset a && a.asset().hasSize()
          ? " width=\"" + a.asset().width() + "\" height=\"" + a.asset().height() + "\""
          : "");
    }
    List<String> checkIds = checklists.ids(page);
    String body =
        Placeholders.fill(
            bodies.html(facts.body()),
            new Placeholders.Values() {
              @Override
              public String href(int index) {
                return hrefs.get(index);
              }

              @Override
              public String checklistId(int index) {
                return checkIds.get(index);
              }

              @Override
              public String imageSize(int index) {
                return sizes.get(index);
              }
            });
    List<LinkView> prerequisites = new ArrayList<>();
    for (LinkTarget t : facts.meta().linkedPages()) {
      if (resolver.resolve(page, t.target()) instanceof Resolution.ToPage p) {
        prerequisites.add(new LinkView(p.target().title(), p.href(t.target())));
      }
    }
    return new PageContent(body, List.copyOf(prerequisites), facts.digest().substring(0, 12));
  }

  SiteTree tree() {
    return tree;
  }
}
