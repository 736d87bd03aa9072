package org.fieldguide.build;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.fieldguide.config.Direction;
import org.fieldguide.config.LanguageConfig;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.offline.OfflineSite;
import org.fieldguide.offline.OfflineWriter;
import org.fieldguide.offline.PublishedFiles;

/**
 * Hands the {@code offline} package what it needs, after every other stage has written into the
 * staging folder: the manifests first (a reader saves them too), then the list of published
 * files, each language's bundle (in parallel; each file is read once there), the site version
 * from them, and each language's zip, list and the service worker. The only class that knows both the configuration and the offline files.
 */
final class SiteOffline {
  /**
   * Deflate level of the bundles: level 1 makes them about 10 % larger than the default (6) and
   * costs a third of its time; HTML still shrinks about fivefold.
   */
  private static final int COMPRESSION = 1;

  private final OfflineWriter writer = new OfflineWriter(COMPRESSION);

  List<String> write(
      SiteConfig config, Set<String> staticFiles, Path staging, BiConsumer<String, byte[]> out, Function<String, OutputStream> open,
      Parallel parallel) {
    List<OfflineSite.Language> languages = new ArrayList<>();
    for (LanguageConfig l : config.languages()) {
      languages.add(new OfflineSite.Language(l.code(), config.title(l.code()), config.description() == null ? "" : config.description(), l.direction() == Direction.RTL));
    }
    OfflineSite site = new OfflineSite(languages);
    writer.manifests(site, staticFiles, out);
    PublishedFiles files = PublishedFiles.scan(staging);
    // Zips go straight into the staging folder as they are made.
    List<OfflineWriter.Bundle> bundles = parallel.map(site.languages(), l -> writer.bundle(l, files, open));
    String version = writer.version(files, bundles);
    List<OfflineWriter.LanguageFiles> written = bundles.stream().map(b -> writer.write(b, version, out)).toList();
    writer.serviceWorker(version, out);
    List<String> lines = new ArrayList<>();
    lines.add("site version " + version);
    written.forEach(w -> lines.add(w.describe()));
    return lines;
  }
}
