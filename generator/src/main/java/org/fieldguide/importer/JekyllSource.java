package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fieldguide.config.ForeignSite;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Reads a Jekyll repository: {@code _config.yml}, pages (Markdown files with front matter),
 * posts and drafts ({@code _posts}, {@code _drafts}, also inside folders), output collections,
 * and every other published file as a linkable asset. URLs are worked out as Jekyll does:
 * permalink styles and patterns, {@code .html} or pretty pages, {@code baseurl}.
 */
final class JekyllSource {
  private static final Set<String> MARKDOWN = Set.of("md", "markdown", "mkd", "mkdn", "mdown");
  private static final List<String> ALWAYS_EXCLUDED = List.of(
      "_site", "Gemfile", "Gemfile.lock", "node_modules", "vendor", "gemfiles", "package.json", "package-lock.json");
  private static final Pattern POST = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)\\.(\\w+)");
  private static final Pattern PLACEHOLDER = Pattern.compile(":(\\w+)");

  private final FrontMatterText frontMatter = new FrontMatterText();
  /** Just the Docs' {@code callouts:} in the configuration, by name. */
  private Map<String, KramdownCallouts.Callout> callouts = Map.of();

  /** The configuration's {@code includes_dir}: where {@code {% include %}} finds its files. */
  private String includesDir = "_includes";

  Map<String, KramdownCallouts.Callout> callouts() {
    return callouts;
  }

  String includesDir() {
    return includesDir;
  }

  SourceSite read(Path root, String shownRoot, Diagnostics diagnostics) throws IOException {
    Map<String, Object> config = new LinkedHashMap<>();
    for (String name : ForeignSite.JEKYLL_CONFIG) {
      Path f = root.resolve(name);
      if (!Files.isRegularFile(f)) continue;
      try {
        config = frontMatter.config(name, Files.readString(f, StandardCharsets.UTF_8));
      } catch (FrontMatterText.Unreadable e) {
        diagnostics.error(SourcePos.file(shownRoot + "/" + name), e.getMessage() + ". Fix it, or import without it.");
      }
      break;
    }
    Map<String, KramdownCallouts.Callout> named = new LinkedHashMap<>();
    if (config.get("callouts") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        Map<?, ?> c = v instanceof Map<?, ?> cm ? cm : Map.of();
        named.put(k.toString(), new KramdownCallouts.Callout(string(c.get("title")).orElse(""), string(c.get("color")).orElse("")));
      });
    }
    callouts = Map.copyOf(named);
    includesDir = string(config.get("includes_dir")).orElse("_includes");
    String baseurl = string(config.get("baseurl")).orElse("").strip();
    String trimmed = baseurl.replaceAll("^/+|/+$", "");
    String basePath = trimmed.isEmpty() ? "/" : "/" + trimmed + "/";
    Optional<String> baseUrl = string(config.get("url")).map(u -> u.replaceAll("/+$", "") + basePath);
    String permalinkStyle = string(config.get("permalink")).orElse("date");
    Map<String, Map<String, Object>> collections = collections(config.get("collections"));
    List<PathMatcher> excluded = new ArrayList<>();
    for (String e : FrontMatterMapper.textList(config.get("exclude"))) excluded.add(glob(e));
    for (String e : ALWAYS_EXCLUDED) excluded.add(glob(e));
    java.util.Set<String> included = new java.util.HashSet<>(FrontMatterMapper.textList(config.get("include")));
    String language = string(config.get("lang")).orElse("en").toLowerCase(java.util.Locale.ROOT).replace('_', '-');

    List<SourcePage> pages = new ArrayList<>();
    List<SourceAsset> assets = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      // A link leading out of the repository is not the site's (it would copy a file from elsewhere on the machine).
      files = walk.filter(f -> SourceFiles.insideRepository(f, root)).sorted().toList();
    }
    for (Path file : files) {
      String rel = root.relativize(file).toString().replace('\\', '/');
      if (isExcluded(rel, excluded) || rel.startsWith("_config.")) continue;
      String[] parts = rel.split("/");
      if (java.util.Arrays.stream(parts).anyMatch(p -> p.startsWith("."))) continue;
      String kind = kind(parts, collections, included);
      if (kind == null) continue;
      String name = parts[parts.length - 1];
      String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT) : "";
      String shown = shownRoot + "/" + rel;
      String text = MARKDOWN.contains(ext) || ext.equals("html") ? Files.readString(file, StandardCharsets.UTF_8) : null;
      boolean hasFrontMatter = text != null && (text.startsWith("---\n") || text.startsWith("---\r\n") || text.startsWith("--- "));
      if (MARKDOWN.contains(ext) && (hasFrontMatter || !kind.equals("page"))) {
        FrontMatterText.Parsed parsed;
        try {
          parsed = frontMatter.parse(text);
        } catch (FrontMatterText.Unreadable e) {
          diagnostics.error(new SourcePos(shown, 1, 1), "not imported: " + e.getMessage() + ". Fix it and import again.");
          continue;
        }
        page(file, rel, shown, kind, parsed, permalinkStyle, collections, language).ifPresentOrElse(pages::add,
            () -> diagnostics.warning(new SourcePos(shown, 1, 1), "not imported: the permalink of this page could not be worked out."));
      } else if (ext.equals("html") && hasFrontMatter) {
        diagnostics.warning(new SourcePos(shown, 1, 1), "not imported: an HTML page run through Liquid and a layout. Rewrite what it shows in Markdown as a page of the new site.");
      } else if (kind.equals("page") && !MARKDOWN.contains(ext)) {
        assets.add(new SourceAsset(file, shown, List.of("/" + rel), List.of(rel), rel));
      }
    }
    String title = string(config.get("title")).orElse(root.getFileName().toString());
    Optional<String> repository = string(config.get("repository")).map(r -> r.contains("://") ? r : "https://github.com/" + r);
    return new SourceSite(SourceTool.JEKYLL, title, baseUrl, basePath, string(config.get("description")).orElse(""), repository,
        language, Map.of(language, new SourceLanguage("")), pages, assets, false);
  }

  /** page, post, draft, a collection's name, or null for files Jekyll does not publish. */
  private static String kind(String[] parts, Map<String, Map<String, Object>> collections, java.util.Set<String> included) {
    for (int i = 0; i < parts.length - 1; i++) {
      String p = parts[i];
      // A folder listed under include: is published as if its name had no underscore.
      if (!p.startsWith("_") || i == 0 && included.contains(p)) continue;
      if (p.equals("_posts")) return "post";
      if (p.equals("_drafts")) return "draft";
      if (i == 0 && collections.containsKey(p.substring(1)) && Boolean.TRUE.equals(collections.get(p.substring(1)).get("output"))) {
        return p.substring(1);
      }
      return null;
    }
    return parts[parts.length - 1].startsWith("_") ? null : "page";
  }

  private Optional<SourcePage> page(
      Path file, String rel, String shown, String kind, FrontMatterText.Parsed parsed, String style,
      Map<String, Map<String, Object>> collections, String language) {
    Map<String, Object> fm = parsed.frontMatter();
    Map<String, Object> implied = new LinkedHashMap<>();
    String name = rel.substring(rel.lastIndexOf('/') + 1);
    String stem = name.substring(0, name.lastIndexOf('.'));
    String folder = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/')) : "";
    Map<String, String> values = new LinkedHashMap<>();
    values.put("output_ext", ".html");
    values.put("basename", stem);
    values.put("name", stem);
    String outBase;
    String pattern;
    if (kind.equals("post") || kind.equals("draft")) {
      Matcher m = POST.matcher(name);
      String slug = m.matches() ? m.group(4) : stem;
      String date = m.matches() ? m.group(1) + "-" + m.group(2) + "-" + m.group(3) : string(fm.get("date")).map(d -> d.length() >= 10 ? d.substring(0, 10) : d).orElse("1970-01-01");
      if (!fm.containsKey("date")) implied.put("date", date);
      if (kind.equals("draft")) implied.put("draft", true);
      values.put("year", date.substring(0, 4));
      values.put("short_year", date.substring(2, 4));
      values.put("month", date.substring(5, 7));
      values.put("i_month", Integer.toString(Integer.parseInt(date.substring(5, 7))));
      values.put("day", date.substring(8, 10));
      values.put("i_day", Integer.toString(Integer.parseInt(date.substring(8, 10))));
      values.put("y_day", String.format("%03d", java.time.LocalDate.parse(date).getDayOfYear()));
      values.put("title", string(fm.get("slug")).orElse(slug));
      values.put("slug", string(fm.get("slug")).orElse(slug));
      List<String> categories = new ArrayList<>();
      String prefix = folder.substring(0, folder.indexOf(kind.equals("post") ? "_posts" : "_drafts"));
      for (String c : prefix.split("/")) if (!c.isEmpty()) categories.add(c);
      Object cat = fm.containsKey("categories") ? fm.get("categories") : fm.get("category");
      if (cat instanceof String s) categories.addAll(List.of(s.strip().split("\\s+")));
      else categories.addAll(FrontMatterMapper.textList(cat));
      values.put("categories", String.join("/", categories.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')).toList()));
      pattern = string(fm.get("permalink")).orElse(switch (style) {
        case "date" -> "/:categories/:year/:month/:day/:title:output_ext";
        case "pretty" -> "/:categories/:year/:month/:day/:title/";
        case "ordinal" -> "/:categories/:year/:y_day/:title:output_ext";
        case "none" -> "/:categories/:title:output_ext";
        default -> style;
      });
      outBase = prefix + "posts/" + stem;
    } else if (!kind.equals("page")) {
      String inside = rel.substring(kind.length() + 2);
      String path = inside.substring(0, inside.lastIndexOf('.'));
      values.put("path", path);
      values.put("collection", kind);
      values.put("title", stem);
      values.put("slug", stem);
      Object collectionPermalink = collections.get(kind).get("permalink");
      pattern = string(fm.get("permalink")).orElse(string(collectionPermalink).orElse("/:collection/:path:output_ext"));
      outBase = kind + "/" + index(path);
    } else {
      values.put("path", folder);
      values.put("title", stem);
      values.put("slug", stem);
      boolean pretty = style.equals("pretty") || style.endsWith("/");
      pattern = string(fm.get("permalink")).orElse(stem.equals("index") ? "/:path/" : pretty ? "/:path/:basename/" : "/:path/:basename:output_ext");
      outBase = index(rel.substring(0, rel.lastIndexOf('.')));
      if (rel.startsWith("_")) {
        // Pages kept in an included folder such as _pages/ are named by their permalink, not their file.
        outBase = expand(pattern, values).map(JekyllSource::fromUrl).orElse(outBase.substring(1));
      }
    }
    Optional<String> url = expand(pattern, values);
    if (url.isEmpty()) return Optional.empty();
    return Optional.of(new SourcePage(file, shown, language, outBase, List.of(rel), List.of(url.get()), fm, parsed.body(),
        parsed.bodyLine(), implied, Optional.empty()));
  }

  /** The page path a URL names: {@code /tests/ndt/} → {@code tests/ndt}, {@code /} → {@code _index}. */
  private static String fromUrl(String url) {
    String u = url.replaceAll("^/+|/+$", "").replaceAll("(/index)?\\.html$", "");
    return u.isEmpty() ? "_index" : index(u);
  }

  private static String index(String path) {
    if (path.equals("index")) return "_index";
    return path.endsWith("/index") ? path.substring(0, path.length() - "index".length()) + "_index" : path;
  }

  private static Optional<String> expand(String pattern, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      if (v == null) return Optional.empty();
      m.appendReplacement(out, Matcher.quoteReplacement(v));
    }
    m.appendTail(out);
    String url = ("/" + out).replaceAll("/{2,}", "/");
    return Optional.of(url);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> collections(Object value) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> out.put(k.toString(), v instanceof Map<?, ?> mm ? (Map<String, Object>) mm : Map.of()));
    } else if (value instanceof List<?> l) {
      l.forEach(k -> out.put(k.toString(), Map.of()));
    }
    return out;
  }

  private static PathMatcher glob(String pattern) {
    String p = pattern.replaceAll("^/+|/+$", "");
    return FileSystems.getDefault().getPathMatcher("glob:{" + p + "," + p + "/**}");
  }

  private static boolean isExcluded(String rel, List<PathMatcher> excluded) {
    Path p = Path.of(rel);
    return excluded.stream().anyMatch(m -> m.matches(p));
  }

  static Optional<String> string(Object v) {
    return v == null || v instanceof Map<?, ?> || v instanceof List<?> ? Optional.empty() : Optional.of(v.toString());
  }
}
