package org.fieldguide.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.ExternalLinkOptions;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.link.external.Progress;
import org.fieldguide.model.SiteAssembler.Drafts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldguide check}: everything {@code build} validates, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate the site as build does, without writing anything.")
final class CheckCommand implements Callable<Integer> {
  @Mixin SiteOptions site;

  @Mixin FormatOption format;

  @Option(names = "--external", description = "Also check links to other sites, with results kept for a day or a week (in .fieldguide-cache/).")
  boolean external;

  @Option(names = "--offline", description = "With --external: use only cached results, request nothing.")
  boolean offline;

  @Option(names = "--fail-on-external", description = "With --external: broken external links are errors, not warnings (for a scheduled job).")
  boolean failOnExternal;

  @Option(names = "--deadline", paramLabel = "DURATION", converter = DurationOption.class,
      description = "With --external: time for the whole check, such as 90s, 10m or 1h30m (default 5m); links not checked by then are reported.")
  Duration deadline;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path siteDir = site.site.toAbsolutePath().normalize();
    if (deadline != null && !external) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--deadline applies to --external; add --external, or leave --deadline out.");
    }
    // A redrawn status line on a terminal; plain periodic lines in CI logs.
    boolean tty = System.console() != null && System.getenv("CI") == null;
    ExternalLinkOptions externalOptions =
        external || offline
            ? new ExternalLinkOptions(true, offline, failOnExternal, Progress.forConsole(System.err, tty), Optional.ofNullable(deadline))
            : ExternalLinkOptions.OFF;
    BuildResult result =
        new SiteBuild().run(new BuildOptions(siteDir, siteDir.resolve("public"), site.drafts ? Drafts.INCLUDE : Drafts.EXCLUDE,
            BuildOptions.Mode.CHECK, externalOptions, site.cache()));
    return new ResultPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), site.verbose, format.reportFormat(spec.commandLine()))
        .print(result, "checked", null);
  }
}
