package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The text a {@code {literalinclude}} directive shows: a file of the repository (from the page's
 * folder, or from the source folder when its name starts with '/'), cut as its {@code :lines:},
 * {@code :start-after:}/{@code :start-at:} and {@code :end-before:}/{@code :end-at:} options say.
 * It is copied into the page as fenced code, since fieldguide has no includes; a file outside
 * the repository is not read.
 */
final class LiteralIncludes {
  private static final Map<String, String> LANGUAGES = Map.of(
      "yaml", "yaml", "yml", "yaml", "py", "python", "json", "json", "sh", "bash", "toml", "toml", "ini", "ini", "cfg", "ini");

  private final Path repository;
  private final Path sourceDir;

  /** The text of the file, and the language to fence it with ("" when none is known). */
  record Included(List<String> lines, String language) {}

  LiteralIncludes(Path repository, Path sourceDir) {
    this.repository = repository.toAbsolutePath().normalize();
    this.sourceDir = sourceDir.toAbsolutePath().normalize();
  }

  /** Empty when the file is not a readable text file of the repository. */
  Optional<Included> read(MystBlocks.Directive d, SourcePage page) {
    String name = d.argument().strip();
    if (name.isEmpty()) return Optional.empty();
    Path base = name.startsWith("/") ? sourceDir : page.file().toAbsolutePath().getParent();
    Path file = base.resolve(name.replaceFirst("^/+", "")).normalize();
    if (!file.startsWith(repository) || !Files.isRegularFile(file)) return Optional.empty();
    List<String> lines;
    try {
      lines = List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r?\n", -1));
    } catch (IOException e) {
      // Not UTF-8 or not readable: left to the caller's warning, as a file that is not there.
      return Optional.empty();
    }
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines = lines.subList(0, lines.size() - 1);
    lines = cut(selected(lines, d.options().get("lines")), d.options());
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    String language = d.options().getOrDefault("language", LANGUAGES.getOrDefault(extension, "")).strip();
    return Optional.of(new Included(lines, language));
  }

  /** The lines {@code :lines:} names ({@code 1,3,5-10,20-}, from 1), or all. */
  private static List<String> selected(List<String> lines, String spec) {
    if (spec == null || spec.isBlank()) return lines;
    List<String> out = new ArrayList<>();
    for (String part : spec.split(",")) {
      String p = part.strip();
      if (!p.matches("\\d*-?\\d*") || p.isEmpty() || p.equals("-")) continue;
      int dash = p.indexOf('-');
      int from = dash < 0 ? Integer.parseInt(p) : dash == 0 ? 1 : Integer.parseInt(p.substring(0, dash));
      int to = dash < 0 ? from : dash == p.length() - 1 ? lines.size() : Integer.parseInt(p.substring(dash + 1));
      for (int i = Math.max(from, 1); i <= Math.min(to, lines.size()); i++) out.add(lines.get(i - 1));
    }
    return out;
  }

  /** The lines between the markers {@code :start-after:} (or {@code :start-at:}) and {@code :end-before:} (or {@code :end-at:}). */
  private static List<String> cut(List<String> lines, Map<String, String> options) {
    int from = 0;
    int to = lines.size();
    String startAfter = options.get("start-after");
    String startAt = options.get("start-at");
    for (int i = 0; i < lines.size() && (startAfter != null || startAt != null); i++) {
      if (startAfter != null && lines.get(i).contains(startAfter)) {
        from = i + 1;
        break;
      }
      if (startAt != null && lines.get(i).contains(startAt)) {
        from = i;
        break;
      }
    }
    String endBefore = options.get("end-before");
    String endAt = options.get("end-at");
    for (int i = from; i < lines.size() && (endBefore != null || endAt != null); i++) {
      if (endBefore != null && lines.get(i).contains(endBefore)) {
        to = i;
        break;
      }
      if (endAt != null && lines.get(i).contains(endAt)) {
        to = i + 1;
        break;
      }
    }
    return lines.subList(from, Math.max(from, to));
  }
}
