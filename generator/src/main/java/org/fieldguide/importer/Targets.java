package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.link.UrlPaths;

/**
 * Answers "what does this link of the old site point at?" for every page and file of a source
 * site, by the URLs the old generator published them at and by their source paths, and writes the
 * answer as fieldguide links: relative paths to {@code .md} files and assets, which every
 * fieldguide version resolves.
 */
final class Targets {
  /** A link written by a reference tag or shortcode that names a source file, not a URL. */
  static final String SOURCE_SCHEME = "fieldguide-source:";

  /** How Zola's Markdown links start that name a file of its content folder. */
  static final String ZOLA_INTERNAL = "@/";

  private final SourceSite site;
  private final Map<String, SourcePage> pagesByUrl = new HashMap<>();
  private final Map<String, List<SourcePage>> pagesByKey = new HashMap<>();
  private final Map<String, SourceAsset> assetsByUrl = new HashMap<>();
  private final Map<String, SourceAsset> assetsByKey = new HashMap<>();
  private final Map<SourcePage, Map<String, String>> renamedIds = new HashMap<>();
  private final java.util.Set<String> withDefault = new java.util.HashSet<>();
  private final Map<String, SourcePage> byOutBaseAndLanguage = new HashMap<>();
  private final java.util.Set<SourceAsset> linked = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Map<SourcePage, SourcePage> forwards = new HashMap<>();

  Targets(SourceSite site) {
    this.site = site;
    for (SourcePage p : site.pages()) {
      for (String u : p.urls()) pagesByUrl.putIfAbsent(normal(u), p);
      for (String k : p.sourceKeys()) pagesByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
      renamedIds.put(p, HeadingSlugs.renamed(p.body(), site.tool()));
      if (p.language().equals(site.defaultLanguage())) withDefault.add(p.outBase());
      byOutBaseAndLanguage.putIfAbsent(p.outBase() + "\u0000" + p.language(), p);
    }
    for (SourceAsset a : site.assets()) {
      for (String u : a.urls()) assetsByUrl.putIfAbsent(u, a);
      for (String k : a.sourceKeys()) assetsByKey.putIfAbsent(k, a);
    }
  }

  /** Links to {@code from} (a page that only redirected) lead to {@code to} from now on. */
  void forward(SourcePage from, SourcePage to) {
    forwards.put(from, to);
  }

  /** Where a link leads: a page (with its fragment) or a file. */
  record Target(Optional<SourcePage> page, Optional<SourceAsset> asset, String fragment) {}

  /**
   * The target of {@code destination} written on {@code from}; empty when it is not a page or
   * file of the site (or not a link into the site at all: see {@link #isInternal}).
   */
  Optional<Target> resolve(String destination, SourcePage from) {
    String d = destination.strip();
    int hash = d.indexOf('#');
    String fragment = hash < 0 ? "" : d.substring(hash + 1);
    String path = hash < 0 ? d : d.substring(0, hash);
    int query = path.indexOf('?');
    if (query >= 0) path = path.substring(0, query);
    if (path.startsWith(SOURCE_SCHEME)) return bySource(path.substring(SOURCE_SCHEME.length()), from, fragment);
    // Zola's internal links name a source file from the content folder: @/docs/install.md.
    if (path.startsWith(ZOLA_INTERNAL)) return bySource(path.substring(1), from, fragment);
    path = UrlPaths.decode(path);
    if (path.isEmpty()) return Optional.of(new Target(Optional.of(from), Optional.empty(), fragment));
    if (path.startsWith("/")) return byRootUrl(path, fragment);
    String relative = path;
    Optional<Target> bySourceFile = bySourceKey(UrlPaths.resolve(from.sourceFolder(), relative), fragment, from.language());
    Optional<Target> byPublishedUrl =
        UrlPaths.resolve(from.urlFolder(), relative).flatMap(u -> byUrl("/" + u + (relative.endsWith("/") ? "/" : ""), fragment));
    return site.linksFromSourceFolder() ? bySourceFile.or(() -> byPublishedUrl) : byPublishedUrl.or(() -> bySourceFile);
  }

