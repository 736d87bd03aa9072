package org.fieldguide.alert;

import java.util.Optional;
import org.fieldguide.frontmatter.ContentType;

/**
 * What a {@code runbook_url} leads to on this site. Implemented with the build's link resolver,
 * which knows every published page and its heading ids; the alert checks only ask.
 */
public interface RunbookUrls {

  /** Resolves an absolute URL, with or without a {@code #fragment}. */
  Target resolve(String url);

  /** The answer of {@link #resolve}. */
  sealed interface Target {}

  /**
   * A published page of this site.
   *
   * @param file the Markdown file shown at that URL, relative to the site folder
   * @param fragment the URL's {@code #fragment}, decoded, without {@code #}
   * @param fragmentFound true when there is no fragment, or the page has an element with that id
   */
  record Page(String pageKey, String file, String language, ContentType type, Optional<String> fragment, boolean fragmentFound)
      implements Target {}

  /**
   * An address under the site's {@code base_url} where nothing is published.
   *
   * @param suggestion the published address the URL most likely meant, if one is close
   */
  record Missing(Optional<String> suggestion) implements Target {}

  /** An address outside the site's {@code base_url}, or not an absolute http(s) URL. */
  record Elsewhere(String baseUrl) implements Target {}
}
