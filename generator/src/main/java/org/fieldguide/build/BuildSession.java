package org.fieldguide.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.emit.OutputHistory;
import org.fieldguide.index.IndexCache;
import org.fieldguide.index.ImageSizes;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.ContentScanner;
import org.fieldguide.content.FileStats;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.IoReason;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.FrontMatterReader;
import org.fieldguide.frontmatter.PageMeta;
import org.fieldguide.frontmatter.PageReader;
import org.fieldguide.html.FragmentSanitizer;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.index.BodyRef;
import org.fieldguide.index.BodyStore;
import org.fieldguide.index.Indexer;
import org.fieldguide.index.PageFacts;
import org.fieldguide.index.SiteIndex;
import org.fieldguide.index.TranslationDigests;
import org.fieldguide.markdown.AdmonitionKinds;
import org.fieldguide.markdown.BodyInput;
import org.fieldguide.markdown.Limits;
import org.fieldguide.markdown.MarkdownEngine;
import org.fieldguide.model.SiteAssembler;
import org.fieldguide.theme.ThemeLoader;
import org.fieldguide.yaml.YamlReader;

/**
 * What a build needs and what it may keep for the next one: the engines, built once (YAML
 * reader, Markdown parser and renderer, theme loader), and the index of the last build with the
 * store of rendered bodies, so a later build in the same process (a watching server) reads only
 * the files that changed. {@link SiteBuild} runs the stages; this class holds their state.
 */
public final class BuildSession implements AutoCloseable {
  final YamlReader yaml = new YamlReader();
  final ConfigLoader configLoader = new ConfigLoader(yaml);
  final ContentScanner scanner = new ContentScanner();
  final ThemeLoader themeLoader = new ThemeLoader();
  private final PageReader pageReader = new PageReader(new FrontMatterReader(yaml));
  /** Kept with the session: a later build in it makes only the digests of originals that changed. */
  final TranslationDigests translationDigests = new TranslationDigests(pageReader);
  final SiteAssembler assembler = new SiteAssembler(translationDigests::of);
  private final MarkdownEngine markdown = new MarkdownEngine(Limits.DEFAULT);
  private final int threads;

  private IndexCache cache;
  private Path cacheSite;
  /** The cache being read on a thread of its own (see {@link #openCacheEarly}); null when none is. */
  private Opening opening;
  /** Facts of the last build by content path: what the next build may reuse. */
  private Map<String, IndexCache.Entry> entries = Map.of();
  private IndexCounts lastCounts = new IndexCounts(0, 0);
  /** Fingerprints of the pages the last build published, where, and which publication it was. */
  private Map<String, String> outputs = Map.of();
  /**
   * Whether {@link #outputs} was given to an {@link OutputHistory}, which keeps it as it is: an
   * update then changes a copy (see {@link #updated}).
   */
  private boolean outputsShared;
  private Path outputsFor;
  private String outputsStamp = "";

  /** A session for one build, or for several (a watching server) that keeps what it learns. */
  private final boolean keepsOutputs;

  public BuildSession(int threads) {
    this(threads, true);
  }

  /** @param keepsOutputs whether later builds will run in this session and reuse its outputs */
  BuildSession(int threads, boolean keepsOutputs) {
    this.threads = threads;
    this.keepsOutputs = keepsOutputs;
  }

  int threads() {
    return threads;
  }

  /** How many files the last index stage read, and how many it took from the cache. */
  record IndexCounts(int read, int reused) {}

  /**
   * The key the facts of {@code contentPath} were made under in this session: the digest of the
   * file and of everything its rendering depends on. Equal keys, equal body and text.
   */
  Optional<String> factsKey(String contentPath) {
    return Optional.ofNullable(entries.get(contentPath)).map(IndexCache.Entry::key);
  }

  IndexCounts lastCounts() {
    return lastCounts;
  }

  BodyStore store() {
    return cache.store();
  }

