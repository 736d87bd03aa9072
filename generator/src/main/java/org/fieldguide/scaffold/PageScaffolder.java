package org.fieldguide.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.ContentType;

/** Writes a new page of a content type with valid front matter and a body outline. */
public final class PageScaffolder {
  private final Clock clock;

  public PageScaffolder(Clock clock) {
    this.clock = clock;
  }

  /** Creates {@code file}; refuses to overwrite, and to write outside {@code content/}. */
  public Optional<Path> create(Path siteDir, Path file, ContentType type, Diagnostics diagnostics) {
    Path abs = file.toAbsolutePath().normalize();
    Path content = siteDir.resolve("content").toAbsolutePath().normalize();
    String shown = abs.startsWith(siteDir) ? siteDir.relativize(abs).toString() : abs.toString();
    if (!abs.startsWith(content) || !abs.getFileName().toString().endsWith(".md")) {
      diagnostics.error(SourcePos.file(shown), "a new page must be a .md file under content/, such as content/runbooks/replace-psu.md.");
      return Optional.empty();
    }
    if (Files.exists(abs)) {
      diagnostics.error(SourcePos.file(shown), "the file already exists; choose another name.");
      return Optional.empty();
    }
    try {
      Files.createDirectories(abs.getParent());
      Files.writeString(abs, PageOutlines.of(type, titleFrom(abs), LocalDate.now(clock)), StandardCharsets.UTF_8);
      return Optional.of(abs);
    } catch (IOException e) {
      diagnostics.error(SourcePos.file(shown), "cannot write: " + e.getMessage());
      return Optional.empty();
    }
  }

  /** "replace-psu.md" → "Replace psu": a starting title the writer will edit. */
  static String titleFrom(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.md$", "").replace('-', ' ').replace('_', ' ');
    return name.isEmpty() ? "New page" : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
