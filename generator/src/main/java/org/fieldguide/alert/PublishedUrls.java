package org.fieldguide.alert;

/**
 * Where a page is published: the absolute URL a {@code runbook_url} should hold. Implemented by
 * the build from its page URLs; {@link ContentPathUrls} derives it from the content path until
 * then, and for the {@code alerts} command, which does not build the site.
 */
public interface PublishedUrls {

  /** The absolute URL of {@code pageKey} in {@code language}, ending in {@code /}. */
  String pageUrl(String pageKey, String language);
}
