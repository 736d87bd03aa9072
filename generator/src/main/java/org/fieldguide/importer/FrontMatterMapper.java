package org.fieldguide.importer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
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
import org.fieldguide.frontmatter.EstimatedTime;

/**
 * Maps another generator's front matter onto fieldguide's: the fields with a fieldguide meaning
 * (title, summary, weight, tags, draft, permalink/url, aliases, …) are renamed and retyped; keys
 * that only steer the old generator go to {@code ignore}; everything else is kept as a declared
 * extra field. A title the page lacks is taken from its first {@code # heading} (which is then
 * removed, since layouts show the title), its navigation title or its file name.
 */
final class FrontMatterMapper {
  private static final Pattern H1 = Pattern.compile("\\A(\\s*\\n)?# +(.+?)(?:\\s+#+)?[ \\t]*(?:\\n|\\z)");
  private static final Pattern SETEXT_H1 = Pattern.compile("\\A(\\s*\\n)?([^\\n#>*+-][^\\n]*)\\n=+[ \\t]*(?:\\n|\\z)");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** The front matter to write and what became of every key. */
  record Mapped(
      Map<String, Object> builtIn,
      Map<String, Object> extra,
      Set<String> ignored,
      Set<String> dropped,
      String body,
      List<String> notes) {}

  private final SourceSite site;

  FrontMatterMapper(SourceSite site) {
    this.site = site;
  }

  Mapped map(SourcePage page) {
    return map(page, List.of());
  }

  /** @param redirectedHere URL paths of pages that only redirected to this one, kept as its aliases */
  Mapped map(SourcePage page, List<String> redirectedHere) {
    Map<String, Object> fm = frontMatter(page);
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> extra = new LinkedHashMap<>();
    Set<String> ignored = new LinkedHashSet<>();
    Set<String> dropped = new LinkedHashSet<>();
    List<String> notes = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();

    String body = page.body();
    Optional<String> heading = Optional.empty();
    Matcher h1 = H1.matcher(body);
    Matcher setext = SETEXT_H1.matcher(body);
    int headingEnd = -1;
    if (h1.lookingAt()) {
      heading = Optional.of(h1.group(2).strip());
      headingEnd = h1.end();
    } else if (setext.lookingAt()) {
      heading = Optional.of(setext.group(2).strip());
      headingEnd = setext.end();
    }
    Object writtenTitle = fm.get("title");
    used.add("title");
    String title;
    if (writtenTitle != null && !writtenTitle.toString().isBlank()) {
      title = writtenTitle.toString().strip();
      if (heading.isPresent() && HeadingSlugs.plainText(heading.get()).equalsIgnoreCase(title)) body = body.substring(headingEnd);
    } else if (heading.isPresent()) {
      title = HeadingSlugs.plainText(heading.get());
      body = body.substring(headingEnd);
    } else {
      title = page.navTitle().orElse(fromFileName(page));
    }
    out.put("title", title);
    // What followed the removed heading starts the page, without the blank lines between.
    if (headingEnd >= 0 && body.length() < page.body().length()) body = body.replaceFirst("\\A(?:[ \\t]*\\n)+", "");

    Object summary = first(fm, used, "summary", "description");
    if (summary != null) out.put("summary", text(summary));
    weight(fm, used, notes).ifPresent(w -> out.put("weight", w));
    Object tags = fm.get("tags");
    used.add("tags");
    if (tags != null) out.put("tags", site.tool() == SourceTool.JEKYLL && tags instanceof String s ? List.of(s.strip().split("\\s+")) : textList(tags));
    used.add("draft");
    used.add("published");
    if (Boolean.TRUE.equals(fm.get("draft")) || Boolean.FALSE.equals(fm.get("published"))) out.put("draft", true);
    if (site.tool() == SourceTool.HUGO && unrendered(fm)) {
      // Hugo wrote no page for it (a headless bundle holds what other pages show): published now,
      // it would put text in public that was not there. A draft keeps it for a person to decide.
      out.put("draft", true);
      notes.add("Hugo did not publish this page (headless, or build render never), so it is imported as a draft."
          + " Delete it if other pages only showed its text or files, or remove draft: true to publish it.");
    }
    address(page, fm, used, out, notes);
    aliases(page, fm, used, out, notes, redirectedHere);
    used.add("last_reviewed");
    if (fm.get("last_reviewed") instanceof String s && DATE.matcher(s.strip()).matches()) out.put("last_reviewed", s.strip());
    else if (fm.containsKey("last_reviewed")) extra.put("last_reviewed_text", fm.get("last_reviewed"));
    used.add("estimated_time");
    if (fm.get("estimated_time") instanceof String s && EstimatedTime.parse(s).isPresent()) out.put("estimated_time", s);
    else if (fm.containsKey("estimated_time")) extra.put("estimated_time_text", fm.get("estimated_time"));
    // Hugo and Jekyll name the layout "type"; fieldguide's type is the content type.
    used.add("type");
    if (fm.containsKey("type")) dropped.add("type");
    used.addAll(List.of("translationKey", "slug", "source_hash"));

    for (Map.Entry<String, Object> e : fm.entrySet()) {
      String k = e.getKey();
      if (used.contains(k)) continue;
      if (FieldDeclaration.BUILT_IN.contains(k)) dropped.add(k);
      else if (site.tool().isToolOnly(k) || !k.matches("[A-Za-z_][A-Za-z0-9_-]*")) ignored.add(k);
      else extra.put(k, e.getValue());
    }
    return new Mapped(out, extra, ignored, dropped, body, notes);
  }

