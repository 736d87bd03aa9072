package org.fieldguide.model;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.SourceFile;
import org.fieldguide.content.SourceKind;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.CommonMeta;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.PageMeta;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.index.PageFacts;
import org.fieldguide.index.SiteIndex;

/**
 * Assembly: turns the index into the {@link SiteTree}: sections, display order, URLs, drafts
 * left out, and a page in every language (the translation, or the default-language page as a
 * fallback) so that no language has dead ends. Needs only facts, never the text of a page: the
 * digests that stamped translations are compared with are made by the build session, from the
 * originals' files, and given to it.
 */
public final class SiteAssembler {
  private final Function<PageFacts, Optional<String>> originals;

  /**
   * @param originals the digest of an original (a default-language page) as its translations
   *     record it in {@code source_hash}; empty when it cannot be made now (then no translation is
   *     called outdated)
   */
  public SiteAssembler(Function<PageFacts, Optional<String>> originals) {
    this.originals = originals;
  }

  /** Whether drafts are published. */
  public enum Drafts {
    INCLUDE,
    EXCLUDE
  }

  public SiteTree assemble(SiteConfig config, SiteIndex index, Drafts drafts, Diagnostics diagnostics) {
    String defaultLang = config.defaultLanguage();
    // Pages and section indexes are kept apart first: runbooks.md and runbooks/_index.md share a key.
    Map<String, Map<String, PageFacts>> pagesByKey = new TreeMap<>();
    Map<String, Map<String, PageFacts>> sectionsByKey = new TreeMap<>();
    Set<String> draftPaths = new HashSet<>();
    Set<String> draftPageKeys = new HashSet<>();
    Set<String> draftSectionKeys = new HashSet<>();
    Set<String> defaultSources = new HashSet<>();

    for (PageFacts p : index.pages()) {
      SourceFile s = p.source();
      boolean section = s.kind() == SourceKind.SECTION_INDEX;
      if (s.language().equals(defaultLang)) defaultSources.add(neutralPath(s));
      if (drafts == Drafts.EXCLUDE && p.meta().common().draft()) {
        if (s.language().equals(defaultLang)) {
          draftPaths.add(neutralPath(s));
          (section ? draftSectionKeys : draftPageKeys).add(s.key());
        }
        continue;
      }
      (section ? sectionsByKey : pagesByKey).computeIfAbsent(s.key(), k -> new TreeMap<>()).put(s.language(), p);
    }
    // A draft in the default language hides its translations too: they would be orphans. Say so,
    // since a translator may not know the original is a draft.
    for (String key : draftPageKeys) reportDraftTranslations(pagesByKey.remove(key), defaultLang, diagnostics);
    for (String key : draftSectionKeys) reportDraftTranslations(sectionsByKey.remove(key), defaultLang, diagnostics);
    for (Map<String, PageFacts> versions : concat(pagesByKey, sectionsByKey)) {
      if (versions.containsKey(defaultLang)) continue;
      if (defaultSources.contains(neutralPath(versions.values().iterator().next().source()))) continue;
      // Each translation's file is told: its translator, who may check only that file, is the
      // one to rename it.
      for (PageFacts translation : versions.values()) {
        diagnostics.warning(
            SourcePos.file(translation.source().displayPath()),
            "this translation has no " + config.language(defaultLang).name() + " page ("
                + expectedDefaultPath(translation.source())
                + "), so it is published only in its own language. Add the source page or rename the file.");
      }
    }

    // Sections: every folder holding a page or an _index.md, and its ancestors, plus the home page.
    Set<String> sectionKeys = new TreeSet<>();
    sectionKeys.add("");
    List<String> folders = new ArrayList<>(sectionsByKey.keySet());
    pagesByKey.keySet().forEach(k -> folders.add(parentOf(k)));
    for (String folder : folders) {
      for (String f = folder; ; f = parentOf(f)) {
        sectionKeys.add(f);
        if (f.isEmpty()) break;
      }
    }
    // A page beside a folder of the same name (tests.md and tests/) is that folder's section page,
    // as MkDocs and Jekyll writers expect, unless the folder has its own _index.md.
    for (String key : List.copyOf(pagesByKey.keySet())) {
      if (!sectionKeys.contains(key)) continue;
      Map<String, PageFacts> versions = pagesByKey.remove(key);
      Map<String, PageFacts> own = sectionsByKey.get(key);
      if (own == null) {
        sectionsByKey.put(key, versions);
        continue;
      }
      for (PageFacts p : versions.values()) {
        String sectionFile =
            own.containsKey(p.source().language()) ? own.get(p.source().language()).source().displayPath() : "content/" + key + "/_index.md";
        diagnostics.error(
            new SourcePos(p.source().displayPath(), 1, 1),
            "this page and " + sectionFile + " are both the page of the section /" + key
                + "/. Move this page's text into " + sectionFile + " and delete this file, or rename one of them.");
      }
    }

    // Made in the order the tree lists them (language, then key: sections and pages are each
    // sorted already), so that sorting them there finds a few runs to merge, not 30,000 pages in
    // a hash map's order (20 ms of a one-page rebuild's main thread at 10,000 pages x 3).
    Map<PageId, Page> pages = new java.util.LinkedHashMap<>();
    Map<String, String> keysByPath = new HashMap<>();
    for (String s : sectionKeys) {
      keysByPath.put(s.isEmpty() ? "_index.md" : s + "/_index.md", s);
      if (!s.isEmpty()) {
        keysByPath.put(s, s);
        // The page beside the folder, when that is what writers link to.
        keysByPath.putIfAbsent(s + ".md", s);
      }
    }
    // Keyed by the file's own path text where the page has that file (its default-language one):
    // the map lives as long as the build, and a copy of every page's path was 5 MB of the 218 MB
    // live in a 50,000-page x 3 build.
    pagesByKey.forEach((k, versions) -> {
      String path = k + ".md";
      for (PageFacts f : versions.values()) {
        if (f.source().contentPath().equals(path)) path = f.source().contentPath();
      }
      keysByPath.put(path, k);
    });

    for (String lang : new TreeSet<>(config.languageCodes())) {
      for (String s : sectionKeys) {
        pages.put(new PageId(s, lang), sectionPage(config, s, lang, sectionsByKey.getOrDefault(s, Map.of()), diagnostics));
      }
      for (var e : pagesByKey.entrySet()) {
        leafPage(config, e.getKey(), lang, e.getValue(), diagnostics).ifPresent(p -> pages.put(p.id(), p));
      }
    }

    Map<PageId, List<Page>> childSections = new HashMap<>();
    Map<PageId, List<Page>> childPages = new HashMap<>();
    for (Page p : pages.values()) {
      if (p.parentKey().isEmpty()) continue;
      PageId parent = new PageId(p.parentKey().get(), p.language());
      (p.isSection() ? childSections : childPages).computeIfAbsent(parent, k -> new ArrayList<>()).add(p);
    }
    Map<String, Comparator<Page>> orders = orders(config);
    childSections.values().forEach(l -> l.sort(orders.get(l.get(0).language())));
    childPages.values().forEach(l -> l.sort(orders.get(l.get(0).language())));

    Map<String, AssetFacts> assets = new HashMap<>();
    for (AssetFacts a : index.assets()) assets.put(a.source().contentPath(), a);

    return new SiteTree(config, pages, childSections, childPages, keysByPath, assets, draftPaths);
  }

