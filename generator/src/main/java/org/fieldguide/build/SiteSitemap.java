package org.fieldguide.build;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  private SiteSitemap() {}

  /**
   * Keeps every sitemap file the last build published under {@code key} and records them again;
   * false, with nothing kept, when it wrote none under this key (or one is gone), and the sitemap is
   * written.
   */
  static boolean keep(StagedOutput output, Path previous, OutputHistory history, String key) {
    String recorded = PREFIX + key;
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

  /** {@code files}, recording each sitemap file written through it under {@code key}. */
  static SiteFiles.Output recording(SiteFiles.Output files, OutputHistory history, String key) {
    return new SiteFiles.Output() {
      @Override
      public void write(String path, String text) {
        files.write(path, text);
      }

      @Override
      public OutputStream open(String path) {
        history.record(path, PREFIX + key);
        return files.open(path);
      }

      @Override
      public void copy(String path, Path source) {
        files.copy(path, source);
      }
    };
  }
}
