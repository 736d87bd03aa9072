package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Docusaurus sidebar's order as fieldguide weights, and its categories as section pages.
 * Within a folder, Docusaurus lists docs and sub-folders by {@code sidebar_position} (or number
 * prefix, or the category's {@code position}), those without one last in file-name order. Whole
 * positions are kept as weights; a folder with a fractional one is numbered 10, 20, 30… in the
 * same order. A folder with no page of its own gets an {@code _index} page from its
 * {@code _category_} file (label, description, position), or from its name. Blog posts are
 * weighted newest first, as the blog lists them.
 */
final class Ordering {
  /** Implied front matter the source passes to this step only: removed before pages are written. */
  static final String POSITION = "\u0000position";

  static final String ID = "\u0000id";

  /** The doc's path under its docs folder as written, number prefixes and all. */
  static final String RAW = "\u0000raw";

  private final String defaultLanguage;
  private final String docsPrefix;
  private final boolean trailingSlash;
  private final List<String> sidebar;
  private final Map<String, Map<String, CategoryText>> translated;
  private final Map<String, String> localePrefixes;

  /** A category's title and description in another language (from the locale's {@code current.json}). */
  record CategoryText(Optional<String> title, Optional<String> description) {}

  /**
   * @param sidebar doc ids in the order a hand-written sidebar lists them, or none (see {@link Sidebars})
   * @param translated per language, the categories' texts by their label in the default language
   * @param localePrefixes per language other than the default, what Docusaurus put before its pages' addresses ({@code /fr})
   */
  Ordering(
      String defaultLanguage, String docsPrefix, boolean trailingSlash, List<String> sidebar, Map<String, Map<String, CategoryText>> translated,
      Map<String, String> localePrefixes) {
    this.defaultLanguage = defaultLanguage;
    this.docsPrefix = docsPrefix;
    this.trailingSlash = trailingSlash;
    this.sidebar = sidebar;
    this.translated = translated;
    this.localePrefixes = localePrefixes;
  }

  /** An entry of a folder: a doc, or a sub-folder (represented by its section page). */
  private record Item(String outBase, String rawName, Optional<Double> position) {}

  /**
   * @param docsPath the docs folder's key (see {@link DocusaurusSource#key})
   * @param shownDocs the docs folder as messages name it
   */
  List<SourcePage> apply(List<SourcePage> pages, Map<String, DocusaurusSource.Category> categoriesByRawFolder, String docsPath, String shownDocs) {
    List<SourcePage> docs = pages.stream().filter(p -> p.implied().containsKey(ID) && p.language().equals(defaultLanguage)).toList();
    Map<String, String> rawFolders = rawFolders(docs);
    Map<String, DocusaurusSource.Category> categories = new HashMap<>();
    categoriesByRawFolder.forEach((raw, c) -> categories.put(DocusaurusSource.stripPath(raw), c));
    Map<String, String> renamed = new HashMap<>();
    List<SourcePage> added = sections(docs, rawFolders, categories, renamed, docsPath, shownDocs);
    Map<String, Integer> weights = new HashMap<>();
    if (sidebar.isEmpty()) items(docs, rawFolders, categories, renamed).values().forEach(items -> weigh(items, weights));
    else bySidebar(docs, renamed, rawFolders.keySet(), weights);
    List<SourcePage> out = new ArrayList<>();
    for (SourcePage p : pages) out.add(placed(p, renamed.getOrDefault(p.outBase(), p.outBase()), weights));
    for (SourcePage s : added) out.add(placed(s, s.outBase(), weights));
    return newestFirst(out);
  }

  /** Every folder the docs are in, without number prefixes, to its name as written. */
  private static Map<String, String> rawFolders(List<SourcePage> docs) {
    Map<String, String> rawFolders = new TreeMap<>();
    for (SourcePage p : docs) {
      String raw = p.implied().get(RAW).toString();
      String rawDir = raw.contains("/") ? raw.substring(0, raw.lastIndexOf('/')) : "";
      String[] parts = rawDir.split("/");
      for (int i = 1; i <= parts.length && !rawDir.isEmpty(); i++) {
        String r = String.join("/", java.util.Arrays.copyOf(parts, i));
        rawFolders.putIfAbsent(DocusaurusSource.stripPath(r), r);
      }
    }
    return rawFolders;
  }

  /**
   * The section page of every folder without one: the doc its category links to (recorded in
   * {@code renamed}), or a page made from the category (and its translations) or the folder's name.
   */
  private List<SourcePage> sections(
      List<SourcePage> docs, Map<String, String> rawFolders, Map<String, DocusaurusSource.Category> categories, Map<String, String> renamed,
      String docsPath, String shownDocs) {
    java.util.Set<String> outBases = new java.util.HashSet<>();
    docs.forEach(p -> outBases.add(p.outBase()));
    List<SourcePage> added = new ArrayList<>();
    for (Map.Entry<String, String> folder : rawFolders.entrySet()) {
      String index = folder.getKey() + "/_index";
      if (outBases.contains(index)) continue;
      DocusaurusSource.Category c = categories.get(folder.getKey());
      Map<String, Object> settings = c == null ? Map.of() : c.settings();
      Map<?, ?> link = settings.get("link") instanceof Map<?, ?> m ? m : Map.of();
      // A category whose link names a doc of the folder: that doc is the section page.
      if ("doc".equals(link.get("type")) && link.get("id") instanceof String id) {
        Optional<SourcePage> doc = docs.stream().filter(p -> id.equals(p.implied().get(ID)) && parent(p.outBase()).equals(folder.getKey())).findFirst();
        if (doc.isPresent()) {
          renamed.put(doc.get().outBase(), index);
          continue;
        }
      }
      String name = folder.getKey().substring(folder.getKey().lastIndexOf('/') + 1);
      String label = settings.get("label") instanceof String s && !s.isBlank() ? s.strip() : name;
      String title = link.get("title") instanceof String t && !t.isBlank() ? t.strip() : label;
      Optional<String> description = link.get("description") instanceof String d && !d.isBlank() ? Optional.of(d.strip()) : Optional.empty();
      List<String> urls = new ArrayList<>();
      if ("generated-index".equals(link.get("type"))) {
        String slug = link.get("slug") instanceof String s ? (s.startsWith("/") ? s : "/" + s)
            : "/category/" + label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        urls.add(DocusaurusSource.url(docsPrefix, slug, trailingSlash));
      }
      java.nio.file.Path file = c == null ? java.nio.file.Path.of(folder.getValue()) : c.file();
      String shown = c == null ? shownDocs + "/" + folder.getValue() : c.shown();
      List<String> keys = List.of(docsPath + "/" + folder.getValue() + "/_category_");
      added.add(section(file, shown, defaultLanguage, index, keys, urls, title, description));
      translated.forEach((lang, texts) -> {
        CategoryText t = texts.get(label);
        // A translated generated index is at the original's address under the locale's prefix: only its texts are translated.
        List<String> translatedUrls = urls.stream().map(u -> localePrefixes.getOrDefault(lang, "/" + lang) + u).toList();
        if (t != null) added.add(section(file, shown, lang, index, keys, translatedUrls, t.title().orElse(title), t.description().or(() -> description)));
      });
    }
    return added;
  }

  private static SourcePage section(
      java.nio.file.Path file, String shown, String lang, String index, List<String> keys, List<String> urls, String title, Optional<String> description) {
    Map<String, Object> fm = new LinkedHashMap<>();
    fm.put("title", title);
    description.ifPresent(d -> fm.put("description", d));
    return new SourcePage(file, shown, lang, index, keys, urls, fm, "", 1, Map.of(), Optional.of(title));
  }

  /** The items of each folder: its docs and sub-folders, with their positions and names as written. */
  private static Map<String, List<Item>> items(
      List<SourcePage> docs, Map<String, String> rawFolders, Map<String, DocusaurusSource.Category> categories, Map<String, String> renamed) {
    Map<String, List<Item>> itemsByFolder = new TreeMap<>();
    for (SourcePage p : docs) {
      String out = renamed.getOrDefault(p.outBase(), p.outBase());
      if (out.endsWith("/_index") || out.equals("_index")) continue;
      String raw = p.implied().get(RAW).toString();
      itemsByFolder.computeIfAbsent(parent(out), k -> new ArrayList<>())
          .add(new Item(out, raw.substring(raw.lastIndexOf('/') + 1), position(p.implied().get(POSITION))));
    }
    for (Map.Entry<String, String> folder : rawFolders.entrySet()) {
      DocusaurusSource.Category c = categories.get(folder.getKey());
      Optional<Double> position = c == null ? Optional.empty() : DocusaurusSource.position(c.settings().get("position"));
      String rawName = folder.getValue().substring(folder.getValue().lastIndexOf('/') + 1);
      if (position.isEmpty()) position = DocusaurusSource.numberPrefix(rawName).map(Integer::doubleValue);
      itemsByFolder.computeIfAbsent(parent(folder.getKey()), k -> new ArrayList<>()).add(new Item(folder.getKey() + "/_index", rawName, position));
    }
    return itemsByFolder;
  }

  /** The page at its place, with its weight, without the markers only this step reads. */
  private static SourcePage placed(SourcePage p, String outBase, Map<String, Integer> weights) {
    Map<String, Object> implied = new LinkedHashMap<>(p.implied());
    implied.remove(POSITION);
    implied.remove(ID);
    implied.remove(RAW);
    Integer w = weights.get(outBase);
    if (w != null) implied.put("weight", w);
    return new SourcePage(p.file(), p.shown(), p.language(), outBase, p.sourceKeys(), p.urls(), p.frontMatter(), p.body(), p.bodyLine(), implied, p.navTitle());
  }

  private static void weigh(List<Item> items, Map<String, Integer> weights) {
    if (items.stream().allMatch(i -> i.position().isEmpty())) return;
    List<Item> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(Item::rawName));
    sorted.sort(Comparator.comparingDouble(i -> i.position().orElse(Double.POSITIVE_INFINITY)));
    boolean whole = sorted.stream().allMatch(i -> i.position().map(p -> p == Math.rint(p) && Math.abs(p) < 1e6).orElse(true));
    int max = (int) sorted.stream().mapToDouble(i -> i.position().orElse(0.0)).max().orElse(0);
    int next = Math.max(max, 0);
    for (int i = 0; i < sorted.size(); i++) {
      Item item = sorted.get(i);
      int w = !whole ? (i + 1) * 10 : item.position().isPresent() ? item.position().get().intValue() : ++next;
      weights.put(item.outBase(), w);
    }
  }

  /**
   * A hand-written sidebar's order: 10, 20, 30… down the sidebar, docs it does not list after
   * them, and a folder where its first listed doc is.
   */
  private void bySidebar(List<SourcePage> docs, Map<String, String> renamed, java.util.Set<String> folders, Map<String, Integer> weights) {
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < sidebar.size(); i++) rank.putIfAbsent(sidebar.get(i), (i + 1) * 10);
    int unlisted = (sidebar.size() + 1) * 10;
    for (SourcePage p : docs) weights.put(renamed.getOrDefault(p.outBase(), p.outBase()), rank.getOrDefault(p.implied().get(ID).toString(), unlisted));
    for (String folder : folders) {
      if (weights.containsKey(folder + "/_index")) continue;
      int first = weights.entrySet().stream().filter(e -> e.getKey().startsWith(folder + "/")).mapToInt(Map.Entry::getValue).min().orElse(unlisted);
      weights.put(folder + "/_index", first);
    }
  }

  /** Blog posts weighted 1, 2, 3… from the newest, each translation as its original; a post's own weight is kept. */
  private List<SourcePage> newestFirst(List<SourcePage> pages) {
    List<SourcePage> posts = pages.stream()
        .filter(p -> p.language().equals(defaultLanguage) && p.outBase().startsWith("blog/") && date(p).isPresent()).toList();
    return weighted(pages, newestFirst(posts, Ordering::date), true);
  }

  /**
   * The places of {@code listed} (pages of one language) newest first, by {@code date} (then by
   * file), those without a date after them, by file: 1, 2, 3…, by their written file ({@link
   * SourcePage#outBase}), so that each translation takes its original's place.
   */
  static Map<String, Integer> newestFirst(List<SourcePage> listed, Function<SourcePage, Optional<String>> date) {
    List<SourcePage> ordered = new ArrayList<>(listed.stream().filter(p -> date.apply(p).isPresent())
        .sorted(Comparator.comparing((SourcePage p) -> date.apply(p).orElseThrow()).reversed().thenComparing(SourcePage::outBase)).toList());
    listed.stream().filter(p -> date.apply(p).isEmpty()).sorted(Comparator.comparing(SourcePage::outBase)).forEach(ordered::add);
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < ordered.size(); i++) rank.put(ordered.get(i).outBase(), i + 1);
    return rank;
  }

  /**
   * {@code pages}, those {@code rank} places weighted by their place; a page's own {@code weight}
   * kept when {@code ownWeightWins}, else dropped.
   */
  static List<SourcePage> weighted(List<SourcePage> pages, Map<String, Integer> rank, boolean ownWeightWins) {
    if (rank.isEmpty()) return pages;
    List<SourcePage> out = new ArrayList<>(pages.size());
    for (SourcePage p : pages) {
      Integer r = rank.get(p.outBase());
      if (r == null || ownWeightWins && p.frontMatter().containsKey("weight")) {
        out.add(p);
        continue;
      }
      Map<String, Object> fm = new LinkedHashMap<>(p.frontMatter());
      fm.remove("weight");
      Map<String, Object> implied = new LinkedHashMap<>(p.implied());
      implied.put("weight", r);
      out.add(new SourcePage(p.file(), p.shown(), p.language(), p.outBase(), p.sourceKeys(), p.urls(), fm, p.body(), p.bodyLine(), implied, p.navTitle()));
    }
    return out;
  }

  /** A page's date: its front matter's, else the one its file name gave. */
  static Optional<String> date(SourcePage p) {
    Object d = p.frontMatter().getOrDefault("date", p.implied().get("date"));
    return d == null ? Optional.empty() : Optional.of(d.toString());
  }

  private static Optional<Double> position(Object v) {
    return v instanceof Double d ? Optional.of(d) : Optional.empty();
  }

  private static String parent(String outBase) {
    return outBase.contains("/") ? outBase.substring(0, outBase.lastIndexOf('/')) : "";
  }
}