  private static void reportDraftTranslations(Map<String, PageFacts> versions, String defaultLang, Diagnostics diagnostics) {
    if (versions == null) return;
    for (PageFacts p : versions.values()) {
      if (p.source().language().equals(defaultLang)) continue;
      diagnostics.warning(
          new SourcePos(p.source().displayPath(), 1, 1),
          "this translation is not published because its original is a draft (draft: true); build or check with --drafts"
              + " to see and check it.");
    }
  }

  /**
   * The tree after some files changed without a page being added, removed, moved, drafted or given
   * another address (the edit a writer makes most): the pages of their keys are made again in every
   * language and the lists that show them re-sorted; nothing else is touched. Empty when the
   * change is not of that kind: then the site is assembled anew.
   *
   * @param changed the new facts of the changed files
   * @param diagnostics receives what assembly says of those pages (outdated translations)
   */
  public Optional<SiteTree> reassemble(SiteTree previous, List<PageFacts> changed, Drafts drafts, Diagnostics diagnostics) {
    SiteConfig config = previous.config();
    String defaultLang = config.defaultLanguage();
    Map<String, Map<String, PageFacts>> versionsByKey = new TreeMap<>();
    for (PageFacts f : changed) {
      SourceFile s = f.source();
      Optional<Page> before = previous.page(s.key(), s.language());
      if (before.isEmpty() || before.get().content().isEmpty()) return Optional.empty();
      PageFacts old = before.get().content().get();
      boolean sameFile = old.source().contentPath().equals(s.contentPath());
      if (!sameFile || before.get().fallback()) return Optional.empty();
      if (drafts == Drafts.EXCLUDE && f.meta().common().draft()) return Optional.empty();
      if (!old.meta().common().url().map(u -> u.path()).equals(f.meta().common().url().map(u -> u.path()))) return Optional.empty();
      if (!old.meta().common().aliases().stream().map(a -> a.path()).toList()
          .equals(f.meta().common().aliases().stream().map(a -> a.path()).toList())) {
        return Optional.empty();
      }
      // A section's type is given to the pages below it when their facts are made: those change too.
      if (!childType(old).equals(childType(f))) return Optional.empty();
      Map<String, PageFacts> versions = versionsByKey.computeIfAbsent(s.key(), k -> versionsOf(previous, k));
      versions.put(s.language(), f);
    }
    Map<PageId, Page> replaced = new HashMap<>();
    for (var e : versionsByKey.entrySet()) {
      boolean section = previous.page(e.getKey(), defaultLang).map(Page::isSection).orElse(false);
      for (String lang : config.languageCodes()) {
        Optional<Page> page = section
            ? Optional.of(sectionPage(config, e.getKey(), lang, e.getValue(), diagnostics))
            : leafPage(config, e.getKey(), lang, e.getValue(), diagnostics);
        page.ifPresent(p -> replaced.put(p.id(), p));
      }
    }
    return Optional.of(previous.replacing(replaced, orders(config)));
  }

