package org.fieldguide.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldguide.alert.RunbookAlerts;
import org.fieldguide.content.SourceFile;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.emit.OutputHistory;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.emit.PageEmitter;
import org.fieldguide.emit.SiteFiles;
import org.fieldguide.index.PageFacts;
import org.fieldguide.index.SiteIndex;
import org.fieldguide.link.LinkChecks;
import org.fieldguide.link.LinkResolver;
import org.fieldguide.model.Page;
import org.fieldguide.model.PageKind;
import org.fieldguide.model.SiteTree;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.validate.AlertSiteChecks;
import org.fieldguide.validate.WriterWarnings;

/**
 * Redoes only what an edit touches, after a successful build in the same session: the edited
 * files are indexed again, their pages made again in every language, the links of those pages
 * and of the pages that link to them checked again, and the pages whose view changed written
 * again, straight into the output folder. This is what keeps {@code fieldguide serve} fast on a
 * large site.
 *
 * <p>It handles the edits a writer makes most: the text or front matter of existing pages (not
 * adding, removing, moving or drafting one, nor giving it another address), and stylesheets and
 * other static files. Anything else is a full build (which still reuses every unchanged file's
 * facts and every unchanged page). An update that finds errors writes nothing and makes the next
 * build a full one.
 */
final class SiteUpdate {
  private final BuildSession session;

  SiteUpdate(BuildSession session) {
    this.session = session;
  }

  /**
   * What an update did.
   *
   * @param published the site as the output now shows it; empty when the update found errors and
   *     wrote nothing
   * @param rewritten how many pages were written again
   */
  record Updated(List<Diagnostic> diagnostics, Optional<SiteTree> published, UiStrings strings, int rewritten) {}

  Optional<Updated> apply(BuildOptions options, Set<Path> changed, Parallel parallel, StageClock clock) {
    Optional<LastBuild> known = session.lastBuild();
    if (known.isEmpty() || changed.isEmpty()) return Optional.empty();
    LastBuild last = known.get();
    if (!sameBuild(last.options(), options)) return Optional.empty();

    Map<Path, SourceFile> sources = new HashMap<>();
    for (SourceFile f : last.files()) sources.put(f.path().toAbsolutePath().normalize(), f);
    Map<String, Path> staticFiles = last.theme().staticFiles();
    List<SourceFile> pages = new ArrayList<>();
    Map<String, Path> statics = new LinkedHashMap<>();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      SourceFile f = sources.get(abs);
      if (f != null && f.isMarkdown() && Files.isRegularFile(abs)) {
        pages.add(f);
        continue;
      }
      Optional<String> asStatic = staticFiles.entrySet().stream()
          .filter(e -> e.getValue().toAbsolutePath().normalize().equals(abs)).map(Map.Entry::getKey).findFirst();
      if (asStatic.isPresent() && Files.isRegularFile(abs)) {
        statics.put(asStatic.get(), abs);
        continue;
      }
      return Optional.empty();
    }
    Path out = options.outDir().toAbsolutePath().normalize();
    if (!Files.isDirectory(out)) return Optional.empty();

    if (pages.isEmpty()) {
      // Stylesheets, scripts, images of the theme: pages only name them, so they are copied alone.
      clock.time("static files", () -> statics.forEach((name, file) -> copy(file, out.resolve(SiteFiles.STATIC + name))));
      return Optional.of(new Updated(all(last), Optional.of(last.tree()), last.strings(), 0));
    }

    Diagnostics diagnostics = new Diagnostics();
    Map<String, Optional<PageFacts>> reindexed =
        clock.time("index", () -> session.reindex(pages, last.files(), last.config(), last.strings(), parallel, diagnostics));
    if (reindexed.values().stream().anyMatch(Optional::isEmpty)) {
      return Optional.of(failed(last, diagnostics, Set.of()));
    }
    List<PageFacts> facts = reindexed.values().stream().map(Optional::get).toList();
    Diagnostics assembly = new Diagnostics();
    Optional<SiteTree> reassembled =
        clock.time("assembly", () -> session.assembler.reassemble(last.tree(), facts, options.drafts(), assembly));
    if (reassembled.isEmpty()) return Optional.empty();
    SiteTree tree = reassembled.get();

