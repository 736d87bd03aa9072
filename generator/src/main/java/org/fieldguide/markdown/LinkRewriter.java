package org.fieldguide.markdown;

import org.fieldguide.model.LinkRef;

/**
 * Decides the URL written to HTML for a link in one page: {@code .md} paths become page URLs,
 * asset paths become asset URLs. Implementations report broken links themselves; the renderer
 * only asks. Called once per link occurrence, from the thread rendering the page.
 */
@FunctionalInterface
public interface LinkRewriter {
  /** The URL to emit for {@code link}; the original URL when nothing needs changing. */
  String rewrite(LinkRef link);

  LinkRewriter UNCHANGED = LinkRef::url;
}
