package org.fieldguide.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.ContentScanner;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.FrontMatterReader;
import org.fieldguide.frontmatter.PageReader;
import org.fieldguide.html.FragmentSanitizer;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.index.BodyStore;
import org.fieldguide.index.Indexer;
import org.fieldguide.index.PageFacts;
import org.fieldguide.index.SiteIndex;
import org.fieldguide.markdown.AdmonitionKinds;
import org.fieldguide.markdown.BodyInput;
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
  final SiteAssembler assembler = new SiteAssembler();
  private final PageReader pageReader = new PageReader(new FrontMatterReader(yaml));
  private final Indexer indexer = new Indexer(pageReader, new MarkdownEngine());
  private final int threads;

  private BodyStore store;
  /** Facts of the last build by content path, with the key they were made under. */
  private Map<String, Cached> cache = Map.of();

  private record Cached(String key, PageFacts facts) {}

  public BuildSession(int threads) {
    this.threads = threads;
  }

  int threads() {
    return threads;
  }

  /** How many files the last index stage read, and how many it took from the cache. */
  record IndexCounts(int read, int reused) {}

  /**
   * The index stage: every Markdown file read into facts (or taken from the last build when its
   * bytes and everything its rendering depends on are unchanged), every asset measured.
   */
  SiteIndex index(List<SourceFile> files, SiteConfig config, UiStrings strings, Parallel parallel, Diagnostics diagnostics) {
    if (store == null) store = BodyStore.temporary();
    Indexer.Settings settings = settings(config, strings);
    // Pages without a type of their own take their section's, so section pages are read first.
    Map<String, java.util.Optional<ContentType>> sectionTypes = new HashMap<>();
    for (SourceFile f : files) {
      if (f.kind() == SourceKind.SECTION_INDEX && f.language().equals(config.defaultLanguage())) {
        sectionTypes.put(f.key(), indexer.sectionType(f));
      }
    }
    List<SourceFile> markdown = files.stream().filter(SourceFile::isMarkdown).toList();
    Map<String, Cached> next = new ConcurrentHashMap<>();
    AtomicInteger reused = new AtomicInteger();
    Map<String, Cached> previous = cache;
    String settingsKey = settingsKey(settings, config);
    List<Optional<PageFacts>> facts =
        parallel.map(
            markdown,
            f -> {
              byte[] bytes;
              try {
                bytes = Files.readAllBytes(f.path());
              } catch (IOException e) {
                diagnostics.error(SourcePos.file(f.displayPath()), "cannot read the file: " + e.getMessage());
                return Optional.empty();
              }
              String digest = Indexer.digest(bytes);
              ContentType inherited = SiteAssembler.inheritedType(f.key(), sectionTypes);
              String key = digest + "|" + inherited + "|" + settingsKey + "|" + f.language() + "|" + f.kind();
              Cached c = previous.get(f.contentPath());
              if (c != null && c.key().equals(key) && store.has(c.facts().body())) {
                c.facts().diagnostics().forEach(diagnostics::report);
                next.put(f.contentPath(), c);
                reused.incrementAndGet();
                return Optional.of(c.facts());
              }
              Optional<PageFacts> p = indexer.index(f, digest, inherited, settings, store, diagnostics);
              p.ifPresent(x -> next.put(f.contentPath(), new Cached(key, x)));
              return p;
            });
    cache = next;
    lastCounts = new IndexCounts(markdown.size() - reused.get(), reused.get());
    List<PageFacts> pages = new ArrayList<>();
    facts.forEach(p -> p.ifPresent(pages::add));
    List<SourceFile> assetFiles = files.stream().filter(f -> f.kind() == SourceKind.ASSET).toList();
    List<AssetFacts> assets = parallel.map(assetFiles, org.fieldguide.index.ImageSizes::of);
    return new SiteIndex(pages, assets);
  }

  private IndexCounts lastCounts = new IndexCounts(0, 0);

  IndexCounts lastCounts() {
    return lastCounts;
  }

  BodyStore store() {
    return store;
  }

  private static Indexer.Settings settings(SiteConfig config, UiStrings strings) {
    Map<String, BodyInput.Labels> labels = new LinkedHashMap<>();
    for (String lang : config.languageCodes()) {
      Map<String, String> titles = new LinkedHashMap<>();
      for (String kind : AdmonitionKinds.KINDS) titles.put(kind, strings.format(lang, "admonition_" + kind));
      labels.put(lang, new BodyInput.Labels(strings.format(lang, "anchor_label"), Map.copyOf(titles)));
    }
    return new Indexer.Settings(labels, config.allowRawHtml() ? FragmentSanitizer.Mode.TRUSTED : FragmentSanitizer.Mode.SANITISE);
  }

  /** Everything besides a file's bytes that its facts depend on, as one stable digest. */
  private static String settingsKey(Indexer.Settings settings, SiteConfig config) {
    StringBuilder sb = new StringBuilder(settings.rawHtml().name());
    for (String lang : config.languageCodes()) {
      BodyInput.Labels l = settings.labels().get(lang);
      sb.append('\u0000').append(lang).append('\u0000').append(l.anchor());
      for (String kind : AdmonitionKinds.KINDS) sb.append('\u0000').append(l.admonitionTitles().get(kind));
    }
    return Indexer.digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12);
  }

  @Override
  public void close() {
    if (store != null) store.close();
    store = null;
    cache = Map.of();
  }
}
