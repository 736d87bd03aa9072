package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fieldguide.config.FieldType;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.model.SiteAssembler;

/**
 * Imports a Jekyll, Hugo, MkDocs, Zola, Docusaurus or Sphinx (MyST) repository as a fieldguide site: reads it, lays its pages out
 * as fieldguide expects, converts each page's front matter and body, and writes site.yaml, the
 * pages and the files they link to. What it could not convert is reported as a warning at the
 * written file's line (or at the source file, for what it did not write at all).
 */
public final class SiteImporter {
  private static final Pattern LANGUAGE_LIKE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  /**
   * @param shownSource how SOURCE is named in messages, such as the argument as typed
   * @param out an empty or missing folder
   */
  public ImportResult run(SourceTool tool, Path source, String shownSource, Path out, Diagnostics diagnostics) throws IOException {
    JekyllSource jekyll = new JekyllSource();
    MkDocsSource mkdocs = new MkDocsSource();
    DocusaurusSource docusaurus = new DocusaurusSource();
    SphinxSource sphinx = new SphinxSource();
    SourceSite site = switch (tool) {
      case JEKYLL -> jekyll.read(source, shownSource, diagnostics);
      case HUGO -> new HugoSource().read(source, shownSource, diagnostics);
      case MKDOCS -> mkdocs.read(source, shownSource, diagnostics);
      case ZOLA -> new ZolaSource().read(source, shownSource, diagnostics);
      case DOCUSAURUS -> docusaurus.read(source, shownSource, diagnostics);
      case SPHINX -> sphinx.read(source, shownSource, diagnostics);
    };
    MystMarkup myst = new MystMarkup(sphinx.conf(), sphinx.index(), sphinx.includes());
    DocusaurusMarkup mdx = new DocusaurusMarkup(source, docusaurus.files());
    site = layOut(site, diagnostics);
    Targets targets = new Targets(site);
    LinkRewriter links = new LinkRewriter(targets, RepositoryLinks.of(site, source));
    FrontMatterMapper mapper = new FrontMatterMapper(site);
    LiquidConverter liquid = new LiquidConverter(new JekyllIncludes(source, jekyll.includesDir()), posts(site), site.title(), site.description());
    ShortcodeConverter shortcodes = new ShortcodeConverter(new HugoParams(site), source);
    GrafanaRefs grafanaRefs = new GrafanaRefs(site.basePath());
    MkDocsMarkup mkdocsMarkup = new MkDocsMarkup(mkdocs);
    KramdownCallouts callouts = new KramdownCallouts(jekyll.callouts());
    TeraShortcodeConverter tera = new TeraShortcodeConverter();

    Map<SourcePage, List<String>> redirectedHere = new HashMap<>();
    Set<SourcePage> redirects = redirects(site, targets, redirectedHere);
    configuredRedirects(site, targets, redirectedHere, diagnostics);
    movedAddresses(site, redirects, redirectedHere);

    FieldTypes types = new FieldTypes();
    Set<String> ignored = new TreeSet<>();
    Map<String, Integer> dropped = new TreeMap<>();
    List<Converted> converted = new ArrayList<>();
    for (SourcePage page : site.pages()) {
      if (redirects.contains(page)) continue;
      FrontMatterMapper.Mapped mapped = mapper.map(page, redirectedHere.getOrDefault(page, List.of()));
      if (page.frontMatter().get("redirect_to") != null && !redirectedHere.containsKey(page)) {
        mapped.notes().add("this page only redirected to " + page.frontMatter().get("redirect_to")
            + ", which is not a page of the imported site; fieldguide makes redirects only to its own pages (aliases). Remove the page, or give it content.");
      }
      Notes notes = new Notes();
      Protected held = new Protected();
      String body = mapped.body();
      switch (tool) {
        case JEKYLL -> {
          String description = mapped.builtIn().getOrDefault("summary", "").toString();
          body = liquid.convert(body, page.file(), mapped.builtIn().get("title").toString(), description, notes, held);
          body = AttributeLists.convert(callouts.convert(body), true, notes);
        }
        case HUGO -> body = AttributeLists.convert(shortcodes.convert(grafanaRefs.convert(body, page), page, notes, held), false, notes);
        case MKDOCS -> body = mkdocsMarkup.convert(body, page, mapped.builtIn().get("title").toString(), notes, held);
        case ZOLA -> body = AttributeLists.convert(tera.convert(body, notes, held), false, notes);
        case DOCUSAURUS -> body = mdx.convert(body, page, notes);
        case SPHINX -> body = myst.convert(body, page, notes, held);
      }
      body = Regex.tidy(held.restore(links.rewrite(body, page, notes)));
      mapped.extra().forEach(types::observe);
      ignored.addAll(mapped.ignored());
      mapped.dropped().forEach(k -> dropped.merge(k, 1, Integer::sum));
      converted.add(new Converted(page, mapped, body, notes));
    }
    Map<String, FieldType> declared = new TreeMap<>(types.decide());

    Files.createDirectories(out.resolve("content"));
    Map<String, Integer> perLanguage = new LinkedHashMap<>();
    site.languages().keySet().forEach(l -> perLanguage.put(l, 0));
    for (Converted c : converted) {
      write(c, site, declared, out, diagnostics);
      perLanguage.merge(c.page().language(), 1, Integer::sum);
    }
    int copied = 0;
    for (SourceAsset a : targets.linkedAssets()) {
      Path to = out.resolve("content").resolve(a.outPath());
      Files.createDirectories(to.getParent());
      Files.copy(a.file(), to, StandardCopyOption.REPLACE_EXISTING);
      copied++;
    }
    new SiteYamlWriter().write(site, declared, ignored, dropped, out, diagnostics);
    return new ImportResult(perLanguage, copied, declared.size(), ignored.size());
  }