  /**
   * The index stage: every Markdown file read into facts (or taken from the last build when its
   * bytes and everything its rendering depends on are unchanged), every asset measured.
   *
   * @param stats what discovery read of each file ({@link FileStats#NONE}: each is asked here)
   */
  SiteIndex index(
      List<SourceFile> files, FileStats stats, SiteConfig config, UiStrings strings, BuildOptions options, Parallel parallel,
      Diagnostics diagnostics) {
    openCache(options);
    // A site may declare front-matter fields of its own, so the reader is the site's.
    Indexer full = new Indexer(pageReader.declaring(config.frontMatter()), markdown, Limits.DEFAULT);
    // A check that keeps no cache shows no page and leaves nothing for a later build: nothing
    // reads rendered bodies, so they are not made (a third of the index stage). Such facts are
    // keyed apart, so that no build can ever take them for complete ones.
    boolean factsOnly = options.mode() == BuildOptions.Mode.CHECK && !cache.isPersistent() && !keepsOutputs;
    Indexer indexer = factsOnly ? full.factsOnly() : full;
    Indexer.Settings settings = settings(config, strings);
    // Pages without a type of their own take their section's, so section pages are read first.
    Map<String, Optional<ContentType>> sectionTypes = new HashMap<>();
    for (SourceFile f : files) {
      if (f.kind() == SourceKind.SECTION_INDEX && f.language().equals(config.defaultLanguage())) {
        sectionTypes.put(f.key(), indexer.sectionType(f));
      }
    }
    List<SourceFile> sources = files.stream().filter(SourceFile::isMarkdown).toList();
    Map<String, IndexCache.Entry> next = new ConcurrentHashMap<>();
    AtomicInteger reused = new AtomicInteger();
    Map<String, IndexCache.Entry> previous = entries;
    String settingsKey = settingsKey(settings, config) + (factsOnly ? FACTS_ONLY : "");
    BodyStore store = cache.store();
    // Whether the pack holding a cached body is still there, asked once per pack: once per file,
    // it was 30,000 looks at the same two or three files in a rebuild at 10,000 pages x 3.
    Map<Integer, Boolean> packs = new ConcurrentHashMap<>();
    Predicate<BodyRef> bodyThere = ref -> packs.computeIfAbsent(ref.pack(), n -> store.has(ref));
    List<Optional<PageFacts>> facts =
        parallel.map(sources, f -> indexOne(indexer, f, stats.get(f.contentPath()), previous, next, reused, sectionTypes, settings, settingsKey, store,
            bodyThere, diagnostics));
    entries = next;
    lastCounts = new IndexCounts(sources.size() - reused.get(), reused.get());
    try {
      entries = cache.save(next);
    } catch (IOException | UncheckedIOException e) {
      // The cache only saves time; a build that cannot write it is still a good build.
    }
    List<PageFacts> pages = new ArrayList<>();
    for (Optional<PageFacts> p : facts) p.ifPresent(pages::add);
    // The saved entries may point into a newer pack: use those.
    List<PageFacts> current = new ArrayList<>(pages.size());
    for (PageFacts p : pages) {
      IndexCache.Entry e = entries.get(p.source().contentPath());
      current.add(e != null ? e.facts() : p);
    }
    List<SourceFile> assetFiles = files.stream().filter(f -> f.kind() == SourceKind.ASSET).toList();
    // With what discovery read of each (size, time): a copy the last build published of the same
    // file is kept without reading either (SiteBuild's site files).
    List<AssetFacts> assets = parallel.map(assetFiles, f -> ImageSizes.of(f).withRead(stats.get(f.contentPath())));
    return new SiteIndex(current, assets);
  }

