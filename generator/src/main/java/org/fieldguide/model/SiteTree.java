package org.fieldguide.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.index.AssetFacts;

/**
 * The whole site after stage 3: every output page in every language with its URL, the section
 * structure in display order, and the assets. Immutable; shared by all later stages.
 *
 * <p>URLs exist before any Markdown is rendered, so links can be rewritten in one pass.
 */
public final class SiteTree {
  private final SiteConfig config;
  private final Layered<PageId, Page> pages;
  private final Map<PageId, List<Page>> childSections;
  private final Map<PageId, List<Page>> childPages;
  private final Map<String, String> keysByContentPath;
  private final Map<String, AssetFacts> assets;
  private final Set<String> draftContentPaths;
  private final List<Page> ordered;
  /** Page URL (with its language) → the page published there; the first when several claim one. */
  private final Layered<String, Page> byUrl;
  /** An old URL (from {@code aliases}, with its language) → the page it now leads to. */
  private final Layered<String, Page> byAlias;
  /**
   * Each section's child pages by key, with their places in display order: made the first time a
   * section is asked ({@link #place}), from lists that never change, so the tree stays immutable in
   * all that it answers.
   */
  private final Map<PageId, Map<String, Integer>> places = new java.util.concurrent.ConcurrentHashMap<>();
  /** {@link #drawingLanguages}: counted once per tree, as the copies, the offline files and serve's updates each ask. */
  private final Set<String> drawing;

  /**
   * Pages in {@link PageId} order (language, then key), without making an id per comparison: the
   * 30,000 pages of a site of 10,000 x 3 are sorted on every build, and {@link Page#id} makes one
   * on every call.
   */
  private static final java.util.Comparator<Page> BY_ID = (a, b) -> {
    int c = a.language().compareTo(b.language());
    return c != 0 ? c : a.key().compareTo(b.key());
  };

  SiteTree(
      SiteConfig config,
      Map<PageId, Page> pages,
      Map<PageId, List<Page>> childSections,
      Map<PageId, List<Page>> childPages,
      Map<String, String> keysByContentPath,
      Map<String, AssetFacts> assets,
      Set<String> draftContentPaths) {
    this.config = config;
    this.pages = new Layered<>(lookup(pages), Map.of());
    this.childSections = lookup(childSections);
    this.childPages = lookup(childPages);
    this.keysByContentPath = lookup(keysByContentPath);
    this.assets = lookup(assets);
    this.draftContentPaths = Set.copyOf(draftContentPaths);
    List<Page> all = new ArrayList<>(pages.values());
    all.sort(BY_ID);
    this.ordered = List.copyOf(all);
    this.drawing = drawing(ordered);
    Map<String, Page> urls = new java.util.HashMap<>();
    Map<String, Page> aliases = new java.util.HashMap<>();
    for (Page p : ordered) {
      urls.putIfAbsent(p.url(), p);
      for (var alias : p.content().map(c -> c.meta().common().aliases()).orElse(List.of())) {
        aliases.putIfAbsent(p.language() + "/" + SiteAssembler.folder(alias.path()), p);
      }
    }
    this.byUrl = new Layered<>(lookup(urls), Map.of());
    this.byAlias = new Layered<>(lookup(aliases), Map.of());
  }

