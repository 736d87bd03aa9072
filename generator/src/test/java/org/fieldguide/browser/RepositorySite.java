package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.diagnostic.Severity;
import org.fieldguide.model.SiteAssembler.Drafts;

/**
 * This repository's own site (its {@code content/}, {@code translations/} and the default theme
 * from {@code themes/default/}), built into a temporary folder and served: real pages of every
 * type, long and short, in five languages, one of them right-to-left.
 */
final class RepositorySite {
  /** A page of each type the theme renders, by what a test calls it. */
  record PageType(String name, String path) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final List<PageType> PAGE_TYPES =
      List.of(
          new PageType("home", "en/"),
          new PageType("section", "en/runbooks/"),
          new PageType("runbook", "en/runbooks/replace-failed-disk/"),
          new PageType("hardware guide", "en/hardware/supported-servers/"),
          new PageType("training module", "en/training/linux-admin/"),
          new PageType("course page", "en/training/"),
          new PageType("Arabic runbook", "ar/runbooks/replace-failed-disk/"),
          new PageType("fallback page", "pt/runbooks/firmware-update/"),
          new PageType("alert index", "en/runbooks/alerts/"),
          new PageType("404", "es/runbooks/no-such-page/"));

  private RepositorySite() {}

  /** Builds the repository's site into {@code dir} and serves it. */
  static StaticFileServer serve(Path dir) throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Path out = dir.resolve("public");
    BuildResult result =
        new SiteBuild(2).run(new BuildOptions(root, out, Drafts.EXCLUDE, BuildOptions.Mode.BUILD, org.fieldguide.build.ExternalLinkOptions.OFF,
            BuildOptions.Cache.IGNORE));
    assertThat(result.diagnostics()).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    // Under the published path, as on GitHub Pages, so the 404 page's absolute links work.
    return StaticFileServer.serveUnder(out, "/fieldguide/");
  }
}
