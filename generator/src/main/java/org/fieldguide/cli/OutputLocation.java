package org.fieldguide.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.fieldguide.content.ContentScanner;

/** Where {@code build --out} may write: never inside {@code content/}, which the next build would read back. */
final class OutputLocation {
  private OutputLocation() {}

  /** Why {@code outDir} cannot be used, when it is {@code content/} or inside it (links followed). */
  static Optional<String> insideContent(Path siteDir, Path outDir) {
    Path content = real(siteDir.resolve(ContentScanner.CONTENT));
    Path out = real(outDir);
    if (!out.startsWith(content)) return Optional.empty();
    Path site = real(siteDir);
    String shown = out.startsWith(site) ? site.relativize(out).toString().replace('\\', '/') : out.toString();
    return Optional.of("the output folder " + shown + " is inside content/, so the next build would read this site back as"
        + " pages and files to publish. Choose an --out folder outside content/ (the default is public/ in the site folder).");
  }

  /** The real path of {@code p}: of its nearest existing ancestor, with the rest appended. */
  private static Path real(Path p) {
    Path existing = p.toAbsolutePath().normalize();
    Path rest = existing.getFileSystem().getPath("");
    while (existing.getParent() != null && !Files.exists(existing)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    try {
      return existing.toRealPath().resolve(rest).normalize();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
