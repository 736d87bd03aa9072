package org.fieldguide.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values Hugo's {@code param} shortcode shows on a page ({@code {{< param "PRODUCT_NAME" >}}},
 * as Grafana's docs write product names): the page's own front matter (under {@code params} or
 * at its top), then the {@code cascade} of its section pages from the nearest up (a section's
 * own included), then the configuration's {@code [params]} for the page's language. Keys are
 * matched without letter case, as Hugo lower-cases them; a dotted key ({@code my.nested.param})
 * goes into maps. Only text, numbers and true/false are shown; anything else is not found.
 */
final class HugoParams {
  /** By language, then section folder ({@code docs/tasks}, {@code ""} for the home page): its cascade. */
  private final Map<String, Map<String, Map<String, Object>>> cascades = new HashMap<>();
  private final Map<String, Map<String, Object>> site;

  HugoParams(SourceSite source) {
    this.site = source.params();
    for (SourcePage p : source.pages()) {
      if (!isSection(p)) continue;
      Map<String, Object> cascade = cascade(p.frontMatter().get("cascade"));
      if (!cascade.isEmpty()) cascades.computeIfAbsent(p.language(), l -> new HashMap<>()).put(folder(p), cascade);
    }
  }

  /** The value of {@code key} as {@code page} shows it; empty when no level sets it to a value that can be shown. */
  Optional<String> value(SourcePage page, String key) {
    Optional<String> own = find(page.frontMatter().get("params"), key).or(() -> find(page.frontMatter(), key));
    if (own.isPresent()) return own;
    Map<String, Map<String, Object>> byFolder = cascades.getOrDefault(page.language(), Map.of());
    for (String f = folder(page); ; f = f.contains("/") ? f.substring(0, f.lastIndexOf('/')) : "") {
      Map<String, Object> cascade = byFolder.get(f);
      if (cascade != null) {
        Optional<String> v = find(cascade.get("params"), key).or(() -> find(cascade, key));
        if (v.isPresent()) return v;
      }
      if (f.isEmpty()) break;
    }
    return find(site.getOrDefault(page.language(), Map.of()), key);
  }

  private static boolean isSection(SourcePage p) {
    return p.outBase().equals("_index") || p.outBase().endsWith("/_index");
  }

  /** Where the sections to ask start: a section's own folder (its cascade is its own too), a page's parent. */
  private static String folder(SourcePage p) {
    String base = p.outBase();
    if (isSection(p)) return base.equals("_index") ? "" : base.substring(0, base.length() - "/_index".length());
    return base.contains("/") ? base.substring(0, base.lastIndexOf('/')) : "";
  }

  /**
   * A cascade as a map: written as one, or (Hugo's list form) the entries that target no pages
   * in particular, merged; an entry with a {@code target} or {@code _target} is for pages this
   * import cannot pick out, and is left out.
   */
  private static Map<String, Object> cascade(Object value) {
    if (value instanceof Map<?, ?> m) return cast(m);
    Map<String, Object> merged = new HashMap<>();
    if (value instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m && !m.containsKey("target") && !m.containsKey("_target")) cast(m).forEach(merged::putIfAbsent);
      }
    }
    return merged;
  }

  private static Optional<String> find(Object in, String key) {
    Object at = in;
    for (String part : key.split("\\.")) {
      if (!(at instanceof Map<?, ?> m)) return Optional.empty();
      Object next = null;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getKey().toString().equalsIgnoreCase(part)) next = e.getValue();
      }
      at = next;
    }
    if (at instanceof String || at instanceof Number || at instanceof Boolean) return Optional.of(at.toString());
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> m) {
    return (Map<String, Object>) m;
  }
}
