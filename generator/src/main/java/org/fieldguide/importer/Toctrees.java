package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.link.UrlPaths;

/**
 * The order Sphinx's {@code toctree} directives give pages, as fieldguide weights: each page
 * that lists others numbers them 10, 20, 30… down its toctrees, in the order written (or
 * reversed by {@code :reversed:}; {@code :glob:} patterns in name order); the first listing of a
 * page counts, the home page's first. Pages no toctree lists come after, as Sphinx leaves them out
 * of its navigation. An entry's own title ({@code Title <path>}) is the page's navigation title.
 * The directives themselves are removed by {@link MystMarkup}, since fieldguide lists a section's
 * pages itself.
 */
final class Toctrees {
  /** {@code Title <target>}, as toctree entries and roles give a text other than the target's own. */
  static final Pattern TITLED = Pattern.compile("^(.*?)\\s*<([^<>]+)>$");

  private final boolean colonFence;
  private final String rootDoc;

  Toctrees(boolean colonFence, String rootDoc) {
    this.colonFence = colonFence;
    this.rootDoc = rootDoc;
  }

  /** An entry: a page's name or pattern (or an address, when {@code external}), with its title if written. */
  record Entry(Optional<String> title, String target, boolean external) {}

  /** The entries of a toctree directive, {@code self} left out. */
  static List<Entry> entries(MystBlocks.Directive toctree) {
    List<Entry> out = new ArrayList<>();
    for (String line : toctree.content()) {
      String s = line.strip();
      if (s.isEmpty() || s.equals("self")) continue;
      Matcher t = TITLED.matcher(s);
      Optional<String> title = t.matches() && !t.group(1).isBlank() ? Optional.of(t.group(1).strip()) : Optional.empty();
      String target = t.matches() ? t.group(2).strip() : s;
      out.add(new Entry(title, target, target.matches("[A-Za-z][A-Za-z0-9+.-]*:.*")));
    }
    if (toctree.options().containsKey("reversed")) Collections.reverse(out);
    return out;
  }

  List<SourcePage> order(List<SourcePage> pages) {
    Map<String, SourcePage> byName = new LinkedHashMap<>();
    pages.forEach(p -> byName.put(p.sourceKeys().get(1), p));
    List<SourcePage> listing = new ArrayList<>(pages);
    // The home page's toctrees first: what it lists is where Sphinx's navigation puts it.
    listing.sort(Comparator.comparing((SourcePage p) -> !p.sourceKeys().get(1).equals(rootDoc)));
    Map<String, Integer> weights = new HashMap<>();
    Map<String, String> titles = new HashMap<>();
    for (SourcePage p : listing) {
      String docname = p.sourceKeys().get(1);
      String folder = docname.contains("/") ? docname.substring(0, docname.lastIndexOf('/')) : "";
      int n = 0;
      for (MystBlocks.Block b : MystBlocks.parse(List.of(p.body().split("\n", -1)), colonFence)) {
        if (!(b instanceof MystBlocks.Directive d) || !d.name().equals("toctree")) continue;
        boolean glob = d.options().containsKey("glob");
        for (Entry e : entries(d)) {
          if (e.external()) continue;
          for (String name : names(e.target(), folder, glob, byName.keySet(), docname)) {
            n += 10;
            if (weights.putIfAbsent(name, n) == null) e.title().ifPresent(t -> titles.put(name, t));
          }
        }
      }
    }
    if (weights.isEmpty()) return pages;
    int unlisted = weights.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 10;
    List<SourcePage> out = new ArrayList<>();
    for (SourcePage p : pages) {
      String name = p.sourceKeys().get(1);
      Map<String, Object> implied = new LinkedHashMap<>(p.implied());
      if (!name.equals(rootDoc)) implied.put("weight", weights.getOrDefault(name, unlisted));
      Optional<String> navTitle = Optional.ofNullable(titles.get(name)).or(p::navTitle);
      out.add(new SourcePage(p.file(), p.shown(), p.language(), p.outBase(), p.sourceKeys(), p.urls(), p.frontMatter(), p.body(), p.bodyLine(), implied,
          navTitle));
    }
    return out;
  }

  /** The pages an entry names: relative to the listing page's folder, or from the source folder when it starts with '/'. */
  private static List<String> names(String target, String folder, boolean glob, java.util.Set<String> all, String self) {
    String t = target.replaceFirst("\\.md$", "");
    Optional<String> resolved = t.startsWith("/") ? UrlPaths.resolve("", t.substring(1)) : UrlPaths.resolve(folder, t);
    if (resolved.isEmpty()) return List.of();
    if (!glob || !t.contains("*") && !t.contains("?") && !t.contains("[")) return all.contains(resolved.get()) ? List.of(resolved.get()) : List.of();
    // As Sphinx's patfilter, Java's glob: '*' within a folder, '**' across folders; in name order.
    java.nio.file.PathMatcher matcher;
    try {
      matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + resolved.get());
    } catch (java.util.regex.PatternSyntaxException e) {
      // A pattern Sphinx could not have read either (an unclosed '['): it lists nothing.
      return List.of();
    }
    return all.stream().filter(n -> !n.equals(self) && matcher.matches(java.nio.file.Path.of(n))).sorted().toList();
  }
}
