package org.fieldguide.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldguide.build.BuildOptions.Mode;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.ContentScanner;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.FrontMatterReader;
import org.fieldguide.frontmatter.PageMeta;
import org.fieldguide.frontmatter.PageReader;
import org.fieldguide.frontmatter.ParsedPage;
import org.fieldguide.i18n.LanguageStatus;
import org.fieldguide.i18n.TranslationStatus;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.link.FragmentValidator;
import org.fieldguide.link.InternalLinks;
import org.fieldguide.markdown.MarkdownRenderer;
import org.fieldguide.model.Page;
import org.fieldguide.model.PageId;
import org.fieldguide.model.RenderedPage;
import org.fieldguide.model.SiteAssembler;
import org.fieldguide.model.SiteTree;
import org.fieldguide.output.StagedOutput;
import org.fieldguide.render.PageRenderer;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.Theme;
import org.fieldguide.theme.ThemeLoader;
import org.fieldguide.yaml.YamlReader;

/**
 * Runs the stages of a build in order; the only class that knows the whole sequence. Each stage
 * reports into one {@link Diagnostics}; the build stops after a stage that found errors, and the
 * output folder is replaced only at the very end.
 *
 * <pre>
 * configuration → discovery → front matter → assembly → markdown (+ post-processing)
 *   → link validation → templates → site files → write
 * </pre>
 *
 * <p>Engines that are expensive to build (the Markdown parser) are made once per instance and
 * reused across builds, such as the rebuilds of a development server.
 */
public final class SiteBuild {
  private final YamlReader yaml = new YamlReader();
  private final ConfigLoader configLoader = new ConfigLoader(yaml);
  private final ContentScanner scanner = new ContentScanner();
  private final PageReader pageReader = new PageReader(new FrontMatterReader(yaml));
  private final SiteAssembler assembler = new SiteAssembler();
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final ThemeLoader themeLoader = new ThemeLoader();
  private final SiteFiles siteFiles = new SiteFiles();
  private final int threads;

  public SiteBuild() {
    this(Runtime.getRuntime().availableProcessors());
  }

  public SiteBuild(int threads) {
    this.threads = threads;
  }

  public BuildResult run(BuildOptions options) {
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    StageClock clock = new StageClock();
    try (Parallel parallel = new Parallel(threads)) {
      Outcome outcome = stages(options, diagnostics, clock, parallel);
      return new BuildResult(
          diagnostics.sorted(), outcome.pages(), outcome.translated(), clock.timings(),
          Duration.ofNanos(System.nanoTime() - start), outcome.written(), outcome.languages());
    }
  }

  private record Outcome(
      Map<String, Integer> pages, Map<String, Integer> translated, boolean written, List<LanguageStatus> languages) {
    static final Outcome FAILED = new Outcome(Map.of(), Map.of(), false, List.of());
  }

  private Outcome stages(BuildOptions options, Diagnostics diagnostics, StageClock clock, Parallel parallel) {
    Path siteDir = options.siteDir();
    Optional<SiteConfig> loaded = clock.time("configuration", () -> configLoader.load(siteDir, diagnostics));
    if (loaded.isEmpty()) return Outcome.FAILED;
    SiteConfig config = loaded.get();

    List<SourceFile> files = clock.time("discovery", () -> scanner.scan(siteDir, config, diagnostics));
    List<ParsedPage> parsed = clock.time("front matter", () -> readPages(files, config, diagnostics, parallel));
    Optional<Theme> theme = clock.time("theme", () -> themeLoader.load(siteDir, config, diagnostics));
    if (theme.isEmpty() || diagnostics.hasErrors()) return Outcome.FAILED;
    UiStrings strings = clock.time("interface strings", () -> siteFiles.strings(theme.get(), config, siteDir, yaml, diagnostics));

    List<SourceFile> assets = files.stream().filter(f -> f.kind() == SourceKind.ASSET).toList();
    SiteTree tree = clock.time("assembly", () -> assembler.assemble(config, parsed, assets, options.drafts(), diagnostics));
    List<LanguageStatus> languages = TranslationStatus.of(tree, strings);
    if (diagnostics.hasErrors()) return new Outcome(Map.of(), Map.of(), false, languages);

    InternalLinks links = new InternalLinks(tree, diagnostics);
    PageRenderer renderer = new PageRenderer(config, markdown, links, strings);
    List<RenderedPage> rendered = clock.time("markdown", () -> renderAll(tree, renderer, diagnostics, parallel));
    clock.time("link validation", () -> new FragmentValidator().validate(links.fragmentChecks(), idsByPage(rendered), diagnostics));
    if (options.external().enabled()) {
      clock.time("external links", () -> new ExternalLinkStage().run(siteDir, config.externalLinks(), options.external(), rendered, diagnostics));
    }
    if (diagnostics.hasErrors()) return new Outcome(Map.of(), Map.of(), false, languages);

    Map<String, Integer> pages = new LinkedHashMap<>();
    Map<String, Integer> translated = new LinkedHashMap<>();
    for (String lang : config.languageCodes()) {
      pages.put(lang, (int) tree.pages().stream().filter(p -> p.language().equals(lang)).count());
      translated.put(lang, (int) tree.pages().stream().filter(p -> p.language().equals(lang) && !p.fallback()).count());
    }
    if (options.mode() == Mode.CHECK) {
      // check renders every template too (without writing), so a theme error fails a pull request.
      SitePages sitePages = sitePages(tree, theme.get(), new TemplateRenderer(theme.get()), new PageViewFactory(tree, strings, checklistItems(rendered)));
      clock.time("templates", () -> parallel.forEach(rendered, p -> sitePages.render(p, diagnostics)));
      return new Outcome(pages, translated, false, languages);
    }
    return write(options, tree, theme.get(), strings, rendered, diagnostics, clock, parallel)
        ? new Outcome(pages, translated, true, languages)
        : new Outcome(Map.of(), Map.of(), false, languages);
  }

