package org.fieldguide.alert;

/**
 * A link to a runbook from a page of the site, in that page's language.
 *
 * @param url relative to the page being rendered, with the alert's {@code #anchor} if it has one
 */
public record RunbookLink(String title, String url) {}
