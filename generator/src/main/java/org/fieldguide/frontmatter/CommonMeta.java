package org.fieldguide.frontmatter;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Front matter fields every page and section has.
 *
 * @param weight order within the section (then title); 0 when not given
 * @param sourceHash for a translation: digest of the source page it was translated from, and
 *     where it is written
 * @param url the page's own URL path, from {@code permalink} or {@code url}, when written
 * @param aliases old URL paths of the page, from {@code aliases}, in the order written
 * @param extra the fields the site declared in {@code site.yaml} that this page has, in the
 *     order of their declarations
 */
public record CommonMeta(
    String title,
    String summary,
    int weight,
    List<String> tags,
    boolean draft,
    Optional<Duration> estimatedTime,
    Optional<LocalDate> lastReviewed,
    Optional<Stamp> sourceHash,
    Optional<UrlField> url,
    List<UrlField> aliases,
    Map<String, ExtraValue> extra) {

  /** Front matter without addresses or declared fields. */
  public CommonMeta(
      String title, String summary, int weight, List<String> tags, boolean draft, Optional<Duration> estimatedTime,
      Optional<LocalDate> lastReviewed, Optional<Stamp> sourceHash) {
    this(title, summary, weight, tags, draft, estimatedTime, lastReviewed, sourceHash, Optional.empty(), List.of(), Map.of());
  }

  /** The recorded digest of a translation's original, with its position. */
  public record Stamp(String hash, org.fieldguide.diagnostic.SourcePos pos) {}
}
