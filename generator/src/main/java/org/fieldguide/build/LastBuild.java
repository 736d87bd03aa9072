package org.fieldguide.build;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fieldguide.alert.RuleFile;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.SourceFile;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.index.SiteIndex;
import org.fieldguide.model.SiteTree;
import org.fieldguide.theme.Theme;

/**
 * What the last successful build of a session knew, so the next one can redo only what an edit
 * touches ({@link SiteUpdate}).
 *
 * @param inputs the digest of what every page depends on besides the pages (see RenderInputs)
 * @param diagnostics the build's problems apart from the alert checks'
 * @param alertDiagnostics the alert checks' problems, redone whole on every update
 * @param linkedFrom for each page key, the content paths of the files whose links lead to it
 */
record LastBuild(
    BuildOptions options,
    SiteConfig config,
    List<SourceFile> files,
    Theme theme,
    UiStrings strings,
    List<RuleFile> rules,
    boolean alertInputsRead,
    SiteIndex index,
    SiteTree tree,
    String inputs,
    List<Diagnostic> diagnostics,
    List<Diagnostic> alertDiagnostics,
    Map<String, Set<String>> linkedFrom) {}
