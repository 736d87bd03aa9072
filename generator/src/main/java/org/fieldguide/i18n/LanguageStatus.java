package org.fieldguide.i18n;

import java.util.List;

/**
 * How complete one language is.
 *
 * @param pages pages with text in the default language (the work to translate)
 * @param translated pages with text in this language (current, outdated or unstamped)
 * @param missing pages shown in the default language because no translation exists
 * @param outdated translations whose original changed since they were translated
 * @param unstamped translations without {@code source_hash}, whose freshness is unknown
 * @param missingStrings interface strings shown in the default language
 * @param outdatedFiles the outdated translation files, sorted
 */
public record LanguageStatus(
    String code,
    String name,
    boolean isDefault,
    int pages,
    int translated,
    int missing,
    int outdated,
    int unstamped,
    List<String> missingStrings,
    List<String> outdatedFiles) {

  /** Share of pages translated, 0–100, rounded down; 100 for the default language. */
  public int percentTranslated() {
    return pages == 0 ? 100 : (int) (100L * translated / pages);
  }
}
