package org.fieldguide.importer;

import java.util.Map;

/**
 * What an import wrote.
 *
 * @param pagesByLanguage written pages per language, in the site's language order
 * @param assets files copied because a page links to them
 * @param declaredFields extra front-matter fields declared in site.yaml
 * @param ignoredKeys keys listed under {@code front_matter: ignore}
 */
public record ImportResult(Map<String, Integer> pagesByLanguage, int assets, int declaredFields, int ignoredKeys) {
  public int pages() {
    return pagesByLanguage.values().stream().mapToInt(Integer::intValue).sum();
  }
}
