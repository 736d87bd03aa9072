package org.fieldguide.build;

import java.time.Duration;
import java.util.Optional;
import org.fieldguide.link.external.Progress;

/**
 * Whether and how a build checks links to other sites. Off by default: a pull request must not
 * fail because another site is down.
 *
 * @param offline use only cached results; request nothing
 * @param failOnBroken make broken external links errors (for a scheduled job), not warnings
 * @param deadline time for the whole check ({@code --deadline}); empty for the default
 */
public record ExternalLinkOptions(boolean enabled, boolean offline, boolean failOnBroken, Progress progress, Optional<Duration> deadline) {
  public static final ExternalLinkOptions OFF = new ExternalLinkOptions(false, false, false, Progress.none());

  /** Options with the default deadline. */
  public ExternalLinkOptions(boolean enabled, boolean offline, boolean failOnBroken, Progress progress) {
    this(enabled, offline, failOnBroken, progress, Optional.empty());
  }
}
