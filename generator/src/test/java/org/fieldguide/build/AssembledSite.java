package org.fieldguide.build;

import java.nio.file.Path;
import java.util.List;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.SourceFile;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.index.SiteIndex;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.model.SiteTree;
import org.fieldguide.theme.Theme;
import org.fieldguide.theme.ThemeStrings;

/**
 * A site written in a folder, taken through the build's own stages up to assembly (as {@link
 * SiteBuild} runs them, without a cache), for tests of a later stage on real facts.
 */
record AssembledSite(SiteConfig config, Theme theme, UiStrings strings, SiteTree tree) {
  /** @param session owns the facts' store: emit from it before closing it */
  static AssembledSite of(Path dir, BuildSession session, Parallel parallel, Diagnostics diagnostics) {
    Indexed indexed = Indexed.of(dir, session, parallel, diagnostics);
    return new AssembledSite(indexed.config(), indexed.theme(), indexed.strings(),
        session.assembler.assemble(indexed.config(), indexed.index(), Drafts.EXCLUDE, diagnostics));
  }

  /** The same site taken up to the index, for a test that changes something before assembly. */
  record Indexed(SiteConfig config, Theme theme, UiStrings strings, SiteIndex index) {
    static Indexed of(Path dir, BuildSession session, Parallel parallel, Diagnostics diagnostics) {
      BuildOptions options =
          new BuildOptions(dir, dir.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, BuildOptions.Cache.IGNORE);
      SiteConfig config = session.configLoader.load(dir, diagnostics).orElseThrow();
      List<SourceFile> files = session.scanner.scan(dir, config, diagnostics);
      Theme theme = session.themeLoader.load(dir, config, diagnostics).orElseThrow();
      UiStrings strings = ThemeStrings.load(theme, config, dir, session.yaml, diagnostics);
      SiteIndex index = session.index(files, org.fieldguide.content.FileStats.NONE, config, strings, options, parallel, diagnostics);
      return new Indexed(config, theme, strings, index);
    }
  }
}