  private static Optional<ContentType> childType(PageFacts f) {
    return f.meta() instanceof PageMeta.SectionMeta s ? s.childType() : Optional.empty();
  }

  /** The texts a key has of its own, by language, as the tree shows them. */
  private static Map<String, PageFacts> versionsOf(SiteTree tree, String key) {
    Map<String, PageFacts> versions = new TreeMap<>();
    for (String lang : tree.config().languageCodes()) {
      tree.page(key, lang).filter(p -> !p.fallback()).flatMap(Page::content).filter(f -> f.source().language().equals(lang))
          .ifPresent(f -> versions.put(lang, f));
    }
    return versions;
  }

  private static Map<String, Comparator<Page>> orders(SiteConfig config) {
    Map<String, Comparator<Page>> orders = new HashMap<>();
    for (String lang : config.languageCodes()) orders.put(lang, displayOrder(lang));
    return orders;
  }

  /** A leaf page in one language: its own text, or the default-language text as a fallback. */
  private Optional<Page> leafPage(
      SiteConfig config, String key, String lang, Map<String, PageFacts> versions, Diagnostics diagnostics) {
    String defaultLang = config.defaultLanguage();
    PageFacts own = versions.get(lang);
    PageFacts shown = own != null ? own : versions.get(defaultLang);
    if (shown == null) return Optional.empty();
    return Optional.of(
        new Page(
            key,
            PageKind.PAGE,
            lang,
            Optional.of(shown),
            state(own, versions.get(defaultLang), lang, defaultLang, diagnostics),
            shown.title(),
            shown.meta().type(),
            shown.meta().common().weight(),
            url(lang, key, shown),
            Optional.of(parentOf(key).intern())));
  }

  /** Resolves the type a page gets when it declares none: its nearest section's {@code type}. */
  public static ContentType inheritedType(String key, Map<String, Optional<ContentType>> sectionTypes) {
    for (String f = parentOf(key); ; f = parentOf(f)) {
      Optional<ContentType> t = sectionTypes.getOrDefault(f, Optional.empty());
      if (t.isPresent()) return t.get();
      if (f.isEmpty()) return ContentType.PAGE;
    }
  }

