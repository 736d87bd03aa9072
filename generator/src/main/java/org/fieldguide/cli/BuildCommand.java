package org.fieldguide.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.ExternalLinkOptions;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.model.SiteAssembler.Drafts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldguide build}: validates and writes the site. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site into the output folder (public/ by default).")
final class BuildCommand implements Callable<Integer> {
  @Mixin SiteOptions site;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site (default: public/ in the site folder); a symbolic link is followed, never replaced.")
  Path out;

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path siteDir = site.site.toAbsolutePath().normalize();
    Path outDir = out != null ? out.toAbsolutePath().normalize() : siteDir.resolve("public");
    Optional<String> inside = OutputLocation.insideContent(siteDir, outDir);
    if (inside.isPresent()) {
      spec.commandLine().getErr().println("fieldguide build: " + inside.get());
      return 2;
    }
    BuildResult result =
        new SiteBuild().run(
            new BuildOptions(
                siteDir, outDir, site.drafts ? Drafts.INCLUDE : Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF,
                site.cache()));
    return new ResultPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), site.verbose, format.reportFormat(spec.commandLine()))
        .print(result, "built", displayOut(outDir), outDir.toString());
  }

  private static String displayOut(Path outDir) {
    Path cwd = Path.of("").toAbsolutePath();
    return outDir.startsWith(cwd) ? cwd.relativize(outDir) + "/" : outDir + "/";
  }
}
