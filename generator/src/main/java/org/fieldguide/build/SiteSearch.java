package org.fieldguide.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import org.fieldguide.alert.RunbookAlerts;
import org.fieldguide.config.LanguageConfig;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.emit.OutputHistory;
import org.fieldguide.frontmatter.CommonMeta;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.index.BodyRef;
import org.fieldguide.index.BodyStore;
import org.fieldguide.index.EngineDigest;
import org.fieldguide.index.Indexer;
import org.fieldguide.index.PageFacts;
import org.fieldguide.markdown.PageHeading;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.output.StagedOutput;
import org.fieldguide.search.IndexState;
import org.fieldguide.search.SearchDocument;
import org.fieldguide.search.SearchDocuments;
import org.fieldguide.search.SearchIndexSize;
import org.fieldguide.search.SearchIndexWriter;
import org.fieldguide.search.SearchLabels;
import org.fieldguide.search.TermCache;

/**
 * Hands search its documents: one per page of every language, made from the facts the index
 * stage kept (title, summary, tags, headings) and the plain text it stored beside each body, so
 * nothing is read back from HTML. The {@code search} package knows no other stage; this is the
 * only class that knows both sides.
 */
final class SiteSearch {
  /** The code that writes the index is part of its version: the same pages indexed by another build of the tool get another. */
  private static final String ENGINE = EngineDigest.code();

  private final SearchIndexWriter writer = new SearchIndexWriter();
  /** Gives the key each page's facts were made under, and the cache folder's files. */
  private final BuildSession session;
  /**
   * Runs a save of a cache file while the build goes on (the build waits for it before it ends):
   * the term cache and state of a language are megabytes, and writing them on the language's
   * thread kept the search stage, which other stages wait for, ~25 ms longer in a one-page rebuild.
   */
  private final java.util.function.Consumer<Runnable> saveLater;

  SiteSearch(BuildSession session, java.util.function.Consumer<Runnable> saveLater) {
    this.session = session;
    this.saveLater = saveLater;
  }

  /** The cache file of a language's {@link TermCache}, and what it must have been written under. */
  private static String termCacheFile(String language) {
    return "search-terms-" + language + ".bin";
  }

  private static String termCacheKey(String language) {
    return ENGINE + "\n" + language;
  }

  /** The last build's terms of {@code language}; none in a build without a cache folder, or before a first build. */
  private TermCache termCache(String language) {
    return session.cacheFile(termCacheFile(language)).map(f -> TermCache.load(f, termCacheKey(language))).orElse(TermCache.NONE);
  }

  /** The cache file of a language's {@link IndexState}: what the published index was made of. */
  private static String stateFile(String language) {
    return "search-state-" + language + ".bin";
  }

  /** The state the last build left for {@code language}; the writer checks what it was made under. */
  private IndexState state(String language) {
    return session.cacheFile(stateFile(language)).map(IndexState::load).orElse(IndexState.NONE);
  }

  private void keep(String language, IndexState state) {
    saveLater(stateFile(language), state::writeTo);
  }

  /** Keeps this build's terms of {@code language} for the next build, when they changed (nothing in a build without a cache folder). */
  private void keep(String language, TermCache.Builder next) {
    if (next.changed()) saveLater(termCacheFile(language), out -> next.writeTo(out, termCacheKey(language)));
  }

  /** Saves the cache file {@code name} in the background (see {@link #saveLater}). */
  private void saveLater(String name, org.fieldguide.index.IndexCache.Contents contents) {
    saveLater.accept(() -> {
      try {
        session.writeCacheFile(name, contents);
      } catch (IOException e) {
        // Only time is lost: the next build reads every page's terms again, or makes the index from every page.
      }
    });
  }

  /** Writes every language's index through {@code out} (path relative to the site root, bytes). */
  List<SearchIndexSize> write(SiteTree tree, UiStrings strings, BodyStore store, BiConsumer<String, byte[]> out, Parallel parallel) {
    return write(tree, strings, store, out, (lang, version) -> Optional.empty(), Shortcut.NONE, Optional.empty(), parallel);
  }

  /**
   * A way to a language's index without the outlines of its pages, and what it learns once the
   * index is written (see {@link SearchVersions}).
   */
  private interface Shortcut {
    Shortcut NONE = new Shortcut() {
      @Override
      public Optional<SearchIndexSize> before(String language, List<Page> pages) {
        return Optional.empty();
      }

      @Override
      public void after(String language, List<Page> pages) {}
    };

    /** The index of {@code language}, of these pages (in address order), taken over; nothing when it is to be written. */
    Optional<SearchIndexSize> before(String language, List<Page> pages);

