package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fieldguide.config.ForeignSite;
import org.fieldguide.config.RepositoryAddress;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Reads an MkDocs repository: {@code mkdocs.yml}, every Markdown file under {@code docs_dir}
 * (with the i18n plugin's {@code name.<lang>.md} files or language folders), the {@code nav}
 * order, which becomes {@code weight}, and the other files as linkable assets. MkDocs resolves
 * relative links from the source file, and publishes with directory URLs unless told otherwise.
 */
final class MkDocsSource {
  private final FrontMatterText frontMatter = new FrontMatterText();

  /** The Jinja of the macros (or markdownextradata) plugin, as far as it can be run without Python. */
  private MkDocsMacros macros = MkDocsMacros.NONE;

  /** The Python-Markdown extensions {@code markdown_extensions} turns on, by name ({@code pymdownx.keys}, {@code abbr}). */
  private Set<String> extensions = Set.of();

  /** pymdownx.snippets as the site configures it (a no-op where it does not). */
  private Snippets snippets = new Snippets(Path.of("."), null);

  MkDocsMacros macros() {
    return macros;
  }

  Snippets snippets() {
    return snippets;
  }

  Set<String> markdownExtensions() {
    return extensions;
  }

  SourceSite read(Path root, String shownRoot, Diagnostics diagnostics) throws IOException {
    Map<String, Object> config = new LinkedHashMap<>();
    String configText = "";
    String configShown = shownRoot + "/" + ForeignSite.MKDOCS_CONFIG.get(0);
    for (String name : ForeignSite.MKDOCS_CONFIG) {
      Path f = root.resolve(name);
      if (!Files.isRegularFile(f)) continue;
      configShown = shownRoot + "/" + name;
      try {
        configText = Files.readString(f, StandardCharsets.UTF_8);
        config = frontMatter.config(name, configText);
      } catch (FrontMatterText.Unreadable e) {
        diagnostics.error(SourcePos.file(shownRoot + "/" + name), e.getMessage() + ". Fix it, or import without it.");
      }
      break;
    }
    Set<String> named = new java.util.TreeSet<>();
    snippets = new Snippets(root, null);
    for (Object e : config.get("markdown_extensions") instanceof List<?> l ? l : List.of()) {
      String name = e instanceof Map<?, ?> m && !m.isEmpty() ? m.keySet().iterator().next().toString() : String.valueOf(e);
      named.add(name.replaceFirst("^markdown\\.extensions\\.", ""));
      if (name.equals("pymdownx.snippets")) {
        snippets = new Snippets(root, e instanceof Map<?, ?> m && m.get(name) instanceof Map<?, ?> options ? options : Map.of());
      }
    }
    extensions = Set.copyOf(named);
    String docsDir = JekyllSource.string(config.get("docs_dir")).orElse("docs");
    boolean directoryUrls = !Boolean.FALSE.equals(config.get("use_directory_urls"));
    Optional<String> baseUrl = JekyllSource.string(config.get("site_url")).map(u -> u.endsWith("/") ? u : u + "/");
    String basePath = baseUrl.map(u -> u.replaceFirst("^[a-z]+://[^/]+", "")).orElse("/");
    Map<String, String> languages = new LinkedHashMap<>();
    String defaultLanguage = "en";
    boolean folderStructure = false;
    for (Object plugin : config.get("plugins") instanceof List<?> l ? l : List.of()) {
      String name = plugin instanceof Map<?, ?> m && !m.isEmpty() ? m.keySet().iterator().next().toString() : String.valueOf(plugin);
      if (name.equals("macros") || name.equals("markdownextradata")) {
        macros = macros(root, docsDir, config, plugin instanceof Map<?, ?> m && m.get(name) instanceof Map<?, ?> o ? o : Map.of(), diagnostics, shownRoot);
      }
      if (!name.equals("i18n") || !(plugin instanceof Map<?, ?> m) || !(m.get("i18n") instanceof Map<?, ?> i18n)) continue;
      folderStructure = "folder".equals(i18n.get("docs_structure"));
      if (i18n.get("languages") instanceof List<?> langs) {
        for (Object o : langs) {
          if (!(o instanceof Map<?, ?> lang) || lang.get("locale") == null) continue;
          String code = lang.get("locale").toString().toLowerCase(Locale.ROOT).replace('_', '-');
          languages.put(code, lang.get("name") == null ? "" : lang.get("name").toString());
          if (Boolean.TRUE.equals(lang.get("default"))) defaultLanguage = code;
        }
      }
    }
    if (languages.isEmpty() && config.get("theme") instanceof Map<?, ?> theme && theme.get("language") != null) {
      defaultLanguage = theme.get("language").toString().toLowerCase(Locale.ROOT);
    }
    if (languages.isEmpty()) languages.put(defaultLanguage, "");
    // The default language first, as fieldguide's switcher lists it.
    Map<String, String> ordered = new LinkedHashMap<>();
    ordered.put(defaultLanguage, languages.getOrDefault(defaultLanguage, ""));
    ordered.putAll(languages);

    Nav nav = new Nav();
    nav.walk(config.get("nav"), "");
    Path dir = root.resolve(docsDir);
    List<SourcePage> pages = new ArrayList<>();
    List<SourceAsset> assets = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      diagnostics.error(SourcePos.file(shownRoot + "/" + docsDir), "no " + docsDir + "/ folder: an MkDocs site keeps its pages there (or where docs_dir says).");
      return site(config, root, baseUrl, basePath, defaultLanguage, ordered, pages, assets, List.of());
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      // A link leading out of the repository is not the site's (it would copy a file from elsewhere on the machine).
      files = walk.filter(f -> SourceFiles.insideRepository(f, root)).sorted().toList();
    }
    java.util.Set<String> all = new java.util.HashSet<>();
    files.forEach(f -> all.add(dir.relativize(f).toString().replace('\\', '/')));
    for (Path file : files) {
      String rel = dir.relativize(file).toString().replace('\\', '/');
      if (java.util.Arrays.stream(rel.split("/")).anyMatch(p -> p.startsWith("."))) continue;
      String shown = shownRoot + "/" + docsDir + "/" + rel;
      InFolder inFolder = InFolder.of(rel, folderStructure, ordered, defaultLanguage);
      String lang = inFolder.language();
      String neutral = inFolder.neutral();
      if (!rel.endsWith(".md")) {
        String prefix = lang.equals(defaultLanguage) ? "" : "/" + lang;
        assets.add(new SourceAsset(file, shown, List.of(prefix + "/" + neutral), List.of(rel, neutral), neutral));
        continue;
      }
      Placed placed = place(inFolder, folderStructure, ordered, defaultLanguage, directoryUrls, all);
      lang = placed.language();
      String stem = placed.stem();
      boolean index = placed.index();
      String outBase = index ? placed.folder() + "_index" : stem;
      FrontMatterText.Parsed parsed;
      try {
        parsed = frontMatter.parse(Files.readString(file, StandardCharsets.UTF_8));
      } catch (FrontMatterText.Unreadable e) {
        diagnostics.error(new SourcePos(shown, 1, 1), "not imported: " + e.getMessage() + ". Fix it and import again.");
        continue;
      }
      Map<String, Object> implied = new LinkedHashMap<>();
      nav.weight(stem + ".md").ifPresent(w -> implied.put("weight", w));
      // Pages missing from the nav come after those in it, as MkDocs lists them last.
      if (!implied.containsKey("weight") && nav.size() > 0) implied.put("weight", (nav.size() + 1) * 10);
      List<String> urls = placed.urls();
      pages.add(new SourcePage(file, shown, lang, outBase, List.of(stem + ".md", rel), urls, parsed.frontMatter(), parsed.body(),
          parsed.bodyLine(), implied, nav.title(stem + ".md")));
    }
    // What the redirects plugin made: each old page's addresses, placed as a page at that path would be.
    List<SiteRedirect> redirects = new ArrayList<>();
    for (Map.Entry<String, String> e : redirectMaps(config).entrySet()) {
      String from = e.getKey().strip().replaceFirst("^/+", "");
      SourcePos where = SourceFiles.position(configShown, configText, e.getKey());
      if (!from.endsWith(".md")) {
        diagnostics.warning(where, "the redirect from '" + e.getKey() + "' was not imported: the redirects plugin names the old page by its"
            + " Markdown file (old/page.md). Write it so, and import again.");
        continue;
      }
      Placed placed = place(InFolder.of(from, folderStructure, ordered, defaultLanguage), folderStructure, ordered, defaultLanguage, directoryUrls, all);
      String to = e.getValue().strip();
      // A target from docs_dir, as the plugin takes it; an address of another site as it is.
      redirects.add(new SiteRedirect(placed.urls(), to, Targets.isInternal(to), where));
    }
    return site(config, root, baseUrl, basePath, defaultLanguage, ordered, pages, assets, redirects);
  }

  /**
   * A file's path from docs_dir, as the i18n plugin's folder layout ({@code fr/page.md}) reads it:
   * its language and its path within that language's folder; the default language and the path
   * itself otherwise.
   */
  private record InFolder(String language, String neutral) {
    static InFolder of(String rel, boolean folderStructure, Map<String, String> languages, String defaultLanguage) {
      int slash = rel.indexOf('/');
      if (folderStructure && slash > 0 && languages.containsKey(rel.substring(0, slash))) {
        return new InFolder(rel.substring(0, slash), rel.substring(slash + 1));
      }
      return new InFolder(defaultLanguage, rel);
    }
  }

  /**
   * Where MkDocs publishes a Markdown file, or would: for its pages, and for the old pages the
   * redirects plugin names.
   */
  private static Placed place(
      InFolder file, boolean folderStructure, Map<String, String> languages, String defaultLanguage, boolean directoryUrls,
      java.util.Set<String> all) {
    String lang = file.language();
    String stem = file.neutral().substring(0, file.neutral().length() - 3);
    int dot = stem.lastIndexOf('.');
    if (!folderStructure && dot > stem.lastIndexOf('/') && languages.containsKey(stem.substring(dot + 1))) {
      lang = stem.substring(dot + 1);
      stem = stem.substring(0, dot);
    }
    String name = stem.contains("/") ? stem.substring(stem.lastIndexOf('/') + 1) : stem;
    String folder = stem.contains("/") ? stem.substring(0, stem.lastIndexOf('/') + 1) : "";
    // README.md is the folder's index page when the folder has no index.md.
    boolean index = name.equals("index") || name.equalsIgnoreCase("readme") && !all.contains(folder + "index.md");
    String prefix = lang.equals(defaultLanguage) ? "" : "/" + lang;
    String url = prefix + "/" + (index ? folder : directoryUrls ? stem + "/" : stem + ".html");
    List<String> urls = new ArrayList<>(List.of(url));
    if (index && directoryUrls) urls.add(url + "index.html");
    return new Placed(lang, stem, folder, index, List.copyOf(urls));
  }

  /** A Markdown file as MkDocs publishes it: its language, its path without suffix, folder and whether it is its folder's page. */
  private record Placed(String language, String stem, String folder, boolean index, List<String> urls) {}

  /** The redirects plugin's {@code redirect_maps}: old page's file to where it leads (a file from docs_dir, or an address). */
  private static Map<String, String> redirectMaps(Map<String, Object> config) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Object plugin : config.get("plugins") instanceof List<?> l ? l : List.of()) {
      if (!(plugin instanceof Map<?, ?> m) || !(m.get("redirects") instanceof Map<?, ?> settings)) continue;
      if (!(settings.get("redirect_maps") instanceof Map<?, ?> maps)) continue;
      maps.forEach((from, to) -> {
        if (from != null && to != null) out.put(from.toString(), to.toString());
      });
    }
    return out;
  }

  /** The macros plugin's variables and include folders: {@code extra}, its include_yaml files, its include_dir then the docs folder. */
  private MkDocsMacros macros(Path root, String docsDir, Map<String, Object> config, Map<?, ?> options, Diagnostics diagnostics, String shownRoot) {
    List<Map.Entry<String, Map<String, Object>>> yamlFiles = new ArrayList<>();
    for (Object entry : options.get("include_yaml") instanceof List<?> l ? l : List.of()) {
      // A file name, or {key: file} to put the file's variables under key.
      Map.Entry<String, String> named = entry instanceof Map<?, ?> m && m.size() == 1
          ? Map.entry(m.keySet().iterator().next().toString(), String.valueOf(m.values().iterator().next()))
          : Map.entry("", String.valueOf(entry));
      Path file = root.resolve(named.getValue()).normalize();
      if (!file.startsWith(root.normalize()) || !SourceFiles.insideRepository(file, root)) continue;
      try {
        yamlFiles.add(Map.entry(named.getKey(), frontMatter.config(named.getValue(), Files.readString(file, StandardCharsets.UTF_8))));
      } catch (IOException | FrontMatterText.Unreadable e) {
        diagnostics.warning(SourcePos.file(shownRoot + "/" + named.getValue()), "the macros plugin's include_yaml file could not be read (" + e.getMessage()
            + "); its variables are left as text in the pages.");
      }
    }
    List<Path> includeDirs = new ArrayList<>();
    JekyllSource.string(options.get("include_dir")).filter(d -> !d.isBlank()).ifPresent(d -> includeDirs.add(root.resolve(d)));
    includeDirs.add(root.resolve(docsDir));
    @SuppressWarnings("unchecked")
    Map<String, Object> extra = config.get("extra") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    return new MkDocsMacros(true, root, includeDirs, config, MkDocsMacros.globals(extra, yamlFiles));
  }

  private static SourceSite site(
      Map<String, Object> config, Path root, Optional<String> baseUrl, String basePath, String defaultLanguage,
      Map<String, String> languages, List<SourcePage> pages, List<SourceAsset> assets, List<SiteRedirect> redirects) {
    Map<String, SourceLanguage> named = new LinkedHashMap<>();
    languages.forEach((code, name) -> named.put(code, new SourceLanguage(name)));
    return new SourceSite(SourceTool.MKDOCS, JekyllSource.string(config.get("site_name")).orElse(root.getFileName().toString()), baseUrl,
        basePath, JekyllSource.string(config.get("site_description")).orElse(""), repository(config), defaultLanguage, named, pages, assets, true,
        List.copyOf(redirects), Map.of());
  }

  private static final Pattern EDIT_URI = Pattern.compile("^(.*?)/?(?:-/)?(?:edit|blob)/([^/]+)/.*$");

  /**
   * The repository the site's edit links lead to: {@code repo_url}, with the branch {@code
   * edit_uri} names ({@code edit/main/docs/}, {@code blob/develop/docs/}, or a whole address of
   * another repository's {@code …/edit/master/docs/}), as its folder address ({@code …/tree/main}),
   * since fieldguide otherwise takes the branch for {@code main}. MkDocs itself takes {@code
   * master} when {@code edit_uri} is not given; the import does not guess that.
   */
  static Optional<String> repository(Map<String, Object> config) {
    Optional<String> repo = JekyllSource.string(config.get("repo_url")).map(String::strip).filter(r -> !r.isEmpty());
    Optional<String> edit = JekyllSource.string(config.get("edit_uri")).map(String::strip);
    if (edit.isEmpty()) return repo;
    Matcher m = EDIT_URI.matcher(edit.get());
    if (!m.matches()) return repo;
    boolean whole = m.group(1).startsWith("http://") || m.group(1).startsWith("https://");
    Optional<String> base = whole ? Optional.of(m.group(1)) : repo.map(r -> r.replaceAll("/+$", "") + (m.group(1).isEmpty() ? "" : "/" + m.group(1)));
    // The folder view of that branch, in the routes of the repository's forge (GitLab's /-/tree/, Gitea's /src/branch/).
    return base.map(RepositoryAddress::of).map(a -> a.onBranch(m.group(2)).showFolder("").replaceAll("/+$", ""));
  }

  /** The nav: each page's position (as a weight) and its title there. */
  private static final class Nav {
    private final Map<String, Integer> weights = new HashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    void walk(Object node, String title) {
      if (node instanceof List<?> items) {
        for (Object item : items) walk(item, "");
      } else if (node instanceof Map<?, ?> m) {
        m.forEach((k, v) -> walk(v, k.toString()));
      } else if (node instanceof String path && !path.contains("://")) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        weights.putIfAbsent(p, (weights.size() + 1) * 10);
        if (!title.isEmpty()) titles.putIfAbsent(p, title);
      }
    }

    int size() {
      return weights.size();
    }

    Optional<Integer> weight(String path) {
      return Optional.ofNullable(weights.get(path));
    }

    Optional<String> title(String path) {
      return Optional.ofNullable(titles.get(path));
    }
  }
}
