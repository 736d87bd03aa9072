package org.fieldguide.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.i18n.LanguageStatus;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.scaffold.Translations;
import org.fieldguide.yaml.YamlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fieldguide i18n}: translation status per language, and marking translations current. */
@Command(
    name = "i18n",
    mixinStandardHelpOptions = true,
    description = {
      "Show per language how many pages are translated, missing or outdated, and which interface strings are missing.",
      "With --stamp, record that translations match their originals as they are now."
    })
final class I18nCommand implements Callable<Integer> {
  @Option(names = "--site", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path site = Path.of(".");

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Option(names = "--min-translated", paramLabel = "PERCENT", description = "Exit 1 when a language has fewer pages translated than this.")
  Integer minTranslated;

  @Option(names = "--fail-on-outdated", description = "Exit 1 when any translation is outdated.")
  boolean failOnOutdated;

  @Option(names = "--stamp", arity = "1..*", paramLabel = "FILE", description = "Mark these translations as matching their originals now.")
  List<Path> stamp = new ArrayList<>();

  @Option(names = "--stamp-unstamped", description = "Mark every translation that has no source_hash yet (once, when adopting fieldguide).")
  boolean stampUnstamped;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    Path siteDir = site.toAbsolutePath().normalize();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!format.equals("text") && !format.equals("json")) {
      err.println("fieldguide i18n: unknown format '" + format + "'; use text or json.");
      return 2;
    }
    if (!stamp.isEmpty() || stampUnstamped) return stamp(siteDir, out, err);

    BuildResult result = new SiteBuild().run(new BuildOptions(siteDir, siteDir.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.CHECK));
    for (Diagnostic d : result.diagnostics()) err.println(d);
    err.flush();
    if (result.languages().isEmpty()) return 1;
    if (format.equals("json")) out.println(json(result.languages()));
    else printText(result.languages(), out);
    out.flush();

    List<String> failures = new ArrayList<>();
    for (LanguageStatus l : result.languages()) {
      if (minTranslated != null && l.percentTranslated() < minTranslated) {
        failures.add(l.code() + " has " + l.percentTranslated() + " % of pages translated, below " + minTranslated + " %");
      }
      if (failOnOutdated && l.outdated() > 0) failures.add(l.code() + " has " + l.outdated() + " outdated translation(s)");
    }
    failures.forEach(f -> err.println("fieldguide i18n: " + f + "."));
    return failures.isEmpty() && !result.hasErrors() ? 0 : 1;
  }

  private int stamp(Path siteDir, PrintWriter out, PrintWriter err) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<SiteConfig> config = new ConfigLoader(new YamlReader()).load(siteDir, diagnostics);
    int stamped = 0;
    if (config.isPresent()) {
      Translations translations = new Translations(config.get(), siteDir);
      List<Path> files = new ArrayList<>();
      stamp.forEach(p -> files.add(p.isAbsolute() || Files.exists(p) ? p.toAbsolutePath().normalize() : siteDir.resolve(p)));
      if (stampUnstamped && !Files.isDirectory(siteDir.resolve("content"))) {
        diagnostics.error(org.fieldguide.diagnostic.SourcePos.file("content"), "there is no content/ folder to look for translations in.");
      } else if (stampUnstamped) {
        files.addAll(unstamped(siteDir, config.get()));
      }
      for (Path f : files) {
        if (translations.stamp(f, diagnostics)) stamped++;
      }
    }
    for (Diagnostic d : diagnostics.sorted()) err.println(d);
    out.println("fieldguide: stamped " + stamped + " translation" + (stamped == 1 ? "" : "s") + ".");
    return diagnostics.hasErrors() ? 1 : 0;
  }

  /** Translation files whose front matter has no source_hash line. */
  private static List<Path> unstamped(Path siteDir, SiteConfig config) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(siteDir.resolve("content"))) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        String name = p.getFileName().toString();
        boolean translation = config.languageCodes().stream()
            .anyMatch(l -> !l.equals(config.defaultLanguage()) && name.endsWith("." + l + ".md"));
        if (translation && !Files.readString(p).contains("\nsource_hash:")) files.add(p);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return files;
  }

  private static void printText(List<LanguageStatus> languages, PrintWriter out) {
    out.printf(Locale.ROOT, "%-22s %6s %16s %8s %9s %10s %11s%n", "language", "pages", "translated", "missing", "outdated", "unstamped", "UI strings");
    for (LanguageStatus l : languages) {
      String name = l.code() + " " + l.name() + (l.isDefault() ? " (default)" : "");
      String ui = l.missingStrings().isEmpty() ? "complete" : l.missingStrings().size() + " missing";
      out.printf(Locale.ROOT, "%-22s %6d %10d (%3d%%) %8d %9d %10d %11s%n",
          name, l.pages(), l.translated(), l.percentTranslated(), l.missing(), l.outdated(), l.unstamped(), ui);
    }
    for (LanguageStatus l : languages) {
      if (!l.outdatedFiles().isEmpty()) {
        out.println();
        out.println("Outdated in " + l.code() + ":");
        l.outdatedFiles().forEach(f -> out.println("  " + f));
      }
      if (!l.missingStrings().isEmpty()) {
        out.println();
        out.println("Interface strings missing in " + l.code() + ": " + String.join(", ", l.missingStrings()));
      }
    }
  }

  private static String json(List<LanguageStatus> languages) throws JsonProcessingException {
    List<Map<String, Object>> list = new ArrayList<>();
    for (LanguageStatus l : languages) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("code", l.code());
      m.put("name", l.name());
      m.put("default", l.isDefault());
      m.put("pages", l.pages());
      m.put("translated", l.translated());
      m.put("percent_translated", l.percentTranslated());
      m.put("missing", l.missing());
      m.put("outdated", l.outdated());
      m.put("unstamped", l.unstamped());
      m.put("outdated_files", l.outdatedFiles());
      m.put("missing_strings", l.missingStrings());
      list.add(m);
    }
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Map.of("languages", list));
  }
}
