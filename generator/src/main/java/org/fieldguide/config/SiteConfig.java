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

  public LanguageConfig language(String code) {
    return languages.stream()
        .filter(l -> l.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no language " + code));
  }

  /** The site title in a language: the language's own {@code title}, else the site's. */
  public String title(String language) {
    return languages.stream().filter(l -> l.code().equals(language)).findFirst().flatMap(LanguageConfig::title).orElse(title);
  }

  public boolean hasLanguage(String code) {
    return languages.stream().anyMatch(l -> l.code().equals(code));
  }

  public List<String> languageCodes() {
    return languages.stream().map(LanguageConfig::code).toList();
  }
}
