package org.fieldguide.build;

import java.nio.file.Path;
import org.fieldguide.model.SiteAssembler.Drafts;

/**
 * What to build and how.
 *
 * @param outDir where the site is written; ignored in {@link Mode#CHECK}
 */
public record BuildOptions(Path siteDir, Path outDir, Drafts drafts, Mode mode, ExternalLinkOptions external) {

  /** Options without external link checks. */
  public BuildOptions(Path siteDir, Path outDir, Drafts drafts, Mode mode) {
    this(siteDir, outDir, drafts, mode, ExternalLinkOptions.OFF);
  }

  /** Whether the build writes the site or only validates it. */
  public enum Mode {
    BUILD,
    CHECK
  }
}
