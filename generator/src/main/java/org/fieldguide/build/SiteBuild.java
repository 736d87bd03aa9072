package org.fieldguide.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.build.BuildOptions.Mode;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.ContentScanner;
import org.fieldguide.content.SourceFile;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.emit.OutputHistory;
import org.fieldguide.emit.PageEmitter;
import org.fieldguide.model.Page;
import org.fieldguide.emit.Redirects;
import org.fieldguide.emit.SiteFiles;
import org.fieldguide.i18n.LanguageStatus;
import org.fieldguide.i18n.TranslationStatus;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.index.SiteIndex;
import org.fieldguide.link.LinkChecks;
import org.fieldguide.link.LinkResolver;
import org.fieldguide.link.LinkUniverse;
import org.fieldguide.link.RepositoryFiles;
import org.fieldguide.model.SiteTree;
import org.fieldguide.offline.OfflineHistory;
import org.fieldguide.search.SearchIndexSize;
import org.fieldguide.output.StagedOutput;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.Theme;
import org.fieldguide.theme.ThemeStrings;
import org.fieldguide.alert.RuleFile;
import org.fieldguide.alert.RuleFileLoader;
import org.fieldguide.validate.AlertSiteChecks;
import org.fieldguide.validate.CheckedFiles;
import org.fieldguide.validate.FileChecks;
import org.fieldguide.validate.OutputCollisions;

/**
 * Runs the stages of a build in order; the only class that knows the whole sequence:
 *
 * <pre>
 * configuration → discovery → theme → index → assembly → validate → emit → site files → commit
 * </pre>
 *
 * Index reads every source once into facts (in parallel, reusing the session's facts for files
 * that did not change); validate is pure, over those facts, so {@code check} finds everything
 * {@code build} would fail on; emit streams each page from its stored body through its template
 * to the staging folder and drops it. The output folder is replaced only at the very end, and
 * only when nothing failed. State that outlives one run (engines, facts, bodies) belongs to the
 * {@link BuildSession}.
 */
public final class SiteBuild implements AutoCloseable {
  private final BuildSession session;
  private final boolean ownsSession;
  private final Runnable afterCommit;

  /** A build with its own session, on every core. */
  public SiteBuild() {
    this(Runtime.getRuntime().availableProcessors());
  }

  public SiteBuild(int threads) {
    this(new BuildSession(threads, false), true);
  }

  /** A build in a session that outlives it, such as a watching server's. */
  public SiteBuild(BuildSession session) {
    this(session, false);
  }

  private SiteBuild(BuildSession session, boolean ownsSession) {
    this(session, ownsSession, () -> {});
  }

  /**
   * A build that runs {@code afterCommit} once it has published, before it saves what the next
   * build takes over: for tests that make another build publish at that moment.
   */
  SiteBuild(BuildSession session, boolean ownsSession, Runnable afterCommit) {
    this.session = session;
    this.ownsSession = ownsSession;
    this.afterCommit = afterCommit;
  }

