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
import org.fieldguide.diagnostic.Utf8Text;

/** How the importers that walk a folder of sources (Zola, Sphinx) list its files and read them. */
final class SourceFiles {
  private SourceFiles() {}

  /** The files under {@code dir}, relative, in order; hidden ones left out. */
  static List<String> under(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/'))
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
}
