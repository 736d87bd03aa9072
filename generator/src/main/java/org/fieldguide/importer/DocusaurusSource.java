package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.link.UrlPaths;

/**
 * Reads a Docusaurus (v2, v3) repository: its configuration, the docs folder (ids and URLs as the
 * docs plugin makes them: number prefixes stripped, {@code id} and {@code slug} front matter,
 * {@code index.md}, {@code README.md} and {@code <folder>/<folder>.md} as a category's page),
 * {@code _category_.json}/{@code .yml} files as section pages, the blog, the Markdown pages of
 * {@code src/pages/}, translations of all three under {@code i18n/<locale>/}, and
 * {@code static/} as linkable files. The sidebar's order becomes weights: a hand-written
 * sidebar's, else the positions the generated one uses.
 */
final class DocusaurusSource {
  static final String DOCS_I18N = "docusaurus-plugin-content-docs/current";
  static final String BLOG_I18N = "docusaurus-plugin-content-blog";
  static final String PAGES = "src/pages";
  private static final Pattern DATE_LIKE = Pattern.compile("^((\\d{2}|\\d{4})[-_.]\\d{2}([-_.](\\d{2}|\\d{4}))?)(.*)$|^(\\d+[-_.]\\d+)(.*)$");
  private static final Pattern NUMBER_PREFIX = Pattern.compile("^(\\d+)\\s*[-_.]+\\s*(.*)$");
  private static final Pattern CATEGORY_MESSAGE = Pattern.compile("sidebar\\.[^.]+\\.category\\.(.+)");
  private static final Pattern POST_DATE = Pattern.compile("^(?:.*/)?(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})[-/]?(.*?)(?:/index)?\\.mdx?$");

  private final FrontMatterText frontMatter = new FrontMatterText();
  private final DocusaurusFiles files = new DocusaurusFiles();

  /** The files of the repository, for resolving Docusaurus's file links after reading. */
  DocusaurusFiles files() {
    return files;
  }

  SourceSite read(Path root, String shownRoot, Diagnostics diagnostics) throws IOException {
    DocusaurusConfig config = DocusaurusConfig.read(root, shownRoot, diagnostics);
    String prefix = config.docsRoute().isEmpty() ? "" : "/" + config.docsRoute();
    List<SourcePage> pages = new ArrayList<>();
    List<SourceAsset> assets = new ArrayList<>();
    Map<String, Category> categories = new TreeMap<>();
    readDocs(root, shownRoot, config, pages, assets, categories, diagnostics);
    if (config.blogPath().isPresent()) readBlog(root, shownRoot, config, config.blogPath().get(), pages, assets, diagnostics);
    readPages(root, shownRoot, config, pages, assets, diagnostics);
    readStatic(root, shownRoot, assets);
    warnNotImported(root, shownRoot, config, diagnostics);
    List<String> sidebar = Sidebars.order(root, config.sidebarPath(), shownRoot, diagnostics);
    Map<String, String> localePrefixes = new HashMap<>();
    config.locales().forEach(lang -> localePrefixes.put(lang, "/" + config.localeFolders().get(lang)));
    List<SourcePage> ordered = new Ordering(
            config.defaultLocale(), prefix, config.trailingSlash(), sidebar, categoryTexts(root, shownRoot, config, diagnostics), localePrefixes)
        .apply(pages, categories, key(config.docsPath()), shownRoot + "/" + config.docsPath());
    List<SourcePage> served = ordered.stream().map(p -> withExtensions(p, config.fromExtensions())).toList();
    return new SourceSite(SourceTool.DOCUSAURUS, config.title(), config.url(), config.baseUrl(), config.tagline(), config.repository(),
        config.defaultLocale(), config.languages(), served, assets, true, config.redirects(), Map.of());
  }

  /**
   * The page with the addresses the client-redirects plugin's {@code fromExtensions} also served
   * it at ({@code /docs/install.html} for {@code /docs/install}), as the plugin makes them: not for
   * an address ending in a slash, nor for one that ends with one of the extensions. Links written to
   * them lead to the page, and the import keeps them as its aliases.
   */
  private static SourcePage withExtensions(SourcePage page, List<String> extensions) {
    if (extensions.isEmpty()) return page;
    List<String> urls = new ArrayList<>(page.urls());
    for (String url : page.urls()) {
      if (url.isEmpty() || url.endsWith("/") || extensions.stream().anyMatch(e -> url.endsWith("." + e))) continue;
      for (String e : extensions) urls.add(url + "." + e);
    }
    return page.withUrls(List.copyOf(urls));
  }

