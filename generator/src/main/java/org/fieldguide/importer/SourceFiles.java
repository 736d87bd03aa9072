package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

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

  /** The file's text; empty, with an error naming {@code generator}, when it is not UTF-8. */
  static Optional<String> readText(Path file, String shown, String generator, Diagnostics diagnostics) throws IOException {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (CharacterCodingException e) {
      diagnostics.error(SourcePos.file(shown), "not imported: the file is not UTF-8 text, as " + generator + " reads it. Save it as UTF-8 and import again.");
      return Optional.empty();
    }
  }
}
