package org.fieldguide.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.fieldguide.config.ForeignSite;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Reads a Sphinx site written in MyST Markdown: {@code conf.py} (in SOURCE or one of the folders
 * {@link ForeignSite#SPHINX_FOLDERS} names; its folder is the source folder), every Markdown page
 * under it but those {@code exclude_patterns}, {@code _build/}, {@code _static/} and {@code
 * _templates/} hold, and the other files as linkable assets. The {@code toctree} directives give
 * the pages' order ({@link Toctrees}); {@code (label)=} lines give ids and the site-wide targets
 * of {@code {ref}} ({@link MystLabels}). Sphinx resolves a page's links from its source file, and
 * publishes {@code page.md} as {@code page.html}.
 *
 * <p>reStructuredText pages and notebooks are not converted: each is warned, with a count.
 * Translations (gettext catalogues) are not either: one warning says so.
 */
final class SphinxSource {
  private final FrontMatterText frontMatter = new FrontMatterText();
  private SphinxConf conf = SphinxConf.read("", "", new Diagnostics());
  private MystLabels.Index index = MystLabels.Index.empty();
  private LiteralIncludes includes = new LiteralIncludes(Path.of("."), Path.of("."));

  /** The configuration read by {@link #read}: the MyST extensions and substitutions the markup needs. */
  SphinxConf conf() {
    return conf;
  }

  /** Where the site read by {@link #read} finds the files its {@code {literalinclude}} directives show. */
  LiteralIncludes includes() {
    return includes;
  }

  /** The labels and page titles of the site read by {@link #read}, for {@code {ref}} and {@code {doc}}. */
  MystLabels.Index index() {
    return index;
  }

  SourceSite read(Path root, String shownRoot, Diagnostics diagnostics) throws IOException {
    Optional<String> folder = ForeignSite.SPHINX_FOLDERS.stream().filter(f -> Files.isRegularFile(root.resolve(f).resolve("conf.py"))).findFirst();
    if (folder.isEmpty()) {
      diagnostics.error(SourcePos.file(shownRoot + "/conf.py"), "no conf.py in " + shownRoot + " or its docs/, docs/source/, source/ or doc/ folder:"
          + " a Sphinx site keeps its settings there. Give the folder that holds conf.py as SOURCE.");
      return site(root, List.of(), List.of());
    }
    Path dir = root.resolve(folder.get());
    includes = new LiteralIncludes(root, dir);
    String shownDir = shownRoot + (folder.get().isEmpty() ? "" : "/" + folder.get());
    Optional<String> confText = SourceFiles.readText(dir.resolve("conf.py"), shownDir + "/conf.py", diagnostics);
    conf = SphinxConf.read(confText.orElse(""), shownDir + "/conf.py", diagnostics);

    // Sphinx's output and Python's caches are not sources.
    List<String> files = SourceFiles.under(dir, root).stream()
        .filter(rel -> Arrays.stream(rel.split("/")).noneMatch(p -> p.equals("_build") || p.equals("__pycache__"))).toList();
    List<SourcePage> pages = new ArrayList<>();
    List<SourceAsset> assets = new ArrayList<>();
    List<String> notConverted = new ArrayList<>();
    Map<String, RstPages.Converted> rstPages = rstPages(files, dir, root, shownDir, diagnostics);
    for (String rel : files) {
      String shown = shownDir + "/" + rel;
      boolean special = rel.startsWith("_templates/") || rel.startsWith("_static/");
      Optional<String> suffix = conf.suffixes().stream().filter(rel::endsWith).findFirst();
      if (suffix.isPresent() && !special && !conf.excludes(rel)) {
        page(dir.resolve(rel), shown, rel, rel.substring(0, rel.length() - suffix.get().length()), Optional.empty(), diagnostics).ifPresent(pages::add);
      } else if (rstPages.containsKey(rel)) {
        RstPages.Converted c = rstPages.get(rel);
        if (c.failure() != null) {
          diagnostics.warning(new SourcePos(shown, 1, 1), "not imported: the reStructuredText could not be converted (" + c.failure()
              + "). Fix what pandoc names, or convert the page to MyST Markdown, and import again.");
        } else if (c.myst() != null) {
          page(dir.resolve(rel), shown, rel, rel.substring(0, rel.length() - ".rst".length()), Optional.of(c.myst()), diagnostics).ifPresent(pages::add);
        }
      } else if ((rel.endsWith(".rst") || rel.endsWith(".ipynb")) && !special && !conf.excludes(rel)) {
        notConverted.add(rel);
        diagnostics.warning(new SourcePos(shown, 1, 1), rel.endsWith(".rst")
            ? "not imported: reStructuredText, which fieldguide reads through pandoc 2.15 or newer, and none is installed. Install it"
                + " (Debian 12 and Ubuntu 22.04 or newer: apt install pandoc; pandoc.org for others) and import again."
            : "not imported: a Jupyter notebook, which fieldguide cannot show. Save it as MyST Markdown (jupytext --to myst) and import again.");
      } else if (!rel.endsWith(".po") && !rel.endsWith(".mo") && !rel.endsWith(".pot") && !rel.startsWith("_templates/") && !rel.equals("conf.py")) {
        assets.add(new SourceAsset(dir.resolve(rel), shown, List.of("/" + rel), List.of(rel), published(rel)));
      }
    }
    count(notConverted, shownDir, diagnostics);
    translations(dir, shownDir, files, diagnostics);
    MystLabels.Labelled labelled = MystLabels.read(pages, conf.enables("colon_fence"), diagnostics);
    index = labelled.index();
    pages = new Toctrees(conf.enables("colon_fence"), conf.rootDoc()).order(labelled.pages());
    return site(root, pages, assets, redirects(dir, shownDir, confText.orElse(""), diagnostics));
  }

  /**
   * The redirects {@code conf.py} makes: rediraffe's (a dict, or the file it names, of old and new
   * page names) and sphinx-reredirects' (old page name to the address it leads to, relative to
   * the old page's, as Sphinx's HTML builder published it: {@code old.html}).
   */
  private List<SiteRedirect> redirects(Path dir, String shownDir, String confText, Diagnostics diagnostics) throws IOException {
    List<SiteRedirect> out = new ArrayList<>();
    String confShown = shownDir + "/conf.py";
    conf.rediraffe().forEach((from, to) -> out.add(new SiteRedirect(oldUrls(from), docname(to), true, quoted(confShown, confText, from))));
    if (conf.rediraffeFile().isPresent()) {
      String name = conf.rediraffeFile().get();
      Path file = dir.resolve(name).normalize();
      String shown = shownDir + "/" + name;
      if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
        diagnostics.warning(quoted(confShown, confText, name), "rediraffe_redirects names " + name + ", which is not a file of the source"
            + " folder, so its redirects were not imported. Give its path from conf.py's folder, or make the pages' old addresses aliases by hand.");
      } else {
        Optional<String> text = SourceFiles.readText(file, shown, diagnostics);
        String[] lines = text.orElse("").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          List<String> names = RediraffeLine.names(lines[i]);
          if (names.isEmpty()) continue;
          SourcePos where = new SourcePos(shown, i + 1, lines[i].indexOf(lines[i].strip()) + 1);
          if (names.size() != 2) {
            diagnostics.warning(where, "this line of " + name + " was not imported: rediraffe reads an old page's name and a new one on"
                + " each line (old/page new/page). Write it so, and import again.");
            continue;
          }
          out.add(new SiteRedirect(oldUrls(names.get(0)), docname(names.get(1)), true, where));
        }
      }
    }
    conf.reredirects().forEach((from, to) -> {
      SourcePos where = quoted(confShown, confText, from);
      if (from.contains("*") || from.contains("?") || from.contains("[")) {
        diagnostics.warning(where, "the redirect from '" + from + "' was not imported: it is a pattern over pages that are still there,"
            + " and fieldguide keeps each page at one address. Move the pages into place, or list their old addresses as aliases.");
      } else if (to.contains("$")) {
        diagnostics.warning(where, "the redirect from '" + from + "' was not imported: its address (" + to + ") is made from the page's"
            + " name by sphinx-reredirects, which fieldguide does not run. Write the address, and import again.");
      } else {
        String docname = docname(from);
        String folder = docname.contains("/") ? docname.substring(0, docname.lastIndexOf('/')) : "";
        int hash = to.indexOf('#');
        String path = hash < 0 ? to : to.substring(0, hash);
        String fragment = hash < 0 ? "" : to.substring(hash);
        // An address relative to the old page's, as a browser follows it from there; another site's as it is.
        String target = !Targets.isInternal(to) || path.startsWith("/") ? to
            : org.fieldguide.link.UrlPaths.resolve(folder, path).map(p -> "/" + p + (path.endsWith("/") ? "/" : "") + fragment).orElse(to);
        out.add(new SiteRedirect(oldUrls(from), target, false, where));
      }
    });
    return out;
  }

  /** Where Sphinx's HTML builder published the page named {@code name} (with or without its suffix): an old page a redirect names. */
  private List<String> oldUrls(String name) {
    return urls(docname(name));
  }

  /** Where Sphinx's HTML builder publishes the page {@code docname}: {@code docname.html}, and a folder's index also at the folder. */
  private static List<String> urls(String docname) {
    String last = docname.substring(docname.lastIndexOf('/') + 1);
    String parent = docname.contains("/") ? docname.substring(0, docname.lastIndexOf('/') + 1) : "";
    return last.equals("index") ? List.of("/" + parent, "/" + docname + ".html") : List.of("/" + docname + ".html");
  }

  /** A page's name without the suffix of its source file, from the source folder. */
  private String docname(String name) {
    String n = name.strip().replaceFirst("^/+", "");
    for (String suffix : conf.suffixes()) if (n.endsWith(suffix)) return n.substring(0, n.length() - suffix.length());
    for (String suffix : List.of(".md", ".rst", ".ipynb", ".txt")) if (n.endsWith(suffix)) return n.substring(0, n.length() - suffix.length());
    return n;
  }

  /** Where {@code value} is first written in quotes in {@code text} (the file {@code shown}). */
  private static SourcePos quoted(String shown, String text, String value) {
    for (String q : List.of("\"" + value + "\"", "'" + value + "'")) {
      if (text.contains(q)) return SourceFiles.position(shown, text, q);
    }
    return SourceFiles.position(shown, text, value);
  }

  /** A line of rediraffe's redirects file: its names, each bare or in quotes; none for a blank or comment line. */
  static final class RediraffeLine {
    private RediraffeLine() {}

    static List<String> names(String line) {
      List<String> names = new ArrayList<>();
      String l = line.strip();
      int i = 0;
      while (i < l.length()) {
        char c = l.charAt(i);
        if (Character.isWhitespace(c)) {
          i++;
        } else if (c == '#') {
          break;
        } else if (c == '"' || c == '\'') {
          int end = l.indexOf(c, i + 1);
          if (end < 0) end = l.length();
          names.add(l.substring(i + 1, end));
          i = end + 1;
        } else {
          int end = i;
          while (end < l.length() && !Character.isWhitespace(l.charAt(end))) end++;
          names.add(l.substring(i, end));
          i = end;
        }
      }
      return names;
    }
  }

  private SourceSite site(Path root, List<SourcePage> pages, List<SourceAsset> assets) {
    return site(root, pages, assets, List.of());
  }

  private SourceSite site(Path root, List<SourcePage> pages, List<SourceAsset> assets, List<SiteRedirect> redirects) {
    String language = conf.language().orElse("en");
    Map<String, SourceLanguage> languages = new LinkedHashMap<>();
    languages.put(language, new SourceLanguage(""));
    String basePath = conf.baseUrl().map(u -> u.replaceFirst("^[a-z]+://[^/]+", "")).orElse("/");
    return new SourceSite(SourceTool.SPHINX, conf.title().orElse(root.getFileName().toString()), conf.baseUrl(), basePath, "", conf.repository(),
        language, languages, pages, assets, true, List.copyOf(redirects), Map.of());
  }

  /**
   * The site's reStructuredText pages read through pandoc, by their path, when pandoc is installed
   * (none otherwise: they are then warned as not imported). pandoc takes a fifth of a second a page,
   * so the pages are converted at once, on every core; a file that is no UTF-8 is reported here,
   * in the files' order, and its entry holds neither text nor failure.
   */
  private Map<String, RstPages.Converted> rstPages(List<String> files, Path dir, Path root, String shownDir, Diagnostics diagnostics)
      throws IOException {
    List<String> rst = files.stream()
        .filter(rel -> rel.endsWith(".rst") && !rel.startsWith("_templates/") && !rel.startsWith("_static/") && !conf.excludes(rel)).toList();
    if (rst.isEmpty()) return Map.of();
    Optional<RstPages> pandoc = RstPages.find();
    if (pandoc.isEmpty()) return Map.of();
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, RstPages.Converted> out = new java.util.concurrent.ConcurrentHashMap<>();
    for (String rel : rst) {
      Optional<String> text = SourceFiles.readText(dir.resolve(rel), shownDir + "/" + rel, diagnostics);
      // Not UTF-8: reported just now, and neither converted nor warned again.
      if (text.isPresent()) texts.put(rel, text.get());
      else out.put(rel, new RstPages.Converted(null, null));
    }
    texts.entrySet().parallelStream().forEach(e -> out.put(e.getKey(), pandoc.get().convert(e.getValue(), dir.resolve(e.getKey()), dir, root)));
    return out;
  }

  /** @param converted the page's text as MyST, for a reStructuredText page; empty to read the file */
  private Optional<SourcePage> page(Path file, String shown, String rel, String docname, Optional<String> converted, Diagnostics diagnostics)
      throws IOException {
    Optional<String> text = converted.isPresent() ? converted : SourceFiles.readText(file, shown, diagnostics);
    if (text.isEmpty()) return Optional.empty();
    FrontMatterText.Parsed parsed;
    try {
      parsed = frontMatter.parseYaml(text.get());
    } catch (FrontMatterText.Unreadable e) {
      diagnostics.error(new SourcePos(shown, e.line(), e.column()), "not imported: " + e.getMessage() + ". Fix it and import again.");
      return Optional.empty();
    }
    String name = docname.substring(docname.lastIndexOf('/') + 1);
    String parent = docname.contains("/") ? docname.substring(0, docname.lastIndexOf('/') + 1) : "";
    boolean index = name.equals("index") || docname.equals(conf.rootDoc());
    String outBase = published(docname.equals(conf.rootDoc()) ? "_index" : index ? parent + "_index" : docname);
    List<String> urls = urls(docname);
    // By file, with or without the suffix: MyST links name pages both ways ([x](../reference/index)).
    return Optional.of(new SourcePage(file, shown, conf.language().orElse("en"), outBase, List.of(rel, docname), urls, parsed.frontMatter(),
        parsed.body(), parsed.bodyLine(), new LinkedHashMap<>(), Optional.empty()));
  }

  /**
   * Where a file of the source folder is written under content/: fieldguide leaves out names
   * that start with '_' (but _index), and Sphinx's images are in _static/ by custom, so the
   * underscores are dropped ({@code _static/logo.png} → {@code static/logo.png}).
   */
  private static String published(String rel) {
    List<String> parts = new ArrayList<>();
    for (String part : rel.split("/")) parts.add(part.startsWith("_") && !part.startsWith("_index") ? part.replaceFirst("^_+", "") : part);
    return String.join("/", parts);
  }

  /** How many pages were not converted, beside the warning at each: a site of many .rst pages needs more than a look. */
  private static void count(List<String> notConverted, String shownDir, Diagnostics diagnostics) {
    if (notConverted.isEmpty()) return;
    long rst = notConverted.stream().filter(r -> r.endsWith(".rst")).count();
    long notebooks = notConverted.size() - rst;
    String counts = (rst > 0 ? rst + " reStructuredText" : "") + (rst > 0 && notebooks > 0 ? ", " : "")
        + (notebooks > 0 ? notebooks + " notebook" + (notebooks == 1 ? "" : "s") : "");
    diagnostics.warning(new SourcePos(shownDir + "/conf.py", 1, 1), notConverted.size() + " source file" + (notConverted.size() == 1 ? " was" : "s were")
        + " not imported (" + counts + ", each warned at its file): "
        + (rst > 0 ? "install pandoc (it reads the reStructuredText)" + (notebooks > 0 ? ", convert the notebooks to MyST Markdown" : "")
            : "convert them to MyST Markdown")
        + " and import again, or link to them where they are published.");
  }

  /** One warning for a site's gettext catalogues: fieldguide translates pages, not strings. */
  private void translations(Path dir, String shownDir, List<String> files, Diagnostics diagnostics) throws IOException {
    List<String> catalogues = new ArrayList<>(files.stream().filter(f -> f.endsWith(".po")).toList());
    for (String localeDir : conf.localeDirs()) {
      Path d = dir.resolve(localeDir).normalize();
      if (d.startsWith(dir) || !Files.isDirectory(d)) continue;
      for (String f : SourceFiles.under(d, d)) if (f.endsWith(".po")) catalogues.add(dir.relativize(d.resolve(f)).toString().replace('\\', '/'));
    }
    if (catalogues.isEmpty()) return;
    TreeSet<String> languages = new TreeSet<>();
    for (String c : catalogues) {
      String[] parts = c.split("/");
      int lc = Arrays.asList(parts).indexOf("LC_MESSAGES");
      if (lc > 0) languages.add(parts[lc - 1]);
    }
    diagnostics.warning(new SourcePos(shownDir + "/" + catalogues.get(0), 1, 1), "translations were not imported (" + catalogues.size() + " .po file"
        + (catalogues.size() == 1 ? "" : "s") + (languages.isEmpty() ? "" : ", " + String.join(", ", languages)) + "): Sphinx translates"
        + " sentence by sentence through gettext catalogues, fieldguide keeps a translated copy of each page (name.<lang>.md)."
        + " Write the translated pages from the catalogues, and add their languages to site.yaml.");
  }
}
