package org.fieldguide.search;

import java.util.Map;
import java.util.TreeMap;

/**
 * Names a result needs in the reader's language, written into the index so the browser shows
 * them without interface strings of its own.
 *
 * @param types content type id → its name ({@code runbook} → {@code Procedimiento}); the name is
 *     also indexed, so searching for "procedimiento" finds runbooks
 * @param languages language code → its name, for "shown in English" on fallback results
 */
public record SearchLabels(Map<String, String> types, Map<String, String> languages) {
  public SearchLabels {
    types = Map.copyOf(types);
    languages = Map.copyOf(languages);
  }

  Map<String, String> sortedTypes() {
    return new TreeMap<>(types);
  }

  Map<String, String> sortedLanguages() {
    return new TreeMap<>(languages);
  }
}