  /** @param seen what discovery read of the file, in this build; null to ask the file system */
  private static Optional<PageFacts> indexOne(
      Indexer indexer, SourceFile f, FileStats.Stat seen, Map<String, IndexCache.Entry> previous, Map<String, IndexCache.Entry> next,
      AtomicInteger reused, Map<String, Optional<ContentType>> sectionTypes, Indexer.Settings settings, String settingsKey, BodyStore store,
      Predicate<BodyRef> bodyThere, Diagnostics diagnostics) {
    ContentType inherited = SiteAssembler.inheritedType(f.key(), sectionTypes);
    String rest = "|" + inherited + "|" + settingsKey + "|" + f.language() + "|" + f.kind();
    IndexCache.Entry before = previous.get(f.contentPath());
    Path file = f.path(); // made per call (see SourceFile.path())
    long size;
    long modified;
    if (seen != null) {
      // Read before the file is, as a stat here would be: a later change is seen by the next build.
      size = seen.size();
      modified = seen.modifiedNanos();
    } else {
      try {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        size = attrs.size();
        modified = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      } catch (IOException e) {
        diagnostics.error(SourcePos.file(f.displayPath()), "cannot read the file: " + IoReason.of(e) + ".");
        return Optional.empty();
      }
    }
    // Same size and modification time as when it was read: trusted unread, as git and make do.
    if (before != null && before.size() == size && before.modified() == modified && before.settings().equals(rest)
        && bodyThere.test(before.facts().body())) {
      return reuse(f, before, next, reused, diagnostics);
    }
    Optional<Diagnostic> large = indexer.tooLarge(f, size);
    if (large.isPresent()) {
      diagnostics.report(large.get());
      return Optional.empty();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diagnostics.error(SourcePos.file(f.displayPath()), "cannot read the file: " + IoReason.of(e) + ".");
      return Optional.empty();
    }
    String digest = Indexer.digest(bytes);
    if (before != null && before.settings().equals(rest) && before.facts().digest().equals(digest) && bodyThere.test(before.facts().body())) {
      return reuse(f, new IndexCache.Entry(rest, size, modified, before.facts()), next, reused, diagnostics);
    }
    Optional<PageFacts> p = indexer.index(f, bytes, digest, inherited, settings, store, diagnostics);
    p.ifPresent(x -> next.put(f.contentPath(), new IndexCache.Entry(rest, size, modified, x)));
    return p;
  }

  private static Optional<PageFacts> reuse(
      SourceFile f, IndexCache.Entry entry, Map<String, IndexCache.Entry> next, AtomicInteger reused, Diagnostics diagnostics) {
    // Today's source file, never the one read back with the facts: the file may have moved on disk
    // (another checkout of the same site), and when it has not, the session would keep both.
    PageFacts facts = entry.facts().source() == f ? entry.facts() : entry.facts().withSource(f);
    facts.diagnostics().forEach(diagnostics::report);
    next.put(f.contentPath(), new IndexCache.Entry(entry.settings(), entry.size(), entry.modified(), facts));
    reused.incrementAndGet();
    return Optional.of(facts);
  }

  /**
   * What the last build published in the output folder of {@code options}, for the pages whose
   * fingerprint did not change; empty when the folder is gone or was another one.
   */
  OutputHistory history(BuildOptions options) {
    return history(options, this::readHistory);
  }

  /** The pages' fingerprints file as it is (nothing without a cache folder). */
  private OutputHistory.Saved readHistory() {
    return cache.file(OUTPUTS).map(OutputHistory::read).orElse(OutputHistory.Saved.NONE);
  }

  /**
   * The pages' fingerprints file for {@link #history(BuildOptions, java.util.function.Supplier)}:
   * its reading started on the pool now when that will need it (the session holds none for the
   * output folder yet), else read only if asked.
   */
  java.util.function.Supplier<OutputHistory.Saved> readHistoryAhead(BuildOptions options, Parallel parallel) {
    Path out = options.outDir().toAbsolutePath().normalize();
    return out.equals(outputsFor) || cache.file(OUTPUTS).isEmpty() ? this::readHistory : parallel.start(this::readHistory);
  }

