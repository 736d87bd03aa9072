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
 * @param languages language codes in the generator's order, each with what the configuration says
 *     of it
 * @param linksFromSourceFolder true where the generator resolves a relative link from the page's
 *     source file (MkDocs, Sphinx), false where from its published URL (Jekyll, Hugo, Zola, Docusaurus)
 * @param redirects the redirects the configuration made for pages that moved
 * @param params by language code, the values the configuration gives pages to show (Hugo's
 *     {@code [params]}, a language's own over the site's); empty for other generators
 */
record SourceSite(
    SourceTool tool,
    String title,
    Optional<String> baseUrl,
    String basePath,
    String description,
    Optional<String> repository,
    String defaultLanguage,
    Map<String, SourceLanguage> languages,
    List<SourcePage> pages,
    List<SourceAsset> assets,
    boolean linksFromSourceFolder,
    List<SiteRedirect> redirects,
    Map<String, Map<String, Object>> params) {

  /** A site whose configuration makes no redirects. */
  SourceSite(
      SourceTool tool, String title, Optional<String> baseUrl, String basePath, String description, Optional<String> repository,
      String defaultLanguage, Map<String, SourceLanguage> languages, List<SourcePage> pages, List<SourceAsset> assets,
      boolean linksFromSourceFolder) {
    this(tool, title, baseUrl, basePath, description, repository, defaultLanguage, languages, pages, assets, linksFromSourceFolder, List.of(), Map.of());
  }
}
