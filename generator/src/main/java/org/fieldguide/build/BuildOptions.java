package org.fieldguide.build;

import java.nio.file.Path;
import org.fieldguide.model.SiteAssembler.Drafts;

/**
 * What to build and how.
 *
 * @param outDir where the site is written; ignored in {@link Mode#CHECK}
 */
public record BuildOptions(Path siteDir, Path outDir, Drafts drafts, Mode mode, ExternalLinkOptions external, Cache cache) {

  /** Options without external link checks, using the site's index cache. */
  public BuildOptions(Path siteDir, Path outDir, Drafts drafts, Mode mode) {
    this(siteDir, outDir, drafts, mode, ExternalLinkOptions.OFF, Cache.USE);
  }

  public BuildOptions(Path siteDir, Path outDir, Drafts drafts, Mode mode, ExternalLinkOptions external) {
    this(siteDir, outDir, drafts, mode, external, Cache.USE);
  }

  /** Whether the index kept in the site's {@code .fieldguide-cache/index/} is read and written. */
  public enum Cache {
    USE,
    /** Read every file afresh and keep nothing: for measuring, or to rule the cache out. */
    IGNORE
  }

  /** Whether the build writes the site or only validates it. */
  public enum Mode {
    BUILD,
    CHECK
  }
}
