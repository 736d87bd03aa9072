package org.fieldguide.serve;

import java.nio.file.Path;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.BuildSession;
import org.fieldguide.build.ExternalLinkOptions;
import org.fieldguide.build.InputsElsewhere;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.model.SiteAssembler.Drafts;

/**
 * The {@link Rebuilder} of {@code serve}: the build engine's session, which redoes only what a
 * change touches when it can ({@link SiteBuild#update}: page text and front matter, static files,
 * templates and interface strings) and builds everything otherwise. The only class of this
 * package that knows the build.
 *
 * <p>One {@link SiteBuild} is kept for the whole session, so its engines (the Markdown parser) are
 * built once. The build writes to a staging folder and swaps it in only when it has no errors,
 * which gives the "last good site" of the {@link Rebuilder} contract.
 */
public final class FullRebuilder implements Rebuilder, AutoCloseable {
  // The session outlives each build: it keeps the index of the last one, so a rebuild reads only
  // the files that changed and writes only the pages whose inputs changed.
  private final BuildSession session = new BuildSession(Runtime.getRuntime().availableProcessors());
  private final SiteBuild build = new SiteBuild(session);
  private final BuildOptions options;

  public FullRebuilder(Path siteDir, Path outDir, Drafts drafts) {
    // Serving keeps its index in memory and writes nothing into the site folder.
    this.options = new BuildOptions(siteDir, outDir, drafts, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, BuildOptions.Cache.IGNORE);
  }

  @Override
  public RebuildOutcome buildAll() {
    return outcome(build.run(options));
  }

  private static RebuildOutcome outcome(BuildResult r) {
    int pages = r.pagesByLanguage().values().stream().mapToInt(Integer::intValue).sum();
    return new RebuildOutcome(
        r.diagnostics(), r.written() ? pages : 0, r.rewritten(), r.written(), r.elapsed(),
        r.timings().stream().map(t -> new RebuildOutcome.StageTime(t.stage(), t.elapsed())).toList());
  }

  @Override
  public Elsewhere elsewhere() {
    InputsElsewhere inputs = session.inputsElsewhere();
    return new Elsewhere(inputs.folders(), inputs.trees(), inputs.repositoryFiles(), inputs::covers);
  }

  @Override
  public void close() {
    session.close();
  }

  /**
   * Redoes only what the changed files touch when the session can (the text or front matter of
   * existing pages, static files), else builds everything; unchanged files and pages stay cheap.
   */
  @Override
  public RebuildOutcome rebuild(ChangeSet changes) {
    java.util.Set<Path> changed = new java.util.LinkedHashSet<>();
    for (Change c : changes.changes()) changed.add(options.siteDir().resolve(c.path()));
    return outcome(build.update(options, changed));
  }
}