  /** As {@link #history(BuildOptions)}, the fingerprints file (when the session holds none for the folder) given by {@code saved}. */
  OutputHistory history(BuildOptions options, java.util.function.Supplier<OutputHistory.Saved> saved) {
    Path out = options.outDir().toAbsolutePath().normalize();
    // Read once: the history is checked against this publication, and the build compares it
    // with the folder's after taking files from it. Read again here, another build's publication
    // could come in between and pass for the one the history was checked against.
    String now = OutputHistory.stamp(out);
    if (!out.equals(outputsFor)) {
      outputs = saved.get().entriesFor(out, now);
      outputsFor = out;
      outputsStamp = now;
    }
    // Another build may have published into the folder since: then nothing in it is ours to take.
    boolean ours = Files.isDirectory(out) && now.equals(outputsStamp);
    outputsShared |= ours;
    return new OutputHistory(out, ours ? outputs : Map.of(), now, cache.isPersistent() || keepsOutputs);
  }

  /**
   * The history an update needs: the last fingerprints of the given output paths only, so that
   * an edit costs the same on any size of site.
   */
  OutputHistory history(BuildOptions options, java.util.Collection<String> paths) {
    Path out = options.outDir().toAbsolutePath().normalize();
    if (!out.equals(outputsFor)) return history(options);
    String now = OutputHistory.stamp(out);
    boolean ours = Files.isDirectory(out) && now.equals(outputsStamp);
    Map<String, String> some = new HashMap<>();
    if (ours) {
      for (String p : paths) {
        String f = outputs.get(p);
        if (f != null) some.put(p, f);
      }
    }
    return new OutputHistory(out, some, now, cache.isPersistent() || keepsOutputs);
  }

  private LastBuild lastBuild;

  /** What this session's builds read beyond the site's own folders; set by each build, read by a watching server. */
  private volatile InputsElsewhere elsewhere = InputsElsewhere.NONE;

  /**
   * What the builds of this session read beyond {@code site.yaml}, {@code content/} and the
   * theme: the alert rule files' globs (the last build's) and the repository files pages link to.
   */
  public InputsElsewhere inputsElsewhere() {
    return elsewhere;
  }

  void readElsewhere(InputsElsewhere inputs) {
    this.elsewhere = inputs;
  }

  /** What the last successful build of this session knew; empty after a failed one. */
  Optional<LastBuild> lastBuild() {
    return Optional.ofNullable(lastBuild);
  }

  void remember(LastBuild build) {
    this.lastBuild = build;
  }

  void forget() {
    this.lastBuild = null;
  }

  /**
   * Indexes the given files again, outside a full index stage, and keeps their facts for later
   * builds. Empty for a file that could not be read (its problems are in {@code diagnostics}).
   */
  Map<String, Optional<PageFacts>> reindex(
      List<SourceFile> changed, SiteConfig config, UiStrings strings, Parallel parallel, Diagnostics diagnostics) {
    Indexer indexer = new Indexer(pageReader.declaring(config.frontMatter()), markdown, Limits.DEFAULT);
    Indexer.Settings settings = settings(config, strings);
    // The type a section gives its pages is in the facts of its _index.md: only the sections
    // above the changed files are looked up, so an edit costs the same on any size of site.
    Map<String, SourceFile> changedSections = new HashMap<>();
    for (SourceFile f : changed) {
      if (f.kind() == SourceKind.SECTION_INDEX && f.language().equals(config.defaultLanguage())) changedSections.put(f.key(), f);
    }
    Map<String, Optional<ContentType>> sectionTypes = new HashMap<>();
    for (SourceFile f : changed) {
      for (String folder = parentOf(f.key()); ; folder = parentOf(folder)) {
        String section = folder;
        sectionTypes.computeIfAbsent(section, k -> changedSections.containsKey(k)
            ? indexer.sectionType(changedSections.get(k))
            : Optional.ofNullable(entries.get(k.isEmpty() ? "_index.md" : k + "/_index.md"))
                .map(e -> e.facts().meta())
                .flatMap(m -> m instanceof PageMeta.SectionMeta sm ? sm.childType() : Optional.empty()));
        if (folder.isEmpty()) break;
      }
    }
    // Updated in place: copying the facts of every file would make an edit cost the size of the site.
    if (!(entries instanceof ConcurrentHashMap)) entries = new ConcurrentHashMap<>(entries);
    Map<String, IndexCache.Entry> next = entries;
    String settingsKey = settingsKey(settings, config);
    Map<String, Optional<PageFacts>> out = new ConcurrentHashMap<>();
    parallel.forEach(changed, f -> out.put(f.contentPath(),
        indexOne(indexer, f, null, Map.of(), next, new AtomicInteger(), sectionTypes, settings, settingsKey, cache.store(), cache.store()::has,
            diagnostics)));
    return out;
  }

