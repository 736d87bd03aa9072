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
  /**
   * The folder under {@code static/} of the library that draws diagrams, which the built-in
   * layout loads on pages with a diagram only (templates/layout.ftlh): published only when a page
   * has one, and in a language's offline files only when one of its pages has one.
   */
  public static final String DIAGRAM_LIBRARY = "vendor/mermaid/";

  private final List<Root> roots;

  Theme(List<Root> roots) {
    this.roots = List.copyOf(roots);
  }

  /** A folder of the chain and how it is named in messages. */
  record Root(Path dir, String displayName) {}

  List<Root> roots() {
    return roots;
  }

  /**
   * The {@code part} folder ({@code templates}, {@code static} or {@code i18n}) of every root of
   * the chain, most specific first, whether it exists or not: where a watching server looks to
   * tell what kind of file changed.
   */
  public List<Path> folders(String part) {
    return roots.stream().map(r -> r.dir().resolve(part)).toList();
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

  /**
   * A digest of every file of the chain that can change a page's HTML (templates and interface
   * strings, and the names of static files), so pages rendered with the same theme can be
   * recognised.
   */
  public String digest() {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (Root r : roots) {
        for (String part : List.of("templates", "static", "i18n")) {
          Path dir = r.dir().resolve(part);
          if (!Files.isDirectory(dir)) continue;
          List<Path> files;
          try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
          }
          for (Path f : files) {
            sha.update((r.displayName() + part + "/" + dir.relativize(f) + "\u0000").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            // Pages name static files but do not contain them: an edited stylesheet changes no page.
            if (!part.equals("static")) sha.update(Files.readAllBytes(f));
          }
        }
      }
      return java.util.HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** A file found along the chain. */
  public record Located(Path path, String displayName) {}
}
