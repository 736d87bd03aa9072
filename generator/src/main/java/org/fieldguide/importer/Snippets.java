package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pymdownx.snippets, which MkDocs sites use to put one file's text into many pages: a line
 * {@code --8<-- "file.md"} (or a block of file names between two {@code --8<--} lines) is replaced
 * by the file's text, indented as the line was, also inside code blocks, as the extension reads
 * the page before Markdown does. {@code file.md:3:8} takes lines 3 to 8, {@code file.md:name} the
 * lines between {@code --8<-- [start:name]} and {@code --8<-- [end:name]}. Files are found under
 * the {@code base_path} entries in their order (a file entry matches its own name), never outside
 * the repository; {@code auto_append} files end every page. Included files are read for snippets
 * in turn, a file already being included is not included again. fieldguide has no includes: the
 * text is copied into each page. A file that cannot be found is removed with a note (the extension
 * removes it silently), as is a URL snippet, which is not downloaded.
 */
final class Snippets {
  private static final Pattern SINGLE = Pattern.compile("^([ \\t]*)(;*)-+8<-+[ \\t]+(\"[^\"]*\"|'[^']*')[ \\t]*$");
  private static final Pattern BLOCK = Pattern.compile("^([ \\t]*)(;*)-+8<-+[ \\t]*$");
  private static final Pattern SECTION = Pattern.compile("-+8<-+[ \\t]*\\[(start|end):([^\\]]*)\\]");
  private static final Pattern LINES = Pattern.compile("^(.*?):(\\d*)(?::(\\d*))?$");
  private static final Pattern NAMED = Pattern.compile("^(.*?):([\\w-]+)$");
  private static final int DEPTH = 16;

  private final boolean enabled;
  private final Path repository;
  private final List<Path> bases;
  private final List<String> appended;

  /**
   * @param root the folder of mkdocs.yml, which relative base paths start from
   * @param options the extension's options in mkdocs.yml, or null when it is not turned on
   */
  Snippets(Path root, Map<?, ?> options) {
    this.enabled = options != null;
    this.repository = root.toAbsolutePath().normalize();
    Object base = options == null ? null : options.get("base_path");
    List<Path> paths = new ArrayList<>();
    for (Object b : base instanceof List<?> l ? l : base == null ? List.of(".") : List.of(base)) paths.add(repository.resolve(String.valueOf(b)).normalize());
    this.bases = List.copyOf(paths);
    List<String> append = new ArrayList<>();
    if (options != null && options.get("auto_append") instanceof List<?> l) l.forEach(o -> append.add(String.valueOf(o)));
    this.appended = List.copyOf(append);
  }

  /** Whether the site turns the extension on: then no {@code --8<--} line is left to note. */
  boolean enabled() {
    return enabled;
  }

  /** The page's text with its snippets put in; unchanged when the site does not turn the extension on. */
  String expand(String body, Notes notes) {
    if (!enabled) return body;
    List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
    for (String name : appended) {
      lines.add("");
      lines.add("--8<-- \"" + name + "\"");
    }
    String expanded = String.join("\n", noteOnNextLine(expand(lines, new ArrayDeque<>(), notes)));
    // What was appended may leave blank lines only (abbreviations, which are taken out later).
    return appended.isEmpty() ? expanded : expanded.stripTrailing() + "\n";
  }

