package org.fieldguide.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a generator's repository holds, read by its {@code *Source} class: settings, pages and
 * linkable files, in a fixed order.
 *
 * @param baseUrl the address the site was published at, when its configuration says
 * @param basePath the path part of that address ({@code /website/}), which root-relative links
 *     may start with; {@code /} when none
 * @param languages language codes in the generator's order, each with its name or ""
 * @param linksFromSourceFolder true where the generator resolves a relative link from the page's
 *     source file (MkDocs), false where from its published URL (Jekyll, Hugo, Zola, Docusaurus)
 * @param languageTitles the site's title in a language, where the configuration gives one (Zola's
 *     {@code [languages.fr] title})
 * @param directions writing directions ({@code rtl}, {@code ltr}) the configuration sets, by
 *     language code; a language without one gets fieldguide's default for it
 */
record SourceSite(
    SourceTool tool,
    String title,
    Optional<String> baseUrl,
    String basePath,
    String description,
    Optional<String> repository,
    String defaultLanguage,
    Map<String, String> languages,
    List<SourcePage> pages,
    List<SourceAsset> assets,
    boolean linksFromSourceFolder,
    Map<String, String> languageTitles,
    Map<String, String> directions) {

  /** A site whose configuration gives no title per language and sets no writing directions. */
  SourceSite(
      SourceTool tool, String title, Optional<String> baseUrl, String basePath, String description, Optional<String> repository,
      String defaultLanguage, Map<String, String> languages, List<SourcePage> pages, List<SourceAsset> assets,
      boolean linksFromSourceFolder) {
    this(tool, title, baseUrl, basePath, description, repository, defaultLanguage, languages, pages, assets, linksFromSourceFolder, Map.of(), Map.of());
  }
}
