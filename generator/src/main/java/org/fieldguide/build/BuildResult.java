package org.fieldguide.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.i18n.LanguageStatus;

/**
 * The outcome of a build.
 *
 * @param pagesByLanguage output pages per language code, in switcher order (fallbacks included)
 * @param translatedByLanguage pages whose text is in that language
 * @param written true when the output folder was replaced
 * @param languages translation status per language; empty when the build stopped before assembly,
 *     and after an update of a watched site (which counts nothing again)
 * @param rewritten for an update of a watched site ({@link SiteBuild#update}), how many pages were
 *     written again; empty for a whole build
 */
public record BuildResult(
    List<Diagnostic> diagnostics,
    Map<String, Integer> pagesByLanguage,
    Map<String, Integer> translatedByLanguage,
    List<StageTiming> timings,
    Duration elapsed,
    boolean written,
    List<LanguageStatus> languages,
    OptionalInt rewritten) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
