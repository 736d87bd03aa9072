package org.fieldguide.search;

import java.util.List;

/**
 * The pages of one language in address order, made one at a time when asked for, so the text of
 * a large site is never all in memory at once. The index reads each page twice.
 */
public interface SearchDocuments {
  int size();

  /** The page at {@code index} (in address order); asked for more than once, it gives equal documents. */
  SearchDocument get(int index);

  /** Documents already in memory, in address order. */
  static SearchDocuments of(List<SearchDocument> sorted) {
    List<SearchDocument> copy = List.copyOf(sorted);
    return new SearchDocuments() {
      @Override
      public int size() {
        return copy.size();
      }

      @Override
      public SearchDocument get(int index) {
        return copy.get(index);
      }
    };
  }
}