  /**
   * The docs folder, then each translation's folder. A translated doc is written beside its
   * original whatever its own front matter says, so the default language is read first.
   */
  private void readDocs(
      Path root, String shownRoot, DocusaurusConfig config, List<SourcePage> pages, List<SourceAsset> assets, Map<String, Category> categories,
      Diagnostics diagnostics) throws IOException {
    String docsPath = config.docsPath();
    if (!Files.isDirectory(root.resolve(docsPath))) {
      diagnostics.warning(SourcePos.file(shownRoot + "/" + docsPath), "no " + docsPath
          + "/ folder: the docs were not imported. If the docs plugin reads another folder, set its path as a literal in the configuration.");
      return;
    }
    String docsKey = key(docsPath);
    files.contentRoot(docsKey);
    String prefix = config.docsRoute().isEmpty() ? "" : "/" + config.docsRoute();
    Map<String, String> outBases = new HashMap<>();
    for (LocaleDir where : localeDirs(root, config, docsPath, DOCS_I18N)) {
      String lang = where.lang();
      boolean original = where.original();
      String dirKey = original ? docsKey : where.folder();
      String langPrefix = where.urlPrefix();
      for (Path file : walk(where.dir(), root)) {
        String rel = where.dir().relativize(file).toString().replace('\\', '/');
        String shown = shownRoot + "/" + where.folder() + "/" + rel;
        String name = file.getFileName().toString();
        String key = docsKey + "/" + rel;
        if (name.matches("_category_\\.(json|ya?ml)")) {
          if (original) readCategory(file, shown, rel, diagnostics).ifPresent(c -> categories.put(c.folder(), c));
        } else if (!isMarkdown(name)) {
          // A translation's own copy of an image is used only where the original has none.
          if (original || !files.has(key)) assets.add(new SourceAsset(file, shown, List.of(), List.of(key, dirKey + "/" + rel), stripPath(rel)));
          files.add(key);
        } else {
          files.add(key);
          // Files and folders starting with _ are partials, included by other pages.
          if (Arrays.stream(rel.split("/")).anyMatch(s -> s.startsWith("_"))) continue;
          Optional<FrontMatterText.Parsed> parsed = parse(file, shown, diagnostics);
          if (parsed.isEmpty()) continue;
          Doc doc = Doc.of(rel, parsed.get().frontMatter());
          String outBase = original ? doc.outBase() : outBases.getOrDefault(rel, doc.outBase());
          if (original) outBases.put(rel, outBase);
          Map<String, Object> implied = new LinkedHashMap<>();
          doc.position().ifPresent(p -> implied.put(Ordering.POSITION, p));
          implied.put(Ordering.ID, doc.id());
          implied.put(Ordering.RAW, rel);
          pages.add(new SourcePage(file, shown, lang, outBase, original ? List.of(key) : List.of(key, dirKey + "/" + rel),
              List.of(langPrefix + url(prefix, doc.slug(), config.trailingSlash())), tidy(parsed.get().frontMatter()),
              DocusaurusMarkup.titleFirst(parsed.get().body()), parsed.get().bodyLine(), implied, Optional.of(doc.navTitle())));
        }
      }
    }
  }

  private void readBlog(
      Path root, String shownRoot, DocusaurusConfig config, String blog, List<SourcePage> pages, List<SourceAsset> assets,
      Diagnostics diagnostics) throws IOException {
    if (!Files.isDirectory(root.resolve(blog))) return;
    String blogKey = key(blog);
    files.contentRoot(blogKey);
    String prefix = config.blogRoute().isEmpty() ? "" : "/" + config.blogRoute();
    for (LocaleDir where : localeDirs(root, config, blog, BLOG_I18N)) {
      String lang = where.lang();
      boolean original = where.original();
      String langPrefix = where.urlPrefix();
      for (Path file : walk(where.dir(), root)) {
        String rel = where.dir().relativize(file).toString().replace('\\', '/');
        String shown = shownRoot + "/" + where.folder() + "/" + rel;
        String name = file.getFileName().toString();
        if (!isMarkdown(name)) {
          if (original && !name.matches("(authors|tags)\\.ya?ml")) {
            assets.add(new SourceAsset(file, shown, List.of(), List.of(blogKey + "/" + rel), "blog/" + rel));
            files.add(blogKey + "/" + rel);
          }
          continue;
        }
        files.add(blogKey + "/" + rel);
        if (Arrays.stream(rel.split("/")).anyMatch(s -> s.startsWith("_"))) continue;
        Optional<FrontMatterText.Parsed> parsed = parse(file, shown, diagnostics);
        if (parsed.isEmpty()) continue;
        Post post = Post.of(rel, parsed.get().frontMatter());
        Map<String, Object> implied = new LinkedHashMap<>();
        post.date().ifPresent(d -> implied.put("date", d));
        String url = langPrefix + prefix + post.slug() + (config.trailingSlash() && !post.slug().endsWith("/") ? "/" : "");
        pages.add(new SourcePage(file, shown, lang, post.outBase(), List.of(blogKey + "/" + rel), List.of(url), tidy(parsed.get().frontMatter()),
            DocusaurusMarkup.titleFirst(parsed.get().body()), parsed.get().bodyLine(), implied, Optional.empty()));
      }
    }
  }

