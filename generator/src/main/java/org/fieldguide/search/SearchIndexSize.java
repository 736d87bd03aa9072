package org.fieldguide.search;

/**
 * What the index of one language weighs.
 *
 * @param bytes all its files together; a query loads only some of them
 * @param metaBytes the file loaded on the first search, before any term or page file
 * @param largestFileBytes the largest single file, which bounds what one term or result costs
 * @param reused the files are the last build's, taken over because nothing they are made of changed
 * @param cachedPages pages whose body terms were counted from the {@link TermCache}, not from their text
 * @param keptFiles files of the last build taken over (not written again)
 * @param patchedPages when the last build's index was patched ({@link IndexPatch}), the pages
 *     that changed; 0 when the index was made from every page
 * @param knownByPages taken over ({@code reused}) as the version its pages were last seen to
 *     give, known without reading their outlines
 */
public record SearchIndexSize(String language, int documents, int files, long bytes, long metaBytes, long largestFileBytes, boolean reused,
    int cachedPages, int keptFiles, int patchedPages, boolean knownByPages) {

  /** An index taken over whole, or made with no file kept from the last build. */
  public SearchIndexSize(String language, int documents, int files, long bytes, long metaBytes, long largestFileBytes, boolean reused,
      int cachedPages) {
    this(language, documents, files, bytes, metaBytes, largestFileBytes, reused, cachedPages, 0, 0, false);
  }

  /** The same, taken over as the version its pages were last seen to give ({@link #knownByPages}). */
  public SearchIndexSize knownByItsPages() {
    return new SearchIndexSize(language, documents, files, bytes, metaBytes, largestFileBytes, reused, cachedPages, keptFiles, patchedPages, true);
  }

  /** One line for {@code --verbose}, such as {@code es: 120 pages, 14 files, 210 KB}. */
  public String describe() {
    return language + ": " + documents + " pages, " + files + " files, " + kilobytes(bytes) + " (first search loads "
        + kilobytes(metaBytes) + ", largest file " + kilobytes(largestFileBytes) + ")" + (reused ? ", unchanged since the last build" + (knownByPages ? " (known by its pages' key)" : "") : "")
        + (patchedPages > 0 ? ", the last build's patched for " + patchedPages + " changed pages"
            : cachedPages > 0 ? ", terms of " + cachedPages + " pages from the cache" : "")
        + (keptFiles > 0 ? ", " + keptFiles + " files kept from the last build" : "");
  }

  private static String kilobytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
  }
}
