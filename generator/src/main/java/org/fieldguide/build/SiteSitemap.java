package org.fieldguide.build;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fieldguide.emit.OutputHistory;
import org.fieldguide.emit.SiteFiles;
import org.fieldguide.output.StagedOutput;

/**
 * Keeps the last build's sitemap when what it lists did not change (its key, {@code
 * PageEmitter#sitemapKey}, is the one the output history recorded for its files), instead of
 * writing it again: at 10,000 pages × 3 it is 22 MB, made and compared with the published file on
 * every rebuild, most of the site-files stage of a one-page edit (a build that did not write it
 * at all took 0.95 of the time). An edit of a page's text leaves it as it was; a new page, an
 * address, a title, a review date or site.yaml change its key.
 *
 * <p>The history records {@code sitemap <key>} for {@code sitemap.xml} and each of its parts.
 * Pages' records are hexadecimal and the search index's start with {@code search }, so no other
 * file is taken for a sitemap's.
 */
final class SiteSitemap {
  private static final String PREFIX = "sitemap ";
  private static final Pattern FILE = Pattern.compile("sitemap(-[1-9][0-9]*)?\\.xml");

  private final OutputHistory history;
  private final Optional<String> recorded;
  private final boolean kept;

  private SiteSitemap(OutputHistory history, Optional<String> recorded, boolean kept) {
    this.history = history;
    this.recorded = recorded;
    this.kept = kept;
  }

  /**
   * The sitemap of a build whose sitemap has {@code key}: the last build's files are kept (and
   * recorded again) when that build published every one of them under this key; else the sitemap
   * is to be written. Without a key (a build that keeps no history) nothing is kept or recorded.
   */
  static SiteSitemap of(StagedOutput output, Path previous, OutputHistory history, Optional<String> key) {
    Optional<String> recorded = key.map(k -> PREFIX + k);
    return new SiteSitemap(history, recorded, recorded.isPresent() && keep(output, previous, history, recorded.get()));
  }

  /** Whether the last build's sitemap files were kept: then none is to be written. */
  boolean kept() {
    return kept;
  }

  private static boolean keep(StagedOutput output, Path previous, OutputHistory history, String recorded) {
    List<String> files = new ArrayList<>();
    for (Map.Entry<String, String> e : history.previousUnder("sitemap").entrySet()) {
      if (FILE.matcher(e.getKey()).matches() && e.getValue().equals(recorded)) files.add(e.getKey());
    }
    if (!files.contains("sitemap.xml")) return false;
    List<String> kept = new ArrayList<>();
    for (String f : files) {
      if (!output.reuse(f, previous.resolve(f))) {
        kept.forEach(output::remove);
        return false;
      }
      kept.add(f);
    }
    kept.forEach(f -> history.record(f, recorded));
    return true;
  }

  /** {@code files}, recording under the key each sitemap file written through it (the sitemap is the only file opened). */
  SiteFiles.Output recording(SiteFiles.Output files) {
    if (recorded.isEmpty()) return files;
    String value = recorded.get();
    return new SiteFiles.Output() {
      @Override
      public void write(String path, String text) {
        files.write(path, text);
      }

      @Override
      public OutputStream open(String path) {
        history.record(path, value);
        return files.open(path);
      }

      @Override
      public void copy(String path, Path source) {
        files.copy(path, source);
      }
    };
  }
}
