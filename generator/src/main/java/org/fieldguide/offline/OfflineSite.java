package org.fieldguide.offline;

import java.util.List;

/**
 * What the offline files need to know of the site.
 *
 * @param languages in the site's order; each one gets a manifest, a list and a bundle
 */
public record OfflineSite(List<Language> languages) {
  public OfflineSite {
    languages = List.copyOf(languages);
  }

  /**
   * One language.
   *
   * @param code the URL prefix, such as {@code es}
   * @param title the site's title in that language (the installed app's name)
   * @param description the site's description, may be empty
   * @param rtl whether the language is written right to left
   * @param diagrams whether a page in this language (its own or one shown in the default
   *     language) has a diagram: only then do its offline files hold the library that draws them
   *     ({@link OfflineWriter#DIAGRAM_LIBRARY}), several megabytes a reader would otherwise fetch
   *     for nothing
   */
  public record Language(String code, String title, String description, boolean rtl, boolean diagrams) {
    public Language(String code, String title, String description, boolean rtl) {
      this(code, title, description, rtl, false);
    }
  }
}