  /**
   * Whether the facts made with {@code before} hold with {@code after}: page bodies contain some
   * interface strings (admonition titles, anchor and code labels), so a change of those means
   * indexing again.
   */
  static boolean sameBodies(SiteConfig config, UiStrings before, UiStrings after) {
    return settingsKey(settings(config, before), config).equals(settingsKey(settings(config, after), config));
  }

  private static String parentOf(String key) {
    int slash = key.lastIndexOf('/');
    return slash < 0 ? "" : key.substring(0, slash);
  }

  /** Takes the fingerprints of the pages an update wrote (or found unchanged) into the history. */
  void updated(OutputHistory history) {
    // Changed in place once it is the session's own: copying every page's on each update would
    // cost the size of the site. Copied once after a build handed it to its history (a watching
    // server's first update after a build), as that history keeps it unchanged.
    if (outputsShared || !(outputs instanceof HashMap)) {
      outputs = new HashMap<>(outputs);
      outputsShared = false;
    }
    outputs.putAll(history.current());
    outputsStamp = OutputHistory.stamp(outputsFor);
  }

  /**
   * Remembers what a build published, for this session's next build (see {@link #saveOutputs}
   * for a later process's).
   *
   * @param publication the {@link OutputHistory#stamp} of that publication (see {@link OutputHistory#writeTo})
   */
  void published(OutputHistory history, BuildOptions options, String publication) {
    outputsShared = false;
    if (!keepsOutputs) {
      // No later build in this session is expected; one would read them from the cache file, as
      // a new process does. Copied here, the fingerprints of 49,000 files were 8-9 ms at the end
      // of every one-page rebuild at 10,000 pages x 3.
      outputs = Map.of();
      outputsFor = null;
      outputsStamp = "";
      return;
    }
    outputs = history.current();
    outputsFor = options.outDir().toAbsolutePath().normalize();
    outputsStamp = publication;
  }

  /**
   * Saves the fingerprints of a build's pages for the next process's build, under the
   * publication that build is about to make: a history is used only while the output folder
   * holds that publication. Thread-safe against {@link #published}: it reads only {@code history}.
   */
  void saveOutputs(OutputHistory history, String publication) {
    try {
      cache.write(OUTPUTS, out -> history.writeTo(out, publication));
    } catch (IOException e) {
      // Only time is lost: the next build renders every page.
    }
  }

  private static final String OUTPUTS = "outputs.bin";

  /** Ends the settings key of facts made without their bodies (see {@link Indexer#factsOnly}). */
  private static final String FACTS_ONLY = "-facts-only";

  /** A file of the site's cache folder named {@code name}; empty when the build keeps no cache. */
  Optional<Path> cacheFile(String name) {
    return cache.file(name);
  }

  /** Replaces the cache file {@code name} (see {@link IndexCache#write}). */
  void writeCacheFile(String name, IndexCache.Contents contents) throws IOException {
    cache.write(name, contents);
  }

  /**
   * Starts reading the site's cache on a thread of its own, when the index stage will open it:
   * decoding the facts of every file (0.7 s of one core at 10,000 pages × 3) then overlaps the
   * stages before the index, which walk the content folder on one core and leave the other idle.
   * Called once the configuration was read, so that no cache folder is made in a folder that is
   * not a site.
   */
  void openCacheEarly(BuildOptions options) {
    Path site = options.siteDir().toAbsolutePath().normalize();
    if (options.cache() != BuildOptions.Cache.USE || opening != null || (cache != null && site.equals(cacheSite) && cache.isPersistent())) return;
    opening = new Opening(site, new java.util.concurrent.FutureTask<>(() -> IndexCache.open(site)));
    Thread reader = new Thread(opening.task(), "fieldguide-index-cache");
    reader.setDaemon(true);
    reader.start();
  }