  private record Converted(SourcePage page, FrontMatterMapper.Mapped mapped, String body, Notes notes) {}

  private static void write(Converted c, SourceSite site, Map<String, FieldType> declared, Path out, Diagnostics diagnostics) throws IOException {
    Map<String, Object> frontMatter = new LinkedHashMap<>(c.mapped().builtIn());
    c.mapped().extra().forEach((k, v) -> frontMatter.put(k, FieldTypes.coerce(declared.get(k), v)));
    String yaml = YamlEmitter.mapping(frontMatter);
    String file = "content/" + c.page().outPath(site.defaultLanguage());
    int bodyLine = 3 + (int) yaml.chars().filter(ch -> ch == '\n').count();
    for (String n : c.mapped().notes()) diagnostics.warning(new SourcePos(file, 2, 1), n);
    for (Notes.Placed p : c.notes().place(c.body(), bodyLine)) diagnostics.warning(new SourcePos(file, p.line(), p.column()), p.message());
    String body = Notes.strip(c.body());
    Path target = out.resolve(file);
    Files.createDirectories(target.getParent());
    Files.writeString(target, "---\n" + yaml + "---\n" + body + (body.endsWith("\n") ? "" : "\n"), StandardCharsets.UTF_8);
  }

  /**
   * Adjusts where pages are written to what fieldguide expects: a page beside a folder of pages
   * becomes that folder's section page; a top folder named like a language is renamed; dots in
   * file names that would read as a language suffix become dashes; of two sources written to the
   * same file, the first is kept and the other reported.
   */
  private static SourceSite layOut(SourceSite site, Diagnostics diagnostics) {
    Set<String> bases = new LinkedHashSet<>();
    site.pages().forEach(p -> bases.add(p.outBase()));
    List<SourcePage> pages = new ArrayList<>();
    Map<String, SourcePage> taken = new HashMap<>();
    for (SourcePage p : site.pages().stream().sorted(Comparator.comparing(SourcePage::shown)).toList()) {
      String original = p.outBase();
      String name = original.substring(original.lastIndexOf('/') + 1);
      boolean besideFolder = !name.equals("_index") && bases.stream().anyMatch(b -> b.startsWith(original + "/"));
      String base = besideFolder && !bases.contains(original + "/_index") ? original + "/_index" : original;
      String top = base.contains("/") ? base.substring(0, base.indexOf('/')) : "";
      if (site.languages().containsKey(top)) base = top + "-section" + base.substring(top.length());
      int slash = base.lastIndexOf('/');
      String file = base.substring(slash + 1);
      if (file.contains(".") && LANGUAGE_LIKE.matcher(file.substring(file.lastIndexOf('.') + 1)).matches()) {
        base = base.substring(0, slash + 1) + file.replace('.', '-');
      }
      String key = base + "\u0000" + p.language();
      SourcePage earlier = taken.putIfAbsent(key, p);
      if (earlier != null) {
        diagnostics.warning(new SourcePos(p.shown(), 1, 1), "not imported: " + earlier.shown() + " is written to the same page ("
            + base + "). Merge the two by hand.");
        continue;
      }
      pages.add(base.equals(p.outBase()) ? p
          : new SourcePage(p.file(), p.shown(), p.language(), base, p.sourceKeys(), p.urls(), p.frontMatter(), p.body(), p.bodyLine(), p.implied(), p.navTitle()));
    }
    pages.sort(Comparator.comparing((SourcePage p) -> p.outPath(site.defaultLanguage())));
    return new SourceSite(site.tool(), site.title(), site.baseUrl(), site.basePath(), site.description(), site.repository(),
        site.defaultLanguage(), site.languages(), List.copyOf(pages), site.assets(), site.linksFromSourceFolder(), site.redirects(),
        site.params());
  }

