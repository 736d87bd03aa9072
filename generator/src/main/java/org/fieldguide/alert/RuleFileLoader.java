package org.fieldguide.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fieldguide.config.AlertsConfig;
import org.fieldguide.config.AlertsConfig.RuleGlob;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.YamlReader;

/**
 * Finds the rule files that site.yaml's {@code alerts.rules} globs name and reads them. A glob
 * that matches nothing is an error at its line in site.yaml: a moved rules folder must not turn
 * the check off silently.
 */
public final class RuleFileLoader {
  private final RuleFileReader reader;

  public RuleFileLoader(YamlReader yaml) {
    this.reader = new RuleFileReader(yaml);
  }

  /** The rule files, sorted by path, each read once even when several globs match it. */
  public List<RuleFile> load(Path siteDir, AlertsConfig config, Diagnostics diagnostics) {
    List<RuleFile> out = new ArrayList<>();
    for (var e : find(siteDir, config, diagnostics).entrySet()) {
      read(e.getValue(), e.getKey(), diagnostics).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /** Display path (relative to the site, forward slashes) → file, sorted by display path. */
  public TreeMap<String, Path> find(Path siteDir, AlertsConfig config, Diagnostics diagnostics) {
    TreeMap<String, Path> files = new TreeMap<>();
    for (RuleGlob glob : config.rules()) {
      List<Path> matches = matches(siteDir, glob.glob());
      if (matches.isEmpty()) {
        diagnostics.error(glob.pos(), "no file matches '" + glob.glob() + "' (relative to the site folder). Correct the path of the Prometheus rule files, or remove it.");
      }
      for (Path p : matches) files.put(displayPath(siteDir, p), p);
    }
    return files;
  }

  private Optional<RuleFile> read(Path file, String display, Diagnostics diagnostics) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
      return reader.read(text, display, diagnostics);
    } catch (CharacterCodingException e) {
      diagnostics.error(SourcePos.file(display), "the file is not valid UTF-8 text. Save it as UTF-8.");
    } catch (IOException e) {
      diagnostics.error(SourcePos.file(display), "cannot read the rule file: " + e.getMessage());
    }
    return Optional.empty();
  }

  /**
   * Regular files matching {@code glob}. The walk starts at the glob's literal leading folders,
   * not at the site folder, so a site with a large {@code node_modules/} or output folder is not
   * walked for nothing.
   */
  static List<Path> matches(Path siteDir, String glob) {
    Glob g = Glob.of(siteDir, glob);
    Path base = g.base();
    if (!Files.isDirectory(base)) return List.of();
    try (Stream<Path> walk = Files.walk(base)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> g.below().matches(base.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  /**
   * A glob of {@code alerts.rules} split at its last literal leading folder: where its files are
   * looked for, the pattern they match below it, and whether that pattern reaches into subfolders.
   */
  public record Glob(Path base, PathMatcher below, boolean spansFolders) {
    /** @param glob relative to {@code siteDir}, with forward slashes */
    public static Glob of(Path siteDir, String glob) {
      String[] parts = glob.split("/");
      int literal = 0;
      while (literal < parts.length - 1 && !hasGlobCharacter(parts[literal])) literal++;
      Path base = siteDir.resolve(String.join("/", java.util.Arrays.copyOf(parts, literal))).normalize();
      String rest = String.join("/", java.util.Arrays.copyOfRange(parts, literal, parts.length));
      return new Glob(base, FileSystems.getDefault().getPathMatcher("glob:" + rest), rest.contains("/") || rest.contains("**"));
    }

    /** Whether the file {@code file} is one this glob names (made or deleted since, it may be a rule file). */
    public boolean matches(Path file) {
      Path b = base.toAbsolutePath().normalize();
      Path f = file.toAbsolutePath().normalize();
      return f.startsWith(b) && !f.equals(b) && below.matches(b.relativize(f));
    }
  }

  private static boolean hasGlobCharacter(String part) {
    return part.chars().anyMatch(c -> "*?[{\\".indexOf(c) >= 0);
  }

  private static String displayPath(Path siteDir, Path file) {
    Path root = siteDir.toAbsolutePath().normalize();
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }
}
