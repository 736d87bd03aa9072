package org.fieldguide.build;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.fieldguide.config.Direction;
import org.fieldguide.config.LanguageConfig;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.emit.SiteFiles;
import org.fieldguide.theme.Theme;
import org.fieldguide.model.SiteTree;
import org.fieldguide.offline.OfflineHistory;
import org.fieldguide.offline.OfflineSite;
import org.fieldguide.offline.OfflineWriter;
import org.fieldguide.offline.PublishedFiles;
import org.fieldguide.output.StagedOutput;

/**
 * Hands the {@code offline} package what it needs, after every other stage has written into the
 * staging folder: the manifests first (a reader saves them too), then the list of published
 * files, each language's bundle (in parallel; each file is read at most once there, and not at
 * all when it is the file the last build published), the site version from them, and each
 * language's zip, list and the service worker. The only class that knows both the configuration
 * and the offline files.
 */
final class SiteOffline {
  /**
   * Deflate level of the bundles: level 1 makes them about 10 % larger than the default (6) and
   * costs a third of its time; HTML still shrinks about fivefold.
   */
  static final int COMPRESSION = 1;

  private final OfflineWriter writer = new OfflineWriter(COMPRESSION);

  /**
   * What the offline stage wrote: lines for {@code --verbose}, and what the next build may take
   * over once this one is published. The history is made when asked, that is when a cache keeps
   * it: it is a record and an identity string per published file (236,000 at 50,000 pages x 3),
   * which a build without a cache made and threw away.
   */
  record Written(List<String> lines, java.util.function.Supplier<OfflineHistory> history) {}

  /** @param previous what the last build published into the output folder, as it is now */
  Written write(
      SiteTree tree, Set<String> staticFiles, StagedOutput staged, BiConsumer<String, byte[]> out, Function<String, OutputStream> open,
      OfflineHistory previous, Parallel parallel) {
    SiteConfig config = tree.config();
    Set<String> drawing = tree.drawingLanguages();
    List<OfflineSite.Language> languages = new ArrayList<>();
    for (LanguageConfig l : config.languages()) {
      List<String> leftOut = drawing.contains(l.code()) ? List.of() : List.of(SiteFiles.STATIC + Theme.DIAGRAM_LIBRARY);
      languages.add(new OfflineSite.Language(l.code(), config.title(l.code()), config.description() == null ? "" : config.description(),
          l.direction() == Direction.RTL, leftOut));
    }
    OfflineSite site = new OfflineSite(languages);
    writer.manifests(site, staticFiles, out);
    PublishedFiles files = PublishedFiles.of(each -> staged.eachFile(parallel, each), staged::locate, previous);
    OfflineWriter.Sources sources = writer.sources(files, previous);
    // Zips go straight into the staging folder as they are made.
    List<OfflineWriter.Bundle> bundles = parallel.mapOnOwnThreads(site.languages(), l -> writer.bundle(l, sources, open, staged::reuse, parallel));
    String version = writer.version(sources);
    List<OfflineWriter.LanguageFiles> written = parallel.mapOnOwnThreads(bundles, b -> writer.write(b, version, out));
    writer.serviceWorker(version, out);
    List<String> lines = new ArrayList<>();
    lines.add("site version " + version);
    written.forEach(w -> lines.add(w.describe()));
    return new Written(lines, () -> writer.history(sources, bundles));
  }
}