  /**
   * Pages that only redirect to another page of the site (jekyll-redirect-from's redirect_to)
   * are not written: their addresses become aliases of the target, and links to them lead there.
   */
  private static Set<SourcePage> redirects(SourceSite site, Targets targets, Map<SourcePage, List<String>> redirectedHere) {
    Set<SourcePage> out = new java.util.HashSet<>();
    for (SourcePage p : site.pages()) {
      if (!(p.frontMatter().get("redirect_to") instanceof String to) || !p.body().isBlank()) continue;
      String path = to.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "");
      targets.resolve(path.isEmpty() ? "/" : path, p).flatMap(Targets.Target::page).filter(t -> t != p).ifPresent(t -> {
        out.add(p);
        targets.forward(p, t);
        redirectedHere.computeIfAbsent(t, k -> new ArrayList<>()).addAll(p.urls());
      });
    }
    return out;
  }

  /**
   * The redirects the old site's configuration made ({@link SourceSite#redirects}): each old
   * address becomes an alias of the page it leads to. One that leads to no page of the site (to
   * another site, or to a page not imported), or from an address a page of the site still has,
   * is warned at its line and left out: fieldguide makes redirect pages only to its own pages, and
   * never in place of one.
   */
  private static void configuredRedirects(SourceSite site, Targets targets, Map<SourcePage, List<String>> redirectedHere, Diagnostics diagnostics) {
    for (SiteRedirect r : site.redirects()) {
      String shownFrom = r.from().get(0);
      if (!Targets.isInternal(r.to())) {
        diagnostics.warning(r.where(), "the redirect from " + shownFrom + " to " + r.to() + " was not imported: fieldguide makes redirects only"
            + " to its own pages (aliases). Link to the other site from a page, or leave the old address to the web server.");
        continue;
      }
      Optional<Targets.Target> target = targets.fromRoot(r.to(), r.bySource());
      if (target.isEmpty() || target.get().page().isEmpty()) {
        diagnostics.warning(r.where(), "the redirect from " + shownFrom + " to " + r.to() + " was not imported: " + r.to()
            + " is not a page of the imported site. Point it at the page that took its place, or leave it out.");
        continue;
      }
      SourcePage to = target.get().page().get();
      List<String> free = new ArrayList<>();
      for (String from : r.from()) {
        Optional<Targets.Target> there = targets.fromRoot(from, false);
        if (there.isPresent() && there.get().page().isPresent()) {
          diagnostics.warning(r.where(), "the redirect from " + from + " was not imported: " + there.get().page().get().shown()
              + " is still published there, and a page's address cannot also redirect. Remove the redirect, or the page.");
        } else {
          free.add(from);
        }
      }
      if (free.isEmpty()) continue;
      if (!target.get().fragment().isEmpty()) {
        diagnostics.warning(r.where(), "the redirect from " + shownFrom + " leads to " + to.shown() + " without #" + target.get().fragment()
            + ": fieldguide's redirects (aliases) lead to a page, not to a place in it.");
      }
      // fieldguide writes a page's aliases in its own language's tree. An old address in another
      // language's tree (/fr/old/) is the alias /old/ of the page in that language; one in the
      // default language's is also its translations' (the old site served them there too).
      for (String from : free) {
        InTree old = InTree.of(from, site);
        if (old.language().isEmpty()) {
          for (String l : site.languages().keySet()) {
            targets.inLanguage(to, l).ifPresent(p -> redirectedHere.computeIfAbsent(p, k -> new ArrayList<>()).add(from));
          }
          continue;
        }
        String language = old.language().get();
        Optional<SourcePage> version = targets.inLanguage(to, language);
        if (version.isPresent()) {
          redirectedHere.computeIfAbsent(version.get(), k -> new ArrayList<>()).add(old.path());
        } else {
          diagnostics.warning(r.where(), "the redirect from " + from + " was not imported: " + to.shown() + " has no page in " + language
              + " to lead to. Translate it, or leave the redirect out.");
        }
      }
    }
  }

  /**
   * Each page's addresses on the old site that the imported site would not serve, kept as the
   * page's aliases, so that links into the old site (from forums, issues, papers, search
   * engines) still lead to the page: an address of a file (Sphinx's, Jekyll's, and MkDocs's
   * without directory URLs: {@code howto/deploy.html}, where fieldguide publishes the folder {@code
   * howto/deploy/}) and an address in another folder (Docusaurus's {@code /docs/deploy}, Hugo's
   * lower-cased one). Not one that is now another page's address (that page answers it), nor the
   * site's root, a language's or the theme's files, which cannot redirect. An old address in the
   * page's own language's folder ({@code /fr/…}) is its alias without that folder, as aliases are
   * written in each language's tree.
   */
  private static void movedAddresses(SourceSite site, Set<SourcePage> redirects, Map<SourcePage, List<String>> redirectedHere) {
    Map<SourcePage, String> folders = new HashMap<>();
    Map<SourcePage, List<String>> olds = new HashMap<>();
    Map<String, Set<String>> taken = new HashMap<>();
    for (SourcePage p : site.pages()) {
      if (redirects.contains(p)) continue;
      Optional<String> kept = FrontMatterMapper.keptAddress(p, FrontMatterMapper.frontMatter(p));
      String folder = kept.map(SiteAssembler::folder).orElseGet(() -> fileFolder(p.outBase()));
      folders.put(p, folder);
      // A page that keeps its address (a permalink, Hugo's url) was published there only; the
      // other addresses a source lists are ways writers linked to it.
      olds.put(p, kept.map(List::of).orElse(p.urls()));
      // Told apart without case: on a file system that ignores it, a redirect there would replace the page.
      taken.computeIfAbsent(p.language(), k -> new java.util.HashSet<>()).add(folder.toLowerCase(Locale.ROOT));
    }
    Set<String> unredirectable = new java.util.HashSet<>(site.languages().keySet());
    unredirectable.add("static");
    for (SourcePage p : site.pages()) {
      String mine = folders.get(p);
      if (mine == null) continue;
      for (String url : olds.get(p)) {
        InTree old = InTree.of(url, site);
        // Without its own language's folder: a page's aliases are written in its language's tree.
        String path = old.language().equals(Optional.of(p.language())) ? old.path() : url;
        String folder = SiteAssembler.folder(path);
        if (folder.isEmpty() || unredirectable.contains(folder.substring(0, folder.indexOf('/')))) continue;
        boolean self = folder.equals(mine);
        // Its own folder's address is served; the same address as a file is not.
        if (self ? SiteAssembler.file(path).isEmpty() : taken.get(p.language()).contains(folder.toLowerCase(Locale.ROOT))) continue;
        List<String> here = redirectedHere.computeIfAbsent(p, k -> new ArrayList<>());
        if (!here.contains(path)) here.add(path);
      }
    }
  }

  /** The folder fieldguide publishes the file {@code base} (under content/, without .md) at: {@code howto/deploy/}, empty for the home page. */
  private static String fileFolder(String base) {
    if (base.equals("_index")) return "";
    if (base.endsWith("/_index")) return base.substring(0, base.length() - "_index".length());
    return base + "/";
  }

  /**
   * An old address as the language trees of the old site read it: {@code /fr/ancien/} is {@code
   * /ancien/} in the French tree; an address in no other language's folder is the default
   * language's (empty), as it is.
   */
  private record InTree(Optional<String> language, String path) {
    static InTree of(String url, SourceSite site) {
      for (String l : site.languages().keySet()) {
        if (!l.equals(site.defaultLanguage()) && url.startsWith("/" + l + "/")) return new InTree(Optional.of(l), url.substring(l.length() + 1));
      }
      return new InTree(Optional.empty(), url);
    }
  }

  /** Jekyll posts by name without extension, as post_url names them, to their source keys. */
  private static Map<String, String> posts(SourceSite site) {
    return site.pages().stream()
        .filter(p -> p.sourceKeys().get(0).contains("_posts/") || p.sourceKeys().get(0).startsWith("_posts/"))
        .collect(Collectors.toMap(
            p -> { String n = p.file().getFileName().toString(); return n.substring(0, n.lastIndexOf('.')); },
            p -> p.sourceKeys().get(0), (a, b) -> a, TreeMap::new));
  }
}
