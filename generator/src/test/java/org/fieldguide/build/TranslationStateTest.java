package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.model.TranslationState;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Assembly compares a stamped translation with its original's digest, which the session makes
 * from the original's file when asked (not in the index stage).
 */
class TranslationStateTest {
  @TempDir Path dir;

  private TranslationState esState(boolean originalGoneAfterIndex) throws Exception {
    TestSite.in(dir)
        .with("content/deploy.md", "---\ntitle: Deploy\n---\nDo it.\n")
        .with("content/deploy.es.md", "---\ntitle: Desplegar\nsource_hash: \"000000000000\"\n---\nHágalo.\n")
        .writeFiles();
    try (BuildSession session = new BuildSession(2); Parallel parallel = new Parallel(2)) {
      Diagnostics diagnostics = new Diagnostics();
      AssembledSite.Indexed indexed = AssembledSite.Indexed.of(dir, session, parallel, diagnostics);
      if (originalGoneAfterIndex) Files.delete(dir.resolve("content/deploy.md"));
      var tree = session.assembler.assemble(indexed.config(), indexed.index(), Drafts.EXCLUDE, diagnostics);
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
