package org.fieldguide.model;

/** A page key in one language: the identity of one output page. */
public record PageId(String key, String language) implements Comparable<PageId> {
  @Override
  public int compareTo(PageId o) {
    int c = language.compareTo(o.language);
    return c != 0 ? c : key.compareTo(o.key);
  }
}
