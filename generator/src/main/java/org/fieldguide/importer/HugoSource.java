package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.fieldguide.config.ForeignSite;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Reads a Hugo repository: its configuration (one file, or {@code config/_default/}), the
 * languages with their content folders or {@code name.<lang>.md} files, pages, sections and
 * bundles under the content folder, and the files of {@code static/} and of bundles as linkable
 * assets. URLs are worked out as Hugo does by default: pretty (or ugly) URLs, lower case, the
 * language prefix, {@code url} and {@code slug}.
 */
final class HugoSource {
  private final FrontMatterText frontMatter = new FrontMatterText();

  SourceSite read(Path root, String shownRoot, Diagnostics diagnostics) throws IOException {
    Map<String, Object> config = config(root, shownRoot, diagnostics);
    String defaultLanguage = JekyllSource.string(config.get("defaultContentLanguage")).orElse("en").toLowerCase(Locale.ROOT);
    boolean inSubdir = Boolean.TRUE.equals(config.get("defaultContentLanguageInSubdir"));
    boolean ugly = Boolean.TRUE.equals(config.get("uglyURLs"));
    String contentDir = JekyllSource.string(config.get("contentDir")).orElse("content");
    Map<String, Map<String, Object>> languages = languages(config.get("languages"), defaultLanguage);
    Optional<String> baseUrl = JekyllSource.string(config.get("baseURL")).filter(u -> u.startsWith("http")).map(u -> u.endsWith("/") ? u : u + "/");
    String basePath = baseUrl.map(u -> u.replaceFirst("^[a-z]+://[^/]+", "")).orElse("/");
    if (config.containsKey("permalinks")) {
      diagnostics.warning(SourcePos.file(shownRoot + "/" + configName(root)), "the permalinks setting moves pages to other addresses than their files'; "
          + "links written with those addresses were not followed, and fieldguide publishes each page at its file's address.");
    }

    List<SourcePage> pages = new ArrayList<>();
    List<SourceAsset> assets = new ArrayList<>();
    boolean perLanguageFolders = languages.values().stream().anyMatch(l -> l.get("contentDir") != null);
    Map<String, String> folders = new LinkedHashMap<>();
    for (String lang : languages.keySet()) {
      String dir = perLanguageFolders ? JekyllSource.string(languages.get(lang).get("contentDir")).orElse(contentDir) : contentDir;
      folders.putIfAbsent(dir, lang);
    }
    for (Map.Entry<String, String> f : folders.entrySet()) {
      Path dir = root.resolve(f.getKey());
      if (!Files.isDirectory(dir)) continue;
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        // A link leading out of the repository is not the site's (it would copy a file from elsewhere on the machine).
        files = walk.filter(p -> SourceFiles.insideRepository(p, root)).sorted().toList();
      }
      for (Path file : files) {
        String rel = dir.relativize(file).toString().replace('\\', '/');
        if (java.util.Arrays.stream(rel.split("/")).anyMatch(p -> p.startsWith("."))) continue;
        String shown = shownRoot + "/" + f.getKey() + "/" + rel;
        if (rel.endsWith(".md") || rel.endsWith(".markdown")) {
          String lang = f.getValue();
          String stem = rel.substring(0, rel.lastIndexOf('.'));
          int dot = stem.lastIndexOf('.');
          if (dot > stem.lastIndexOf('/') && languages.containsKey(stem.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            lang = stem.substring(dot + 1).toLowerCase(Locale.ROOT);
            stem = stem.substring(0, dot);
          }
          FrontMatterText.Parsed parsed;
          try {
            parsed = frontMatter.parse(Files.readString(file, StandardCharsets.UTF_8));
          } catch (FrontMatterText.Unreadable e) {
            diagnostics.error(new SourcePos(shown, 1, 1), "not imported: " + e.getMessage() + ". Fix it and import again.");
            continue;
          }
          pages.add(page(file, shown, rel, stem, lang, parsed, defaultLanguage, inSubdir, ugly));
        } else {
          List<String> urls = new ArrayList<>();
          for (String lang : languages.keySet()) urls.add(prefix(lang, defaultLanguage, inSubdir) + "/" + rel);
          assets.add(new SourceAsset(file, shown, urls, List.of(rel), rel));
        }
      }
    }
    for (String staticDir : FrontMatterMapper.textList(config.getOrDefault("staticDir", "static"))) {
      Path dir = root.resolve(staticDir);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path file : walk.filter(f -> SourceFiles.insideRepository(f, root)).sorted().toList()) {
          String rel = dir.relativize(file).toString().replace('\\', '/');
          if (rel.startsWith(".") || rel.contains("/.")) continue;
          assets.add(new SourceAsset(file, shownRoot + "/" + staticDir + "/" + rel, List.of("/" + rel), List.of(), rel));
        }
      }
    }
    pages = translationKeys(pages, defaultLanguage);
    Map<String, SourceLanguage> named = new LinkedHashMap<>();
    // Hugo's language settings: its name, the site's title in it and its writing direction.
    languages.forEach((code, l) -> named.put(code, new SourceLanguage(
        JekyllSource.string(l.get("languageName")).orElse(""),
        JekyllSource.string(l.get("title")).filter(t -> !t.isBlank()),
        JekyllSource.string(l.get("languageDirection")).map(d -> d.strip().toLowerCase(Locale.ROOT)).filter(d -> d.equals("rtl") || d.equals("ltr")))));
    Map<String, Object> params = config.get("params") instanceof Map<?, ?> m ? cast(m) : Map.of();
    Optional<String> repository = JekyllSource.string(params.get("github_repo")).or(() -> JekyllSource.string(params.get("BookRepo")));
    String description = JekyllSource.string(params.get("description")).orElse("");
    // What the param shortcode falls back to after the page and its sections: a language's own
    // params over the site's.
    Map<String, Map<String, Object>> shown = new LinkedHashMap<>();
    languages.forEach((code, l) -> {
      Map<String, Object> merged = new LinkedHashMap<>(params);
      if (l.get("params") instanceof Map<?, ?> own) merged.putAll(cast(own));
      shown.put(code, merged);
    });
    return new SourceSite(SourceTool.HUGO, JekyllSource.string(config.get("title")).orElse(root.getFileName().toString()), baseUrl, basePath,
        description, repository, defaultLanguage, named, pages, assets, false, List.of(), shown);
  }

  private SourcePage page(
      Path file, String shown, String rel, String stem, String lang, FrontMatterText.Parsed parsed, String defaultLanguage,
      boolean inSubdir, boolean ugly) {
    Map<String, Object> fm = parsed.frontMatter();
    String name = stem.contains("/") ? stem.substring(stem.lastIndexOf('/') + 1) : stem;
    String folder = stem.contains("/") ? stem.substring(0, stem.lastIndexOf('/')) : "";
    String outBase;
    String path;
    if (name.equals("_index")) {
      outBase = stem;
      path = folder.isEmpty() ? "/" : "/" + folder + "/";
    } else if (name.equals("index")) {
      // A leaf bundle: the folder is the page, its other files are the page's resources.
      outBase = folder.isEmpty() ? "_index" : folder;
      path = folder.isEmpty() ? "/" : "/" + folder + "/";
    } else {
      outBase = stem;
      path = "/" + stem + (ugly ? ".html" : "/");
    }
    Optional<String> slug = JekyllSource.string(fm.get("slug"));
    if (slug.isPresent() && !name.equals("_index")) {
      String parent = path.substring(0, path.substring(0, path.length() - 1).lastIndexOf('/') + 1);
      path = parent + slug.get() + (ugly ? ".html" : "/");
    }
    String prefix = prefix(lang, defaultLanguage, inSubdir);
    Set<String> urls = new LinkedHashSet<>();
    JekyllSource.string(fm.get("url")).ifPresent(u -> urls.add(u.startsWith("/") ? u : "/" + u));
    urls.add(prefix + path.toLowerCase(Locale.ROOT).replace(' ', '-'));
    urls.add(prefix + path);
    String sourceKey = stem + ".md";
    return new SourcePage(file, shown, lang, outBase, List.of(sourceKey, rel), List.copyOf(urls), fm, parsed.body(), parsed.bodyLine(),
        Map.of(), Optional.empty());
  }

  /** Pages of other languages that share a translationKey with a default-language page take its place. */
  private static List<SourcePage> translationKeys(List<SourcePage> pages, String defaultLanguage) {
    Map<String, String> outBaseByKey = new HashMap<>();
    for (SourcePage p : pages) {
      if (p.language().equals(defaultLanguage) && p.frontMatter().get("translationKey") != null) {
        outBaseByKey.put(p.frontMatter().get("translationKey").toString(), p.outBase());
      }
    }
    List<SourcePage> out = new ArrayList<>();
    for (SourcePage p : pages) {
      Object key = p.frontMatter().get("translationKey");
      String base = key == null ? null : outBaseByKey.get(key.toString());
      out.add(base == null || p.language().equals(defaultLanguage) ? p
          : new SourcePage(p.file(), p.shown(), p.language(), base, p.sourceKeys(), p.urls(), p.frontMatter(), p.body(), p.bodyLine(), p.implied(), p.navTitle()));
    }
    return out;
  }

  private static String prefix(String lang, String defaultLanguage, boolean inSubdir) {
    return lang.equals(defaultLanguage) && !inSubdir ? "" : "/" + lang;
  }

  private static Map<String, Map<String, Object>> languages(Object value, String defaultLanguage) {
    List<Map.Entry<String, Map<String, Object>>> list = new ArrayList<>();
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> list.add(Map.entry(k.toString().toLowerCase(Locale.ROOT), v instanceof Map<?, ?> mm ? cast(mm) : Map.of())));
    }
    list.sort(Comparator.comparingInt((Map.Entry<String, Map<String, Object>> e) -> e.getKey().equals(defaultLanguage) ? -1 : 0)
        .thenComparingInt(e -> e.getValue().get("weight") instanceof Number n ? n.intValue() : Integer.MAX_VALUE)
        .thenComparing(Map.Entry::getKey));
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    out.put(defaultLanguage, Map.of());
    for (Map.Entry<String, Map<String, Object>> e : list) out.put(e.getKey(), e.getValue());
    return out;
  }

  private Map<String, Object> config(Path root, String shownRoot, Diagnostics diagnostics) throws IOException {
    Map<String, Object> config = new LinkedHashMap<>();
    String name = configName(root);
    if (name != null) {
      try {
        config.putAll(frontMatter.config(name, Files.readString(root.resolve(name), StandardCharsets.UTF_8)));
      } catch (FrontMatterText.Unreadable e) {
        diagnostics.error(SourcePos.file(shownRoot + "/" + name), e.getMessage() + ". Fix it, or import without it.");
      }
    }
    Path defaults = root.resolve(ForeignSite.HUGO_CONFIG_FOLDER);
    if (Files.isDirectory(defaults)) {
      try (Stream<Path> list = Files.list(defaults)) {
        for (Path f : list.sorted().toList()) {
          String file = f.getFileName().toString();
          String key = file.replaceFirst("\\.[^.]+$", "");
          try {
            Map<String, Object> m = frontMatter.config(file, Files.readString(f, StandardCharsets.UTF_8));
            if (key.equals("hugo") || key.equals("config")) config.putAll(m);
            else config.put(key.replaceFirst("\\..*$", ""), m);
          } catch (FrontMatterText.Unreadable e) {
            diagnostics.error(SourcePos.file(shownRoot + "/" + ForeignSite.HUGO_CONFIG_FOLDER + "/" + file), e.getMessage() + ". Fix it, or import without it.");
          }
        }
      }
    }
    return config;
  }

  private static String configName(Path root) {
    return ForeignSite.HUGO_CONFIG.stream().filter(n -> Files.isRegularFile(root.resolve(n))).findFirst().orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }
}