    // The files whose problems are found again: the edited ones, the other languages of their
    // pages (translation states follow the original), and those linking to them (anchors).
    Set<String> keys = new LinkedHashSet<>();
    facts.forEach(f -> keys.add(f.source().key()));
    Set<String> files = new HashSet<>();
    for (String key : keys) {
      for (String lang : tree.config().languageCodes()) {
        tree.page(key, lang).filter(p -> !p.fallback()).flatMap(Page::content).ifPresent(c -> files.add(c.source().contentPath()));
      }
      files.addAll(last.linkedFrom().getOrDefault(key, Set.of()));
    }
    LinkResolver resolver = new LinkResolver(tree);
    Map<String, Set<String>> linkedFrom = new ConcurrentHashMap<>();
    last.linkedFrom().forEach((k, v) -> linkedFrom.put(k, new HashSet<>(v)));
    clock.time("validate", () -> {
      LinkChecks links = new LinkChecks(tree, resolver);
      WriterWarnings warnings = new WriterWarnings();
      for (Page p : links.pagesWithText()) {
        PageFacts f = p.content().get();
        if (!files.contains(f.source().contentPath())) continue;
        linkedFrom.values().forEach(s -> s.remove(f.source().contentPath()));
        for (String target : links.check(p, diagnostics)) linkedFrom.computeIfAbsent(target, k -> new HashSet<>()).add(f.source().contentPath());
        f.diagnostics().forEach(diagnostics::report);
        warnings.check(f, diagnostics);
      }
      assembly.sorted().forEach(diagnostics::report);
    });
    Diagnostics alerts = new Diagnostics();
    if (last.alertInputsRead()) clock.time("alerts", () -> new AlertSiteChecks().check(tree, resolver, last.rules(), alerts));

    List<Diagnostic> now = carried(last, files);
    now.addAll(diagnostics.sorted());
    now.addAll(alerts.sorted());
    List<Diagnostic> sorted = now.stream().distinct().sorted().toList();
    if (sorted.stream().anyMatch(Diagnostic::isError)) return Optional.of(failed(last, diagnostics, files));

    // The pages whose view may have changed: every language of the edited pages, the lists that
    // show them (their section and its other pages) and, for a section, the pages below it.
    Set<Page> candidates = new LinkedHashSet<>();
    boolean[] everywhere = {false};
    for (String key : keys) {
      for (String lang : tree.config().languageCodes()) {
        Optional<Page> page = tree.page(key, lang);
        if (page.isEmpty()) continue;
        candidates.add(page.get());
        tree.parent(page.get()).ifPresent(parent -> {
          candidates.add(parent);
          candidates.addAll(tree.childPages(parent));
          candidates.addAll(tree.childSections(parent));
        });
        if (page.get().isSection()) candidates.addAll(below(tree, page.get()));
        // Pages that link to it as a prerequisite show its title.
        boolean retitled = !last.tree().page(key, lang).map(Page::title).equals(Optional.of(page.get().title()));
        if (retitled) {
          for (String from : last.linkedFrom().getOrDefault(key, Set.of())) {
            tree.keyForContentPath(from).ifPresent(k -> tree.config().languageCodes().forEach(l -> tree.page(k, l).ifPresent(candidates::add)));
          }
        }
        if (isTopLevel(tree, page.get())) {
          // A top-level section is in every page's navigation, the 404 page's too.
          candidates.addAll(tree.pages());
          everywhere[0] = true;
        }
      }
    }
    TemplateRenderer templates = new TemplateRenderer(last.theme());
    Optional<String> alertIndex = AlertSiteChecks.indexKey(tree);
    PageViewFactory views = new PageViewFactory(tree, last.strings(), staticFiles.keySet(), last.rules(), alertIndex);
    PageEmitter emitter = new PageEmitter(tree, resolver, session.store(), views, templates, last.inputs());
    OutputHistory history = session.history(options);
    Diagnostics rendering = new Diagnostics();
    Map<String, String> written = new ConcurrentHashMap<>();
    clock.time("emit", () -> parallel.forEach(List.copyOf(candidates), p -> emitter.emit(p, history, rendering).ifPresent(e -> {
      if (e instanceof PageEmitter.Emitted.Rendered r) written.put(r.path(), r.html());
      history.record(e.path(), e.fingerprint());
    })));
    if (rendering.hasErrors()) return Optional.of(failed(last, rendering, files));
    clock.time("write", () -> {
      written.forEach((path, html) -> write(out.resolve(path), html));
      if (everywhere[0]) {
        new SiteFiles().writeGenerated(tree, templates, views, new SiteFiles.Output() {
          @Override
          public void write(String path, String text) {
            SiteUpdate.write(out.resolve(path), text);
          }

          @Override
          public void copy(String path, Path source) {
            SiteUpdate.copy(source, out.resolve(path));
          }
        }, rendering);
      } else {
        new SiteFiles().manifestAndSitemap(tree, (path, text) -> write(out.resolve(path), text));
      }
      if (keys.stream().anyMatch(k -> isRunbookWithAlerts(tree, k)) || alertIndex.isPresent()) {
        SiteBuild.alertIndexPages(tree, alertIndex, views, templates, (path, html) -> write(out.resolve(path), html), rendering);
      }
      statics.forEach((name, file) -> copy(file, out.resolve(SiteFiles.STATIC + name)));
    });
    // The search indexes stay those of the last full build: making them again takes seconds on a
    // large site (every language's, as an edited page is a fallback in the others), and an edit
    // must show in the browser within a fraction of that. A full build (any change an update does
    // not handle, or the next `build`) writes them anew (README, serve).
    session.updated(history);

