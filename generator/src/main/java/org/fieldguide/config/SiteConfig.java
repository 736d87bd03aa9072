package org.fieldguide.config;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The typed contents of {@code site.yaml}.
 *
 * @param baseUrl absolute URL the site is published at, always ending in {@code /}
 * @param languages in switcher order; the default language is among them
 * @param repository web address of the source repository, for "edit" and "translate" links
 * @param allowRawHtml trust raw HTML in Markdown instead of sanitising it
 * @param strictHtml every removal by the sanitiser is an error, not a warning ({@code strict_html: true})
 * @param externalLinks how links to other sites are checked
 * @param alerts the Prometheus rule files whose alerts need runbooks
 * @param frontMatter the site's own front-matter fields and the keys it ignores
 */
public record SiteConfig(
    String title,
    String description,
    URI baseUrl,
    String defaultLanguage,
    List<LanguageConfig> languages,
    String theme,
    Optional<String> repository,
    boolean allowRawHtml,
    ExternalLinksConfig externalLinks,
    AlertsConfig alerts,
    FrontMatterConfig frontMatter,
    boolean strictHtml) {

  /** A site that keeps sanitiser removals as warnings. */
  public SiteConfig(
      String title, String description, URI baseUrl, String defaultLanguage, List<LanguageConfig> languages, String theme,
      Optional<String> repository, boolean allowRawHtml, ExternalLinksConfig externalLinks, AlertsConfig alerts, FrontMatterConfig frontMatter) {
    this(title, description, baseUrl, defaultLanguage, languages, theme, repository, allowRawHtml, externalLinks, alerts, frontMatter, false);
  }

  /** A site without {@code alerts:} or declared front-matter fields. */
  public SiteConfig(
      String title, String description, URI baseUrl, String defaultLanguage, List<LanguageConfig> languages, String theme,
      Optional<String> repository, boolean allowRawHtml, ExternalLinksConfig externalLinks) {
    this(title, description, baseUrl, defaultLanguage, languages, theme, repository, allowRawHtml, externalLinks, AlertsConfig.NONE,
        FrontMatterConfig.NONE);
  }

  // The lookups below are loops, not streams: hasLanguage is asked twice for every source file
  // discovery finds (23,000 at 10,000 pages x 3), where a stream set up per call was ~7 ms of the
  // CPU of a one-page rebuild (profiled) to walk a site's few languages.

  public LanguageConfig language(String code) {
    for (LanguageConfig l : languages) if (l.code().equals(code)) return l;
    throw new IllegalArgumentException("no language " + code);
  }

  /** The site title in a language: the language's own {@code title}, else the site's. */
  public String title(String language) {
    for (LanguageConfig l : languages) if (l.code().equals(language)) return l.title().orElse(title);
    return title;
  }

  public boolean hasLanguage(String code) {
    for (LanguageConfig l : languages) if (l.code().equals(code)) return true;
    return false;
  }

  public List<String> languageCodes() {
    String[] codes = new String[languages.size()];
    for (int i = 0; i < codes.length; i++) codes[i] = languages.get(i).code();
    return List.of(codes);
  }
}
