package org.fieldguide.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.model.SiteAssembler.Drafts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldguide check}: everything {@code build} validates, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate the site as build does, without writing anything.")
final class CheckCommand implements Callable<Integer> {
  @Mixin SiteOptions site;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path siteDir = site.site.toAbsolutePath().normalize();
    BuildResult result =
        new SiteBuild().run(new BuildOptions(siteDir, siteDir.resolve("public"), site.drafts ? Drafts.INCLUDE : Drafts.EXCLUDE, BuildOptions.Mode.CHECK));
    return new ResultPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), site.verbose).print(result, "checked", null);
  }
}
