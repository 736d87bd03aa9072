package org.fieldguide.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.schema.SchemaWriter;
import org.fieldguide.yaml.YamlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldguide schema}: front-matter JSON Schemas for editors, with the site's own fields. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Write the JSON Schemas of front matter for editors, with the fields declared in site.yaml.",
      "One .schema.json file each for page, runbook, hardware-guide, training-module and section (for _index.md)."
    })
final class SchemaCommand implements Callable<Integer> {
  @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path site = Path.of(".");

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the schemas to; files of the same name are replaced.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path siteDir = site.toAbsolutePath().normalize();
    Diagnostics diagnostics = new Diagnostics();
    Optional<SiteConfig> config = new ConfigLoader(new YamlReader()).load(siteDir, diagnostics);
    for (Diagnostic d : diagnostics.sorted()) spec.commandLine().getErr().println(d);
    if (config.isEmpty()) return 1;
    if (Files.exists(out) && !Files.isDirectory(out)) {
      spec.commandLine().getErr().println("fieldguide schema: " + out + " is a file, not a folder.");
      return 2;
    }
    Files.createDirectories(out);
    Map<String, String> files = new SchemaWriter().write(config.get().title(), config.get().frontMatter());
    for (Map.Entry<String, String> f : files.entrySet()) {
      Files.writeString(out.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
    }
    spec.commandLine().getOut().println("fieldguide: wrote " + files.size() + " schemas (" + config.get().frontMatter().fields().size()
        + " declared fields, " + config.get().frontMatter().ignore().size() + " ignored keys) to " + out);
    return 0;
  }
}
