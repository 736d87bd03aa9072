package org.fieldguide.importer;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.config.FieldDeclaration;
import org.fieldguide.config.ForeignSite;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Reads a Zola repository: its configuration (base_url, title, description, default_language,
 * the languages as {@code [languages.<code>]} tables or, before Zola 0.15, a list of {@code
 * {code = "…"}}), the sections ({@code _index.md}), pages and page bundles ({@code
 * name/index.md} with the files beside it) under {@code content/} with their {@code
 * name.<lang>.md} translations, and the files of {@code static/} as linkable assets.
 *
 * <p>URLs are worked out as Zola does: the folders, then the page's slug ({@code slug}, the rest
 * of a date-prefixed file name such as {@code 2024-01-02-hello.md}, or the file name), made a slug
 * as {@code [slugify] paths} says, or the page's {@code path}; {@code /<lang>/} before the
 * addresses of other languages. A date-prefixed page is written under its slug, its date moved
 * into the front matter. Where Zola's address differs from the one fieldguide gives the written
 * file ({@code slug}, {@code path}, a name that slugifying changes), the page keeps it as {@code
 * url}.
 *
 * <p>A page's {@code [taxonomies]} and {@code [extra]} tables are lifted to the top of its front
 * matter, where fieldguide keeps a page's own fields (templates read them as {@code
 * page.extra.<name>}, as Zola's do); an {@code [extra]} key that a page or fieldguide already
 * uses gets an {@code extra_} prefix.
 */
final class ZolaSource {
  // As Zola's page.rs reads a file name: a date or RFC 3339 date-time, then '_' or '-' and the slug.
  private static final Pattern DATED = Pattern.compile(
      "(\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d:(?:[0-5]\\d|60)(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d))?)"
          + "(?:\\s?[_-](.+))?");
  // Keys a lifted [extra] key must not take: what pages set at the top, and what fieldguide reads.
  private static final Set<String> TAKEN = Set.of(
      "description", "date", "updated", "slug", "path", "aliases", "authors", "redirect_from", "permalink", "nav_order", "sort_rank",
      "published", "translationKey", "taxonomies", "extra");

  private final FrontMatterText frontMatter = new FrontMatterText();

  /** How Zola turns a name into a path segment ({@code [slugify] paths}). */
  private enum Slugify {
    ON, SAFE, OFF;

    String apply(String s) {
      return switch (this) {
        case ON -> HeadingSlugs.zola(s);
        case SAFE -> s.replaceFirst("[ .]+$", "").replaceAll("[<>:\"/\\\\|?*]", "");
        case OFF -> s;
      };
    }
  }

  /**
   * What the configuration says.
   *
   * @param languages the site's languages, the default first, each to the site's title in it ("" when none)
   */
  private record Settings(
      String description, Optional<String> baseUrl, String basePath, String defaultLanguage, Map<String, String> languages,
      Slugify paths, boolean keepDates, List<PathMatcher> ignoredContent) {
    /** Whether Zola leaves the file {@code content/rel} out ({@code ignored_content}): its path or its name matches. */
    boolean ignores(String rel) {
      Path path = Path.of(rel);
      return ignoredContent.stream().anyMatch(m -> m.matches(path) || m.matches(path.getFileName()));
    }
  }

  SourceSite read(Path root, String shownRoot, Diagnostics diagnostics) throws IOException {
    Settings settings = settings(root, shownRoot, diagnostics);
    Path content = root.resolve("content");
    // As Zola: what ignored_content names is neither a page nor a file of the site.
    List<String> files = SourceFiles.under(content, root).stream().filter(rel -> !settings.ignores(rel)).toList();
    Bundles bundles = new Bundles(new LinkedHashMap<>(), new LinkedHashMap<>());
    List<SourcePage> pages = new ArrayList<>();
    for (String rel : files) {
      if (rel.endsWith(".md")) page(content, rel, shownRoot, settings, diagnostics).ifPresent(p -> pages.add(bundles.add(rel, p)));
    }
    List<SourceAsset> assets = new ArrayList<>();
    for (String rel : files) {
      if (!rel.endsWith(".md")) assets.add(bundles.asset(content, rel, shownRoot, settings));
    }
    Path statics = root.resolve("static");
    for (String rel : SourceFiles.under(statics, root)) assets.add(new SourceAsset(statics.resolve(rel), shownRoot + "/static/" + rel, List.of("/" + rel), List.of(), rel));

    Map<String, SourceLanguage> languages = new LinkedHashMap<>();
    settings.languages().forEach((code, t) ->
        languages.put(code, new SourceLanguage("", Optional.of(t).filter(s -> !s.isBlank()), Optional.empty())));
    // The default language's title stands for the site's when only [languages.<default>] gives one.
    String title = languages.get(settings.defaultLanguage()).title().orElse(root.getFileName().toString());
    return new SourceSite(SourceTool.ZOLA, title, settings.baseUrl(), settings.basePath(), settings.description(), Optional.empty(),
        settings.defaultLanguage(), languages, newestFirst(pages, settings.defaultLanguage()), assets, false);
  }

