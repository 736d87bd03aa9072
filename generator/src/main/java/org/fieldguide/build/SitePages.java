package org.fieldguide.build;

import java.util.List;
import java.util.Optional;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.model.PageKind;
import org.fieldguide.model.RenderedPage;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.TemplateRenderer.TemplateFailure;

/** Stage 6 for one page: picks the layout (type → page) and renders it to a full HTML page. */
final class SitePages {
  private final TemplateRenderer templates;
  private final PageViewFactory views;

  SitePages(TemplateRenderer templates, PageViewFactory views) {
    this.templates = templates;
    this.views = views;
  }

  /** The full HTML of the page, or empty after reporting a template failure. */
  Optional<String> render(RenderedPage page, Diagnostics diagnostics) {
    List<String> candidates =
        switch (page.page().kind()) {
          case HOME -> List.of("home.ftlh", "section.ftlh");
          case SECTION -> List.of("section.ftlh");
          case PAGE -> List.of(page.page().type().id() + ".ftlh", "page.ftlh");
        };
    String template = templates.firstExisting(candidates).orElse(candidates.get(candidates.size() - 1));
    String file = page.page().content().map(c -> c.source().displayPath()).orElse(page.page().url());
    try {
      return Optional.of(templates.render(template, views.root(page), file));
    } catch (TemplateFailure e) {
      diagnostics.report(e.diagnostic());
      return Optional.empty();
    }
  }

  static String outputPath(RenderedPage page) {
    return page.page().url() + "index.html";
  }

  static boolean isPage(RenderedPage p) {
    return p.page().kind() == PageKind.PAGE;
  }
}
