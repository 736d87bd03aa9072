package org.fieldguide.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fieldguide.alert.RuleFile;
import org.fieldguide.alert.RunbookAlerts;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.SourceFile;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.emit.SiteVersion;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.index.SiteIndex;
import org.fieldguide.model.PageId;
import org.fieldguide.model.SiteTree;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.Theme;

/**
 * What the last successful build of a session knew, so the next one can redo only what an edit
 * touches ({@link SiteUpdate}). Besides the stages' results it keeps what an update would
 * otherwise find by walking the whole site (which source file a path is, the runbooks with
 * alerts, the site version, the page counts), so an edit costs the same on any size of site.
 *
 * @param inputs the digest of what every page depends on besides the pages (see RenderInputs)
 * @param templates the theme's templates, parsed once and kept while the theme is unchanged
 * @param diagnostics the build's problems apart from the alert checks'
 * @param alertDiagnostics the alert checks' problems, redone whole on every update
 * @param links which files link to which pages
 * @param markdown every Markdown file of the site by its absolute path
 * @param sources the same files by content path
 * @param runbooks the runbooks with text of their own that list alerts, by page, in site order
 * @param version the site version the manifest shows
 * @param pages output pages per language (an update never changes them)
 * @param translated pages per language whose text is in that language (nor these)
 */
record LastBuild(
    BuildOptions options,
    SiteConfig config,
    List<SourceFile> files,
    Theme theme,
    TemplateRenderer templates,
    UiStrings strings,
    List<RuleFile> rules,
    boolean alertInputsRead,
    SiteIndex index,
    SiteTree tree,
    String inputs,
    List<Diagnostic> diagnostics,
    List<Diagnostic> alertDiagnostics,
    LinkGraph links,
    Map<Path, SourceFile> markdown,
    Map<String, SourceFile> sources,
    Map<PageId, RunbookAlerts> runbooks,
    SiteVersion version,
    Map<String, Integer> pages,
    Map<String, Integer> translated) {

  /** What a full build leaves for the updates after it. */
  static LastBuild of(
      BuildOptions options, SiteConfig config, List<SourceFile> files, Theme theme, TemplateRenderer templates, UiStrings strings,
      List<RuleFile> rules, boolean alertInputsRead, SiteIndex index, SiteTree tree, String inputs, List<Diagnostic> diagnostics,
      List<Diagnostic> alertDiagnostics, Map<String, ? extends java.util.Set<String>> linkedFrom, Map<String, Integer> pages,
      Map<String, Integer> translated, List<RunbookAlerts> runbookAlerts) {
    Map<Path, SourceFile> markdown = new HashMap<>();
    Map<String, SourceFile> sources = new HashMap<>();
    for (SourceFile f : files) {
      if (!f.isMarkdown()) continue;
      markdown.put(f.path().toAbsolutePath().normalize(), f);
      sources.put(f.contentPath(), f);
    }
    Map<PageId, RunbookAlerts> runbooks = new TreeMap<>();
    // The build's alerts stage found them (AlertSiteChecks.runbooks): each is its page's own text, so its key and language are its page's.
    for (RunbookAlerts r : runbookAlerts) runbooks.put(new PageId(r.pageKey(), r.language()), r);
    return new LastBuild(options, config, files, theme, templates, strings, rules, alertInputsRead, index, tree, inputs, diagnostics,
        alertDiagnostics, new LinkGraph(linkedFrom), Map.copyOf(markdown), Map.copyOf(sources), runbooks, SiteVersion.of(tree),
        pages, translated);
  }
}
