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
 * the repository is not read. The text an {@code {include}} directive puts into a page is read
 * the same way, cut as docutils cuts it ({@link #include}).
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

  /**
   * Empty when the file is not a readable text file of the repository.
   *
   * @param from the file the directive is written in: the page, or a file it includes
   */
  Optional<Included> read(MystBlocks.Directive d, Path from) {
    Optional<Path> file = file(d, from);
    Optional<String> text = file.flatMap(LiteralIncludes::text);
    if (text.isEmpty()) return Optional.empty();
    List<String> lines = lines(text.get());
    lines = cut(selected(lines, d.options().get("lines")), d.options());
    return Optional.of(new Included(lines, language(file.get(), d.options().get("language"))));
  }

  /**
   * The text an {@code {include}} directive puts into the page, and the file it comes from: the
   * lines from {@code :start-line:} to {@code :end-line:} (counted from 0, the end left out), then
   * what follows the first {@code :start-after:} text and comes before the next {@code
   * :end-before:} text (anywhere in a line: docutils cuts text, not lines). Empty when the file
   * is not a readable text file of the repository. A relative name is read from the folder of
   * {@code from}, the file the directive is written in (the page, or a file it includes), as
   * docutils reads it.
   */
  Optional<Inserted> include(MystBlocks.Directive d, Path from) {
    Optional<Path> file = file(d, from);
    Optional<String> text = file.flatMap(LiteralIncludes::text);
    if (text.isEmpty()) return Optional.empty();
    List<String> lines = lines(text.get());
    int first = Math.min(lines.size(), Math.max(0, number(d.options().get("start-line"), 0, lines.size())));
    int end = Math.max(first, Math.min(lines.size(), number(d.options().get("end-line"), lines.size(), lines.size())));
    String cut = String.join("\n", lines.subList(first, end));
    String startAfter = d.options().get("start-after");
    if (startAfter != null && !startAfter.isEmpty()) {
      int at = cut.indexOf(startAfter);
      cut = at < 0 ? "" : cut.substring(at + startAfter.length());
    }
    String endBefore = d.options().get("end-before");
    if (endBefore != null && !endBefore.isEmpty()) {
      int at = cut.indexOf(endBefore);
      if (at >= 0) cut = cut.substring(0, at);
    }
    // A marker at the end of a line leaves the line's end: the included text starts on the next.
    if (cut.startsWith("\n")) cut = cut.substring(1);
    return Optional.of(new Inserted(file.get(), List.of(cut.split("\n", -1)), language(file.get(), d.options().get("code"))));
  }

  /**
   * What an {@code {include}} inserts: the lines, the file they come from, and the language to
   * fence them with when {@code :literal:} shows them as code.
   */
  record Inserted(Path file, List<String> lines, String language) {}

  /** The repository's file the directive, written in {@code from}, names, when it is one. */
  private Optional<Path> file(MystBlocks.Directive d, Path from) {
    String name = d.argument().strip();
    if (name.isEmpty()) return Optional.empty();
    Path base = name.startsWith("/") ? sourceDir : from.toAbsolutePath().getParent();
    Path file;
    try {
      file = base.resolve(name.replaceFirst("^/+", "")).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    return file.startsWith(repository) && SourceFiles.insideRepository(file, repository) ? Optional.of(file) : Optional.empty();
  }

  /** The file's text; empty when it is not UTF-8 or cannot be read (left to the caller's warning, as a file that is not there). */
  private static Optional<String> text(Path file) {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The text's lines, without the empty one after its last line end. */
  private static List<String> lines(String text) {
    List<String> lines = List.of(text.split("\r?\n", -1));
    return !lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() ? lines.subList(0, lines.size() - 1) : lines;
  }

  /** {@code given}, else the language the file's extension says ("" when none is known). */
  private static String language(Path file, String given) {
    String name = file.getFileName().toString();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    return (given != null && !given.isBlank() ? given : LANGUAGES.getOrDefault(extension, "")).strip();
  }

  /** A line number option: {@code fallback} when not given; counted from the end when negative, as Python's slices. */
  private static int number(String option, int fallback, int size) {
    if (option == null || !option.strip().matches("-?\\d{1,9}")) return fallback;
    int n = Integer.parseInt(option.strip());
    return n < 0 ? size + n : n;
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