  private boolean write(
      BuildOptions options, SiteTree tree, Theme theme, UiStrings strings, List<RenderedPage> rendered,
      Diagnostics diagnostics, StageClock clock, Parallel parallel) {
    StagedOutput output;
    try {
      output = StagedOutput.create(options.outDir());
    } catch (StagedOutput.UnsafeOutputException e) {
      diagnostics.error(SourcePos.file(options.outDir().toString()), e.getMessage());
      return false;
    } catch (IOException e) {
      diagnostics.error(SourcePos.file(options.outDir().toString()), "cannot create the output folder: " + e.getMessage());
      return false;
    }
    boolean committed = false;
    try {
      TemplateRenderer templates = new TemplateRenderer(theme);
      PageViewFactory views = new PageViewFactory(tree, strings, checklistItems(rendered));
      SitePages sitePages = sitePages(tree, theme, templates, views);
      clock.time("templates + write", () -> parallel.forEach(rendered,
          p -> sitePages.render(p, diagnostics).ifPresent(html -> output.write(SitePages.outputPath(p), html))));
      clock.time("site files", () -> siteFiles.write(tree, theme, templates, views, output, diagnostics, parallel));
      // engine seam: search (the new engine hands SearchDocuments from its page index to search.SearchIndexWriter)
      clock.time("search index", () -> new SiteSearch().write(tree, strings, rendered, output, parallel),
          SiteSearch.Written::describe);
      if (diagnostics.hasErrors()) return false;
      clock.time("swap", () -> {
        try {
          output.commit();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      committed = true;
      return true;
    } catch (UncheckedIOException e) {
      diagnostics.error(SourcePos.file(options.outDir().toString()), "cannot write the site: " + e.getCause().getMessage());
      return false;
    } finally {
      if (!committed) output.abandon();
    }
  }

  private SitePages sitePages(SiteTree tree, Theme theme, TemplateRenderer templates, PageViewFactory views) {
    return new SitePages(templates, views, siteFiles.published(tree, theme), tree.config().baseUrl().getPath());
  }

  /** Front matter of every Markdown file; section types first, since pages inherit them. */
  private List<ParsedPage> readPages(List<SourceFile> files, SiteConfig config, Diagnostics diagnostics, Parallel parallel) {
    List<SourceFile> markdownFiles = files.stream().filter(SourceFile::isMarkdown).toList();
    List<PageReader.Loaded> loaded =
        parallel.map(markdownFiles, f -> pageReader.load(f, diagnostics)).stream().flatMap(Optional::stream).toList();
    Map<String, Optional<ContentType>> sectionTypes = new HashMap<>();
    for (PageReader.Loaded l : loaded) {
      if (l.source().kind() == SourceKind.SECTION_INDEX && l.source().language().equals(config.defaultLanguage())) {
        // Typing errors of section pages are reported by the full read below, not here.
        pageReader.type(l, ContentType.PAGE, new Diagnostics())
            .ifPresent(p -> sectionTypes.put(l.source().key(), ((PageMeta.SectionMeta) p.meta()).childType()));
      }
    }
    List<ParsedPage> parsed = new ArrayList<>();
    for (Optional<ParsedPage> p :
        parallel.map(loaded, l -> pageReader.type(l, SiteAssembler.inheritedType(l.source().key(), sectionTypes), diagnostics))) {
      p.ifPresent(parsed::add);
    }
    return List.copyOf(parsed);
  }

  /** Pages with their own text first, then fallback pages, which reuse their original's HTML. */
  private static List<RenderedPage> renderAll(SiteTree tree, PageRenderer renderer, Diagnostics diagnostics, Parallel parallel) {
    List<Page> originals = tree.pages().stream().filter(p -> !p.fallback()).toList();
    List<Page> fallbacks = tree.pages().stream().filter(Page::fallback).toList();
    List<RenderedPage> rendered = new ArrayList<>(parallel.map(originals, p -> renderer.render(p, diagnostics)));
    Map<PageId, RenderedPage> byId = new HashMap<>();
    for (RenderedPage r : rendered) byId.put(r.page().id(), r);
    String def = tree.config().defaultLanguage();
    rendered.addAll(
        parallel.map(fallbacks, p -> renderer.renderFallback(p, byId.get(new PageId(p.key(), def)), diagnostics)));
    return rendered;
  }

  private static Map<PageId, Integer> checklistItems(List<RenderedPage> rendered) {
    Map<PageId, Integer> counts = new HashMap<>();
    for (RenderedPage r : rendered) counts.put(r.page().id(), r.checklistItems());
    return counts;
  }

  private static Map<PageId, Set<String>> idsByPage(List<RenderedPage> rendered) {
    Map<PageId, Set<String>> ids = new HashMap<>();
    for (RenderedPage r : rendered) ids.put(r.page().id(), r.ids());
    return ids;
  }

}