  /**
   * The target of {@code destination} named from the site's root, not from a page: a source file
   * from the content root ({@code guide/install.md}, {@code .md} or {@code /index.md} left out, a
   * name without its suffix) when {@code bySource}, else a URL path ({@code /guide/install/}).
   */
  Optional<Target> fromRoot(String destination, boolean bySource) {
    String d = destination.strip();
    int hash = d.indexOf('#');
    String fragment = hash < 0 ? "" : d.substring(hash + 1);
    String path = UrlPaths.decode(hash < 0 ? d : d.substring(0, hash));
    String rooted = path.startsWith("/") ? path : "/" + path;
    return bySource ? bySource(rooted, List.of(""), site.defaultLanguage(), fragment) : byRootUrl(rooted, fragment);
  }

  /** The page or file of the site at URL path {@code path} (from the top, with or without the site's base path). */
  private Optional<Target> byRootUrl(String path, String fragment) {
    String base = site.basePath();
    if (!base.equals("/") && (path + "/").startsWith(base)) path = path.length() < base.length() ? "/" : "/" + path.substring(base.length());
    return byUrl(path, fragment);
  }

  /** The other versions of a page: the page of the same place in {@code language}, if the site has one. */
  Optional<SourcePage> inLanguage(SourcePage page, String language) {
    return page.language().equals(language) ? Optional.of(page)
        : Optional.ofNullable(byOutBaseAndLanguage.get(page.outBase() + "\u0000" + language));
  }

  /** Whether a link destination could point into the site: not another site, mail or phone. */
  static boolean isInternal(String destination) {
    String d = destination.strip();
    if (d.startsWith(SOURCE_SCHEME)) return true;
    if (d.startsWith("//") || d.contains("{{") || d.contains("{%")) return false;
    return !d.matches("[A-Za-z][A-Za-z0-9+.-]*:.*");
  }

  /** The fieldguide link for a target, relative to the file {@code from} is written to. */
  String link(Target t, SourcePage from) {
    String fromFile = from.outPath(site.defaultLanguage());
    String targetFile;
    String fragment = t.fragment();
    if (t.page().isPresent()) {
      SourcePage p = forwards.getOrDefault(t.page().get(), t.page().get());
      // Links name the default-language file; fieldguide sends each reader to their language.
      targetFile = withDefault.contains(p.outBase()) ? p.outBase() + ".md" : p.outPath(site.defaultLanguage());
      fragment = renamedIds.getOrDefault(p, Map.of()).getOrDefault(fragment, fragment);
      if (p == from && !fragment.isEmpty()) return "#" + fragment;
      fragment = inShownPage(p, fragment, from).orElse(fragment);
    } else {
      targetFile = t.asset().orElseThrow().outPath();
      linked.add(t.asset().get());
    }
    return relative(fromFile, targetFile) + (fragment.isEmpty() ? "" : "#" + fragment);
  }

  /**
   * Whether the heading a link's fragment names is missing from the page fieldguide shows the
   * reader: a link to a page of another language (Zola's {@code @/page.md#id} from a
   * translation, a root link to the default-language address) leads to the translation in the
   * linking page's language where there is one, and fieldguide looks for the fragment there.
   */
  boolean losesFragment(Target t, SourcePage from) {
    if (t.page().isEmpty() || t.fragment().isEmpty()) return false;
    SourcePage p = forwards.getOrDefault(t.page().get(), t.page().get());
    if (p == from) return false;
    String fragment = renamedIds.getOrDefault(p, Map.of()).getOrDefault(t.fragment(), t.fragment());
    SourcePage shown = byOutBaseAndLanguage.getOrDefault(p.outBase() + "\u0000" + from.language(), p);
    // A fragment no heading of p has (a typo, an HTML anchor) is left to check, which names it.
    return shown != p && HeadingSlugs.githubIds(p.body()).contains(fragment) && inShownPage(p, fragment, from).isEmpty();
  }

