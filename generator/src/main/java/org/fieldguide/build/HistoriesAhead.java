package org.fieldguide.build;

import java.util.Optional;
import java.util.function.Supplier;
import org.fieldguide.emit.OutputHistory;
import org.fieldguide.offline.OfflineHistory;
import org.fieldguide.output.StagedOutput;
import org.fieldguide.validate.CheckedFiles;

/**
 * The cache files a build reads its last build's histories from, read ahead on the build's pool
 * while the site is assembled: each is checked against what it must describe only when a stage
 * comes to it (the link checks' findings against the assembled site's link facts, the pages'
 * fingerprints against the publication in the output folder, the offline entries against the key
 * of the offline files), and is not taken when it describes something else, as before.
 *
 * <p>Why: read where they are used, on the build's main thread, the three were 60-70 ms of a
 * one-page rebuild's critical path at 10,000 pages x 3 (checked 14, outputs 21, offline 27 ms of
 * CPU), while assembly, which comes first and runs on that thread alone, leaves the other core idle.
 *
 * @param checked the link checks' findings file as read; empty without a cache file to read
 * @param outputs the pages' fingerprints file as read (see {@link BuildSession#history})
 * @param offline the offline entries file as read
 */
record HistoriesAhead(
    Supplier<Optional<CheckedFiles.Saved>> checked, Supplier<OutputHistory.Saved> outputs, Supplier<OfflineHistory.Saved> offline,
    StagedOutput.Ahead published) {
  /**
   * Starts reading what a build in {@code session} with {@code options} will read: the findings
   * unless {@code graph} (a build that collects the link graph checks every file), and for a
   * build that writes, the pages' fingerprints (unless the session holds them already), the
   * offline entries, and the listing of the site published in the output folder (on a thread of
   * its own: it waits on the file system more than it computes).
   */
  static HistoriesAhead start(BuildSession session, BuildOptions options, boolean graph, Parallel parallel) {
    Optional<java.nio.file.Path> checkedFile = graph ? Optional.empty() : session.cacheFile(SiteBuild.CHECKED_FILES);
    Supplier<Optional<CheckedFiles.Saved>> checked = checkedFile.isEmpty() ? Optional::empty
        : parallel.start(() -> Optional.of(CheckedFiles.read(checkedFile.get())));
    boolean writes = options.mode() == BuildOptions.Mode.BUILD;
    Supplier<OutputHistory.Saved> outputs = writes ? session.readHistoryAhead(options, parallel) : () -> OutputHistory.Saved.NONE;
    Optional<java.nio.file.Path> offlineFile = writes ? session.cacheFile(SiteBuild.OFFLINE_HISTORY) : Optional.empty();
    Supplier<OfflineHistory.Saved> offline = offlineFile.isEmpty() ? () -> OfflineHistory.Saved.NONE
        : parallel.start(() -> OfflineHistory.read(offlineFile.get()));
    StagedOutput.Ahead published = writes
        ? StagedOutput.scanAhead(options.outDir(), session.cacheFile(SiteBuild.PUBLISHED_LISTING))
        : StagedOutput.Ahead.NONE;
    return new HistoriesAhead(checked, outputs, offline, published);
  }
}
