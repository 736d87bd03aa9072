package org.fieldguide.config;

import java.util.List;

/**
 * {@code external_links:} in site.yaml: how {@code check --external} treats links to other sites.
 *
 * @param ignore regular expressions; a URL containing a match is not checked
 * @param checkFragments also check that {@code #fragment}s exist on HTML pages
 */
public record ExternalLinksConfig(List<String> ignore, boolean checkFragments) {
  public static final ExternalLinksConfig DEFAULT = new ExternalLinksConfig(List.of(), false);
}
