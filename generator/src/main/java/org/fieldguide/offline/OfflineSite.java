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
   * @param leftOut folders of the published site (paths ending in {@code /}) that this
   *     language's offline files leave out: files no page of it loads, such as the library that
   *     draws diagrams where none of its pages has one (megabytes a reader would fetch for nothing)
   */
  public record Language(String code, String title, String description, boolean rtl, List<String> leftOut) {
    public Language {
      leftOut = List.copyOf(leftOut);
    }

    public Language(String code, String title, String description, boolean rtl) {
      this(code, title, description, rtl, List.of());
    }
  }
}