  /**
   * The fragment for the same heading in the translation fieldguide will show instead of {@code
   * p}: found by its place among the headings, when both pages have headings of the same levels
   * (a translation keeps the original's outline; its heading texts, so ids, differ).
   */
  private Optional<String> inShownPage(SourcePage p, String fragment, SourcePage from) {
    SourcePage shown = byOutBaseAndLanguage.get(p.outBase() + "\u0000" + from.language());
    if (shown == null || shown == p || fragment.isEmpty()) return Optional.empty();
    List<HeadingSlugs.Heading> theirs = HeadingSlugs.headings(p.body());
    List<HeadingSlugs.Heading> ours = HeadingSlugs.headings(shown.body());
    if (ours.stream().anyMatch(h -> h.id().equals(fragment))) return Optional.of(fragment);
    int at = theirs.stream().map(HeadingSlugs.Heading::id).toList().indexOf(fragment);
    boolean sameOutline = theirs.stream().map(HeadingSlugs.Heading::level).toList().equals(ours.stream().map(HeadingSlugs.Heading::level).toList());
    return at >= 0 && sameOutline ? Optional.of(ours.get(at).id()) : Optional.empty();
  }

  /** The files some page links to, in the order of their written paths: the ones to copy. */
  List<SourceAsset> linkedAssets() {
    return linked.stream().sorted(java.util.Comparator.comparing(SourceAsset::outPath)).toList();
  }

  private Optional<Target> byUrl(String url, String fragment) {
    SourcePage p = pagesByUrl.get(normal(url));
    if (p != null) return Optional.of(new Target(Optional.of(p), Optional.empty(), fragment));
    String decoded = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    SourceAsset a = assetsByUrl.get(decoded);
    return a == null ? Optional.empty() : Optional.of(new Target(Optional.empty(), Optional.of(a), fragment));
  }

  private Optional<Target> bySourceKey(Optional<String> key, String fragment, String language) {
    if (key.isEmpty()) return Optional.empty();
    List<SourcePage> pages = pagesByKey.getOrDefault(key.get(), List.of());
    if (!pages.isEmpty()) {
      SourcePage p = pages.stream().filter(q -> q.language().equals(language)).findFirst().orElse(pages.get(0));
      return Optional.of(new Target(Optional.of(p), Optional.empty(), fragment));
    }
    SourceAsset a = assetsByKey.get(key.get());
    return a == null ? Optional.empty() : Optional.of(new Target(Optional.empty(), Optional.of(a), fragment));
  }

  /**
   * A reference by source path, as Jekyll's {@code link} and Hugo's {@code ref} write it: from
   * the page's folder first, then from the content root; {@code .md}, {@code /_index.md} and
   * {@code /index.md} may be left out.
   */
  private Optional<Target> bySource(String path, SourcePage from, String fragment) {
    return bySource(path, List.of(from.sourceFolder(), ""), from.language(), fragment);
  }

  /** As {@link #bySource(String, SourcePage, String)}, from the folders {@code starts} in turn (only the root for a path starting with '/'), in {@code language}. */
  private Optional<Target> bySource(String path, List<String> starts, String language, String fragment) {
    String p = path.strip();
    if (p.startsWith("/")) starts = List.of("");
    for (String start : starts) {
      Optional<String> key = UrlPaths.resolve(start, p);
      if (key.isEmpty()) continue;
      for (String candidate : List.of(key.get(), key.get() + ".md", key.get() + "/_index.md", key.get() + "/index.md", key.get() + ".markdown")) {
        Optional<Target> t = bySourceKey(Optional.of(candidate), fragment, language);
        if (t.isPresent()) return t;
      }
    }
    return Optional.empty();
  }

  /** A URL path compared without {@code index.html}, {@code .html} or a trailing slash. */
  static String normal(String url) {
    String u = UrlPaths.decode(url);
    if (u.endsWith("/index.html")) u = u.substring(0, u.length() - "index.html".length());
    else if (u.endsWith(".html")) u = u.substring(0, u.length() - ".html".length());
    while (u.endsWith("/")) u = u.substring(0, u.length() - 1);
    return u.startsWith("/") ? u : "/" + u;
  }

  static String relative(String fromFile, String toFile) {
    String[] from = fromFile.split("/");
    String[] to = toFile.split("/");
    int common = 0;
    while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) common++;
    StringBuilder out = new StringBuilder();
    for (int i = common; i < from.length - 1; i++) out.append("../");
    for (int i = common; i < to.length; i++) out.append(i > common ? "/" : "").append(to[i]);
    return out.toString();
  }
}
