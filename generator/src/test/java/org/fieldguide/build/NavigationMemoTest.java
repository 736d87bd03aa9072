package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.model.Page;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Navigation lists are made once per folder and kept while pages are made (a bounded memo in
 * {@link PageViewFactory}); a page made with the lists kept is the page made without them.
 */
class NavigationMemoTest {
  @TempDir Path dir;

  @Test
  void aPageMadeWithTheListsKeptIsThePageMadeAfresh() throws Exception {
    write("site.yaml", "title: Guides\nbase_url: https://guides.example.org/\nlanguages:\n  en: { name: English }\n  es: { name: Español }\n");
    write("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\n");
    // A section above the navigation's limit (its items are made once for the section) and one below it.
    for (int i = 0; i < PageViewFactory.NAV_LIMIT + 5; i++) {
      write("content/runbooks/p%02d.md".formatted(i), "---\ntitle: P%02d\nweight: %d\nestimated_time: 10m\n---\n- [ ] step\n".formatted(i, i + 1));
    }
    write("content/hardware/r640.md", "---\ntitle: R640\ntype: hardware-guide\n---\nText.\n");
    write("content/hardware/sub/r650.md", "---\ntitle: R650\ntype: hardware-guide\n---\nText.\n");
    write("content/hardware/r640.es.md", "---\ntitle: R640 (es)\ntype: hardware-guide\n---\nTexto.\n");

    Diagnostics diagnostics = new Diagnostics();
    try (BuildSession session = new BuildSession(2); Parallel parallel = new Parallel(2)) {
      AssembledSite site = AssembledSite.of(dir, session, parallel, diagnostics);
      // Before: each page by a factory of its own, so no list is taken from another page's.
      Map<String, List<Object>> before = made(() -> new PageViewFactory(site.tree(), site.strings(), site.theme().staticFiles().keySet()),
          site.tree().pages());
      // After: one factory for all, as a build makes them, twice over (the second time from what it kept).
      PageViewFactory shared = new PageViewFactory(site.tree(), site.strings(), site.theme().staticFiles().keySet());
      made(() -> shared, site.tree().pages());
      Map<String, List<Object>> after = made(() -> shared, site.tree().pages());
      assertThat(diagnostics.hasErrors()).isFalse();
      assertThat(before).hasSizeGreaterThan(2 * (PageViewFactory.NAV_LIMIT + 5));
      assertThat(after).isEqualTo(before);
    }
  }

  /** Each page's view as a template sees it: the site, with its sections, and the page, with its navigation. */
  private static Map<String, List<Object>> made(java.util.function.Supplier<PageViewFactory> views, List<Page> pages) {
    PageViewFactory.PageContent content = new PageViewFactory.PageContent("<p>x</p>", List.of(), List.of(), "v1");
    return pages.stream().collect(Collectors.toMap(p -> p.language() + " " + p.url(), p -> {
      Views.Root root = views.get().root(p, content);
      return List.of(root.site(), root.page());
    }));
  }

  private void write(String path, String text) throws Exception {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text);
  }
}
