package org.fieldguide.digest;

import java.util.Comparator;

/**
 * An order of texts that is the same in every run and cheap to sort by: by {@link
 * String#hashCode} (specified, so the same in every JVM), then by the texts themselves where
 * hashes collide. For files only fieldguide reads back into maps (the cache folder's histories),
 * which need a stable order so the same build writes the same bytes, not an alphabetical one:
 * sorting their 65,000 paths alphabetically, which share long prefixes ({@code en/runbooks/…}),
 * was half of the time those files took to write after a one-page rebuild at 10,000 pages × 3.
 */
public final class HashOrder {
  private HashOrder() {}

  public static final Comparator<String> TEXTS = (a, b) -> {
    int c = Integer.compare(a.hashCode(), b.hashCode());
    return c != 0 ? c : a.compareTo(b);
  };
}
