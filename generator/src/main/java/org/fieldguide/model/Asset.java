package org.fieldguide.model;

import java.nio.file.Path;

/**
 * A non-Markdown file under {@code content/}, published beside its pages in every language's
 * tree ({@code /<lang>/<content path>}), so the relative link a writer wrote works from every
 * language and from a saved copy of one language.
 */
public record Asset(Path path, String contentPath, String displayPath) {

  /** Where the asset is published for pages in {@code language}. */
  public String url(String language) {
    return language + "/" + contentPath;
  }
}
