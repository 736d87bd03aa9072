package org.fieldguide.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.LineIndex;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.diagnostic.Utf8Text;

/** How the importers that walk a folder of sources (Zola, Sphinx) list its files and read them, and where in a file a setting is. */
final class SourceFiles {
  private SourceFiles() {}

  /**
   * Whether {@code file} is a file inside {@code repository} also where symbolic links lead: a file
   * a page names (an include, a snippet, a sample) is copied into the new site, and a link in the
   * repository may lead to a file elsewhere on the machine (a key, a password file). Links inside
   * the repository (docs/index.md to ../README.md) are followed, as the generators follow them.
   */
  static boolean insideRepository(Path file, Path repository) {
    try {
      return Files.isRegularFile(file) && file.toRealPath().startsWith(repository.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  /** The files under {@code dir}, relative, in order; hidden ones, and links leading out of {@code repository}, left out. */
  static List<String> under(Path dir, Path repository) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(f -> insideRepository(f, repository)).map(f -> dir.relativize(f).toString().replace('\\', '/'))
          .filter(rel -> Arrays.stream(rel.split("/")).noneMatch(part -> part.startsWith("."))).sorted().toList();
    }
  }

  /** The file's text; empty, with an error where it stops being UTF-8, when it is not. */
  static Optional<String> readText(Path file, String shown, Diagnostics diagnostics) throws IOException {
    Diagnostics found = new Diagnostics();
    Optional<String> text = Utf8Text.decode(Files.readAllBytes(file), shown, found);
    for (Diagnostic d : found.sorted()) diagnostics.error(d.pos(), "not imported: " + d.message().replaceFirst("\\.$", ", and import again."));
    return text;
  }

  /**
   * Where in {@code text} (the file {@code shown}) {@code written} first stands: a configuration
   * value an import warns about, whose parser keeps no positions. The file's start when it is not
   * found as written.
   */
  static SourcePos position(String shown, String text, String written) {
    int at = text.indexOf(written);
    if (at < 0) return new SourcePos(shown, 1, 1);
    LineIndex lines = new LineIndex(text);
    return new SourcePos(shown, lines.line(at), lines.column(at));
  }
}
