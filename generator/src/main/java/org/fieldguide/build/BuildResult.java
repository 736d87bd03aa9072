package org.fieldguide.build;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.i18n.LanguageStatus;

/**
 * The outcome of a build.
 *
 * @param pagesByLanguage output pages per language code, in switcher order (fallbacks included)
 * @param translatedByLanguage pages whose text is in that language
 * @param written true when the output folder was replaced
 * @param languages translation status per language; empty when the build stopped before assembly
 */
public record BuildResult(
    List<Diagnostic> diagnostics,
    Map<String, Integer> pagesByLanguage,
    Map<String, Integer> translatedByLanguage,
    List<StageTiming> timings,
    Duration elapsed,
    boolean written,
    List<LanguageStatus> languages) {

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
