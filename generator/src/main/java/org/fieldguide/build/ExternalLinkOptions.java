package org.fieldguide.build;

import org.fieldguide.link.external.Progress;

/**
 * Whether and how a build checks links to other sites. Off by default: a pull request must not
 * fail because another site is down.
 *
 * @param offline use only cached results; request nothing
 * @param failOnBroken make broken external links errors (for a scheduled job), not warnings
 */
public record ExternalLinkOptions(boolean enabled, boolean offline, boolean failOnBroken, Progress progress) {
  public static final ExternalLinkOptions OFF = new ExternalLinkOptions(false, false, false, Progress.none());
}
