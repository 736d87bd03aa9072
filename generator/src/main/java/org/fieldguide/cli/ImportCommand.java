package org.fieldguide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.importer.ImportResult;
import org.fieldguide.importer.SiteImporter;
import org.fieldguide.importer.SourceTool;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldguide import jekyll|hugo|mkdocs|zola|docusaurus|sphinx SOURCE}: a fieldguide site from another generator's repository. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Write a fieldguide site from a Jekyll, Hugo, MkDocs, Zola, Docusaurus or Sphinx (MyST Markdown) repository.",
      "Its site.yaml, content/ and the files pages link to, with links, front matter and markup converted;"
          + " what is left for a person is listed as file:line: warnings.",
      "  fieldguide import hugo ../old-docs --out new-docs"
    })
final class ImportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "TOOL", description = "jekyll, hugo, mkdocs, zola, docusaurus or sphinx.")
  String tool;

  @Parameters(index = "1", paramLabel = "SOURCE", description = "The repository of the site to import (for sphinx, the repository or the folder holding conf.py).")
  Path source;

  @Option(names = "--out", paramLabel = "DIR", description = "An empty or new folder for the fieldguide site (default: the current folder, if empty).")
  Path out = Path.of(".");

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Optional<SourceTool> sourceTool = SourceTool.fromId(tool.toLowerCase(Locale.ROOT));
    if (sourceTool.isEmpty()) return usage("unknown generator '" + tool + "'; use " + String.join(", ", SourceTool.ids()));
    if (!Files.isDirectory(source)) return usage(source + " is not a folder");
    if (Files.exists(out) && !isEmptyFolder(out)) {
      return usage(out + " is not an empty folder; give --out a new or empty folder, so nothing is overwritten");
    }
    long start = System.nanoTime();
    Diagnostics diagnostics = new Diagnostics();
    ImportResult result = new SiteImporter().run(
        sourceTool.get(), source.toAbsolutePath().normalize(), source.toString().replaceAll("/+$", ""), out, diagnostics);
    for (Diagnostic d : diagnostics.sorted()) err.println(d);
    err.flush();
    StringBuilder perLanguage = new StringBuilder();
    result.pagesByLanguage().forEach((l, n) -> perLanguage.append(perLanguage.length() == 0 ? "" : ", ").append(l).append(' ').append(n));
    long left = diagnostics.warningCount();
    stdout.println("fieldguide: imported " + result.pages() + " pages [" + perLanguage + "] and " + result.assets() + " linked files from "
        + sourceTool.get().id() + " into " + out + " (" + result.declaredFields() + " declared fields, " + result.ignoredKeys() + " ignored keys)"
        + String.format(Locale.ROOT, " in %.2f s", (System.nanoTime() - start) / 1e9) + "; "
        + (left == 0 ? "nothing" : left + (left == 1 ? " thing" : " things")) + " left for a person"
        + (diagnostics.hasErrors() ? ", " + diagnostics.errorCount() + " file(s) not imported" : "")
        + ". Next: fieldguide check --site " + org.fieldguide.config.ConfigLoader.shellWord(out.toString()));
    stdout.flush();
    return diagnostics.hasErrors() ? 1 : 0;
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("fieldguide import: " + message + ".");
    return 2;
  }

  private static boolean isEmptyFolder(Path p) throws IOException {
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }
}