  /**
   * A blog post's place, as the blog plugin works it out.
   *
   * @param outBase {@code blog/} and the file's name without its date
   * @param date the date its path starts with ({@code 2024-03-05-name.md}, {@code 2024/03/05/name.md})
   * @param slug its URL path under the blog's route: {@code slug}, or the date as folders and the name
   */
  record Post(String outBase, Optional<String> date, String slug) {
    static Post of(String rel, Map<String, Object> fm) {
      Matcher m = POST_DATE.matcher(rel);
      String name = rel.replaceFirst("(/index)?\\.mdx?$", "");
      Optional<String> date = Optional.empty();
      if (m.matches()) {
        date = Optional.of(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3)));
        if (!m.group(4).isEmpty()) name = m.group(4);
      }
      Object written = fm.get("date");
      String datePath = written != null ? written.toString().replaceFirst("^(\\d{4})-(\\d{2})-(\\d{2}).*", "$1/$2/$3/")
          : date.map(d -> d.replace('-', '/') + "/").orElse("");
      String slug = fm.get("slug") instanceof String s ? (s.startsWith("/") ? s : "/" + datePath + s) : "/" + datePath + name;
      return new Post("blog/" + name.replace('/', '-'), date, slug);
    }
  }

  /**
   * The categories' labels and descriptions in each other language, from
   * {@code i18n/<locale>/docusaurus-plugin-content-docs/current.json}: keys
   * {@code sidebar.<sidebar>.category.<label>} and its {@code .link.generated-index.title} and
   * {@code .description}.
   */
  private Map<String, Map<String, Ordering.CategoryText>> categoryTexts(
      Path root, String shownRoot, DocusaurusConfig config, Diagnostics diagnostics) throws IOException {
    Map<String, Map<String, Ordering.CategoryText>> out = new LinkedHashMap<>();
    for (String lang : config.locales().subList(1, config.locales().size())) {
      String rel = "i18n/" + config.localeFolders().get(lang) + "/docusaurus-plugin-content-docs/current.json";
      if (!Files.isRegularFile(root.resolve(rel))) continue;
      Map<String, Object> messages;
      try {
        messages = frontMatter.config("current.json", Files.readString(root.resolve(rel), StandardCharsets.UTF_8));
      } catch (FrontMatterText.Unreadable | CharacterCodingException e) {
        diagnostics.warning(SourcePos.file(shownRoot + "/" + rel), (e instanceof FrontMatterText.Unreadable ? e.getMessage() : "it is not UTF-8 text")
            + "; the categories' names in this language were not read. Fix it and import again.");
        continue;
      }
      Map<String, String> titles = new HashMap<>();
      Map<String, String> linkTitles = new HashMap<>();
      Map<String, String> descriptions = new HashMap<>();
      messages.forEach((key, value) -> {
        Matcher m = CATEGORY_MESSAGE.matcher(key);
        if (!m.matches() || !(value instanceof Map<?, ?> v) || !(v.get("message") instanceof String message)) return;
        String label = m.group(1);
        if (label.endsWith(".link.generated-index.title")) linkTitles.put(label.substring(0, label.length() - ".link.generated-index.title".length()), message);
        else if (label.endsWith(".link.generated-index.description")) descriptions.put(label.substring(0, label.length() - ".link.generated-index.description".length()), message);
        else titles.put(label, message);
      });
      Map<String, Ordering.CategoryText> texts = new HashMap<>();
      for (String label : new java.util.TreeSet<>(java.util.stream.Stream.of(titles.keySet(), linkTitles.keySet(), descriptions.keySet()).flatMap(java.util.Set::stream).toList())) {
        texts.put(label, new Ordering.CategoryText(Optional.ofNullable(linkTitles.getOrDefault(label, titles.get(label))), Optional.ofNullable(descriptions.get(label))));
      }
      out.put(lang, texts);
    }
    return out;
  }

  /**
   * The Markdown pages of the pages plugin ({@code src/pages/}), published at their path from the
   * site's root ({@code index.md} at its folder's), and their translations.
   */
  private void readPages(
      Path root, String shownRoot, DocusaurusConfig config, List<SourcePage> pages, List<SourceAsset> assets, Diagnostics diagnostics)
      throws IOException {
    if (!Files.isDirectory(root.resolve(PAGES))) return;
    files.contentRoot(PAGES);
    for (LocaleDir where : localeDirs(root, config, PAGES, "docusaurus-plugin-content-pages")) {
      String lang = where.lang();
      boolean original = where.original();
      String langPrefix = where.urlPrefix();
      for (Path file : walk(where.dir(), root)) {
        String rel = where.dir().relativize(file).toString().replace('\\', '/');
        String shown = shownRoot + "/" + where.folder() + "/" + rel;
        String key = PAGES + "/" + rel;
        if (Arrays.stream(rel.split("/")).anyMatch(s -> s.startsWith("_"))) continue;
        if (!isMarkdown(file.getFileName().toString())) {
          if (original && !rel.matches(".*\\.(js|jsx|ts|tsx|css|scss)")) assets.add(new SourceAsset(file, shown, List.of("/" + rel), List.of(key), rel));
          files.add(key);
          continue;
        }
        files.add(key);
        Optional<FrontMatterText.Parsed> parsed = parse(file, shown, diagnostics);
        if (parsed.isEmpty()) continue;
        String stem = rel.replaceFirst("\\.mdx?$", "");
        boolean index = stem.equals("index") || stem.endsWith("/index");
        String folder = index ? stem.substring(0, stem.length() - "index".length()) : "";
        String outBase = index ? folder + "_index" : stem;
        String url = langPrefix + (index ? "/" + folder : "/" + stem + (config.trailingSlash() ? "/" : ""));
        pages.add(new SourcePage(file, shown, lang, outBase, List.of(key), List.of(url), tidy(parsed.get().frontMatter()),
            DocusaurusMarkup.titleFirst(parsed.get().body()), parsed.get().bodyLine(), Map.of(), Optional.empty()));
      }
    }
  }

  private void readStatic(Path root, String shownRoot, List<SourceAsset> assets) throws IOException {
    Path dir = root.resolve("static");
    if (!Files.isDirectory(dir)) return;
    for (Path file : walk(dir, root)) {
      String rel = dir.relativize(file).toString().replace('\\', '/');
      assets.add(new SourceAsset(file, shownRoot + "/static/" + rel, List.of("/" + rel), List.of("static/" + rel), rel));
      files.add("static/" + rel);
    }
  }

  /** What Docusaurus publishes besides docs and blog, and translations of locales it does not build: reported, not imported. */
  private static void warnNotImported(Path root, String shownRoot, DocusaurusConfig config, Diagnostics diagnostics) throws IOException {
    Path pagesDir = root.resolve(PAGES);
    if (Files.isDirectory(pagesDir)) {
      long react = walk(pagesDir, root).stream().map(p -> p.getFileName().toString())
          .filter(n -> n.matches("[^_].*\\.(js|jsx|ts|tsx)") && !n.matches(".*\\.d\\.ts")).count();
      if (react > 0) {
        diagnostics.warning(SourcePos.file(shownRoot + "/" + PAGES), react + " React page(s) (.js, .tsx, …) were not imported: they are code. "
            + "Write what they show as Markdown pages (a home page is content/_index.md).");
      }
    }
    if (Files.isDirectory(root.resolve("versioned_docs"))) {
      diagnostics.warning(SourcePos.file(shownRoot + "/versioned_docs"), "older doc versions were not imported: fieldguide has one version "
          + "of each page, and the current docs were imported. Keep the old versions' site, or merge what still matters by hand.");
    }
    Path i18n = root.resolve("i18n");
    if (!Files.isDirectory(i18n)) return;
    try (Stream<Path> locales = Files.list(i18n)) {
      for (Path l : locales.filter(Files::isDirectory).sorted().toList()) {
        String folder = l.getFileName().toString();
        if (!config.localeFolders().containsValue(folder) && !folder.startsWith(".")) {
          diagnostics.warning(SourcePos.file(shownRoot + "/i18n/" + folder), "not imported: the locale '" + folder
              + "' is not listed in i18n.locales of the configuration. Add it there and import again, if it is to be published.");
        }
      }
    }
  }

  private Optional<FrontMatterText.Parsed> parse(Path file, String shown, Diagnostics diagnostics) throws IOException {
    try {
      return Optional.of(frontMatter.parse(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (FrontMatterText.Unreadable e) {
      diagnostics.error(new SourcePos(shown, 1, 1), "not imported: " + e.getMessage() + ". Fix it and import again.");
    } catch (CharacterCodingException e) {
      diagnostics.error(new SourcePos(shown, 1, 1), "not imported: the file is not UTF-8 text. Save it as UTF-8 and import again.");
    }
    return Optional.empty();
  }

  private Optional<Category> readCategory(Path file, String shown, String rel, Diagnostics diagnostics) throws IOException {
    String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
    try {
      Map<String, Object> m = frontMatter.config(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      return Optional.of(new Category(folder, file, shown, m));
    } catch (FrontMatterText.Unreadable | CharacterCodingException e) {
      String why = e instanceof FrontMatterText.Unreadable ? e.getMessage() : "it is not UTF-8 text";
      diagnostics.warning(SourcePos.file(shown), why + "; the category's label and position were not read. Fix it and import again.");
      return Optional.empty();
    }
  }

  /**
   * The front matter to map: {@code id} and {@code sidebar_position} are left out, having become
   * the file's name and its weight; tags written as objects ({label, permalink}) become their labels.
   */
  private static Map<String, Object> tidy(Map<String, Object> fm) {
    Map<String, Object> out = new LinkedHashMap<>(fm);
    out.remove("id");
    out.remove("sidebar_position");
    if (out.get("tags") instanceof List<?> tags && tags.stream().anyMatch(t -> t instanceof Map<?, ?>)) {
      out.put("tags", tags.stream().map(t -> t instanceof Map<?, ?> m && m.get("label") != null ? m.get("label") : t).toList());
    }
    return out;
  }

  private static String pad(String n) {
    return n.length() == 1 ? "0" + n : n;
  }

  /**
   * A folder's path as a key among the repository's files. A monorepo's website may read its docs
   * from {@code ../docs}: such a path is kept inside the keys' root, so relative links resolve.
   */
  static String key(String folder) {
    return folder.replace("../", "_up_/");
  }

  static boolean isMarkdown(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".md") || n.endsWith(".mdx");
  }

  static String url(String prefix, String slug, boolean trailingSlash) {
    String u = (prefix + slug).replaceAll("/{2,}", "/");
    if (u.isEmpty()) u = "/";
    if (trailingSlash && !u.endsWith("/")) u += "/";
    return u;
  }

  /**
   * One locale's folder of a plugin's files: the default locale's own ({@code folder} as the
   * configuration names it), or another's translation under {@code i18n/<locale>/}, whose pages
   * Docusaurus publishes under {@code /<locale>}.
   */
  private record LocaleDir(String lang, boolean original, String folder, Path dir, String urlPrefix) {}

  /** The locales' folders of a plugin that exist, in the configuration's order: {@code own}, and {@code i18n/<locale>/<translated>}. */
  private static List<LocaleDir> localeDirs(Path root, DocusaurusConfig config, String own, String translated) {
    List<LocaleDir> dirs = new ArrayList<>();
    for (String lang : config.locales()) {
      boolean original = lang.equals(config.defaultLocale());
      String locale = config.localeFolders().get(lang);
      String folder = original ? own : "i18n/" + locale + "/" + translated;
      Path dir = root.resolve(folder);
      if (Files.isDirectory(dir)) dirs.add(new LocaleDir(lang, original, folder, dir, original ? "" : "/" + locale));
    }
    return dirs;
  }

  /**
   * The files under {@code dir}, in order, but hidden ones and node_modules; a symbolic link is
   * followed where it leads inside the walked folder or the website's ({@code root}): the docs may
   * stand beside the website folder (path: '../docs'), and a link leading elsewhere on the machine
   * is not the site's.
   */
  private static List<Path> walk(Path dir, Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> SourceFiles.insideRepository(p, dir) || SourceFiles.insideRepository(p, root)).filter(p -> {
        String rel = dir.relativize(p).toString().replace('\\', '/');
        return Arrays.stream(rel.split("/")).noneMatch(s -> s.startsWith(".") || s.equals("node_modules"));
      }).sorted().toList();
    }
  }

  /** A file or folder name without its number prefix ({@code 01-intro} → {@code intro}), as the docs plugin strips it. */
  static String strip(String name) {
    if (DATE_LIKE.matcher(name).matches()) return name;
    Matcher m = NUMBER_PREFIX.matcher(name);
    return m.matches() && !m.group(2).isEmpty() ? m.group(2) : name;
  }

  /** The number prefix of a name, which orders it in the sidebar when no position is given. */
  static Optional<Integer> numberPrefix(String name) {
    if (DATE_LIKE.matcher(name).matches()) return Optional.empty();
    Matcher m = NUMBER_PREFIX.matcher(name);
    if (!m.matches() || m.group(2).isEmpty() || m.group(1).length() > 9) return Optional.empty();
    return Optional.of(Integer.parseInt(m.group(1)));
  }

  static String stripPath(String path) {
    return String.join("/", Arrays.stream(path.split("/")).map(DocusaurusSource::strip).toList());
  }

  /** A _category_.json or _category_.yml: the folder (relative to docs/, as written) and its settings. */
  record Category(String folder, Path file, String shown, Map<String, Object> settings) {}

  /**
   * A doc's identity as the docs plugin works it out.
   *
   * @param id the doc id: folders without number prefixes, then {@code id} or the file name without one
   * @param slug the URL path under the docs route, starting with {@code /}
   * @param outBase where fieldguide writes it, under content/ without {@code .md}
   */
  record Doc(String id, String slug, String outBase, Optional<Double> position, String navTitle) {
    static Doc of(String rel, Map<String, Object> fm) {
      String stem = rel.replaceFirst("\\.mdx?$", "");
      int slash = stem.lastIndexOf('/');
      String dir = slash < 0 ? "" : stem.substring(0, slash);
      String fileName = stem.substring(slash + 1);
      boolean parsePrefixes = !Boolean.FALSE.equals(fm.get("parse_number_prefixes"));
      String strippedDir = parsePrefixes ? stripPath(dir) : dir;
      String baseId = fm.get("id") instanceof String s && !s.isBlank() && !s.contains("/") ? s.strip() : parsePrefixes ? strip(fileName) : fileName;
      String id = dir.isEmpty() ? baseId : strippedDir + "/" + baseId;
      String lastDir = dir.contains("/") ? dir.substring(dir.lastIndexOf('/') + 1) : dir;
      String lower = fileName.toLowerCase(Locale.ROOT);
      boolean index = lower.equals("index") || lower.equals("readme") || !lastDir.isEmpty() && lower.equals(lastDir.toLowerCase(Locale.ROOT));
      String dirSlug = dir.isEmpty() ? "/" : "/" + strippedDir + "/";
      Object writtenSlug = fm.get("slug");
      String slug;
      if (writtenSlug instanceof String s && s.startsWith("/")) {
        slug = s;
      } else if (writtenSlug == null && index) {
        slug = dirSlug;
      } else {
        String base = writtenSlug instanceof String s ? s : baseId;
        slug = "/" + resolveSlug(dirSlug.substring(1), base);
      }
      String outBase;
      if (slug.equals("/")) outBase = "_index";
      else if (index && writtenSlug == null) outBase = strippedDir.isEmpty() ? "_index" : strippedDir + "/_index";
      else outBase = strippedDir.isEmpty() ? baseId : strippedDir + "/" + baseId;
      Optional<Double> position = DocusaurusSource.position(fm.get("sidebar_position"));
      if (position.isEmpty() && parsePrefixes) position = numberPrefix(fileName).map(Integer::doubleValue);
      Object label = fm.get("sidebar_label");
      String navTitle = label instanceof String l && !l.isBlank() ? l.strip() : humanized(baseId);
      return new Doc(id, slug, outBase, position, navTitle);
    }
  }

  static Optional<Double> position(Object v) {
    if (v instanceof java.lang.Number n) return Optional.of(n.doubleValue());
    if (v instanceof String s && s.strip().matches("-?\\d+(\\.\\d+)?")) return Optional.of(Double.parseDouble(s.strip()));
    return Optional.empty();
  }

  static String humanized(String name) {
    String n = name.replaceAll("[-_]+", " ").strip();
    return n.isEmpty() ? "Home" : n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
  }

  /** A relative slug resolved against the folder's, as Docusaurus's resolvePathname does. */
  private static String resolveSlug(String folder, String relative) {
    return UrlPaths.resolve(folder.replaceAll("/+$", ""), relative).orElse(relative.replaceFirst("^/+", ""));
  }
}
