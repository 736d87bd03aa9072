package org.fieldguide.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads a site takes. */
final class SiteOptions {
  @Option(names = "--site", paramLabel = "DIR", description = "The site folder, holding site.yaml and content/ (default: the current folder).")
  Path site = Path.of(".");

  @Option(names = "--drafts", description = "Include pages marked draft: true.")
  boolean drafts;

  @Option(names = {"-v", "--verbose"}, description = "Show the time of every build stage.")
  boolean verbose;

  @Option(
      names = "--no-cache",
      description = "Keep nothing in .fieldguide-cache/index/ and read every file afresh (for measuring, or to rule the cache out).")
  boolean noCache;

  org.fieldguide.build.BuildOptions.Cache cache() {
    return noCache ? org.fieldguide.build.BuildOptions.Cache.IGNORE : org.fieldguide.build.BuildOptions.Cache.USE;
  }
}