  private Page sectionPage(
      SiteConfig config, String key, String lang, Map<String, PageFacts> versions, Diagnostics diagnostics) {
    PageFacts own = versions.get(lang);
    PageFacts original = versions.get(config.defaultLanguage());
    PageFacts shown = own != null ? own : original;
    String title = shown != null ? shown.title() : key.isEmpty() ? config.title(lang) : humanise(key);
    return new Page(
        key,
        key.isEmpty() ? PageKind.HOME : PageKind.SECTION,
        lang,
        Optional.ofNullable(shown),
        shown == null ? TranslationState.ORIGINAL : state(own, original, lang, config.defaultLanguage(), diagnostics),
        title,
        ContentType.PAGE,
        shown == null ? 0 : shown.meta().common().weight(),
        url(lang, key, shown),
        key.isEmpty() ? Optional.empty() : Optional.of(parentOf(key).intern()));
  }

  /**
   * How a page's text relates to its original; reports an outdated translation. {@code own} is
   * the page in {@code lang}, {@code original} the default-language page (either may be null).
   */
  private TranslationState state(
      PageFacts own, PageFacts original, String lang, String defaultLang, Diagnostics diagnostics) {
    if (lang.equals(defaultLang) || original == null) return TranslationState.ORIGINAL;
    if (own == null) return TranslationState.FALLBACK;
    Optional<CommonMeta.Stamp> recorded = own.meta().common().sourceHash();
    if (recorded.isEmpty()) return TranslationState.UNSTAMPED;
    Optional<String> made = originals.apply(original);
    // The original changed or went away since it was indexed: the next build compares.
    if (made.isEmpty()) return TranslationState.CURRENT;
    String now = made.get();
    if (recorded.get().hash().equals(now)) return TranslationState.CURRENT;
    diagnostics.warning(
        recorded.get().pos(),
        "this translation is outdated: " + original.source().displayPath() + " changed since it was translated (source_hash "
            + recorded.get().hash() + ", now " + now + "). Update the translation, then run 'fieldguide i18n --stamp "
            + own.source().displayPath() + "'.");
    return TranslationState.OUTDATED;
  }

  private static Comparator<Page> displayOrder(String lang) {
    Collator collator = Collator.getInstance(ULocale.forLanguageTag(lang));
    return Comparator.comparingInt(Page::weight)
        .thenComparing(Page::title, collator::compare)
        .thenComparing(Page::key);
  }

  /** The URL of the page {@code key} in {@code lang}, from the site root. */
  public static String url(String lang, String key) {
    return key.isEmpty() ? lang + "/" : lang + "/" + key + "/";
  }

  /**
   * The URL a page is published at: its {@code permalink} (or {@code url}) in the language's
   * tree when the text shown sets one, else the path of its source file.
   */
  private static String url(String lang, String key, PageFacts shown) {
    if (shown == null || shown.meta().common().url().isEmpty()) return url(lang, key);
    return lang + "/" + folder(shown.meta().common().url().get().path());
  }

  /**
   * The file an old address names, {@code a/b.html} for {@code /a/b.html}, which its redirect is
   * also written as (a web server serves /a/b.html from there, not from a/b/index.html); empty for
   * a folder's address or its {@code index.html}.
   */
  public static String file(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (!p.endsWith(".html") || p.equals("index.html") || p.endsWith("/index.html")) return "";
    return p;
  }

  /** A URL path as the folder a page is written to: {@code /a/b.html} and {@code /a/b} are {@code a/b/}. */
  public static String folder(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.endsWith("/index.html")) p = p.substring(0, p.length() - "index.html".length());
    else if (p.equals("index.html")) p = "";
    else if (p.endsWith(".html")) p = p.substring(0, p.length() - ".html".length());
    if (!p.isEmpty() && !p.endsWith("/")) p = p + "/";
    return p;
  }

  static String parentOf(String key) {
    int slash = key.lastIndexOf('/');
    return slash < 0 ? "" : key.substring(0, slash);
  }

  private static List<Map<String, PageFacts>> concat(Map<String, Map<String, PageFacts>> a, Map<String, Map<String, PageFacts>> b) {
    List<Map<String, PageFacts>> all = new ArrayList<>(a.values());
    all.addAll(b.values());
    return all;
  }

  private static String neutralPath(SourceFile s) {
    if (s.kind() == SourceKind.SECTION_INDEX) return s.key().isEmpty() ? "_index.md" : s.key() + "/_index.md";
    return s.key() + ".md";
  }

  private static String expectedDefaultPath(SourceFile s) {
    return "content/" + neutralPath(s);
  }

  private static String humanise(String key) {
    String name = key.substring(key.lastIndexOf('/') + 1).replace('-', ' ').replace('_', ' ');
    return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