    /** Called once the index of {@code language} was written or taken over. */
    void after(String language, List<Page> pages);
  }

  /**
   * Writes every language's index into a build's staged output, taking over a language's files
   * from the output being replaced ({@code previous}) when they are of the same version: an edit
   * in one language (or none, in a build that changed only templates) leaves the other
   * languages' indexes as they were, and making them is the costly part. Files are written with
   * {@link StagedOutput#replace}, never into a file that may be linked to a published one; each
   * is recorded in {@code history} with its version and size, so the next build knows what the
   * folder holds without opening its files.
   *
   * @param outlineKey the {@link org.fieldguide.emit.PageEmitter#outlineKey} of the site, when
   *     its pages were keyed: then a language whose pages are as a build with a cache last saw
   *     them has its version known without reading its outlines ({@link SearchVersions})
   */
  List<SearchIndexSize> write(
      SiteTree tree, UiStrings strings, BodyStore store, StagedOutput output, Path previous, OutputHistory history, Optional<String> outlineKey,
      Parallel parallel) {
    BiConsumer<String, byte[]> out = (path, bytes) -> {
      output.replace(path, bytes);
      SearchIndexWriter.versionOf(bytes).ifPresent(carried -> history.record(path, Recorded.of(carried, bytes.length)));
    };
    SearchIndexWriter.Previous last = new SearchIndexWriter.Previous() {
      @Override
      public Optional<SearchIndexSize> takeOver(String lang, String version) {
        return SiteSearch.takeOver(output, previous, history, lang, version);
      }

      @Override
      public Optional<int[]> takeOverGroup(String lang, String version, int chunks) {
        return SiteSearch.takeOverGroup(output, previous, history, lang, version, chunks);
      }

      @Override
      public Optional<String> publishedVersion(String lang) {
        return history.previous("search/" + lang + "/index.js").flatMap(Recorded::parse).map(Recorded::carried);
      }

      @Override
      public Optional<byte[]> readShard(String lang, String version) {
        String rel = "search/" + lang + "/t" + version + ".js";
        // Only a file the history vouches for, carrying the version its name holds.
        if (history.previous(rel).flatMap(Recorded::parse).filter(r -> r.carried().equals(version)).isEmpty()) return Optional.empty();
        try {
          byte[] bytes = java.nio.file.Files.readAllBytes(previous.resolve(rel));
          return SearchIndexWriter.versionOf(bytes).filter(version::equals).map(v -> bytes);
        } catch (IOException e) {
          return Optional.empty();
        }
      }

      @Override
      public Optional<Integer> takeOverShard(String lang, String version) {
        String dir = "search/" + lang + "/";
        Map<String, String> files = new LinkedHashMap<>();
        String rel = dir + "t" + version + ".js";
        files.put(rel, history.previous(rel).orElse(null));
        return keep(output, previous, history, dir, files, version).map(sizes -> sizes.get(rel).intValue());
      }
    };
    Optional<Path> versionsFile = session.cacheFile(SearchVersions.FILE);
    if (outlineKey.isEmpty() || versionsFile.isEmpty()) return write(tree, strings, store, out, last, Shortcut.NONE, outlineKey, parallel);
    SearchVersions versions = SearchVersions.load(versionsFile.get());
    Shortcut shortcut = new Shortcut() {
      /** Each language's pages key, made once, before its index is looked for. */
      private final Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();

      @Override
      public Optional<SearchIndexSize> before(String lang, List<Page> pages) {
        String key = SearchVersions.pagesKey(ENGINE, lang, outlineKey.get(), pages);
        keys.put(lang, key);
        return versions.version(lang, key).flatMap(version -> last.takeOver(lang, version).map(t -> {
          versions.learn(lang, key, version);
          return new SearchIndexSize(lang, pages.size(), t.files(), t.bytes(), t.metaBytes(), t.largestFileBytes(), true, 0).knownByItsPages();
        }));
      }

      @Override
      public void after(String lang, List<Page> pages) {
        // The version as written or taken over: the one the language's index.js was recorded with.
        history.recorded("search/" + lang + "/index.js").flatMap(Recorded::parse).ifPresent(r -> versions.learn(lang, keys.get(lang), r.carried()));
      }
    };
    List<SearchIndexSize> sizes = write(tree, strings, store, out, last, shortcut, outlineKey, parallel);
    if (versions.changed()) saveLater(SearchVersions.FILE, versions::writeTo);
    return sizes;
  }

