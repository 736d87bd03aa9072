package org.fieldguide.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.PageMeta.Risk;
import org.fieldguide.scaffold.PageScaffolder;
import org.fieldguide.scaffold.Translations;
import org.fieldguide.yaml.YamlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldguide new}: a new page of a type, or a new translation of a page. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Create a page with valid front matter and an outline, or start a translation.",
      "  fieldguide new runbook --risk medium content/runbooks/replace-psu.md",
      "  fieldguide new --translate es content/runbooks/replace-psu.md"
    })
final class NewCommand implements Callable<Integer> {
  @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path site = Path.of(".");

  @Option(names = "--translate", paramLabel = "LANG", description = "Copy the page into LANG as name.LANG.md, stamped with the source's digest.")
  String translate;

  @Option(names = "--risk", paramLabel = "low|medium|high", description = "For a runbook (required): how much can go wrong; readers see it before they start.")
  String risk;

  @Parameters(arity = "1..2", paramLabel = "TYPE PATH | PATH", description = "page, runbook, hardware-guide or training-module, then the new file; with --translate, the page to translate.")
  java.util.List<String> args;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Path siteDir = site.toAbsolutePath().normalize();
    Diagnostics diagnostics = new Diagnostics();
    Optional<Path> written;
    if (translate != null) {
      if (args.size() != 1) return usage("with --translate, give only the page to translate");
      Optional<SiteConfig> config = new ConfigLoader(new YamlReader()).load(siteDir, diagnostics);
      written = config.flatMap(c -> new Translations(c, siteDir).start(resolve(siteDir, args.get(0)), translate, diagnostics));
    } else {
      if (args.size() != 2) return usage("give a type and a file, such as: new page content/guides/first-login.md");
      Optional<ContentType> type = ContentType.fromId(args.get(0));
      if (type.isEmpty()) return usage("unknown type '" + args.get(0) + "'; use page, runbook, hardware-guide or training-module");
      Optional<Risk> chosen = risk == null ? Optional.empty() : Arrays.stream(Risk.values()).filter(r -> r.id().equals(risk)).findFirst();
      if (risk != null && chosen.isEmpty()) return usage("--risk must be low, medium or high, not '" + risk + "'");
      if (type.get() != ContentType.RUNBOOK && risk != null) return usage("--risk is for runbooks only");
      if (type.get() == ContentType.RUNBOOK && chosen.isEmpty()) {
        // No default: a risk nobody chose would read as a decision to the people following the runbook.
        return usage("a runbook needs its risk, which only you can judge: add --risk low, --risk medium or --risk high"
            + " (how much can go wrong; readers see it before they start), such as: new runbook --risk medium " + args.get(1));
      }
      written = new PageScaffolder(Clock.systemDefaultZone()).create(siteDir, resolve(siteDir, args.get(1)), type.get(), chosen, diagnostics);
    }
    for (Diagnostic d : diagnostics.sorted()) spec.commandLine().getErr().println(d);
    written.ifPresent(p -> spec.commandLine().getOut().println("fieldguide: wrote " + display(siteDir, p)));
    return written.isPresent() ? 0 : 1;
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("fieldguide new: " + message + ".");
    return 2;
  }

  /** Paths are taken relative to the site folder when they do not exist relative to here. */
  private static Path resolve(Path siteDir, String arg) {
    Path p = Path.of(arg);
    return p.isAbsolute() || p.toAbsolutePath().normalize().startsWith(siteDir) ? p.toAbsolutePath().normalize() : siteDir.resolve(arg).normalize();
  }

  private static String display(Path siteDir, Path p) {
    return p.startsWith(siteDir) ? siteDir.relativize(p).toString() : p.toString();
  }
}