  /**
   * The pages of each section whose {@code _index.md} says {@code sort_by = "date"} (or {@code
   * "update_date"}: by {@code updated}, else {@code date}) weighted 1, 2, 3… from the newest, as
   * Zola lists them, each translation as its original; those without a date after them (Zola
   * leaves them out of the list), in name order. A page's own {@code weight} is dropped there:
   * Zola does not read it under a date sort either.
   */
  private static List<SourcePage> newestFirst(List<SourcePage> pages, String defaultLanguage) {
    Map<String, String> byDateIn = new HashMap<>(); // section folder -> the field it is sorted by
    for (SourcePage p : pages) {
      if (!p.language().equals(defaultLanguage) || !p.outBase().endsWith("_index")) continue;
      if (p.frontMatter().get("sort_by") instanceof String by && (by.equals("date") || by.equals("update_date"))) byDateIn.put(folderOf(p.outBase()), by);
    }
    Map<String, List<SourcePage>> sections = new HashMap<>();
    for (SourcePage p : pages) {
      String folder = folderOf(p.outBase());
      if (p.language().equals(defaultLanguage) && !p.outBase().endsWith("_index") && byDateIn.containsKey(folder)) {
        sections.computeIfAbsent(folder, k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, Integer> rank = new HashMap<>();
    sections.forEach((folder, members) -> {
      boolean updated = byDateIn.get(folder).equals("update_date");
      rank.putAll(Ordering.newestFirst(members, p -> updated && p.frontMatter().get("updated") != null
          ? Optional.of(p.frontMatter().get("updated").toString()) : Ordering.date(p)));
    });
    return Ordering.weighted(pages, rank, false);
  }

  private static String folderOf(String outBase) {
    return outBase.contains("/") ? outBase.substring(0, outBase.lastIndexOf('/')) : "";
  }



  /**
   * Page bundles seen so far: the folders a date-prefixed name was taken off, and the Zola
   * addresses of each bundle's pages, where Zola copies the bundle's files.
   */
  private record Bundles(Map<String, String> renamedFolders, Map<String, List<String>> urls) {
    SourcePage add(String rel, SourcePage page) {
      String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
      String name = rel.substring(folder.isEmpty() ? 0 : folder.length() + 1);
      // As Zola's FileInfo: index.md and its translations (index.fr.md) make the folder a bundle.
      if (!folder.isEmpty() && name.split("\\.")[0].equals("index")) {
        if (!page.outBase().equals(folder)) renamedFolders.put(folder + "/", page.outBase() + "/");
        urls.computeIfAbsent(folder + "/", k -> new ArrayList<>()).addAll(page.urls());
      }
      return page;
    }

    SourceAsset asset(Path content, String rel, String shownRoot, Settings settings) {
      Set<String> addresses = new LinkedHashSet<>();
      for (String lang : settings.languages().keySet()) addresses.add(prefix(lang, settings.defaultLanguage()) + "/" + rel);
      String outPath = rel;
      for (Map.Entry<String, List<String>> b : urls.entrySet()) {
        if (!rel.startsWith(b.getKey())) continue;
        // Zola copies a bundle's files beside the page, wherever its slug or path put it.
        for (String u : b.getValue()) addresses.add(u + rel.substring(b.getKey().length()));
        String renamed = renamedFolders.get(b.getKey());
        if (renamed != null) outPath = renamed + rel.substring(b.getKey().length());
      }
      return new SourceAsset(content.resolve(rel), shownRoot + "/content/" + rel, List.copyOf(addresses), List.of(rel), outPath);
    }
  }

  /** The page or section of {@code content/rel}; empty, with the reason reported, when it is not imported. */
  private Optional<SourcePage> page(Path content, String rel, String shownRoot, Settings settings, Diagnostics diagnostics) throws IOException {
    String shown = shownRoot + "/content/" + rel;
    String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
    String name = rel.substring(folder.isEmpty() ? 0 : folder.length() + 1, rel.length() - ".md".length());
    String lang = settings.defaultLanguage();
    int dot = name.indexOf('.');
    if (settings.languages().size() > 1 && dot > 0) {
      // Codes are compared in lower case, as they are written to site.yaml (pt-BR is pt-br).
      String code = name.substring(dot + 1).toLowerCase(Locale.ROOT);
      if (!code.equals(lang) && !settings.languages().containsKey(code)) {
        diagnostics.warning(new SourcePos(shown, 1, 1), "not imported: '" + code + "' is not one of the languages of "
            + "the configuration, so Zola does not build this file either. Add the language there, or rename the file, and import again.");
        return Optional.empty();
      }
      lang = code;
      name = name.substring(0, dot);
    }
    Optional<String> text = SourceFiles.readText(content.resolve(rel), shown, diagnostics);
    if (text.isEmpty()) return Optional.empty();
    try {
      FrontMatterText.Parsed parsed = frontMatter.parse(text.get());
      return Optional.of(sourcePage(content.resolve(rel), shown, rel, folder, name, lang, parsed, text.get(), settings, diagnostics));
    } catch (FrontMatterText.Unreadable e) {
      diagnostics.error(new SourcePos(shown, e.line(), e.column()), "not imported: " + e.getMessage() + ". Fix it and import again.");
      return Optional.empty();
    }
  }

  private SourcePage sourcePage(
      Path file, String shown, String rel, String folder, String name, String lang, FrontMatterText.Parsed parsed, String text,
      Settings settings, Diagnostics diagnostics) {
    Map<String, Object> fm = lifted(parsed.frontMatter());
    Address address = address(folder, name, lang, fm, settings);
    Map<String, Object> implied = new LinkedHashMap<>();
    address.date().ifPresent(d -> implied.put("date", d));
    address.url().ifPresent(u -> implied.put("url", u));
    if (name.equals("_index") && fm.remove("redirect_to") instanceof String to) {
      diagnostics.warning(new SourcePos(shown, lineOf(text, "redirect_to", parsed.bodyLine()), 1), "redirect_to = \"" + to
          + "\" was left out: fieldguide shows this section's own page and its pages' list. Give the section an introduction, or link to "
          + to + " from it.");
    }
    if (fm.get("aliases") instanceof List<?> aliases) {
      // Zola's aliases are paths from the site's root, with or without the first '/'.
      fm.put("aliases", aliases.stream().filter(a -> a != null).map(a -> a.toString().strip())
          .map(a -> a.startsWith("/") || a.matches("[A-Za-z][A-Za-z0-9+.-]*://.*") ? a : "/" + a).toList());
    }
    // An @/ link names one file, so a translation is only known by its own name (unlike Hugo's ref).
    String stem = folder.isEmpty() ? name : folder + "/" + name;
    List<String> keys = lang.equals(settings.defaultLanguage()) ? List.copyOf(new LinkedHashSet<>(List.of(stem + ".md", rel))) : List.of(rel);
    return new SourcePage(file, shown, lang, address.outBase(), keys, List.of(address.zolaPath()), fm, parsed.body(), parsed.bodyLine(),
        implied, Optional.empty());
  }

  /**
   * Where a page is written and where Zola published it.
   *
   * @param outBase the written file, as {@link SourcePage#outBase()}
   * @param zolaPath Zola's address for it, language prefix included
   * @param url Zola's address without the language prefix, where it differs from the written file's
   * @param date the date a date-prefixed file name gives, where the front matter gives none
   */
  private record Address(String outBase, String zolaPath, Optional<String> url, Optional<String> date) {}

  /** As Zola's page.rs and section.rs work it out; {@code path} is taken out of {@code fm}. */
  private static Address address(String folder, String name, String lang, Map<String, Object> fm, Settings settings) {
    String prefix = prefix(lang, settings.defaultLanguage());
    if (name.equals("_index")) {
      return new Address(folder.isEmpty() ? "_index" : folder + "/_index", prefix + "/" + (folder.isEmpty() ? "" : folder + "/"), Optional.empty(),
          Optional.empty());
    }
    // content/index.md is Zola's page at the root, which only the home section can be in fieldguide.
    if (name.equals("index") && folder.isEmpty()) return new Address("_index", prefix + "/", Optional.empty(), Optional.empty());
    boolean bundle = name.equals("index");
    String parent = bundle ? (folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "") : folder;
    String own = bundle ? folder.substring(parent.isEmpty() ? 0 : parent.length() + 1) : name;
    Matcher dated = DATED.matcher(own);
    boolean isDated = dated.matches();
    String written = isDated && dated.group(2) != null && !settings.keepDates() ? dated.group(2) : own;
    Optional<String> date = isDated && !fm.containsKey("date") ? Optional.of(dated.group(1)) : Optional.empty();
    String outBase = (parent.isEmpty() ? "" : parent + "/") + written;
    String slug = settings.paths().apply(JekyllSource.string(fm.get("slug")).orElse(written));
    Optional<String> path = JekyllSource.string(fm.remove("path")).map(p -> p.strip().replaceAll("^/+|/+$", "")).filter(p -> !p.isEmpty());
    // A path is the whole address, in every language; the folders and slug go after the language's prefix.
    String unprefixed = path.map(p -> "/" + p + "/").orElse("/" + (parent.isEmpty() ? "" : parent + "/") + slug + "/");
    String zolaPath = path.isPresent() ? unprefixed : prefix + unprefixed;
    Optional<String> url = unprefixed.equals("/" + outBase + "/") ? Optional.empty() : Optional.of(unprefixed);
    return new Address(outBase, zolaPath, url, date);
  }

  /** The front matter with its [taxonomies] and [extra] tables lifted to the top. */
  private static Map<String, Object> lifted(Map<String, Object> written) {
    Map<String, Object> fm = new LinkedHashMap<>(written);
    Object taxonomies = fm.get("taxonomies");
    Object extra = fm.get("extra");
    if (taxonomies instanceof Map<?, ?> t) {
      fm.remove("taxonomies");
      t.forEach((k, v) -> {
        String key = k.toString();
        if (fm.get(key) instanceof List<?> l && v instanceof List<?> more) {
          Set<Object> both = new LinkedHashSet<>(l);
          both.addAll(more);
          fm.put(key, List.copyOf(both));
        } else {
          fm.putIfAbsent(fm.containsKey(key) ? "taxonomy_" + key : key, v);
        }
      });
    }
    if (extra instanceof Map<?, ?> e) {
      fm.remove("extra");
      e.forEach((k, v) -> {
        String key = k.toString();
        boolean taken = fm.containsKey(key) || TAKEN.contains(key) || FieldDeclaration.BUILT_IN.contains(key) || SourceTool.ZOLA.isToolOnly(key);
        fm.put(taken ? "extra_" + key : key, v);
      });
    }
    return fm;
  }

  private Settings settings(Path root, String shownRoot, Diagnostics diagnostics) throws IOException {
    String name = ForeignSite.ZOLA_CONFIG.stream().filter(n -> Files.isRegularFile(root.resolve(n))).findFirst().orElse(null);
    Map<String, Object> config = Map.of();
    String text = "";
    String shown = shownRoot + "/" + (name == null ? ForeignSite.ZOLA_CONFIG.get(1) : name);
    if (name != null) {
      text = SourceFiles.readText(root.resolve(name), shown, diagnostics).orElse("");
      try {
        config = frontMatter.config(name, text);
      } catch (FrontMatterText.Unreadable e) {
        diagnostics.error(new SourcePos(shown, e.line(), e.column()), e.getMessage()
            + ". Fix it and import again: without it, the site's title, address and languages are not known.");
      }
    }
    Config c = new Config(config, text, shown, diagnostics);
    String defaultLanguage = c.text("default_language", "a language code such as \"en\"").orElse("en").strip().toLowerCase(Locale.ROOT);
    Optional<String> baseUrl = c.text("base_url", "the site's address, such as \"https://example.org/\"")
        .map(String::strip).filter(u -> u.startsWith("http://") || u.startsWith("https://")).map(u -> u.endsWith("/") ? u : u + "/");
    String basePath = baseUrl.map(u -> u.replaceFirst("^[a-z]+://[^/]+", "")).orElse("/");
    String title = c.text("title", "a text").orElse("");
    Map<String, String> languages = new LinkedHashMap<>();
    languages.put(defaultLanguage, title);
    Object declared = config.get("languages");
    if (declared instanceof Map<?, ?> m) {
      m.forEach((written, options) -> {
        String code = written.toString().toLowerCase(Locale.ROOT);
        Object t = options instanceof Map<?, ?> o ? o.get("title") : null;
        String languageTitle = t instanceof String s ? s : "";
        if (t != null && !(t instanceof String)) c.warn(code, "the title of language '" + code + "' should be a text in quotes; it was left out");
        if (!code.equals(defaultLanguage)) languages.put(code, languageTitle);
        else if (title.isBlank()) languages.put(code, languageTitle);
      });
    } else if (declared instanceof List<?> l) {
      for (Object entry : l) {
        if (entry instanceof Map<?, ?> o && o.get("code") instanceof String code && !code.isBlank()) languages.putIfAbsent(code.strip().toLowerCase(Locale.ROOT), "");
        else c.warn("languages", "an entry of languages has no code = \"…\"; it was left out, and files in that language are not imported");
      }
    } else if (declared != null) {
      c.warn("languages", "languages should be [languages.<code>] tables (or, before Zola 0.15, a list of {code = \"…\"}); "
          + "it was left out, and only " + defaultLanguage + " pages are imported");
    }
    Map<String, Object> slugify = config.get("slugify") instanceof Map<?, ?> s ? cast(s) : Map.of();
    Slugify paths = Slugify.ON;
    Object written = slugify.get("paths");
    if (written != null) {
      try {
        paths = Slugify.valueOf(written.toString().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        c.warn("paths", "[slugify] paths = \"" + written + "\" should be \"on\", \"safe\" or \"off\"; \"on\" was used");
      }
    }
    String description = c.text("description", "a text").orElse("");
    List<PathMatcher> ignored = new ArrayList<>();
    Object globs = config.get("ignored_content");
    if (globs instanceof List<?> l) {
      for (Object g : l) {
        if (!(g instanceof String glob) || glob.isBlank()) {
          c.warn("ignored_content", "an entry of ignored_content is not a glob in quotes; it was left out");
          continue;
        }
        try {
          // Zola's globset lets '*' cross folders, as '**' does in Java's globs.
          ignored.add(FileSystems.getDefault().getPathMatcher("glob:" + glob.strip().replaceAll("\\*+", "**")));
        } catch (IllegalArgumentException e) {
          c.warn("ignored_content", "ignored_content entry '" + glob + "' is not a glob pattern (a '[' or '{' left open, or braces inside"
              + " braces); it was left out, and the files it means are imported");
        }
      }
    } else if (globs != null) {
      c.warn("ignored_content", "ignored_content should be a list of globs in quotes; it was left out, and every file of content/ is imported");
    }
    return new Settings(description, baseUrl, basePath, defaultLanguage, languages, paths, Boolean.TRUE.equals(slugify.get("paths_keep_dates")),
        List.copyOf(ignored));
  }

  /** Reads values of the configuration, warning at the key's line about one of the wrong kind. */
  private record Config(Map<String, Object> values, String source, String shown, Diagnostics diagnostics) {
    Optional<String> text(String key, String what) {
      Object v = values.get(key);
      if (v == null || v instanceof String) return Optional.ofNullable((String) v);
      warn(key, key + " = " + v + " should be " + what + " in quotes; it was left out");
      return Optional.empty();
    }

    void warn(String key, String message) {
      diagnostics.warning(new SourcePos(shown, lineOf(source, key, Integer.MAX_VALUE), 1), message + ".");
    }
  }

  private static String prefix(String lang, String defaultLanguage) {
    return lang.equals(defaultLanguage) ? "" : "/" + lang;
  }

  /** The line that sets {@code key} (or opens its table), before line {@code before}; 1 when none does. */
  static int lineOf(String text, String key, int before) {
    Pattern p = Pattern.compile("^\\s*(?:" + Pattern.quote(key) + "\\s*[=:]|\\[\\s*" + Pattern.quote(key) + "[.\\]])");
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length && i + 1 < before; i++) if (p.matcher(lines[i]).find()) return i + 1;
    return 1;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }
}
