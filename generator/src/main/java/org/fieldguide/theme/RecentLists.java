package org.fieldguide.theme;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;

/**
 * Lists made once and kept by key, the ones used last, up to a number of elements in all: a memo
 * whose work moves on, as page navigation does through the site (see {@link
 * PageViewFactory#NAV_MEMO_ITEMS}). Thread-safe.
 */
final class RecentLists<K, E> {
  private final int limit;
  private final LinkedHashMap<K, List<E>> lists = new LinkedHashMap<>(64, 0.75f, true); // least recently used first
  private int elements;

  /** @param limit elements kept in all; a single list longer than that is still kept, alone */
  RecentLists(int limit) {
    this.limit = limit;
  }

  /**
   * The list for {@code key}, made by {@code make} when not kept. Made outside the lock: two
   * threads may both make a list, which must be the same either way.
   */
  List<E> get(K key, Supplier<List<E>> make) {
    synchronized (this) {
      List<E> kept = lists.get(key);
      if (kept != null) return kept;
    }
    List<E> made = make.get();
    synchronized (this) {
      List<E> before = lists.put(key, made);
      elements += made.size() - (before == null ? 0 : before.size());
      // The least recently used go first; the list just made stays.
      Iterator<List<E>> oldest = lists.values().iterator();
      while (elements > limit && lists.size() > 1) {
        elements -= oldest.next().size();
        oldest.remove();
      }
    }
    return made;
  }

  synchronized int elements() {
    return elements;
  }
}
