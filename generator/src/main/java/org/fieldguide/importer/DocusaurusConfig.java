package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fieldguide.config.ForeignSite;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/**
 * The settings of a Docusaurus site that an import needs, read from {@code docusaurus.config.js}
 * (or {@code .ts}, {@code .mjs}, …) without running it: only values written as literals are
 * read. A value written as code (a variable, {@code process.env…}) is reported at its place in
 * the file, and a default is used instead.
 *
 * @param locales language codes as fieldguide writes them (lower case), the default one first
 * @param languages each locale by its code, with its {@code localeConfigs} label and direction, where given
 * @param docsRoute the docs plugin's {@code routeBasePath} without slashes ("" for {@code /})
 * @param blogPath the blog's folder, empty when the configuration turns the blog off
 * @param localeFolders each fieldguide language code to the locale folder name under i18n/
 * @param sidebarPath the docs plugin's {@code sidebarPath} when written as text, "" when
 *     {@code false}; empty when not given (Docusaurus then looks for {@code sidebars.js})
 * @param redirects the client-redirects plugin's {@code redirects}, written as literals
 * @param fromExtensions the client-redirects plugin's {@code fromExtensions} ({@code html}: each
 *     page was also served at its address with {@code .html} added), written as literals
 */
record DocusaurusConfig(
    String title,
    String tagline,
    Optional<String> url,
    String baseUrl,
    boolean trailingSlash,
    List<String> locales,
    Map<String, SourceLanguage> languages,
    Map<String, String> localeFolders,
    String docsPath,
    String docsRoute,
    Optional<String> blogPath,
    String blogRoute,
    Optional<String> repository,
    Optional<String> sidebarPath,
    List<SiteRedirect> redirects,
    List<String> fromExtensions) {

  private static final List<String> KEYS = List.of("title", "url", "baseUrl", "presets", "i18n", "tagline", "themeConfig");
  private static final Pattern REPOSITORY = Pattern.compile("^(https?://[^/]+/[^/]+/[^/#?]+)");

  String defaultLocale() {
    return locales.get(0);
  }

  static DocusaurusConfig read(Path root, String shownRoot, Diagnostics diagnostics) throws IOException {
    Optional<String> name = ForeignSite.DOCUSAURUS_CONFIG.stream().filter(n -> Files.isRegularFile(root.resolve(n))).findFirst();
    String shown = shownRoot + "/" + name.orElse(ForeignSite.DOCUSAURUS_CONFIG.get(0));
    JsLiteral.Obj config = configObject(root, name, shownRoot, shown, diagnostics);
    Reader r = new Reader(shown, diagnostics);
    String title = r.text(config, "title", "the folder's name is used as the site's title").orElse(String.valueOf(root.getFileName()));
    String tagline = r.text(config, "tagline", "the site has no description").orElse("");
    String baseUrl = r.text(config, "baseUrl", "/ is used").map(b -> "/" + b.replaceAll("^/+|/+$", "") + "/").orElse("/").replace("//", "/");
    Optional<String> url = r.text(config, "url", "site.yaml gets a placeholder address").map(u -> u.replaceAll("/+$", "") + baseUrl);
    boolean trailingSlash = config.get("trailingSlash").filter(v -> v instanceof JsLiteral.Bool b && b.value()).isPresent();
    Languages languages = languages(root, r.object(config, "i18n"), r);
    Plugins plugins = plugins(config, shown, diagnostics);
    JsLiteral.Obj docs = plugins.docs() instanceof JsLiteral.Obj o ? o : new JsLiteral.Obj(Map.of(), 1, 1);
    String docsPath = r.text(docs, "path", "docs/ is read").orElse("docs").replaceAll("^\\./|/+$", "");
    String docsRoute = r.text(docs, "routeBasePath", "/docs/ is assumed").orElse("docs").replaceAll("^/+|/+$", "");
    Optional<String> sidebarPath = docs.get("sidebarPath").orElse(null) instanceof JsLiteral.Bool b && !b.value() ? Optional.of("")
        : docs.get("sidebarPath").orElse(null) instanceof JsLiteral.Text t ? Optional.of(t.value().replaceFirst("^\\./", "")) : Optional.empty();
    boolean blogOff = plugins.blog() instanceof JsLiteral.Bool b && !b.value();
    JsLiteral.Obj blog = plugins.blog() instanceof JsLiteral.Obj o ? o : new JsLiteral.Obj(Map.of(), 1, 1);
    Optional<String> blogPath = blogOff ? Optional.empty() : Optional.of(r.text(blog, "path", "blog/ is read").orElse("blog").replaceAll("^\\./|/+$", ""));
    String blogRoute = r.text(blog, "routeBasePath", "/blog/ is assumed").orElse("blog").replaceAll("^/+|/+$", "");
    ClientRedirects redirects = redirects(config, name.map(n -> text(root.resolve(n))).orElse(""), shown, diagnostics);
    return new DocusaurusConfig(title, tagline, url, baseUrl, trailingSlash, new ArrayList<>(languages.folders().keySet()), languages.described(),
        languages.folders(), docsPath, docsRoute, blogPath, blogRoute, repository(config, docs), sidebarPath, redirects.redirects(),
        redirects.fromExtensions());
  }

  /** The file's text; empty when it cannot be read (reading the configuration object said why). */
  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** What the client-redirects plugin's options give the import (see {@link #redirects}). */
  private record ClientRedirects(List<SiteRedirect> redirects, List<String> fromExtensions) {}

  /**
   * The redirects of {@code @docusaurus/plugin-client-redirects}: each of its {@code redirects}
   * written as literals ({@code from}, one path or several, and {@code to}, paths from the site's
   * root), for the import to make aliases of, and its {@code fromExtensions} (every page also at
   * its address with {@code .html} added), which the import adds to each page's old addresses. The
   * other redirects it makes by rule ({@code createRedirects}, code; {@code toExtensions}, from a
   * file's address without its extension, not to a page) are warned where they are written, and
   * not imported.
   */
  private static ClientRedirects redirects(JsLiteral.Obj config, String text, String shown, Diagnostics diagnostics) {
    List<SiteRedirect> out = new ArrayList<>();
    List<String> fromExtensions = new ArrayList<>();
    for (JsLiteral plugin : config.get("plugins").orElse(null) instanceof JsLiteral.Array a ? a.items() : List.<JsLiteral>of()) {
      if (!(plugin instanceof JsLiteral.Array pair && pair.items().size() > 1 && pair.items().get(0) instanceof JsLiteral.Text t
          && t.value().endsWith("plugin-client-redirects") && pair.items().get(1) instanceof JsLiteral.Obj options)) continue;
      for (JsLiteral item : options.get("redirects").orElse(null) instanceof JsLiteral.Array list ? list.items() : List.<JsLiteral>of()) {
        SourcePos where = new SourcePos(shown, item.line(), item.column());
        List<String> from = new ArrayList<>();
        JsLiteral f = item instanceof JsLiteral.Obj o ? o.get("from").orElse(null) : null;
        if (f instanceof JsLiteral.Text one) from.add(one.value());
        for (JsLiteral x : f instanceof JsLiteral.Array many ? many.items() : List.<JsLiteral>of()) if (x instanceof JsLiteral.Text one) from.add(one.value());
        JsLiteral to = item instanceof JsLiteral.Obj o ? o.get("to").orElse(null) : null;
        if (from.isEmpty() || !(to instanceof JsLiteral.Text target)) {
          diagnostics.warning(where, "this redirect was not imported: its from and to are not written as text here. Write them as"
              + " { from: '/old', to: '/new' }, or add the old address to the page's aliases by hand.");
          continue;
        }
        out.add(new SiteRedirect(from.stream().map(p -> p.startsWith("/") ? p : "/" + p).toList(), target.value(), false, where));
      }
      Optional<List<String>> extensions = options.get("fromExtensions").flatMap(DocusaurusConfig::extensions);
      extensions.ifPresent(fromExtensions::addAll);
      for (String rule : List.of("fromExtensions", "toExtensions", "createRedirects")) {
        if (rule.equals("fromExtensions") && extensions.isPresent()) continue;
        int at = text.indexOf(rule);
        if (!options.fields().containsKey(rule) && at < 0) continue;
        SourcePos where = options.get(rule).map(v -> new SourcePos(shown, v.line(), v.column()))
            .orElseGet(() -> SourceFiles.position(shown, text, rule));
        diagnostics.warning(where, rule + " was not imported: the client-redirects plugin made these redirects by rule, for every page,"
            + " and fieldguide publishes a page at its one address and the old addresses its aliases list. Add those to the pages that"
            + " need them, or have the web server rewrite the addresses.");
      }
    }
    return new ClientRedirects(List.copyOf(out), List.copyOf(fromExtensions));
  }

  /**
   * Extensions written as a list of text, each as the plugin accepts one (no dot, no slash, nothing
   * an address would escape); empty when any is not.
   */
  private static Optional<List<String>> extensions(JsLiteral value) {
    if (!(value instanceof JsLiteral.Array list)) return Optional.empty();
    List<String> out = new ArrayList<>();
    for (JsLiteral item : list.items()) {
      if (!(item instanceof JsLiteral.Text t) || !t.value().matches("[A-Za-z0-9_~-]+")) return Optional.empty();
      out.add(t.value());
    }
    return Optional.of(out);
  }

  /** The exported configuration object, or an empty one (reported) when there is none to read. */
  private static JsLiteral.Obj configObject(Path root, Optional<String> name, String shownRoot, String shown, Diagnostics diagnostics) throws IOException {
    JsLiteral.Obj none = new JsLiteral.Obj(Map.of(), 1, 1);
    if (name.isEmpty()) {
      diagnostics.warning(SourcePos.file(shownRoot), "no docusaurus.config.js or .ts: the site's title, address and languages were not read; set them in site.yaml.");
      return none;
    }
    try {
      Optional<JsLiteral.Obj> found = JsLiteral.configObject(Files.readString(root.resolve(name.get()), StandardCharsets.UTF_8), KEYS);
      if (found.isEmpty()) {
        diagnostics.warning(SourcePos.file(shown), "no configuration object written as a literal was found (export default { … } or module.exports = { … }); "
            + "the site's title, address and languages were not read: set them in site.yaml.");
      }
      return found.orElse(none);
    } catch (CharacterCodingException e) {
      diagnostics.warning(SourcePos.file(shown), "the configuration is not UTF-8 text, so it was not read; save it as UTF-8, or set the site's title, "
          + "address and languages in site.yaml.");
      return none;
    }
  }

  /** The locales, default first, by fieldguide code: their folders under i18n/, and their labels and directions. */
  private record Languages(Map<String, String> folders, Map<String, SourceLanguage> described) {}

  private static Languages languages(Path root, JsLiteral.Obj i18n, Reader r) throws IOException {
    List<String> locales = new ArrayList<>();
    locales.add(r.text(i18n, "defaultLocale", "en is used").orElse("en"));
    Optional<JsLiteral> listed = i18n.get("locales");
    if (listed.isPresent() && listed.get() instanceof JsLiteral.Array a) {
      for (JsLiteral l : a.items()) {
        if (l instanceof JsLiteral.Text t) locales.add(t.value());
        else r.warn(l, "a locale", "it is left out");
      }
    } else if (listed.isPresent()) {
      r.warn(listed.get(), "i18n.locales", "the languages with a folder under i18n/ are imported");
      try (Stream<Path> dirs = Files.isDirectory(root.resolve("i18n")) ? Files.list(root.resolve("i18n")) : Stream.empty()) {
        dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(locales::add);
      }
    }
    Map<String, String> folders = new LinkedHashMap<>();
    for (String l : locales) folders.putIfAbsent(code(l), l);
    JsLiteral.Obj localeConfigs = r.object(i18n, "localeConfigs");
    Map<String, SourceLanguage> described = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : folders.entrySet()) {
      JsLiteral.Obj lc = r.object(localeConfigs, f.getValue());
      String label = r.text(lc, "label", "the language is named by its code").orElse("");
      Optional<String> direction = r.text(lc, "direction", "the language's usual direction is used").map(v -> v.toLowerCase(Locale.ROOT))
          .filter(v -> v.equals("rtl") || v.equals("ltr"));
      described.put(f.getKey(), new SourceLanguage(label, Optional.empty(), direction));
    }
    return new Languages(folders, described);
  }

  /**
   * The docs and blog options: the classic preset's, else those of a docs or blog plugin without
   * an id. Further instances are reported: their pages are not imported.
   */
  private static Plugins plugins(JsLiteral.Obj config, String shown, Diagnostics diagnostics) {
    JsLiteral docs = null;
    JsLiteral blog = null;
    for (JsLiteral preset : config.get("presets").orElse(null) instanceof JsLiteral.Array a ? a.items() : List.<JsLiteral>of()) {
      if (preset instanceof JsLiteral.Array pair && pair.items().size() > 1 && pair.items().get(1) instanceof JsLiteral.Obj options) {
        docs = options.get("docs").orElse(docs);
        blog = options.get("blog").orElse(blog);
      }
    }
    for (JsLiteral plugin : config.get("plugins").orElse(null) instanceof JsLiteral.Array a ? a.items() : List.<JsLiteral>of()) {
      if (!(plugin instanceof JsLiteral.Array pair && pair.items().size() > 1 && pair.items().get(0) instanceof JsLiteral.Text t
          && pair.items().get(1) instanceof JsLiteral.Obj options)) continue;
      boolean named = options.get("id").filter(id -> !(id instanceof JsLiteral.Text s && s.value().equals("default"))).isPresent();
      boolean isDocs = t.value().endsWith("plugin-content-docs");
      boolean isBlog = t.value().endsWith("plugin-content-blog");
      if (isDocs && !named && docs == null) {
        docs = options;
      } else if (isBlog && !named && blog == null) {
        blog = options;
      } else if (isDocs || isBlog) {
        diagnostics.warning(new SourcePos(shown, plugin.line(), plugin.column()), "a second " + t.value() + " instance is not imported: "
            + "only the main docs and blog are. Move its pages into the imported site by hand.");
      }
    }
    return new Plugins(docs, blog);
  }

  /** The docs and blog options as written: an object, {@code false}, or null when not given. */
  private record Plugins(JsLiteral docs, JsLiteral blog) {}

  /** The repository: from the docs' editUrl, else organizationName and projectName on GitHub. */
  private static Optional<String> repository(JsLiteral.Obj config, JsLiteral.Obj docs) {
    if (docs.get("editUrl").orElse(null) instanceof JsLiteral.Text edit) {
      Matcher m = REPOSITORY.matcher(edit.value());
      if (m.find()) return Optional.of(m.group(1));
    }
    if (config.get("organizationName").orElse(null) instanceof JsLiteral.Text org && config.get("projectName").orElse(null) instanceof JsLiteral.Text project) {
      return Optional.of("https://github.com/" + org.value() + "/" + project.value());
    }
    return Optional.empty();
  }

  /** A Docusaurus locale (BCP 47: {@code pt-BR}, {@code zh-Hans}) as a fieldguide language code. */
  static String code(String locale) {
    return locale.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Reads literal values, warning once per value that is code. */
  private record Reader(String shown, Diagnostics diagnostics) {
    Optional<String> text(JsLiteral.Obj o, String key, String fallback) {
      JsLiteral v = o.fields().get(key);
      if (v == null) return Optional.empty();
      if (v instanceof JsLiteral.Text t) return Optional.of(t.value());
      warn(v, key, fallback);
      return Optional.empty();
    }

    JsLiteral.Obj object(JsLiteral.Obj o, String key) {
      JsLiteral v = o.fields().get(key);
      if (v instanceof JsLiteral.Obj obj) return obj;
      if (v != null) warn(v, key, "its default is used");
      return new JsLiteral.Obj(Map.of(), o.line(), o.column());
    }

    void warn(JsLiteral v, String what, String fallback) {
      String written = v instanceof JsLiteral.Other other ? other.text() : "not a text";
      diagnostics.warning(new SourcePos(shown, v.line(), v.column()), what + " is written as code (" + written
          + "), which fieldguide import does not run; " + fallback + ". Check the value in site.yaml.");
    }
  }
}