  /**
   * A snippet that put nothing in leaves only its note: where the next line is text (a paragraph or
   * list step goes on), the note goes to its start, after its indentation, so no blank line splits
   * what the snippet stood in, as the extension removed the line. Before anything else (a fence, a
   * definition, markup at a line's start) the note keeps a line of its own.
   */
  private static List<String> noteOnNextLine(List<String> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : lines) {
      if (!line.isBlank() && Notes.strip(line).isBlank()) {
        pending.append(line.strip());
        continue;
      }
      String text = line.stripLeading();
      if (pending.length() > 0 && !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0))) {
        line = line.substring(0, line.length() - text.length()) + pending + text;
        pending.setLength(0);
      } else if (pending.length() > 0) {
        out.add(pending.toString());
        pending.setLength(0);
      }
      out.add(line);
    }
    if (pending.length() > 0) out.add(pending.toString());
    return out;
  }

  /** {@code lines} with their snippets put in; section markers left out of an included file's ({@code including} not empty). */
  private List<String> expand(List<String> lines, Deque<Path> including, Notes notes) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher single = SINGLE.matcher(line);
      Matcher block = BLOCK.matcher(line);
      if (single.matches()) {
        if (!single.group(2).isEmpty()) {
          out.add(line.replaceFirst(";", "")); // escaped: shown, one ; less
          continue;
        }
        String name = single.group(3).substring(1, single.group(3).length() - 1);
        out.addAll(include(name, single.group(1), including, notes));
      } else if (block.matches() && !block.group(2).isEmpty()) {
        out.add(line.replaceFirst(";", ""));
      } else if (block.matches() && closes(lines, i + 1)) {
        int end = i + 1;
        for (; !BLOCK.matcher(lines.get(end)).matches(); end++) {
          String name = lines.get(end).strip();
          if (name.isEmpty()) out.add("");
          else if (!name.startsWith(";")) out.addAll(include(name, block.group(1), including, notes));
        }
        i = end;
      } else if (including.isEmpty() || !SECTION.matcher(line).find()) {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean closes(List<String> lines, int from) {
    for (int k = from; k < lines.size(); k++) {
      Matcher m = BLOCK.matcher(lines.get(k));
      if (m.matches() && m.group(2).isEmpty()) return true;
    }
    return false;
  }

  private List<String> include(String spec, String indent, Deque<Path> including, Notes notes) {
    if (spec.startsWith(";")) return List.of();
    if (spec.matches("(?i)https?://.*")) {
      return List.of(indent + notes.mark("snippet '" + spec + "' is on another site, which the import does not download. Copy its text into the page."));
    }
    // A name is a file first, colons and all; only then is a :3:8 or :name after it a cut.
    Optional<Path> file = find(spec);
    int first = 1;
    int last = Integer.MAX_VALUE;
    String section = null;
    Matcher lines = LINES.matcher(spec);
    Matcher named = NAMED.matcher(spec);
    if (file.isEmpty() && lines.matches() && (!lines.group(2).isEmpty() || lines.group(3) != null)) {
      first = Math.max(1, number(lines.group(2), 1));
      last = number(lines.group(3), Integer.MAX_VALUE);
      file = find(lines.group(1));
    } else if (file.isEmpty() && named.matches()) {
      section = named.group(2);
      file = find(named.group(1));
    }
    if (file.isEmpty()) {
      return List.of(indent + notes.mark("snippet '" + spec + "' was not found under the snippets' base_path, so MkDocs showed nothing here. Copy the text it"
          + " was meant to show into the page, or remove the line."));
    }
    if (including.contains(file.get()) || including.size() >= DEPTH) return List.of();
    List<String> text;
    try {
      text = List.of(Files.readString(file.get(), StandardCharsets.UTF_8).replace("\r\n", "\n").split("\n", -1));
    } catch (IOException e) {
      return List.of(indent + notes.mark("snippet '" + spec + "' could not be read (" + e.getMessage() + "). Copy its text into the page."));
    }
    if (!text.isEmpty() && text.get(text.size() - 1).isEmpty()) text = text.subList(0, text.size() - 1);
    List<String> cut = new ArrayList<>();
    if (section != null) {
      boolean in = false;
      for (String l : text) {
        Matcher s = SECTION.matcher(l);
        if (s.find() && s.group(2).equals(section)) {
          in = s.group(1).equals("start");
          continue;
        }
        if (in) cut.add(l);
      }
    } else {
      for (int n = first; n <= Math.min(last, text.size()); n++) cut.add(text.get(n - 1));
    }
    including.push(file.get());
    List<String> expanded = expand(cut, including, notes);
    including.pop();
    List<String> out = new ArrayList<>();
    for (String l : expanded) out.add(l.isEmpty() ? "" : indent + l);
    return out;
  }

  /** A line number as written (at most nine digits are read), or {@code none} when there is none. */
  private static int number(String digits, int none) {
    return digits == null || digits.isEmpty() ? none : Integer.parseInt(digits.substring(0, Math.min(9, digits.length())));
  }

  /** The first base path's file of that name (a base path that is a file matches its own name), inside the repository. */
  private Optional<Path> find(String name) {
    try {
      return findIn(name);
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty(); // a name no file can have
    }
  }

  private Optional<Path> findIn(String name) {
    for (Path base : bases) {
      Path candidate;
      if (Files.isRegularFile(base)) {
        if (!base.getFileName().toString().equals(name)) continue;
        candidate = base;
      } else {
        candidate = base.resolve(name).normalize();
        if (!candidate.startsWith(base)) continue; // restrict_base_path, on by default
      }
      if (candidate.startsWith(repository) && SourceFiles.insideRepository(candidate, repository)) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}