  /** Whether Hugo renders no page for this front matter: {@code headless: true}, or {@code build}/{@code _build} with {@code render: never} (false before Hugo 0.76). */
  private static boolean unrendered(Map<String, Object> fm) {
    if (Boolean.TRUE.equals(fm.get("headless"))) return true;
    for (String key : List.of("build", "_build")) {
      if (fm.get(key) instanceof Map<?, ?> build) {
        Object render = build.get("render");
        if ("never".equals(render) || Boolean.FALSE.equals(render) || "false".equals(render)) return true;
      }
    }
    return false;
  }

  private static Object first(Map<String, Object> fm, Set<String> used, String... keys) {
    Object found = null;
    for (String k : keys) {
      if (found == null && fm.get(k) != null) {
        found = fm.get(k);
        used.add(k);
      }
    }
    return found;
  }

  /** weight, or the ordering keys of themes (just-the-docs's nav_order, Prometheus's sort_rank). */
  private Optional<Integer> weight(Map<String, Object> fm, Set<String> used, List<String> notes) {
    for (String k : List.of("weight", "nav_order", "sort_rank")) {
      Object v = fm.get(k);
      if (v == null) continue;
      Optional<Integer> w = whole(v);
      if (w.isPresent()) {
        used.add(k);
        return w;
      }
      if (k.equals("weight")) {
        used.add(k);
        notes.add("weight '" + v + "' is not a whole number and was left out; give the page a whole-number weight to order it.");
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> whole(Object v) {
    try {
      if (v instanceof Integer i) return Optional.of(i);
      if (v instanceof Long || v instanceof BigInteger) return Optional.of(Math.toIntExact(((Number) v).longValue()));
      if (v instanceof Number n) {
        BigDecimal d = new BigDecimal(n.toString());
        return d.stripTrailingZeros().scale() <= 0 ? Optional.of(d.intValueExact()) : Optional.empty();
      }
      if (v instanceof String s && s.strip().matches("-?\\d{1,9}")) return Optional.of(Integer.parseInt(s.strip()));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The page's front matter with what its generator implied for it (Jekyll's defaults), the written values first. */
  static Map<String, Object> frontMatter(SourcePage page) {
    Map<String, Object> fm = new LinkedHashMap<>(page.implied());
    page.frontMatter().forEach((k, v) -> {
      if (v != null) fm.put(k, v);
    });
    return fm;
  }

  /** permalink (Jekyll) and url (Hugo) keep the address the old generator gave the page. */
  private void address(SourcePage page, Map<String, Object> fm, Set<String> used, Map<String, Object> out, List<String> notes) {
    used.add("permalink");
    used.add("url");
    Object permalink = fm.get("permalink");
    Optional<String> kept = keptAddress(page, fm);
    if (kept.isPresent()) {
      out.put(permalink != null ? "permalink" : "url", kept.get());
    } else if (permalink != null) {
      notes.add("permalink '" + permalink + "' could not be worked out and was left out; add the page's address as permalink if old links must keep working.");
    }
  }

  /**
   * The address the page keeps from the old site ({@link #address}): its permalink as the source
   * worked it out (placeholders such as :title filled in), or Hugo's url; empty when fieldguide
   * publishes the page at the address of its file.
   */
  static Optional<String> keptAddress(SourcePage page, Map<String, Object> fm) {
    if (fm.get("permalink") != null) return page.urls().isEmpty() ? Optional.empty() : Optional.of(page.urls().get(0));
    if (fm.get("url") instanceof String u && !u.isBlank()) return Optional.of(u.strip().startsWith("/") ? u.strip() : "/" + u.strip());
    return Optional.empty();
  }

  /** aliases (Hugo) and redirect_from (Jekyll's redirect plugin): old addresses, from the root. */
  private void aliases(
      SourcePage page, Map<String, Object> fm, Set<String> used, Map<String, Object> out, List<String> notes, List<String> redirectedHere) {
    used.add("aliases");
    used.add("redirect_from");
    // Addresses as a browser asks for them: a space in a file's name is %20 there.
    Set<String> paths = new LinkedHashSet<>();
    redirectedHere.forEach(u -> paths.add(org.fieldguide.link.UrlPaths.encode(u)));
    for (String key : List.of("aliases", "redirect_from")) {
      if (!fm.containsKey(key)) continue;
      for (String a : textList(fm.get(key))) {
        String p = a.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "");
        if (p.isEmpty()) continue;
        if (!p.startsWith("/")) p = page.urlFolder() + p;
        if (p.contains("?") || p.contains("#") || p.chars().anyMatch(Character::isWhitespace)) {
          notes.add("alias '" + a + "' is not a plain path and was left out.");
          continue;
        }
        paths.add(p.replaceAll("/{2,}", "/"));
      }
    }
    if (!paths.isEmpty()) out.put("aliases", List.copyOf(paths));
  }

  static String text(Object v) {
    return v instanceof String s ? s.strip() : String.valueOf(v);
  }

  static List<String> textList(Object v) {
    if (v instanceof List<?> l) return l.stream().filter(x -> x != null).map(FrontMatterMapper::text).toList();
    return v == null ? List.of() : List.of(text(v));
  }

  private static String fromFileName(SourcePage page) {
    String name = page.file().getFileName().toString().replaceFirst("\\.[^.]+$", "");
    if (name.equals("index") || name.equals("_index") || name.equalsIgnoreCase("readme")) {
      java.nio.file.Path parent = page.file().getParent();
      name = parent == null ? "Home" : parent.getFileName().toString();
    }
    name = name.replaceFirst("^\\d{4}-\\d{2}-\\d{2}-", "").replaceAll("[-_]+", " ").strip();
    return name.isEmpty() ? "Home" : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

}
