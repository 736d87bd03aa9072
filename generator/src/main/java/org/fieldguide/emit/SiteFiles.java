package org.fieldguide.emit;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.config.LanguageConfig;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.Theme;

/**
 * The files of the site that are not pages of content: the language chooser at the root,
 * {@code 404.html} (at the root, for every language at once, and {@code <lang>/404.html} for each
 * language), {@code sitemap.xml}, {@code robots.txt}, the manifest with the site version, and the
 * list of theme files and assets to copy (with the theme's {@code favicon.ico} at the root, where
 * browsers look for it).
 */
public final class SiteFiles {
  public static final String STATIC = "static/";
  public static final String MANIFEST = "site-manifest.json";
  static final String FAVICON = "favicon.ico";

  /** Where a file of the site goes: written text, or a copy of a file. */
  public interface Output {
    void write(String path, String text);

    /** A stream for a file too large to hold as text (the sitemap); the caller closes it. */
    OutputStream open(String path);

    void copy(String path, Path source);
  }

  /**
   * A file to copy into the output.
   *
   * @param stamp what stands for the source's bytes in the output history ({@link AssetFacts#stamp});
   *     empty for a file that is always copied (compared with the published one)
   */
  public record Copy(String path, Path source, Optional<String> stamp) {
    public Copy(String path, Path source) {
      this(path, source, Optional.empty());
    }
  }

  /** Renders and writes the root, 404, sitemap (with its parts on a large site), robots.txt, .nojekyll and the manifest. */
  public void writeGenerated(
      SiteTree tree, TemplateRenderer templates, PageViewFactory views, Output output, Diagnostics diagnostics) {
    writeGenerated(tree, templates, views, output, diagnostics, true);
  }

  /**
   * As {@link #writeGenerated(SiteTree, TemplateRenderer, PageViewFactory, Output, Diagnostics)},
   * without the sitemap unless {@code withSitemap} (a build that kept the last build's). The
   * sitemap is the only file opened through {@link Output#open}.
   */
  public void writeGenerated(
      SiteTree tree, TemplateRenderer templates, PageViewFactory views, Output output, Diagnostics diagnostics, boolean withSitemap) {
    SiteConfig config = tree.config();
    pages(tree, templates, views, output, diagnostics);
    if (withSitemap) new SitemapWriter().write(tree, output::open);
    output.write("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + config.baseUrl() + "sitemap.xml\n");
    // GitHub Pages would otherwise run Jekyll, which hides folders starting with "_".
    output.write(".nojekyll", "");
    output.write(MANIFEST, manifest(tree));
  }

  /**
   * Runs the templates of the pages that are no content's (the root and the 404 pages) and keeps
   * nothing: for {@code check}, so a theme error there fails it as it fails a build.
   */
  public void checkPages(SiteTree tree, TemplateRenderer templates, PageViewFactory views, Diagnostics diagnostics) {
    pages(tree, templates, views, new Output() {
      @Override
      public void write(String path, String text) {}

      @Override
      public OutputStream open(String path) {
        return OutputStream.nullOutputStream();
      }

      @Override
      public void copy(String path, Path source) {}
    }, diagnostics);
  }

  private void pages(SiteTree tree, TemplateRenderer templates, PageViewFactory views, Output output, Diagnostics diagnostics) {
    SiteConfig config = tree.config();
    String def = config.defaultLanguage();
    render(templates, "root.ftlh", views.standalone(def, "", config.title(def), "root", false), "index.html", output, diagnostics);
    // GitHub Pages serves the root 404.html for every missing address; it speaks every language and
    // its script picks the one of the address. Servers that can serve 404.html per folder (and
    // fieldguide serve) send <lang>/404.html, which needs no script.
    String rootNotFound = templates.firstExisting(List.of("404-root.ftlh", "404.ftlh")).orElse("404.ftlh");
    render(templates, rootNotFound, views.notFound(def, "404.html", true), "404.html", output, diagnostics);
    for (String lang : config.languageCodes()) {
      String path = lang + "/404.html";
      render(templates, "404.ftlh", views.notFound(lang, path, false), path, output, diagnostics);
    }
  }

  /**
   * Theme static files and content assets (in every language's tree), in a stable order. The
   * diagram library (5.7 MB) only when a page has a diagram.
   */
  public List<Copy> copies(SiteTree tree, Map<String, Path> staticFiles) {
    List<Copy> copies = new ArrayList<>();
    boolean drawing = !tree.drawingLanguages().isEmpty();
    staticFiles.forEach((path, file) -> {
      if (drawing || !path.startsWith(Theme.DIAGRAM_LIBRARY)) copies.add(new Copy(STATIC + path, file));
    });
    // Browsers ask for /favicon.ico when a page names no icon (feeds, old browsers, bookmarks).
    Path favicon = staticFiles.get(FAVICON);
    if (favicon != null) copies.add(new Copy(FAVICON, favicon));
    List<String> languages = tree.config().languageCodes();
    for (AssetFacts a : tree.assets()) {
      Optional<String> stamp = a.stamp(); // one text per file, not per language
      for (String lang : languages) copies.add(new Copy(SiteTree.assetUrl(a, lang), a.source().path(), stamp));
    }
    return copies;
  }

  /**
   * The site version ({@link SiteVersion}): a short digest of every published source, the same
   * for the same input. It lives here, in one small file, so a one-page edit changes that page
   * and this file, not every page of the site.
   */
  static String version(SiteTree tree) {
    return SiteVersion.of(tree).hex();
  }

  private static String manifest(SiteTree tree) {
    java.util.Map<String, Integer> pages = new java.util.LinkedHashMap<>();
    for (String lang : tree.config().languageCodes()) pages.put(lang, 0);
    for (Page p : tree.pages()) pages.merge(p.language(), 1, Integer::sum);
    return manifest(tree.config(), SiteVersion.of(tree), pages);
  }

  /**
   * The manifest from what it shows, for an update that knows them without walking the site.
   *
   * @param pages output pages per language code
   */
  public static String manifest(SiteConfig config, SiteVersion version, java.util.Map<String, Integer> pages) {
    StringBuilder sb = new StringBuilder("{\n  \"generator\": \"fieldguide\",\n  \"version\": \"").append(version.hex()).append("\",\n");
    sb.append("  \"base_url\": \"").append(json(config.baseUrl().toString())).append("\",\n  \"languages\": [");
    List<LanguageConfig> languages = config.languages();
    for (int i = 0; i < languages.size(); i++) {
      LanguageConfig l = languages.get(i);
      sb.append(i == 0 ? "\n" : ",\n").append("    {\"code\": \"").append(json(l.code())).append("\", \"pages\": ")
          .append(pages.getOrDefault(l.code(), 0)).append('}');
    }
    return sb.append("\n  ]\n}\n").toString();
  }

  private static String json(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static void render(
      TemplateRenderer templates, String template, Object model, String path, Output output, Diagnostics diagnostics) {
    try {
      output.write(path, templates.render(template, model, path));
    } catch (TemplateRenderer.TemplateFailure e) {
      diagnostics.report(e.diagnostic());
    }
  }
}
