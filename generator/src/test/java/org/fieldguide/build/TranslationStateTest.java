package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.FileStats;
import org.fieldguide.content.SourceFile;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.index.SiteIndex;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.model.TranslationState;
import org.fieldguide.testing.TestSite;
import org.fieldguide.theme.ThemeStrings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assembly compares a stamped translation with its original's digest, which the session makes
 * from the original's file when asked (not in the index stage).
 */
class TranslationStateTest {
  @TempDir Path dir;

  private SiteIndex index(BuildSession session, Parallel parallel, Diagnostics diagnostics) {
    BuildOptions options =
        new BuildOptions(dir, dir.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, BuildOptions.Cache.IGNORE);
    SiteConfig config = session.configLoader.load(dir, diagnostics).orElseThrow();
    List<SourceFile> files = session.scanner.scan(dir, config, diagnostics);
    var theme = session.themeLoader.load(dir, config, diagnostics).orElseThrow();
    var strings = ThemeStrings.load(theme, config, dir, session.yaml, diagnostics);
    return session.index(files, FileStats.NONE, config, strings, options, parallel, diagnostics);
  }

  private TranslationState esState(boolean originalGoneAfterIndex) throws Exception {
    TestSite.in(dir)
        .with("content/deploy.md", "---\ntitle: Deploy\n---\nDo it.\n")
        .with("content/deploy.es.md", "---\ntitle: Desplegar\nsource_hash: \"000000000000\"\n---\nHágalo.\n")
        .writeFiles();
    try (BuildSession session = new BuildSession(2); Parallel parallel = new Parallel(2)) {
      Diagnostics diagnostics = new Diagnostics();
      SiteIndex index = index(session, parallel, diagnostics);
      SiteConfig config = session.configLoader.load(dir, diagnostics).orElseThrow();
      if (originalGoneAfterIndex) Files.delete(dir.resolve("content/deploy.md"));
      var tree = session.assembler.assemble(config, index, Drafts.EXCLUDE, diagnostics);
      List<String> warnings = diagnostics.sorted().stream().filter(d -> !d.isError()).map(Diagnostic::toString).toList();
      if (originalGoneAfterIndex) assertThat(warnings).noneMatch(w -> w.contains("outdated"));
      else assertThat(warnings).anyMatch(w -> w.contains("content/deploy.es.md") && w.contains("this translation is outdated"));
      return tree.page("deploy", "es").orElseThrow().translation();
    }
  }

  @Test
  void aStampThatDiffersFromTheOriginalsDigestIsOutdated() throws Exception {
    assertThat(esState(false)).isEqualTo(TranslationState.OUTDATED);
  }

  /** Its digest cannot be made: this build does not call the translation outdated, the next one compares. */
  @Test
  void anOriginalGoneSinceItWasIndexedLeavesItsTranslationCurrent() throws Exception {
    assertThat(esState(true)).isEqualTo(TranslationState.CURRENT);
  }
}
