package org.fieldguide.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.htmlcheck.HtmlFolderChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldguide check-html DIR}: links, anchors and images of any generator's output. */
@Command(
    name = "check-html",
    mixinStandardHelpOptions = true,
    description = "Check the internal links, anchors and images of a folder of HTML written by any generator.")
final class CheckHtmlCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The folder of HTML files, as published.")
  Path dir;

  @Option(names = "--base-path", paramLabel = "PATH", description = "The path the folder is published under, for links that start with / (default: /).")
  String basePath = "/";

  @Mixin FormatOption format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    var reportFormat = format.reportFormat(spec.commandLine());
    if (!Files.isDirectory(dir)) {
      spec.commandLine().getErr().println("fieldguide check-html: " + dir + " is not a folder.");
      return 2;
    }
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    int files = new HtmlFolderChecker().check(dir.toAbsolutePath().normalize(), basePath.startsWith("/") ? basePath : "/" + basePath, diagnostics);
    List<Diagnostic> sorted = diagnostics.sorted();
    org.fieldguide.build.BuildResult result = new org.fieldguide.build.BuildResult(
        sorted, java.util.Map.of(), java.util.Map.of(), List.of(), java.time.Duration.ofNanos(System.nanoTime() - start), false, List.of(), java.util.OptionalInt.empty());
    return new ResultPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), false, reportFormat).print(result, "checked " + files + " HTML files", null);
  }
}
