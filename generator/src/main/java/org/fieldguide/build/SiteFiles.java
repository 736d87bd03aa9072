package org.fieldguide.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.i18n.UiStrings;
import org.fieldguide.i18n.UiStringsLoader;
import org.fieldguide.model.Asset;
import org.fieldguide.model.SiteTree;
import org.fieldguide.output.PublishedPaths;
import org.fieldguide.output.SitemapWriter;
import org.fieldguide.output.StagedOutput;
import org.fieldguide.theme.PageViewFactory;
import org.fieldguide.theme.TemplateRenderer;
import org.fieldguide.theme.Theme;
import org.fieldguide.yaml.YamlReader;

/**
 * Stage 8: the files of the site that are not pages of content: the language chooser at the root,
 * {@code 404.html}, {@code sitemap.xml}, {@code robots.txt}, the theme's static files and the
 * content assets.
 */
final class SiteFiles {
  static final String STATIC = "static/";

  UiStrings strings(Theme theme, SiteConfig config, Path siteDir, YamlReader yaml, Diagnostics diagnostics) {
    Map<String, List<UiStringsLoader.NamedFile>> themeFiles = new HashMap<>();
    for (String lang : UiStringsLoader.lookupLanguages(config)) { // engine seam: region variants fall back to their base language
      List<UiStringsLoader.NamedFile> files = new ArrayList<>();
      // Only the winning file per language: a theme replaces a parent's file, the site overlays.
      Optional<Theme.Located> f = theme.find("i18n/" + lang + ".yaml");
      if (f.isPresent()) {
        try {
          files.add(new UiStringsLoader.NamedFile(f.get().displayName(), Files.readString(f.get().path(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
          diagnostics.error(SourcePos.file(f.get().displayName()), "cannot read: " + e.getMessage());
        }
      }
      themeFiles.put(lang, files);
    }
    return new UiStringsLoader(yaml).load(config, themeFiles, siteDir, diagnostics);
  }

  /** Every path the build publishes: pages, site files, theme files and assets. */
  PublishedPaths published(SiteTree tree, Theme theme) {
    List<String> files = new ArrayList<>(List.of("index.html", "404.html", "sitemap.xml", "robots.txt"));
    theme.staticFiles().keySet().forEach(f -> files.add(STATIC + f));
    for (String lang : tree.config().languageCodes()) tree.assets().forEach(a -> files.add(a.url(lang)));
    return PublishedPaths.of(tree.pages().stream().map(org.fieldguide.model.Page::url).toList(), files);
  }

  void write(
      SiteTree tree, Theme theme, TemplateRenderer templates, PageViewFactory views, StagedOutput output,
      Diagnostics diagnostics, Parallel parallel) {
    SiteConfig config = tree.config();
    String def = config.defaultLanguage();
    render(templates, "root.ftlh", views.standalone(def, "", config.title(def), "root", false), "index.html", output, diagnostics);
    render(templates, "404.ftlh", views.standalone(def, "404.html", "404", "404", true), "404.html", output, diagnostics);
    output.write("sitemap.xml", new SitemapWriter().write(tree));
    output.write("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + config.baseUrl() + "sitemap.xml\n");
    // GitHub Pages would otherwise run Jekyll, which hides folders starting with "_".
    output.write(".nojekyll", "");
    List<Map.Entry<String, Path>> statics = new ArrayList<>(theme.staticFiles().entrySet());
    parallel.forEach(statics, e -> output.copy(STATIC + e.getKey(), e.getValue()));
    List<String[]> copies = new ArrayList<>();
    for (String lang : config.languageCodes()) {
      for (Asset a : tree.assets()) copies.add(new String[] {a.url(lang), a.path().toString()});
    }
    parallel.forEach(copies, c -> output.copy(c[0], Path.of(c[1])));
  }

  private static void render(
      TemplateRenderer templates, String template, Object model, String path, StagedOutput output, Diagnostics diagnostics) {
    try {
      output.write(path, templates.render(template, model, path));
    } catch (TemplateRenderer.TemplateFailure e) {
      diagnostics.report(e.diagnostic());
    }
  }
}
