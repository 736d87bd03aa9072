package org.fieldguide.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A theme as a lookup chain of folders, most specific first: the site's own overrides, the site's
 * {@code themes/<name>/}, then the built-in default theme. The first folder holding a template,
 * static file or string file wins (Hugo's union file system, Zola's site-over-theme templates).
 *
 * <p>Each root may hold {@code templates/}, {@code static/} and {@code i18n/}.
 */
public final class Theme {
  private final List<Root> roots;

  Theme(List<Root> roots) {
    this.roots = List.copyOf(roots);
  }

  /** A folder of the chain and how it is named in messages. */
  record Root(Path dir, String displayName) {}

  List<Root> roots() {
    return roots;
  }

  /** The first file at {@code relPath} along the chain, with its display name. */
  public Optional<Located> find(String relPath) {
    for (Root r : roots) {
      Path p = r.dir().resolve(relPath);
      if (Files.isRegularFile(p)) return Optional.of(new Located(p, r.displayName() + relPath));
    }
    return Optional.empty();
  }

  /** Every static file: path under {@code static/} → the file that wins, sorted by path. */
  public Map<String, Path> staticFiles() {
    Map<String, Path> files = new TreeMap<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      Path dir = roots.get(i).dir().resolve("static");
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile)
            .forEach(p -> files.put(dir.relativize(p).toString().replace('\\', '/'), p));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** A file found along the chain. */
  public record Located(Path path, String displayName) {}
}
