/**
 * Prometheus alerts checked against runbooks: reads the rule files named in site.yaml, checks that
 * every alert has exactly one runbook that lists it under {@code alerts:} and that its {@code
 * runbook_url} leads there, rewrites those URLs in the rule files, and makes the views templates
 * show.
 *
 * <p>The package knows nothing of how pages are rendered or published: what it needs of the site
 * comes through two narrow interfaces, {@link org.fieldguide.alert.RunbookUrls} (what a URL leads
 * to) and {@link org.fieldguide.alert.PublishedUrls} (where a page is published).
 */
package org.fieldguide.alert;