  /**
   * A read-only copy for lookups: a hash map, not {@code Map.copyOf}, whose probe calls {@code
   * equals} on every key it passes instead of comparing hash codes first. Pages, links and
   * templates look pages up here tens of times per page (1 % of a 10,000-page check's CPU went
   * to those probes).
   */
  private static <K, V> Map<K, V> lookup(Map<K, V> map) {
    return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(map));
  }

  private SiteTree(SiteTree previous, Layered<PageId, Page> pages, Map<PageId, List<Page>> childSections,
      Map<PageId, List<Page>> childPages, List<Page> ordered, Layered<String, Page> byUrl, Layered<String, Page> byAlias) {
    this.config = previous.config;
    this.pages = pages;
    this.childSections = childSections;
    this.childPages = childPages;
    this.keysByContentPath = previous.keysByContentPath;
    this.assets = previous.assets;
    this.draftContentPaths = previous.draftContentPaths;
    this.ordered = ordered;
    this.drawing = drawing(ordered);
    this.byUrl = byUrl;
    this.byAlias = byAlias;
  }

  /**
   * A map with some entries replaced, made in time proportional to the replacements, not to the
   * map: an edit in {@code serve} replaces a few pages of a site of tens of thousands.
   */
  private record Layered<K, V>(Map<K, V> base, Map<K, V> top) {
    V get(K key) {
      V v = top.get(key);
      return v != null ? v : base.get(key);
    }

    Layered<K, V> with(Map<K, V> replaced) {
      if (replaced.isEmpty()) return this;
      Map<K, V> t = new java.util.HashMap<>(top);
      t.putAll(replaced);
      return new Layered<>(base, lookup(t));
    }
  }

  /**
   * This tree with some pages replaced by new versions of themselves (same key, language, address
   * and parent), and the lists that show them sorted again.
   */
  SiteTree replacing(Map<PageId, Page> replaced, Map<String, java.util.Comparator<Page>> orders) {
    // Only what shows the replaced pages is made again; the rest is shared with this tree.
    Map<PageId, List<Page>> newSections = new java.util.HashMap<>(childSections);
    Map<PageId, List<Page>> newPagesOf = new java.util.HashMap<>(childPages);
    List<Page> newOrdered = new ArrayList<>(ordered);
    Map<String, Page> urls = new java.util.HashMap<>();
    Map<String, Page> aliases = new java.util.HashMap<>();
    for (Page p : replaced.values()) {
      int at = java.util.Collections.binarySearch(ordered, p, BY_ID);
      if (at < 0 || !ordered.get(at).url().equals(p.url())) {
        throw new IllegalArgumentException("not a page of this tree at the same address: " + p.id());
      }
      newOrdered.set(at, p);
      // The same address and aliases: the page claims them if its earlier version did.
      if (byUrl.get(p.url()).id().equals(p.id())) urls.put(p.url(), p);
      for (var alias : p.content().map(c -> c.meta().common().aliases()).orElse(List.of())) {
        String url = p.language() + "/" + SiteAssembler.folder(alias.path());
        Page claimed = byAlias.get(url);
        if (claimed != null && claimed.id().equals(p.id())) aliases.put(url, p);
      }
      if (p.parentKey().isEmpty()) continue;
      PageId parent = new PageId(p.parentKey().get(), p.language());
      Map<PageId, List<Page>> lists = p.isSection() ? newSections : newPagesOf;
      List<Page> list = new ArrayList<>(lists.getOrDefault(parent, List.of()));
      list.replaceAll(q -> q.id().equals(p.id()) ? p : q);
      list.sort(orders.get(p.language()));
      lists.put(parent, List.copyOf(list));
    }
    return new SiteTree(
        this, pages.with(replaced), newSections, newPagesOf, List.copyOf(newOrdered), byUrl.with(urls), byAlias.with(aliases));
  }

  public SiteConfig config() {
    return config;
  }

  /** Every output page, sorted by language then key. */
  public List<Page> pages() {
    return ordered;
  }

  /**
   * The languages with a page that has a diagram, its own or the default language's shown as a
   * fallback: only their offline files hold the library that draws diagrams, and the site
   * publishes it only when there is one.
   */
  public Set<String> drawingLanguages() {
    return drawing;
  }

  private static Set<String> drawing(List<Page> pages) {
    Set<String> drawing = new java.util.TreeSet<>();
    for (Page p : pages) if (p.content().map(c -> c.diagrams() > 0).orElse(false)) drawing.add(p.language());
    return java.util.Collections.unmodifiableSet(drawing);
  }

  public Optional<Page> page(String key, String language) {
    return Optional.ofNullable(pages.get(new PageId(key, language)));
  }

  /**
   * The page published at {@code url} (a folder path with its language, such as {@code
   * es/runbooks/deploy/}), or the page whose {@code aliases} list it as an old address.
   */
  public Optional<Page> pageAt(String url) {
    Page p = byUrl.get(url);
    return p != null ? Optional.of(p) : Optional.ofNullable(byAlias.get(url));
  }

  public Page home(String language) {
    return pages.get(new PageId("", language));
  }

  /** Sub-sections of a section in display order (weight, then title). */
  public List<Page> childSections(Page section) {
    return childSections.getOrDefault(section.id(), List.of());
  }

  /** Pages directly in a section, in display order (weight, then title). */
  public List<Page> childPages(Page section) {
    return childPages.getOrDefault(section.id(), List.of());
  }

  /**
   * Where the page {@code key} is among the child pages of {@code section} in display order; -1
   * when it is not one of them. A lookup: a page's neighbours are found without a scan of its
   * section, which for every page of a section would cost the square of its size.
   */
  public int place(Page section, String key) {
    Map<String, Integer> of = places.computeIfAbsent(section.id(), id -> {
      List<Page> list = childPages(section);
      Map<String, Integer> m = new java.util.HashMap<>(list.size() * 2);
      for (int i = 0; i < list.size(); i++) m.putIfAbsent(list.get(i).key(), i);
      return m;
    });
    Integer i = of.get(key);
    return i == null ? -1 : i;
  }

  /** The section a page is in, or empty for the home page. */
  public Optional<Page> parent(Page page) {
    return page.parentKey().flatMap(k -> page(k, page.language()));
  }

  /** The sections from the home page down to (not including) this page. */
  public List<Page> ancestors(Page page) {
    List<Page> chain = new ArrayList<>();
    Optional<Page> p = parent(page);
    while (p.isPresent()) {
      chain.add(0, p.get());
      p = parent(p.get());
    }
    return chain;
  }

  /**
   * The page key published from a Markdown file, by its content path without language suffix
   * ({@code runbooks/deploy.md}, {@code runbooks/_index.md}) or a section folder ({@code runbooks}).
   */
  public Optional<String> keyForContentPath(String contentPath) {
    return Optional.ofNullable(keysByContentPath.get(contentPath));
  }

  /** Every content path a link may name, for "did you mean" suggestions. */
  public Collection<String> linkableContentPaths() {
    List<String> all = new ArrayList<>(keysByContentPath.keySet());
    all.addAll(assets.keySet());
    return all;
  }

  public Optional<AssetFacts> asset(String contentPath) {
    return Optional.ofNullable(assets.get(contentPath));
  }

  /** Every asset, sorted by content path. */
  public List<AssetFacts> assets() {
    return assets.values().stream().sorted((a, b) -> a.source().contentPath().compareTo(b.source().contentPath())).toList();
  }

  /**
   * Where an asset is published for pages in {@code language}: beside its pages in every
   * language's tree ({@code /<lang>/<content path>}), so the relative link a writer wrote works
   * from every language and from a saved copy of one language.
   */
  public static String assetUrl(AssetFacts asset, String language) {
    return language + "/" + asset.source().contentPath();
  }

  /** The content paths of the pages left out because they are drafts, sorted. */
  public java.util.SortedSet<String> draftContentPaths() {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(draftContentPaths));
  }

  /** True when the content path names a page left out because it is a draft. */
  public boolean isDraft(String contentPath) {
    return draftContentPaths.contains(contentPath);
  }
}
