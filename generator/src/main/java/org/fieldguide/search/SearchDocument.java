package org.fieldguide.search;

import java.util.List;

/**
 * One page of one language, as search sees it: what is indexed and what a result shows.
 *
 * @param language the language of the site tree the page belongs to ({@code es} for everything
 *     under {@code es/}, fallback pages included)
 * @param url where the page is published, relative to the site root, such as {@code
 *     es/runbooks/replace-disk/}
 * @param title the page title, as shown
 * @param section the title of the section the page is in, in {@code language}; empty for the
 *     home page
 * @param type the content type id ({@code runbook}, {@code hardware-guide}, {@code
 *     training-module}, {@code page}); {@link SearchLabels} names it in the reader's language
 * @param summary the one-sentence summary from the front matter, or empty
 * @param headings the text of the headings of the body, in order
 * @param text the body as plain text (without code blocks), shown as the snippet of a result
 * @param tags the tags from the front matter
 * @param codeTerms words worth finding in code blocks (commands of shell blocks, alert and metric names)
 * @param fallback true when the page is shown in the default language because it has no
 *     translation into {@code language}
 * @param contentLanguage the language of the text itself ({@code en} for a fallback page of
 *     {@code es})
 */
public record SearchDocument(
    String language,
    String url,
    String title,
    String section,
    String type,
    String summary,
    List<String> headings,
    String text,
    List<String> tags,
    List<String> codeTerms,
    boolean fallback,
    String contentLanguage) {

  public SearchDocument {
    headings = List.copyOf(headings);
    tags = List.copyOf(tags);
    codeTerms = List.copyOf(codeTerms);
  }
}
