package org.fieldguide.build;

import java.io.IOException;
import java.io.OutputStream;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldguide.alert.RuleFileLoader;
import org.fieldguide.alert.RunbookAlerts;
import org.fieldguide.content.SourceFile;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.emit.OutputHistory;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.emit.PageEmitter;
import org.fieldguide.emit.SiteFiles;
import org.fieldguide.emit.SitemapWriter;
import org.fieldguide.emit.SiteVersion;
import org.fieldguide.index.PageDetails;
import org.fieldguide.index.PageFacts;
import org.fieldguide.index.SiteIndex;
import org.fieldguide.link.LinkChecks;
import org.fieldguide.link.LinkResolver;
import org.fieldguide.link.RepositoryFiles;
import org.fieldguide.model.Page;
import org.fieldguide.model.PageId;
import org.fieldguide.model.PageKind;
import org.fieldguide.model.SiteTree;
import org.fieldguide.theme.ChecklistScope;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.ThemeStrings;
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
 * adding, removing, moving or drafting one, nor giving it another address), stylesheets and
 * other static files, and templates and interface strings (every page is made again from the
 * facts and tree it has, without indexing or checking anything again). Anything else is a full
 * build (which still reuses every unchanged file's facts and every unchanged page). An update
 * that finds errors writes nothing and makes the next build a full one.
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
  record Updated(
      List<Diagnostic> diagnostics, Optional<SiteTree> published, UiStrings strings, int rewritten, Map<String, Integer> pages,
      Map<String, Integer> translated) {}

  Optional<Updated> apply(BuildOptions options, Set<Path> changed, Parallel parallel, StageClock clock) {
    Optional<LastBuild> known = session.lastBuild();
    if (known.isEmpty() || changed.isEmpty()) return Optional.empty();
    LastBuild last = known.get();
    if (!sameBuild(last.options(), options)) return Optional.empty();

    Map<String, Path> staticFiles = last.theme().staticFiles();
    List<SourceFile> pages = new ArrayList<>();
    Map<String, Path> statics = new LinkedHashMap<>();
    boolean theme = false;
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      SourceFile f = last.markdown().get(abs);
      if (f != null && Files.isRegularFile(abs)) {
        pages.add(f);
        continue;
      }
      if (isTemplateOrStrings(last, abs)) {
        theme = true;
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
    if (theme) return pages.isEmpty() ? reemit(last, options, out, statics, parallel, clock) : Optional.empty();

    if (pages.isEmpty()) {
      // Stylesheets, scripts, images of the theme: pages only name them, so they are copied alone.
      clock.time("static files", () -> statics.forEach((name, file) -> copy(file, out.resolve(SiteFiles.STATIC + name))));
      return Optional.of(new Updated(all(last), Optional.of(last.tree()), last.strings(), 0, last.pages(), last.translated()));
    }

    Diagnostics diagnostics = new Diagnostics();
    Map<String, Optional<PageFacts>> reindexed =
        clock.time("index", () -> session.reindex(pages, last.config(), last.strings(), parallel, diagnostics));
    if (reindexed.values().stream().anyMatch(Optional::isEmpty)) {
      return Optional.of(failed(last, diagnostics, Set.of()));
    }
    List<PageFacts> facts = reindexed.values().stream().map(Optional::get).sorted(
        (x, y) -> x.source().contentPath().compareTo(y.source().contentPath())).toList();
    Diagnostics assembly = new Diagnostics();
    Optional<SiteTree> reassembled =
        clock.time("assembly", () -> session.assembler.reassemble(last.tree(), facts, options.drafts(), assembly));
    if (reassembled.isEmpty()) return Optional.empty();
    SiteTree tree = reassembled.get();
    SiteTree before = last.tree();
    // From here on the session's link graph changes in place: every way out below either keeps
    // the result or forgets the last build, so the next build is a full one.

    // The files whose problems are found again: the edited ones, the other languages of their
    // pages (translation states follow the original), and those linking to them (anchors).
    Set<String> keys = new TreeSet<>();
    facts.forEach(f -> keys.add(f.source().key()));
    Set<String> files = new TreeSet<>();
    for (String key : keys) {
      for (String lang : tree.config().languageCodes()) {
        tree.page(key, lang).filter(p -> !p.fallback()).flatMap(Page::content).ifPresent(c -> files.add(c.source().contentPath()));
      }
      files.addAll(last.links().linkingTo(key));
    }
    RepositoryFiles repositoryFiles = RepositoryFiles.of(options.siteDir(), tree.config());
    LinkResolver resolver = new LinkResolver(tree, repositoryFiles);
    clock.time("validate", () -> {
      LinkChecks links = new LinkChecks(tree, resolver);
      WriterWarnings warnings = new WriterWarnings();
      for (String file : files) {
        Optional<Page> page = pageOf(tree, last, file);
        if (page.isEmpty()) continue;
        PageFacts f = page.get().content().get();
        PageDetails details = session.store().details(f.body());
        last.links().relink(file, links.check(page.get(), details, diagnostics).targets());
        f.diagnostics().forEach(diagnostics::report);
        warnings.check(f, details, diagnostics);
      }
      assembly.sorted().forEach(diagnostics::report);
    });
    session.readElsewhere(session.inputsElsewhere().withRepositoryFiles(repositoryFiles.lookedUp()));
    // The runbooks that list alerts, with those of the changed pages made again.
    Map<PageId, RunbookAlerts> runbooks = new TreeMap<>(last.runbooks());
    boolean alertsTouched = false;
    for (String key : keys) {
      for (String lang : tree.config().languageCodes()) {
        Optional<Page> page = tree.page(key, lang);
        if (page.isEmpty()) continue;
        Optional<RunbookAlerts> r = AlertSiteChecks.runbook(page.get(), tree.config().defaultLanguage());
        RunbookAlerts was = r.isPresent() ? runbooks.put(page.get().id(), r.get()) : runbooks.remove(page.get().id());
        alertsTouched |= (was != null && !was.alerts().isEmpty()) || r.map(x -> !x.alerts().isEmpty()).orElse(false);
      }
    }
    List<RunbookAlerts> runbookList = List.copyOf(runbooks.values());
    // A runbook that gives the site its first alerts (or takes its last) moves the alert index,
    // which every runbook links to: that is a full build.
    Optional<String> indexBefore = AlertSiteChecks.indexKey(before, List.copyOf(last.runbooks().values()));
    if (alertsTouched && !AlertSiteChecks.indexKey(tree, runbookList).equals(indexBefore)) {
      session.forget();
      return Optional.empty();
    }
    // A page that gives the site its first diagram (or takes its last) decides whether the
    // diagram library is published at all: that is a full build too.
    if (before.drawingLanguages().isEmpty() != tree.drawingLanguages().isEmpty()) {
      session.forget();
      return Optional.empty();
    }
    boolean alertIndexShowsThem = alertsTouched;
    Diagnostics alerts = new Diagnostics();
    if (last.alertInputsRead()) clock.time("alerts", () -> new AlertSiteChecks().check(tree, resolver, last.rules(), runbookList, alerts));

    List<Diagnostic> now = carried(last, files);
    now.addAll(diagnostics.sorted());
    now.addAll(alerts.sorted());
    List<Diagnostic> sorted = now.stream().distinct().sorted().toList();
    if (sorted.stream().anyMatch(Diagnostic::isError)) return Optional.of(failed(last, diagnostics, files));

    Affected affected = clock.time("affected", () -> affected(before, tree, keys, last.links(), last.sources()));
    TemplateRenderer templates = last.templates();
    Optional<String> alertIndex = AlertSiteChecks.indexKey(tree, runbookList);
    PageViewFactory views = new PageViewFactory(tree, last.strings(), staticFiles.keySet(), last.rules(), alertIndex);
    PageEmitter emitter = new PageEmitter(tree, resolver, session.store(), views, templates, last.inputs());
    List<Page> candidates = List.copyOf(affected.pages());
    OutputHistory history = session.history(options, candidates.stream().map(PageEmitter::outputPath).toList());
    Diagnostics rendering = new Diagnostics();
    Map<String, byte[]> written = new ConcurrentHashMap<>();
    clock.time("emit", () -> parallel.forEach(candidates, p -> emitter.emit(p, history, rendering).ifPresent(e -> {
      if (e instanceof PageEmitter.Emitted.Rendered r) written.put(r.path(), r.html());
      history.record(e.path(), e.fingerprint());
    })));
    if (rendering.hasErrors()) return Optional.of(failed(last, rendering, files));

    SiteVersion version = last.version();
    for (PageFacts f : facts) {
      Optional<PageFacts> was = before.page(f.source().key(), f.source().language()).flatMap(Page::content);
      if (was.isPresent()) version = version.replacing(was.get(), f);
    }
    SiteVersion newVersion = version;
    clock.time("write", () -> {
      written.forEach((path, html) -> write(out.resolve(path), html));
      if (affected.everywhere()) {
        new SiteFiles().writeGenerated(tree, templates, views, new SiteFiles.Output() {
          @Override
          public void write(String path, String text) {
            SiteUpdate.write(out.resolve(path), text);
          }

          @Override
          public OutputStream open(String path) {
            return held(out.resolve(path));
          }

          @Override
          public void copy(String path, Path source) {
            SiteUpdate.copy(source, out.resolve(path));
          }
        }, rendering);
      } else {
        // The sitemap shows addresses and review dates only; the manifest the site version.
        if (reviewDateChanged(before, tree, keys)) new SitemapWriter().write(tree, path -> held(out.resolve(path)));
        write(out.resolve(SiteFiles.MANIFEST), SiteFiles.manifest(tree.config(), newVersion, last.pages()));
      }
      // The alert index lists the runbooks with alerts, and shows the top-level sections as every page does.
      if ((alertIndexShowsThem || affected.everywhere()) && alertIndex.isPresent()) {
        SiteBuild.alertIndexPages(
            tree, alertIndex, runbookList, views, templates, (path, html) -> write(out.resolve(path), html), rendering);
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
    session.remember(new LastBuild(options, last.config(), last.files(), last.theme(), templates, last.strings(), last.rules(),
        last.alertInputsRead(), index, tree, last.inputs(), rest, alerts.sorted(), last.links(), last.markdown(), last.sources(), runbooks,
        newVersion, last.pages(), last.translated()));
    return Optional.of(new Updated(sorted, Optional.of(tree), last.strings(), written.size(), last.pages(), last.translated()));
  }

  /** A template of the theme chain, or a file of interface strings (the theme's i18n/ or the site's translations/). */
  private static boolean isTemplateOrStrings(LastBuild last, Path file) {
    String name = file.getFileName().toString();
    for (Path dir : last.theme().folders("templates")) if (file.startsWith(dir.toAbsolutePath().normalize())) return true;
    if (!name.endsWith(".yaml")) return false;
    for (Path dir : last.theme().folders("i18n")) if (file.getParent().equals(dir.toAbsolutePath().normalize())) return true;
    return file.getParent().equals(last.options().siteDir().toAbsolutePath().normalize().resolve("translations"));
  }

  /**
   * After an edit of templates or interface strings: every page made again from the facts and
   * the tree the last build made, with the theme as it is now; nothing is indexed or checked
   * again, and the search indexes and offline files stay those of the last full build (as for
   * page edits). Interface strings that page bodies contain (admonition titles, labels) need the
   * bodies made again: a full build. Pages are written beside their files first and put in
   * place only once every page rendered, so a template error leaves the last good site.
   */
  private Optional<Updated> reemit(
      LastBuild last, BuildOptions options, Path out, Map<String, Path> statics, Parallel parallel, StageClock clock) {
    Path siteDir = options.siteDir();
    Diagnostics loading = new Diagnostics();
    UiStrings strings =
        clock.time("interface strings", () -> ThemeStrings.load(last.theme(), last.config(), siteDir, session.yaml, loading));
    if (loading.hasErrors()) return Optional.of(failed(last, loading, Set.of()));
    if (!BuildSession.sameBodies(last.config(), last.strings(), strings)) return Optional.empty();
    TemplateRenderer templates = new TemplateRenderer(last.theme());
    String inputs = RenderInputs.digest(siteDir, last.theme(),
        new RuleFileLoader(session.yaml).find(siteDir, last.config().alerts(), new Diagnostics()).values().stream().toList());
    SiteTree tree = last.tree();
    List<RunbookAlerts> runbooks = List.copyOf(last.runbooks().values());
    Optional<String> alertIndex = AlertSiteChecks.indexKey(tree, runbooks);
    PageViewFactory views = new PageViewFactory(tree, strings, last.theme().staticFiles().keySet(), last.rules(), alertIndex);
    PageEmitter emitter = new PageEmitter(tree, new LinkResolver(tree, RepositoryFiles.of(siteDir, tree.config())), session.store(), views, templates, inputs);
    OutputHistory history = session.history(options);
    Diagnostics rendering = new Diagnostics();
    java.util.Queue<String> staged = new java.util.concurrent.ConcurrentLinkedQueue<>();
    Map<String, String> siteFiles = new java.util.TreeMap<>();
    boolean rendered = false;
    try {
      clock.time("emit", () -> parallel.forEach(tree.pages(), p -> {
        if (rendering.hasErrors()) return; // the build fails anyway: stop rendering
        emitter.emit(p, history, rendering).ifPresent(e -> {
          if (e instanceof PageEmitter.Emitted.Rendered r) {
            stage(out.resolve(r.path()), r.html());
            staged.add(r.path());
          }
          history.record(e.path(), e.fingerprint());
        });
      }));
      if (rendering.hasErrors()) return Optional.of(failed(last, rendering, Set.of()));
      clock.time("site files", () -> {
        new SiteFiles().writeGenerated(tree, templates, views, new SiteFiles.Output() {
          @Override
          public void write(String path, String text) {
            siteFiles.put(path, text);
          }

          @Override
          public OutputStream open(String path) {
            return whenClosed(bytes -> siteFiles.put(path, new String(bytes, StandardCharsets.UTF_8)));
          }

          @Override
          public void copy(String path, Path source) {
            throw new IllegalStateException("the generated site files copy nothing: " + path);
          }
        }, rendering);
        SiteBuild.alertIndexPages(tree, alertIndex, runbooks, views, templates, siteFiles::put, rendering);
      });
      if (rendering.hasErrors()) return Optional.of(failed(last, rendering, Set.of()));
      rendered = true;
    } finally {
      if (!rendered) staged.forEach(path -> discard(out.resolve(path)));
    }
    clock.time("write", () -> {
      // One rename per page, tens of thousands of them on a large site: on every core.
      parallel.forEach(List.copyOf(staged), path -> unstage(out.resolve(path)));
      siteFiles.forEach((path, text) -> write(out.resolve(path), text));
      statics.forEach((name, file) -> copy(file, out.resolve(SiteFiles.STATIC + name)));
    });
    session.updated(history);

    // What loading the strings says (missing keys) replaces what the last build said of those files.
    List<Diagnostic> now = new ArrayList<>();
    for (Diagnostic d : last.diagnostics()) if (d.pos() == null || !isThemeFile(d.pos().file())) now.add(d);
    loading.sorted().forEach(now::add);
    List<Diagnostic> kept = now.stream().distinct().sorted().toList();
    session.remember(new LastBuild(options, last.config(), last.files(), last.theme(), templates, strings, last.rules(),
        last.alertInputsRead(), last.index(), tree, inputs, kept, last.alertDiagnostics(), last.links(), last.markdown(), last.sources(),
        last.runbooks(), last.version(), last.pages(), last.translated()));
    List<Diagnostic> all = new ArrayList<>(kept);
    all.addAll(last.alertDiagnostics());
    return Optional.of(
        new Updated(all.stream().sorted().toList(), Optional.of(tree), strings, staged.size(), last.pages(), last.translated()));
  }

  /** A file of interface strings or templates, as diagnostics name it. */
  private static boolean isThemeFile(String file) {
    return file.startsWith("translations/") || file.contains("i18n/") || file.contains("templates/");
  }

  /** Writes a page beside its file, to be put in place by {@link #unstage}. */
  private static void stage(Path target, byte[] bytes) {
    try {
      Files.createDirectories(target.getParent());
      Files.write(staged(target), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void unstage(Path target) {
    try {
      move(staged(target), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void discard(Path target) {
    try {
      Files.deleteIfExists(staged(target));
    } catch (IOException e) {
      // A stray staged file is named so that it never shadows a page; the next full build drops it.
    }
  }

  private static Path staged(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".update");
  }

  /** The page that shows a source file in its own language, if it is published. */
  private static Optional<Page> pageOf(SiteTree tree, LastBuild last, String contentPath) {
    SourceFile f = last.sources().get(contentPath);
    if (f == null) return Optional.empty();
    return tree.page(f.key(), f.language())
        .filter(p -> !p.fallback() && p.content().map(c -> c.source().contentPath().equals(contentPath)).orElse(false));
  }

  /** An update that found errors: nothing written, and the next build is a full one. */
  private Updated failed(LastBuild last, Diagnostics found, Set<String> files) {
    session.forget();
    List<Diagnostic> now = carried(last, files);
    now.addAll(found.sorted());
    return new Updated(now.stream().distinct().sorted().toList(), Optional.empty(), last.strings(), 0, Map.of(), Map.of());
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

  /**
   * The pages whose view may have changed, and whether that is every page (then the root and
   * 404 pages too). Found from what views show of a page besides the page itself ({@link
   * Shown}): when that is unchanged in a language, as for an edit of the body, only the pages of
   * the changed keys are made again, in every language (fallback copies included).
   */
  record Affected(Set<Page> pages, boolean everywhere) {}

  /**
   * What a page's view shows of another page (PageViewFactory's navigation items, previous/next
   * links, breadcrumbs, prerequisites): its title, summary, type, whether it is a fallback, its
   * estimated time, its checklist (size and where ticks are kept) and its place in its section.
   * Its address never changes in an update.
   */
  private record Shown(
      String title, String summary, String type, boolean fallback, Optional<?> time, int steps, String checklistKey, int weight) {
    static Shown of(Page p, ChecklistScope checklists) {
      Optional<org.fieldguide.frontmatter.CommonMeta> common = p.content().map(c -> c.meta().common());
      return new Shown(p.title(), common.map(c -> c.summary()).orElse(""), p.type().id(), p.fallback(),
          common.flatMap(c -> c.estimatedTime()), p.content().map(c -> c.checklistItems()).orElse(0), checklists.storageKey(p),
          p.weight());
    }
  }

  static Affected affected(SiteTree before, SiteTree tree, Set<String> keys, LinkGraph links, Map<String, SourceFile> sources) {
    Set<Page> pages = new LinkedHashSet<>();
    ChecklistScope was = new ChecklistScope(before);
    ChecklistScope is = new ChecklistScope(tree);
    for (String key : keys) {
      for (String lang : tree.config().languageCodes()) {
        Optional<Page> found = tree.page(key, lang);
        if (found.isEmpty()) continue;
        Page page = found.get();
        Optional<Page> old = before.page(key, lang);
        pages.add(page);
        boolean shownChanged = old.isEmpty() || !Shown.of(old.get(), was).equals(Shown.of(page, is));
        boolean retitled = old.isEmpty() || !old.get().title().equals(page.title());
        // The home page's title is in every page's breadcrumbs; a top-level section is in every
        // page's navigation, the root and 404 pages' too.
        if ((page.kind() == PageKind.HOME && retitled) || (page.kind() != PageKind.HOME && isTopLevel(tree, page) && shownChanged)) {
          return new Affected(new LinkedHashSet<>(tree.pages()), true);
        }
        if (shownChanged) tree.parent(page).ifPresent(parent -> {
          // Its section lists it; so do the other pages of that section.
          pages.add(parent);
          if (page.isSection()) pages.addAll(tree.childPages(parent));
          else pages.addAll(neighbours(before, tree, page, parent));
        });
        // A section's title is in the breadcrumbs of every page below it.
        if (page.isSection() && retitled) pages.addAll(below(tree, page));
        // Pages that name it as a prerequisite show its title.
        if (retitled) {
          for (String from : links.linkingTo(key)) {
            SourceFile f = sources.get(from);
            if (f != null) tree.config().languageCodes().forEach(l -> tree.page(f.key(), l).ifPresent(pages::add));
          }
        }
      }
    }
    return new Affected(pages, false);
  }

  /**
   * The other pages of a page's section whose navigation shows it: all of them in a section of
   * normal size; in a long one (bounded navigation), those within reach of its place before or
   * after the change, and those whose own place moved.
   */
  private static List<Page> neighbours(SiteTree before, SiteTree tree, Page page, Page parent) {
    List<Page> now = tree.childPages(parent);
    if (now.size() <= PageViewFactory.NAV_LIMIT) return now;
    Optional<Page> parentBefore = before.parent(page);
    java.util.function.ToIntFunction<String> placeBefore = key -> parentBefore.map(s -> before.place(s, key)).orElse(-1);
    int from = placeBefore.applyAsInt(page.key());
    int to = tree.place(parent, page.key());
    int reach = PageViewFactory.NAV_NEIGHBOURS + 1;
    List<Page> shown = new ArrayList<>();
    for (int i = 0; i < now.size(); i++) {
      int b = placeBefore.applyAsInt(now.get(i).key());
      if (Math.abs(i - to) <= reach || Math.abs(b - from) <= reach || b != i) shown.add(now.get(i));
    }
    return shown;
  }

  private static boolean reviewDateChanged(SiteTree before, SiteTree tree, Set<String> keys) {
    for (String key : keys) {
      for (String lang : tree.config().languageCodes()) {
        Optional<?> was = before.page(key, lang).flatMap(Page::content).flatMap(c -> c.meta().common().lastReviewed());
        Optional<?> is = tree.page(key, lang).flatMap(Page::content).flatMap(c -> c.meta().common().lastReviewed());
        if (!was.equals(is)) return true;
      }
    }
    return false;
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

  private static void write(Path target, byte[] bytes) {
    replace(target, tmp -> Files.write(tmp, bytes));
  }

  /** A stream whose bytes replace {@code target} in one step when it is closed (as {@link #write}). */
  private static OutputStream held(Path target) {
    return whenClosed(bytes -> write(target, bytes));
  }

  /** A stream held in memory whose bytes go to {@code done} when it is closed. */
  private static OutputStream whenClosed(java.util.function.Consumer<byte[]> done) {
    return new java.io.ByteArrayOutputStream() {
      @Override
      public void close() {
        done.accept(toByteArray());
      }
    };
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