    List<PageFacts> allFacts = new ArrayList<>(last.index().pages().size());
    Map<String, PageFacts> byPath = new HashMap<>();
    facts.forEach(f -> byPath.put(f.source().contentPath(), f));
    for (PageFacts f : last.index().pages()) allFacts.add(byPath.getOrDefault(f.source().contentPath(), f));
    SiteIndex index = new SiteIndex(allFacts, last.index().assets());
    List<Diagnostic> rest = sorted.stream().filter(d -> !alerts.sorted().contains(d)).toList();
    session.remember(new LastBuild(options, last.config(), last.files(), last.theme(), last.strings(), last.rules(), last.alertInputsRead(),
        index, tree, last.inputs(), rest, alerts.sorted(), Map.copyOf(linkedFrom)));
    return Optional.of(new Updated(sorted, Optional.of(tree), last.strings(), written.size()));
  }

  /** An update that found errors: nothing written, and the next build is a full one. */
  private Updated failed(LastBuild last, Diagnostics found, Set<String> files) {
    session.forget();
    List<Diagnostic> now = carried(last, files);
    now.addAll(found.sorted());
    return new Updated(now.stream().distinct().sorted().toList(), Optional.empty(), last.strings(), 0);
  }

  /** The last build's problems, except those of the files checked again. */
  private static List<Diagnostic> carried(LastBuild last, Set<String> files) {
    Set<String> shown = new HashSet<>();
    for (String f : files) shown.add("content/" + f);
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic d : last.diagnostics()) if (d.pos() == null || !shown.contains(d.pos().file())) kept.add(d);
    return kept;
  }

  private static List<Diagnostic> all(LastBuild last) {
    List<Diagnostic> all = new ArrayList<>(last.diagnostics());
    all.addAll(last.alertDiagnostics());
    return all.stream().sorted().toList();
  }

  private static boolean sameBuild(BuildOptions a, BuildOptions b) {
    return a.siteDir().toAbsolutePath().normalize().equals(b.siteDir().toAbsolutePath().normalize())
        && a.outDir().toAbsolutePath().normalize().equals(b.outDir().toAbsolutePath().normalize())
        && a.drafts() == b.drafts() && a.mode() == b.mode() && b.mode() == BuildOptions.Mode.BUILD && !b.external().enabled();
  }

  private static boolean isRunbookWithAlerts(SiteTree tree, String key) {
    return tree.page(key, tree.config().defaultLanguage()).flatMap(Page::content)
        .flatMap(f -> RunbookAlerts.of(f.source(), f.meta(), tree.config().defaultLanguage()))
        .map(r -> !r.alerts().isEmpty()).orElse(false);
  }

  private static boolean isTopLevel(SiteTree tree, Page page) {
    return page.kind() == PageKind.HOME
        || (page.kind() != PageKind.PAGE && tree.parent(page).map(p -> p.kind() == PageKind.HOME).orElse(false));
  }

  private static List<Page> below(SiteTree tree, Page section) {
    List<Page> out = new ArrayList<>();
    List<Page> queue = new ArrayList<>(List.of(section));
    while (!queue.isEmpty()) {
      Page s = queue.remove(queue.size() - 1);
      out.addAll(tree.childPages(s));
      for (Page c : tree.childSections(s)) {
        out.add(c);
        queue.add(c);
      }
    }
    return out;
  }

  /** Replaces a file of the output in one step, so the server never sends half of it. */
  private static void write(Path target, String text) {
    replace(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
  }

  private static void copy(Path source, Path target) {
    replace(target, tmp -> Files.copy(source, tmp, StandardCopyOption.REPLACE_EXISTING));
  }

  private interface Fill {
    void into(Path file) throws IOException;
  }

  private static void replace(Path target, Fill fill) {
    try {
      Files.createDirectories(target.getParent());
      Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
      fill.into(tmp);
      move(tmp, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