  /** The cache of {@code site} being opened on a thread of its own. */
  private record Opening(Path site, java.util.concurrent.FutureTask<IndexCache> task) {
    /** The cache once it is open; null when opening it failed (it is opened again where the failure shows as it would have). */
    IndexCache await() {
      try {
        return task.get();
      } catch (java.util.concurrent.ExecutionException e) {
        return null;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the index cache", e);
      }
    }
  }

  /**
   * The cache {@link #openCacheEarly} was opening, once it is open, when it is the one {@code
   * site} and {@code wanted} ask for (any other is closed); null otherwise. Nothing is being
   * opened afterwards.
   */
  private IndexCache takeOpened(Path site, boolean wanted) {
    Opening o = opening;
    opening = null;
    IndexCache early = o == null ? null : o.await();
    if (early != null && !(wanted && site.equals(o.site()))) {
      early.close();
      return null;
    }
    return early;
  }

  /** Opens the site's cache once per session (again if the site or the cache setting changes). */
  private void openCache(BuildOptions options) {
    Path site = options.siteDir().toAbsolutePath().normalize();
    boolean wanted = options.cache() == BuildOptions.Cache.USE;
    IndexCache early = takeOpened(site, wanted);
    if (cache != null && site.equals(cacheSite) && cache.isPersistent() == wanted) {
      if (early != null) early.close();
      return;
    }
    if (cache != null) cache.close();
    cache = early != null ? early : wanted ? IndexCache.open(site) : IndexCache.none();
    cacheSite = site;
    entries = cache.entries();
  }

  private static Indexer.Settings settings(SiteConfig config, UiStrings strings) {
    Map<String, BodyInput.Labels> labels = new LinkedHashMap<>();
    for (String lang : config.languageCodes()) {
      Map<String, String> titles = new LinkedHashMap<>();
      for (String kind : AdmonitionKinds.TITLED) {
        // A theme of a site's own may lack the newer titles: its kind's styled title is shown then.
        if (strings.has(lang, "admonition_" + kind) || AdmonitionKinds.KINDS.contains(kind)) titles.put(kind, strings.format(lang, "admonition_" + kind));
      }
      // As for the titles above, a theme of a site's own may predate the diagram's label.
      String diagram = strings.has(lang, "diagram_label") ? strings.format(lang, "diagram_label") : BodyInput.Labels.DEFAULT.diagram();
      labels.put(lang, new BodyInput.Labels(strings.format(lang, "anchor_label"), Map.copyOf(titles), strings.format(lang, "code_label"),
          strings.format(lang, "footnote_back_label"), diagram));
    }
    return new Indexer.Settings(labels, config.allowRawHtml() ? FragmentSanitizer.Mode.TRUSTED
        : config.strictHtml() ? FragmentSanitizer.Mode.STRICT : FragmentSanitizer.Mode.SANITISE);
  }

  /** Everything besides a file's bytes that its facts depend on, as one stable digest. */
  private static String settingsKey(Indexer.Settings settings, SiteConfig config) {
    // The site's own front-matter fields change how every page is typed.
    StringBuilder sb = new StringBuilder(settings.rawHtml().name()).append('\u0000').append(config.frontMatter());
    for (String lang : config.languageCodes()) {
      BodyInput.Labels l = settings.labels().get(lang);
      sb.append('\u0000').append(lang).append('\u0000').append(l.anchor()).append('\u0000').append(l.code()).append('\u0000')
          .append(l.footnoteBack()).append('\u0000').append(l.diagram());
      for (String kind : AdmonitionKinds.TITLED) sb.append('\u0000').append(l.admonitionTitles().get(kind));
    }
    return Indexer.digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
  }

  @Override
  public void close() {
    takeOpened(cacheSite, false); // a cache still being opened is waited for and closed: nobody takes it now
    if (cache != null) cache.close();
    cache = null;
    entries = Map.of();
  }
}
