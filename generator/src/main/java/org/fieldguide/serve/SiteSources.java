package org.fieldguide.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which files of a site folder the build reads, and in which role. The site folder itself is
 * watched only for {@code site.yaml} and for these top-level folders, never as a whole: it may
 * hold {@code public/}, {@code .git/} or a whole Java project, none of which is a source.
 *
 * <p>Files the build skips are no sources either: names starting with {@code .} (editor and
 * system files), Markdown-folder names starting with {@code _} except {@code _index.md} (as
 * {@code content.ContentScanner} skips them), and the temporary files editors write while
 * saving (vim's {@code 4913} and {@code x.md~}, emacs' {@code #x.md#}, JetBrains'
 * {@code ___jb_tmp___}), so a save burst never triggers a rebuild by itself.
 */
final class SiteSources {
  static final String SITE_YAML = "site.yaml";
  /** The top-level folders whose whole trees are watched. */
  static final List<String> TREES = List.of("content", "themes", "templates", "static", "translations", "i18n");

  private final Path siteDir;
  /** Set after each build by the rebuild thread, read by the watcher's. */
  private volatile Elsewhere elsewhere = Elsewhere.NONE;

  SiteSources(Path siteDir) {
    this.siteDir = siteDir.toAbsolutePath().normalize();
  }

  /** What the last build read outside the source folders. */
  void elsewhere(Elsewhere inputs) {
    this.elsewhere = inputs;
  }

  Elsewhere elsewhere() {
    return elsewhere;
  }

  /** Whether {@code file}, outside the source folders, is one the last build read ({@link Elsewhere}). */
  boolean isElsewhere(Path file) {
    return relative(file).flatMap(this::role).isEmpty() && elsewhere.covers().test(file.toAbsolutePath().normalize());
  }

  /**
   * How the snapshot and the terminal name a file the build reads: its path in the site folder,
   * or its absolute path when outside it (a rule file above a site in a folder of its repository).
   */
  String key(Path file) {
    return relative(file).orElse(file.toAbsolutePath().normalize().toString());
  }

  Path siteDir() {
    return siteDir;
  }

  /** The path relative to the site folder with forward slashes, or empty when outside it. */
  Optional<String> relative(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(siteDir) || abs.equals(siteDir)) return Optional.empty();
    return Optional.of(siteDir.relativize(abs).toString().replace('\\', '/'));
  }

  /** The role of the file (or folder) at {@code rel}, or empty when the build does not read it. */
  Optional<SourceRole> role(String rel) {
    if (rel.equals(SITE_YAML)) return Optional.of(SourceRole.CONFIG);
    String[] parts = rel.split("/");
    if (parts.length < 2 || !TREES.contains(parts[0])) return Optional.empty();
    for (String part : parts) {
      if (isEditorFile(part)) return Optional.empty();
    }
    return switch (parts[0]) {
      case "content" -> content(parts);
      case "themes" -> parts.length < 3 ? Optional.of(SourceRole.THEME) : theme(parts[2]);
      default -> theme(parts[0]);
    };
  }

  /** True for a folder at {@code rel} that the build never reads below (hidden or editor folders). */
  boolean isIgnoredFolder(String rel) {
    for (String part : rel.split("/")) {
      if (isEditorFile(part)) return true;
    }
    return false;
  }

  private static Optional<SourceRole> content(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].startsWith("_") && !(i == parts.length - 1 && parts[i].matches("_index(\\.[A-Za-z-]+)?\\.md"))) {
        return Optional.empty();
      }
    }
    return Optional.of(parts[parts.length - 1].endsWith(".md") ? SourceRole.PAGE : SourceRole.ASSET);
  }

  /** A top-level folder of a theme, or of the site (which is the first folder of the theme chain). */
  private static Optional<SourceRole> theme(String folder) {
    return Optional.of(switch (folder) {
      case "templates" -> SourceRole.TEMPLATE;
      case "static" -> SourceRole.STATIC;
      case "i18n", "translations" -> SourceRole.STRINGS;
      default -> SourceRole.THEME;
    });
  }

  static boolean isEditorFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return name.startsWith(".") // hidden files, emacs' .#lock links, vim's .x.md.swp
        || name.startsWith("#") // emacs auto-save #x.md#
        || name.endsWith("~") // backups of vim, emacs, gedit
        || name.equals("4913") // vim probes whether it may write in a folder
        || lower.endsWith(".swp") || lower.endsWith(".swx") || lower.endsWith(".swo") || lower.endsWith(".tmp")
        || lower.endsWith(".crswap") // browsers' File System Access saves
        || name.contains("___jb_tmp___") || name.contains("___jb_old___"); // JetBrains "safe write"
  }
}
