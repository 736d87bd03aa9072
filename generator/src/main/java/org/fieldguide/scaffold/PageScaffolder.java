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
import org.fieldguide.frontmatter.PageMeta.Risk;

/** Writes a new page of a content type with valid front matter and a body outline. */
public final class PageScaffolder {
  private final Clock clock;

  public PageScaffolder(Clock clock) {
    this.clock = clock;
  }

  /**
   * Creates {@code file}; refuses to overwrite, to write outside {@code content/}, and names with
   * capitals or spaces (see {@link #webName}).
   *
   * @param risk the risk of a runbook, which the writer must choose; empty for other types
   * @throws IllegalArgumentException for a runbook without a risk
   */
  public Optional<Path> create(Path siteDir, Path file, ContentType type, Optional<Risk> risk, Diagnostics diagnostics) {
    if (type == ContentType.RUNBOOK && risk.isEmpty()) throw new IllegalArgumentException("a runbook's risk is the writer's choice");
    Path abs = file.toAbsolutePath().normalize();
    Path content = siteDir.resolve("content").toAbsolutePath().normalize();
    String shown = display(siteDir, abs);
    if (!abs.startsWith(content) || !abs.getFileName().toString().endsWith(".md")) {
      diagnostics.error(SourcePos.file(shown), "a new page must be a .md file under content/, such as content/runbooks/replace-psu.md.");
      return Optional.empty();
    }
    Path suggested = webName(content, abs);
    if (!suggested.equals(abs)) {
      diagnostics.error(SourcePos.file(shown), "file and folder names become the page's web address, where capitals and spaces break links"
          + " (letter case matters on the web server, and a space becomes %20). Use " + display(siteDir, suggested) + " instead.");
      return Optional.empty();
    }
    if (Files.exists(abs)) {
      diagnostics.error(SourcePos.file(shown), "the file already exists; choose another name.");
      return Optional.empty();
    }
    try {
      Files.createDirectories(abs.getParent());
      Files.writeString(abs, PageOutlines.of(type, titleFrom(abs), LocalDate.now(clock), risk), StandardCharsets.UTF_8);
      return Optional.of(abs);
    } catch (IOException e) {
      diagnostics.error(SourcePos.file(shown), "cannot write: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * {@code file} with its name, and the names of the folders this would create, in lower case and
   * with hyphens for spaces. Refusing (with this as the suggestion) rather than renaming: the writer
   * opens the file by the name they typed next, so a silent rename would send them to a missing
   * file. Folders that exist already are left as they are: renaming them is a change of its own.
   */
  static Path webName(Path content, Path file) {
    Path result = content;
    for (Path part : content.relativize(file)) {
      Path next = result.resolve(part);
      boolean isNew = !Files.exists(next);
      result = isNew ? result.resolve(slug(part.toString())) : next;
    }
    return result;
  }

  private static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "-").replaceAll("-{2,}", "-");
  }

  /** "replace-psu.md" → "Replace psu": a starting title the writer will edit. */
  static String titleFrom(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.md$", "").replace('-', ' ').replace('_', ' ');
    return name.isEmpty() ? "New page" : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private static String display(Path siteDir, Path abs) {
    return abs.startsWith(siteDir) ? siteDir.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }
}
