package org.fieldguide.frontmatter;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Front matter fields every page and section has.
 *
 * @param weight order within the section (then title); 0 when not given
 * @param sourceHash for a translation: digest of the source page it was translated from, and
 *     where it is written
 */
public record CommonMeta(
    String title,
    String summary,
    int weight,
    List<String> tags,
    boolean draft,
    Optional<Duration> estimatedTime,
    Optional<LocalDate> lastReviewed,
    Optional<Stamp> sourceHash) {

  /** The recorded digest of a translation's original, with its position. */
  public record Stamp(String hash, org.fieldguide.diagnostic.SourcePos pos) {}
}
