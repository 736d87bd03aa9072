package org.fieldguide.model;

import java.util.Optional;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.index.PageFacts;

/**
 * One output page: a key in one language.
 *
 * @param key language-neutral identity ({@code runbooks/deploy}, {@code runbooks}, {@code ""})
 * @param language the language of the site the page belongs to ({@code /es/…})
 * @param content the facts of what is shown: the translation, or the default-language page for a
 *     fallback; empty for a section with no {@code _index.md}
 * @param translation how the text shown relates to the default-language original
 * @param title the title shown (from the content, or made from the folder name)
 * @param url path from the site root, always ending in {@code /}, such as {@code es/runbooks/deploy/}
 * @param parentKey key of the section the page is in; empty for the home page
 */
public record Page(
    String key,
    PageKind kind,
    String language,
    Optional<PageFacts> content,
    TranslationState translation,
    String title,
    ContentType type,
    int weight,
    String url,
    Optional<String> parentKey) {

  /** True when the page shows the default-language text because no translation exists. */
  public boolean fallback() {
    return translation == TranslationState.FALLBACK;
  }

  /** The language of the text actually shown, which differs from {@code language} for fallbacks. */
  public String contentLanguage(String defaultLanguage) {
    return fallback() ? defaultLanguage : language;
  }

  public PageId id() {
    return new PageId(key, language);
  }

  public boolean isSection() {
    return kind != PageKind.PAGE;
  }

  /** The source file shown, as named in messages; empty for a section without {@code _index.md}. */
  public Optional<String> sourceFile() {
    return content.map(c -> c.source().displayPath());
  }
}
