package org.fieldguide.build;

import java.util.List;
import java.util.Optional;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.output.PublishedPaths;
import org.fieldguide.model.PageKind;
import org.fieldguide.model.RenderedPage;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.TemplateRenderer.TemplateFailure;

/** Stage 6 for one page: picks the layout (type → page) and renders it to a full HTML page. */
final class SitePages {
  private final TemplateRenderer templates;
  private final PageViewFactory views;

  private final PublishedPaths published;
  private final String basePath;

  SitePages(TemplateRenderer templates, PageViewFactory views, PublishedPaths published, String basePath) {
    this.templates = templates;
    this.views = views;
    this.published = published;
    this.basePath = basePath;
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
      String html = templates.render(template, views.root(page), file);
      Optional<String> dead = published.firstDeadReference(html, page.page().url(), basePath);
      if (dead.isPresent()) {
        // Links written in Markdown were checked at their source, so this one comes from the theme.
        diagnostics.error(
            SourcePos.file(templates.displayName(template)),
            "the page " + page.page().url() + page.page().content().map(c -> " (from " + c.source().displayPath() + ")").orElse("")
                + " links to '" + dead.get()
                + "', which is not published. Fix the link in the theme's templates.");
        return Optional.empty();
      }
      return Optional.of(html);
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