  /**
   * Keeps the files of one group of page chunks that the last build published, {@code
   * d<version>-<n>.js} for each of its {@code chunks} (see {@link #keep}); gives their sizes, or
   * nothing when one is not there, and the group is written.
   */
  private static Optional<int[]> takeOverGroup(
      StagedOutput output, Path previous, OutputHistory history, String lang, String version, int chunks) {
    String dir = "search/" + lang + "/";
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < chunks; i++) {
      String rel = dir + "d" + version + "-" + i + ".js";
      files.put(rel, history.previous(rel).orElse(null));
    }
    return keep(output, previous, history, dir, files, version).map(sizes -> sizes.values().stream().mapToInt(Long::intValue).toArray());
  }

  /**
   * How the output history records a file of a search index: the version it carries and its
   * size, as {@code search <version> <size>} (never a page's fingerprint, which is hex alone).
   */
  private record Recorded(String carried, long size) {
    private static final String PREFIX = "search ";

    static String of(String carried, long size) {
      return PREFIX + carried + " " + size;
    }

    static Optional<Recorded> parse(String value) {
      int space = value.lastIndexOf(' ');
      if (!value.startsWith(PREFIX) || space <= PREFIX.length()) return Optional.empty();
      try {
        return Optional.of(new Recorded(value.substring(PREFIX.length(), space), Long.parseLong(value.substring(space + 1))));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * Keeps every file the last build published in {@code search/<lang>/} when each carries
   * {@code version} (a page chunk, its group's: {@link SearchIndexWriter#carries}), as the
   * history recorded them; else removes what it kept and gives nothing, and the index is made.
   * No file is opened: reading the head of each (about 5,400 per language at 10,000 pages) to
   * learn its version was a third of a one-page rebuild's search stage. The history stands for
   * the folder's files as it does for pages (it is only loaded for the publication it was
   * written after); a file that is gone is not taken over.
   */
  private static Optional<SearchIndexSize> takeOver(
      StagedOutput output, Path previous, OutputHistory history, String lang, String version) {
    String dir = "search/" + lang + "/";
    // index.js carries the index's version: when it is another, no file is looked at (listing the
    // language's 5,400 files, at 10,000 pages, to stop at the first of another version was 20-40
    // ms of every language whose pages changed).
    if (history.previous(dir + "index.js").flatMap(Recorded::parse).filter(r -> r.carried().equals(version)).isEmpty()) return Optional.empty();
    java.util.SortedMap<String, String> files = history.previousUnder(dir);
    return keep(output, previous, history, dir, files, version).map(sizes -> new SearchIndexSize(lang, 0, sizes.size(),
        sizes.values().stream().mapToLong(Long::longValue).sum(), sizes.get(dir + "index.js"),
        sizes.values().stream().mapToLong(Long::longValue).max().orElse(0), true, 0));
  }

  /**
   * Keeps every one of {@code files} of {@code dir} (each with what the history recorded for it,
   * null when nothing) that the last build published as a file of an index of {@code version}
   * ({@link SearchIndexWriter#carries}), and records it again; gives their recorded sizes, in the
   * order of {@code files}. When one is not there, or of another version, removes what it kept and
   * gives nothing.
   */
  private static Optional<Map<String, Long>> keep(
      StagedOutput output, Path previous, OutputHistory history, String dir, Map<String, String> files, String version) {
    // The records first, then the files: for the language of an edited page, the chunk groups
    // that did not change come first in name order and match, and linking them (5,000 at 10,000
    // pages) only to remove them at the first file of another version was 40 ms of the stage.
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      String rel = f.getKey();
      Optional<Recorded> recorded = Optional.ofNullable(f.getValue()).flatMap(Recorded::parse);
      if (recorded.isEmpty() || !SearchIndexWriter.carries(rel.substring(dir.length()), recorded.get().carried(), version)) {
        return Optional.empty();
      }
      sizes.put(rel, recorded.get().size());
    }
    List<String> kept = new ArrayList<>(sizes.size());
    for (String rel : sizes.keySet()) {
      if (!output.reuse(rel, previous.resolve(rel))) {
        kept.forEach(output::remove);
        return Optional.empty();
      }
      kept.add(rel);
    }
    sizes.keySet().forEach(rel -> history.record(rel, files.get(rel)));
    return Optional.of(sizes);
  }

  /**
   * @param outlineKey the site's outline key, when its pages were keyed: a page's search outline
   *     is then stamped by its source's digest under that key (see {@link SearchVersions} for why
   *     the two stand for it)
   */
  private List<SearchIndexSize> write(
      SiteTree tree, UiStrings strings, BodyStore store, BiConsumer<String, byte[]> out, SearchIndexWriter.Previous previous, Shortcut shortcut,
      Optional<String> outlineKey, Parallel parallel) {
    SiteConfig config = tree.config();
    Map<String, String> languageNames = new LinkedHashMap<>();
    for (LanguageConfig l : config.languages()) languageNames.put(l.code(), l.name());
    // The languages' outlines are read at once; their indexes are then made one at a time.
    Lock indexing = new ReentrantLock();
    return parallel.mapOnOwnThreads(config.languageCodes(), lang -> {
      List<Page> pages = new ArrayList<>();
      for (Page p : tree.pages()) if (p.language().equals(lang)) pages.add(p);
      pages.sort(Comparator.comparing(Page::url));
      Optional<SearchIndexSize> known = shortcut.before(lang, pages);
      if (known.isPresent()) return known.get();
      // Made when the writer asks, from the facts and the stored text: never all at once.
      SearchDocuments docs = new SearchDocuments() {
        @Override
        public int size() {
          return pages.size();
        }

        @Override
        public SearchDocument get(int index) {
          return document(tree, pages.get(index), store, true);
        }

        @Override
        public SearchDocument light(int index) {
          return document(tree, pages.get(index), store, false);
        }

        @Override
        public Outline outline(int index) {
          Page p = pages.get(index);
          SearchDocument light = document(tree, p, store, false);
          Optional<PageFacts> facts = p.content();
          if (facts.isEmpty()) return new Outline(light, "", 0, 0);
          // The text, code terms and headings are made from the file under its facts key (and
          // the alert names from its front matter): the key stands for them, and they are not
          // read. Without a key, what they are.
          BodyRef body = facts.get().body();
          int length = body.textBytes();
          String identity = session.factsKey(facts.get().source().contentPath())
              .orElseGet(() -> SearchDocuments.textIdentity(document(tree, p, store, true)));
          return new Outline(light, identity + "\u0000" + length, length, body.headingChars());
        }

        @Override
        public Optional<Stamps> stamps() {
          return outlineKey.map(key -> new Stamps() {
            @Override
            public String shared() {
              return key;
            }

            @Override
            public String url(int index) {
              return pages.get(index).url();
            }

            @Override
            public String of(int index) {
              return pages.get(index).content().map(PageFacts::digest).orElse("");
            }
          });
        }
      };
      // Without a cache folder (--no-cache) there is nowhere to keep the next term cache: the
      // writer then collects none.
      boolean kept = session.cacheFile(termCacheFile(lang)).isPresent();
      Optional<java.util.function.Consumer<TermCache.Builder>> keeper = kept ? Optional.of(next -> keep(lang, next)) : Optional.empty();
      Optional<java.util.function.Consumer<IndexState>> stateKeeper = kept ? Optional.of(state -> keep(lang, state)) : Optional.empty();
      SearchIndexSize written = writer.write(lang, docs, new SearchLabels(typeNames(strings, lang), languageNames), ENGINE, out, previous, parallel,
          () -> termCache(lang), keeper, () -> state(lang), stateKeeper, indexing);
      shortcut.after(lang, pages);
      return written;
    });
  }

  /**
   * The page's document; without its text, code terms and headings unless {@code whole} (an
   * outline's: {@link SearchDocuments#withoutText}).
   */
  private static SearchDocument document(SiteTree tree, Page p, BodyStore store, boolean whole) {
    String def = tree.config().defaultLanguage();
    PageFacts facts = p.content().orElse(null);
    CommonMeta meta = facts == null ? null : facts.meta().common();
    String text = "";
    List<String> codeTerms = new ArrayList<>();
    if (facts != null && whole) {
      String stored = store.text(facts.body());
      int split = stored.indexOf(Indexer.CODE_TERMS);
      text = split < 0 ? stored : stored.substring(0, split);
      if (split >= 0) codeTerms.addAll(List.of(stored.substring(split + Indexer.CODE_TERMS.length()).split(" ")));
      // A runbook is found by the names of the alerts it answers, as a notification shows them.
      RunbookAlerts.of(facts.source(), facts.meta(), def).ifPresent(r -> r.alerts().forEach(a -> codeTerms.add(a.alert())));
    }
    return new SearchDocument(
        p.language(),
        p.url(),
        p.title(),
        tree.parent(p).map(Page::title).orElse(""),
        p.type().id(),
        meta == null ? "" : meta.summary(),
        facts == null || !whole ? List.of() : store.headings(facts.body()).stream().map(PageHeading::text).toList(),
        text,
        meta == null ? List.of() : meta.tags(),
        codeTerms,
        p.fallback(),
        p.contentLanguage(def));
  }

  private static Map<String, String> typeNames(UiStrings strings, String language) {
    Map<String, String> names = new LinkedHashMap<>();
    for (ContentType t : ContentType.values()) names.put(t.id(), strings.format(language, "type_" + t.id().replace('-', '_')));
    return names;
  }
}