  public BuildResult run(BuildOptions options) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    StageClock clock = new StageClock();
    try (Parallel parallel = new Parallel(session.threads())) {
      Outcome outcome = stages(options, diagnostics, clock, parallel);
      return new BuildResult(
          diagnostics.sorted(), outcome.pages(), outcome.translated(), clock.timings(),
          Duration.ofNanos(System.nanoTime() - start), outcome.written(), outcome.languages(), java.util.OptionalInt.empty());
    } finally {
      if (ownsSession) session.close();
    }
  }

  /**
   * Builds again after {@code changed} files changed (as a watching server sees them): only what
   * the edit touches when it is an edit {@link SiteUpdate} handles and the last build in this
   * session succeeded, else the whole build.
   */
  public BuildResult update(BuildOptions options, java.util.Set<Path> changed) {
    long start = System.nanoTime();
    StageClock clock = new StageClock();
    try (Parallel parallel = new Parallel(session.threads())) {
      Optional<SiteUpdate.Updated> updated;
      try {
        updated = new SiteUpdate(session).apply(options, changed, parallel, clock);
      } catch (java.io.UncheckedIOException e) {
        // The output could not be written in place: a full build writes it whole, or says why not.
        session.forget();
        updated = Optional.empty();
      }
      if (updated.isPresent()) {
        SiteUpdate.Updated u = updated.get();
        // An update adds, removes and moves no page: the counts are the last build's (the translation
        // status, which walks every page, is left to whole builds).
        Outcome outcome = u.published().isPresent() ? new Outcome(u.pages(), u.translated(), true, List.of()) : Outcome.FAILED;
        return new BuildResult(
            u.diagnostics(), outcome.pages(), outcome.translated(), clock.timings(),
            Duration.ofNanos(System.nanoTime() - start), outcome.written(), outcome.languages(), java.util.OptionalInt.of(u.rewritten()));
      }
    }
    return run(options);
  }

  @Override
  public void close() {
    if (ownsSession) session.close();
  }

  /** Where the alert index page is published ({@link AlertSiteChecks#indexKey}), and the runbooks it lists. */
  private record AlertIndex(Optional<String> key, List<org.fieldguide.alert.RunbookAlerts> runbooks) {}

  /** What the writing stages make the site from, all made before the first page is written. */
  private record Rendering(
      SiteTree tree, Theme theme, UiStrings strings, TemplateRenderer templates, PageViewFactory views, PageEmitter emitter,
      AlertIndex alertIndex) {}

  private record Outcome(
      Map<String, Integer> pages, Map<String, Integer> translated, boolean written, List<LanguageStatus> languages) {
    static final Outcome FAILED = new Outcome(Map.of(), Map.of(), false, List.of());

    Outcome failed() {
      return new Outcome(Map.of(), Map.of(), false, languages);
    }

    Outcome published() {
      return new Outcome(pages, translated, true, languages);
    }
  }

  private Outcome stages(BuildOptions options, Diagnostics diagnostics, StageClock clock, Parallel parallel) {
    Path siteDir = options.siteDir();
    // A swap that a killed build left half done is undone first, even if this build fails on content.
    if (options.mode() == Mode.BUILD) StagedOutput.recover(options.outDir(), diagnostics);
    Optional<SiteConfig> loaded = clock.time("configuration", () -> session.configLoader.load(siteDir, diagnostics));
    if (loaded.isEmpty()) return Outcome.FAILED;
    SiteConfig config = loaded.get();
    session.openCacheEarly(options);
    session.readElsewhere(new InputsElsewhere(
        config.alerts().rules().stream().map(g -> RuleFileLoader.Glob.of(siteDir, g.glob())).toList(),
        session.inputsElsewhere().repositoryFiles()));

    ContentScanner.Discovery discovery = clock.time("discovery", () -> session.scanner.discover(siteDir, config, diagnostics, parallel));
    List<SourceFile> files = discovery.files();
    List<RuleFile> rules = clock.time("alert rules", () -> readRules(siteDir, config, diagnostics));
    Optional<Theme> theme = clock.time("theme", () -> session.themeLoader.load(siteDir, config, diagnostics));
    if (theme.isEmpty()) return Outcome.FAILED;
    UiStrings strings = clock.time("interface strings", () -> ThemeStrings.load(theme.get(), config, siteDir, session.yaml, diagnostics));
    long errorsBeforeIndex = diagnostics.errorCount();
    SiteIndex index = clock.time("index", () -> session.index(files, discovery.stats(), config, strings, options, parallel, diagnostics));
    // A runbook whose front matter could not be read would look like a missing runbook to the
    // alert checks, and a rule file that could not be read like missing alerts: then they wait.
    boolean alertInputsRead = diagnostics.errorCount() == errorsBeforeIndex && rules != null;
    // Which files link to which page is for the updates of a session that outlives this build (a
    // watching server's); a build that closes its session would hold a million entries at 50,000
    // pages for nobody.
    boolean later = !ownsSession;
    HistoriesAhead ahead = HistoriesAhead.start(session, options, later, parallel);
    SiteTree tree = clock.time("assembly", () -> {
      // The digests of originals that stamped translations compare with, made at once on every core.
      session.translationDigests.prepare(index, config.defaultLanguage(), parallel);
      return session.assembler.assemble(config, index, options.drafts(), diagnostics);
    });
    Outcome counted = counts(tree, strings);

    RepositoryFiles repositoryFiles = RepositoryFiles.of(siteDir, config);
    LinkResolver resolver = new LinkResolver(tree, repositoryFiles);
    List<RuleFile> ruleFiles = rules == null ? List.of() : rules;
    String inputs = RenderInputs.digest(siteDir, theme.get(), new RuleFileLoader(session.yaml).find(siteDir, config.alerts(), new Diagnostics()).values().stream().toList());
    FileChecks.Checked checked = clock.time("validate", () -> validate(tree, index, resolver, later, inputs, ahead, parallel, diagnostics),
        c -> c.takenOver() == 0 ? List.of() : List.of(c.takenOver() + " files' findings as the last build checked them (their links lead where they did)"));
    // Every file's links were checked (none taken over) only in a build that collects the link
    // graph, a watching server's: then these are all the repository files pages link to.
    if (later) session.readElsewhere(new InputsElsewhere(session.inputsElsewhere().ruleGlobs(), repositoryFiles.lookedUp()));
    Diagnostics alertDiagnostics = new Diagnostics();
    // The runbooks that list alerts, found once (a walk over every page: 30,000 at 10,000 x 3) for
    // the checks, the alert index page's place and that page's contents; timed with the checks.
    List<org.fieldguide.alert.RunbookAlerts> runbooks = clock.time("alerts", () -> {
      List<org.fieldguide.alert.RunbookAlerts> found = AlertSiteChecks.runbooks(tree);
      if (alertInputsRead) new AlertSiteChecks().check(tree, resolver, rules, found, alertDiagnostics);
      return found;
    });
    alertDiagnostics.sorted().forEach(diagnostics::report);
    if (options.external().enabled()) {
      clock.time("external links", () -> new ExternalLinkStage().run(siteDir, config.externalLinks(), options.external(), tree, session.store(), diagnostics));
    }
    if (diagnostics.hasErrors()) return counted.failed();

    TemplateRenderer templates = new TemplateRenderer(theme.get());
    AlertIndex alertIndex = new AlertIndex(AlertSiteChecks.indexKey(tree, runbooks), runbooks);
    PageViewFactory views = new PageViewFactory(tree, strings, theme.get().staticFiles().keySet(), ruleFiles, alertIndex.key());
    PageEmitter emitter = new PageEmitter(tree, resolver, session.store(), views, templates, inputs);
    if (options.mode() == Mode.CHECK) {
      // check runs every template too (keeping no output), so a theme error fails a pull request:
      // every page's, and those of the pages no content makes (root, 404).
      clock.time("templates", () -> {
        parallel.forEach(tree.pages(), p -> emitter.check(p, diagnostics));
        new SiteFiles().checkPages(tree, templates, views, diagnostics);
        alertIndexPages(tree, alertIndex.key(), runbooks, views, templates, (path, html) -> {}, diagnostics);
      });
      return diagnostics.hasErrors() ? counted.failed() : counted;
    }
    Rendering rendering = new Rendering(tree, theme.get(), strings, templates, views, emitter, alertIndex);
    boolean written = write(options, rendering, diagnostics, clock, ahead, parallel);
    if (written && later) {
      session.remember(LastBuild.of(options, config, files, theme.get(), templates, strings, ruleFiles, alertInputsRead, index, tree,
          inputs, diagnostics.sorted().stream().filter(d -> !alertDiagnostics.sorted().contains(d)).toList(), alertDiagnostics.sorted(),
          checked.linkedFrom(), counted.pages(), counted.translated(), runbooks));
    }
    return written ? counted.published() : counted.failed();
  }

  /**
   * Every check over the index: links and anchors, output collisions, writer mistakes.
   *
   * @param graph whether to collect which files link to which page
   * @param inputs what else decides the checks ({@link RenderInputs}: site.yaml, fieldguide itself)
   * @return for each page key, the source files whose links lead to it (empty without {@code
   *     graph}), and how many files' findings were the last build's
   */
  private FileChecks.Checked validate(
      SiteTree tree, SiteIndex index, LinkResolver resolver, boolean graph, String inputs, HistoriesAhead ahead, Parallel parallel,
      Diagnostics diagnostics) {
    LinkChecks links = new LinkChecks(tree, resolver);
    List<Page> withText = links.pagesWithText();
    // With a cache, a file whose bytes and whose site's link facts are the last build's has the
    // findings it had (CheckedFiles): a one-page edit checks one page's links. A build that
    // collects the link graph (a watching server's first) needs every page's targets: it checks all.
    Optional<CheckedFiles> known = ahead.checked().get().map(saved -> saved.in(LinkUniverse.digest(tree, inputs, parallel)));
    FileChecks.Checked checked = new FileChecks(links, session.store()).check(withText, index.pages(), known, graph, parallel, diagnostics);
    known.filter(CheckedFiles::changed).ifPresent(c -> {
      List<String> files = withText.stream().map(p -> p.content().get().source().contentPath()).toList();
      try {
        session.writeCacheFile(CHECKED_FILES, out -> c.writeTo(out, files));
      } catch (IOException e) {
        // Only time is lost: the next build checks every file again.
      }
    });
    new OutputCollisions().check(tree, diagnostics);
    return checked;
  }

  private boolean write(
      BuildOptions options, Rendering rendering, Diagnostics diagnostics, StageClock clock, HistoriesAhead ahead, Parallel parallel) {
    Optional<Boolean> written = write(options, rendering, diagnostics, clock, ahead, parallel, true);
    // An update in place was refused, and nothing published: another build published meanwhile
    // (the files this one kept may be that build's), or a published file would not move (an
    // immutable folder). Rare; the whole site is staged and swapped in instead.
    return written.orElseGet(() -> write(options, rendering, diagnostics, clock, ahead, parallel, false).orElse(false));
  }

  /** @return whether the site was published; empty when an in-place update must be done again whole */
  private Optional<Boolean> write(
      BuildOptions options, Rendering rendering, Diagnostics diagnostics, StageClock clock, HistoriesAhead ahead, Parallel parallel,
      boolean mayPublishInPlace) {
    SiteTree tree = rendering.tree();
    Theme theme = rendering.theme();
    TemplateRenderer templates = rendering.templates();
    PageViewFactory views = rendering.views();
    PageEmitter emitter = rendering.emitter();
    StagedOutput output;
    try {
      output = StagedOutput.create(options.outDir(), mayPublishInPlace, session.cacheFile(PUBLISHED_LISTING), ahead.published());
    } catch (StagedOutput.UnsafeOutputException e) {
      diagnostics.error(SourcePos.file(options.outDir().toString()), e.getMessage());
      return Optional.of(false);
    } catch (IOException e) {
      // StagedOutput's messages are whole sentences with the system's reason.
      diagnostics.error(SourcePos.file(options.outDir().toString()), e.getMessage());
      return Optional.of(false);
    }
    boolean committed = false;
    // Cache files being written for the next build while this one goes on.
    // Added to by the search stage's thread too.
    List<java.util.function.Supplier<?>> saving = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    try {
      SiteFiles siteFiles = new SiteFiles();
      SiteFiles.Output files = new SiteFiles.Output() {
        @Override
        public void write(String path, String text) {
          output.write(path, text);
        }

        @Override
        public java.io.OutputStream open(String path) {
          return output.open(path);
        }

        @Override
        public void copy(String path, Path source) {
          output.copy(path, source);
        }
      };
      // The last build's fingerprints (tens of thousands of paths at 10,000 pages x 3): read
      // before emit, which compares with them; timed so --verbose shows it.
      OutputHistory history = clock.time("last build", () -> session.history(options, ahead.outputs()));
      Path previous = options.outDir().toAbsolutePath().normalize();
      java.util.Queue<Page> reused = new java.util.concurrent.ConcurrentLinkedQueue<>();
      java.util.concurrent.atomic.AtomicInteger byKey = new java.util.concurrent.atomic.AtomicInteger();
      clock.time("emit", () -> {
        if (history.isUsed()) emitter.prepareKeys(parallel);
        parallel.forEach(tree.pages(), p -> {
          if (emit(p, emitter, history, previous, output, reused, diagnostics)) byKey.incrementAndGet();
        });
        return byKey.get();
      }, known -> reused.isEmpty() ? List.of()
          : List.of(reused.size() + " pages as the last build wrote them (" + known + " known by their render key alone)"));
      if (!reused.isEmpty() && !OutputHistory.stamp(previous).equals(history.publication())) {
        // Another build published into the folder while this one took files from it: they may be
        // that build's. Render those pages after all.
        parallel.forEach(List.copyOf(reused), p -> emitter.render(p, diagnostics).ifPresent(h -> output.replace(PageEmitter.outputPath(p), h)));
      }
      // The site files and the search index need nothing from each other, and the files they
      // write are their own: made at once. The site files are mostly the sitemap when it is
      // written (two thirds of their samples in a profile of a one-page rebuild before it was kept
      // by its key: SiteSitemap), on one thread: run alone, they used 1.3-1.4 of 2 cores.
      clock.together(parallel, List.of(
          new StageClock.Concurrent("site files", () -> {
            // Pages are keyed when a history is kept or compared with: the sitemap is then too.
            SiteSitemap sitemap = SiteSitemap.of(output, previous, history, history.isUsed() ? Optional.of(emitter.sitemapKey()) : Optional.empty());
            siteFiles.writeGenerated(tree, templates, views, sitemap.recording(files), diagnostics, !sitemap.kept());
            alertIndexPages(tree, rendering.alertIndex().key(), rendering.alertIndex().runbooks(), views, templates, output::write, diagnostics);
            new Redirects().pages(tree).forEach(output::write);
            java.util.concurrent.atomic.AtomicInteger keptCopies = new java.util.concurrent.atomic.AtomicInteger();
            parallel.forEach(siteFiles.copies(tree, theme.staticFiles()), c -> {
              if (copy(c, output, history, previous)) keptCopies.incrementAndGet();
            });
            List<String> details = new java.util.ArrayList<>();
            if (sitemap.kept()) details.add("sitemap as the last build wrote it");
            if (keptCopies.get() > 0) details.add(keptCopies.get() + " copied files as the last build published them");
            return details;
          }),
          new StageClock.Concurrent("search index", () -> new SiteSearch(session, save -> saving.add(inBackground(parallel, save))).write(tree, rendering.strings(), session.store(), output, previous, history,
              history.isUsed() ? Optional.of(emitter.outlineKey()) : Optional.empty(), parallel)
              .stream().map(SearchIndexSize::describe).toList())));
      // The publication this build makes, for the histories saved for the next build: its
      // manifest's identity, which publishing keeps (a rename). Read from the folder after
      // publishing, it could already be another build's, and this build's history would then
      // describe that build's files.
      String publishing = OutputHistory.identity(output.locate(SiteFiles.MANIFEST));
      // Every page's fingerprint is known now (the offline stage writes none): saved while the
      // offline files are made. Saved under this publication, a history describes nothing if the
      // build stops before publishing, and is then not used.
      saving.add(inBackground(parallel, () -> session.saveOutputs(history, publishing)));
      // Last before commit: the offline lists, bundles and service worker read what the stages above wrote.
      Optional<SiteOffline.Written> offline = Optional.empty();
      if (!diagnostics.hasErrors()) {
        // What the last build's bundles hold, when the folder held that build's site as this one
        // started (each entry taken over is checked against the published file's bytes).
        offline = Optional.of(clock.time("offline", () -> {
          OfflineHistory before = ahead.offline().get().under(offlineKey(previous, history.publication()), previous);
          return new SiteOffline().write(tree, theme.staticFiles().keySet(), output, output::write, output::open, before, parallel);
        }, SiteOffline.Written::lines));
      }
      if (diagnostics.hasErrors()) return Optional.of(false);
      // What the bundles hold, saved while the site is published.
      offline.ifPresent(written -> saving.add(inBackground(parallel, () -> {
        try {
          String key = offlineKey(previous, publishing);
          session.writeCacheFile(OFFLINE_HISTORY, out -> written.history().get().writeTo(out, key));
        } catch (IOException e) {
          // Only time is lost: the next build compresses every bundle entry again.
        }
      })));
      clock.time("commit", () -> {
        try {
          // Problems that did not stop publishing are warnings.
          output.commit().forEach(w -> diagnostics.warning(SourcePos.file(options.outDir().toString()), w));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return output.summary();
      }, summary -> List.of(summary));
      committed = true;
      afterCommit.run();
      session.published(history, options, publishing);
      // What the next build takes over, in three files of the cache: one after the other, after
      // publishing, they were 0.4 s on one core at the end of a one-page rebuild at 10,000 pages
      // × 3; at once, after publishing, 0.14 s. The published listing is known only now.
      clock.time("save cache", () -> {
        output.listing().ifPresent(listing -> {
          try {
            // Read by the next build's in-place update; a stale one describes another publication and is not used.
            session.writeCacheFile(PUBLISHED_LISTING, listing::writeTo);
          } catch (IOException e) {
            // Only time is lost: the next build reads every folder of the published site.
          }
        });
        awaitAll(saving);
      });
      return Optional.of(true);
    } catch (UncheckedIOException e) {
      // A file this build kept from the published site may have been taken away by another build
      // publishing meanwhile: that update in place would have been refused anyway.
      if (e.getCause() instanceof StagedOutput.InPlaceRefused || output.publishedMeanwhile()) return Optional.empty();
      diagnostics.error(SourcePos.file(options.outDir().toString()), e.getCause().getMessage());
      return Optional.of(false);
    } finally {
      // A save still running is waited for, so that no write of this build overlaps the next one's.
      awaitAll(saving);
      if (!committed) output.abandon();
    }
  }

  /** Starts {@code save} on the pool; what waits for it ({@link #awaitAll}). */
  private static java.util.function.Supplier<?> inBackground(Parallel parallel, Runnable save) {
    return parallel.start(() -> {
      save.run();
      return null;
    });
  }

  /** Waits for every one of {@code tasks}, then forgets them; what they throw is theirs (each save catches its own failures). */
  private static void awaitAll(List<java.util.function.Supplier<?>> tasks) {
    synchronized (tasks) {
      for (java.util.function.Supplier<?> t : tasks) t.get();
      tasks.clear();
    }
  }

  static final String OFFLINE_HISTORY = "offline.bin";
  /** What the link checks found in each file, under the site's link facts ({@link CheckedFiles}). */
  static final String CHECKED_FILES = "checked.bin";
  /** The published site's files and folder times, as the last update in place left them ({@link StagedOutput#listing}). */
  static final String PUBLISHED_LISTING = "published.bin";

  /**
   * What an offline history is valid for: the output folder and its publication ({@link
   * OutputHistory#stamp}: another build publishing there changes it), and what makes a bundle
   * entry from a file: fieldguide itself (a newer one never copies entries an older one made) and
   * the compression. The theme and the content are not part of it: an entry is copied only for a
   * file whose bytes are those the last build published.
   */
  private static String offlineKey(Path out, String publication) {
    return out + "\n" + publication + "\n" + RenderInputs.code() + "\n" + SiteOffline.COMPRESSION;
  }

  /**
   * Writes one page, or takes the file the last build wrote for it when its fingerprint is the
   * same (a hard link: nothing is copied; a copy where links are not possible).
   *
   * @return whether the page was taken from the last output by its render key alone
   */
  private static boolean emit(
      Page page, PageEmitter emitter, OutputHistory history, Path previous, StagedOutput output, java.util.Queue<Page> reused,
      Diagnostics diagnostics) {
    Optional<PageEmitter.Emitted> emitted = emitter.emit(page, history, diagnostics);
    if (emitted.isEmpty()) return false;
    PageEmitter.Emitted e = emitted.get();
    if (e instanceof PageEmitter.Emitted.Unchanged u && output.reuse(u.path(), previous.resolve(u.path()))) {
      history.record(u.path(), u.fingerprint());
      reused.add(page);
      return u.byKey();
    }
    Optional<byte[]> html = e instanceof PageEmitter.Emitted.Rendered r ? Optional.of(r.html()) : emitter.render(page, diagnostics);
    html.ifPresent(h -> {
      output.write(e.path(), h);
      history.record(e.path(), e.fingerprint());
    });
    return false;
  }

  /**
   * Copies a file of the site (a theme's, an image) into the output. One whose source has the
   * stamp the last build published its copy under (its size and time: {@link
   * org.fieldguide.index.AssetFacts#stamp}) is that copy, kept as it is; any other is read and
   * compared with the published file, which is kept when it holds the same bytes. A one-page
   * rebuild at 10,000 pages x 3 read and compared each of the 894 images of the site three times
   * (once per language): 98 of 5,300 CPU samples.
   *
   * @return whether the copy was known by its stamp
   */
  private static boolean copy(SiteFiles.Copy c, StagedOutput output, OutputHistory history, Path previous) {
    Optional<String> stamp = c.stamp();
    if (stamp.isPresent() && history.previous(c.path()).equals(stamp) && output.reuse(c.path(), previous.resolve(c.path()))) {
      history.record(c.path(), stamp.get());
      return true;
    }
    output.copy(c.path(), c.source());
    stamp.ifPresent(s -> history.record(c.path(), s));
    return false;
  }

  /** The site's Prometheus rule files; null when one could not be read. */
  private List<RuleFile> readRules(Path siteDir, SiteConfig config, Diagnostics diagnostics) {
    Diagnostics own = new Diagnostics();
    List<RuleFile> rules = new RuleFileLoader(session.yaml).load(siteDir, config.alerts(), own);
    own.sorted().forEach(diagnostics::report);
    return own.hasErrors() ? null : rules;
  }

  /** The alert index page in every language, with the site's runbooks already known. */
  static void alertIndexPages(
      SiteTree tree, Optional<String> key, List<org.fieldguide.alert.RunbookAlerts> runbooks, PageViewFactory views,
      TemplateRenderer templates, java.util.function.BiConsumer<String, String> write, Diagnostics diagnostics) {
    if (key.isEmpty()) return;
    for (String lang : tree.config().languageCodes()) {
      String path = org.fieldguide.model.SiteAssembler.url(lang, key.get()) + "index.html";
      try {
        write.accept(path, templates.render("alert-index.ftlh", views.alertIndex(lang, key.get(), runbooks), path));
      } catch (TemplateRenderer.TemplateFailure e) {
        diagnostics.report(e.diagnostic());
      }
    }
  }

  private static Outcome counts(SiteTree tree, UiStrings strings) {
    Map<String, Integer> pages = new LinkedHashMap<>();
    Map<String, Integer> translated = new LinkedHashMap<>();
    for (String lang : tree.config().languageCodes()) {
      pages.put(lang, 0);
      translated.put(lang, 0);
    }
    // One walk over the pages, not two per language.
    for (Page p : tree.pages()) {
      pages.computeIfPresent(p.language(), (lang, n) -> n + 1);
      if (!p.fallback()) translated.computeIfPresent(p.language(), (lang, n) -> n + 1);
    }
    return new Outcome(
        java.util.Collections.unmodifiableMap(pages), java.util.Collections.unmodifiableMap(translated), false, TranslationStatus.of(tree, strings));
  }
}
