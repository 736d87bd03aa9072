package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jekyll's includes in a page body: {@code {% include name param="value" %}} (a file of the
 * site's {@code _includes/}; {@code include_cached}, of the jekyll-include-cache plugin that
 * Minimal Mistakes and Just the Docs use, is the same) and {@code {% include_relative file %}} (a
 * file beside the page).
 * Liquid puts the file's text in before Markdown is read, so the page reads it as its own: the
 * text is copied in, its {@code {{ include.param }}} filled, its own includes put in too, and
 * indented as the tag was when the tag starts its line (inside a list step). The includes that
 * documentation themes ship in their gem, and so are not in the repository, are turned into what
 * fieldguide has for what they show: the call-outs of the Documentation Theme for Jekyll ({@code
 * note.html}, {@code tip.html}, {@code warning.html}, {@code important.html}, {@code callout.html
 * type=}) become admonitions, its {@code image.html} and Minimal Mistakes' {@code figure} images,
 * a {@code video} or {@code youtube} embed a link, a {@code toc} nothing (fieldguide's layouts
 * list the page's headings). An include whose file holds Liquid logic, or that the repository does
 * not have, is left as written with a note.
 */
final class JekyllIncludes {
  private static final Pattern TAG =
      Pattern.compile("\\{%-?\\s*(include_relative|include_cached|include)\\s+((?:[^%]|%(?!}))*?)\\s*-?%}", Pattern.DOTALL);
  private static final Pattern PARAM = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|(\\S+))");
  private static final Pattern INCLUDE_OUTPUT = Pattern.compile("\\{\\{-?\\s*include\\.([\\w-]+)((?:\\s*\\|[^}]*)?)\\s*-?}}");
  private static final Pattern DEFAULT_FILTER = Pattern.compile("\\|\\s*default:\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern LOGIC = Pattern.compile("\\{%-?\\s*(\\w+)");
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n.*?\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
  private static final int DEPTH = 8;

  private final Path repository;
  private final Path includes;

  /**
   * @param root the folder of {@code _config.yml}
   * @param includesDir the configuration's {@code includes_dir}, relative to it
   */
  JekyllIncludes(Path root, String includesDir) {
    this.repository = root.toAbsolutePath().normalize();
    this.includes = repository.resolve(includesDir).normalize();
  }

  /**
   * The page's text with its includes put in.
   *
   * @param page the page's file, which {@code include_relative} starts from
   * @param raw what Liquid's {@code raw} blocks become in an included file's text, as in the page's
   */
  String expand(String body, Path page, Notes notes, Protected held, UnaryOperator<String> raw) {
    return expand(body, page.toAbsolutePath().normalize(), new ArrayDeque<>(), notes, held, raw);
  }

  private String expand(String text, Path from, Deque<Path> including, Notes notes, Protected held, UnaryOperator<String> raw) {
    Matcher m = TAG.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(text, last, m.start());
      last = m.end();
      int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
      String before = text.substring(lineStart, m.start());
      int lineEnd = text.indexOf('\n', m.end());
      boolean ownLine = before.isBlank() && text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank();
      String indent = before.isBlank() ? before : "";
      Tag tag = Tag.of(m.group(1).equals("include_relative"), m.group(2));
      Optional<String> themed = tag.name().contains("{{") || !tag.variables().isEmpty() ? Optional.empty() : themed(tag, ownLine);
      Made made = themed.map(t -> new Made(t, null)).orElseGet(() -> fromFile(tag, from, including, notes, held, raw));
      if (made.text() == null) {
        // Left as written, held so that the later passes leave it alone; the note goes before it.
        out.append(notes.mark(made.note())).append(held.hold(m.group()));
        continue;
      }
      out.append(indented(made.text(), indent));
    }
    return out.append(text.substring(last)).toString();
  }

  /** What an include a documentation theme ships shows, in fieldguide's Markdown; empty for another include. */
  private static Optional<String> themed(Tag tag, boolean ownLine) {
    if (tag.relative()) return Optional.empty();
    String name = tag.name().toLowerCase(Locale.ROOT);
    String base = name.endsWith(".html") ? name.substring(0, name.length() - ".html".length()) : name;
    Map<String, String> p = tag.params();
    String content = p.getOrDefault("content", "");
    return switch (base) {
      case "note", "tip", "warning", "important" -> content.isBlank() ? Optional.empty() : Optional.of(callout(base, content, ownLine));
      case "callout" -> content.isBlank()
          ? Optional.empty()
          : Optional.of(callout(CalloutKinds.nearest(p.getOrDefault("type", "")).orElse("note"), content, ownLine));
      case "image", "figure", "inline_image" -> image(base, p, ownLine);
      case "video" -> ShortcodeConverter.video(p.getOrDefault("provider", "youtube"), p.getOrDefault("id", ""), "");
      case "youtube", "youtubeplayer" -> ShortcodeConverter.video("youtube", p.getOrDefault("id", ""), "");
      case "toc" -> Optional.of("");
      default -> Optional.empty();
    };
  }

  /** An admonition on lines of its own: the theme's {@code <div class="alert">} is a block, wherever the tag stood. */
  private static String callout(String kind, String content, boolean ownLine) {
    StringBuilder out = new StringBuilder(ownLine ? "" : "\n\n").append("!!! ").append(kind);
    for (String line : content.strip().split("\n", -1)) out.append('\n').append(line.isBlank() ? "" : "    " + line.strip());
    return out.append(ownLine ? "" : "\n\n").toString();
  }

  /**
   * The Documentation Theme for Jekyll's {@code image.html} and {@code inline_image.html} (a
   * {@code file} in the site's {@code images/}, {@code url} a link around it) and Minimal
   * Mistakes' {@code figure} ({@code image_path}); the caption follows the image. Empty without a file.
   */
  private static Optional<String> image(String base, Map<String, String> p, boolean ownLine) {
    String file = base.equals("figure") ? p.getOrDefault("image_path", "") : p.getOrDefault("file", "");
    if (file.isBlank()) return Optional.empty();
    String src = base.equals("figure") || file.startsWith("/") || file.contains("://") ? file : "/images/" + file;
    String caption = p.getOrDefault("caption", "").strip();
    // The caption says what the image shows when the writer gave no alt text.
    String alt = p.getOrDefault("alt", "").isBlank() ? caption : p.get("alt");
    String image = "![" + alt.replace("]", "\\]") + "](" + src.replace(" ", "%20") + ")";
    String url = p.getOrDefault("url", "");
    if (!url.isBlank()) image = "[" + image + "](" + url + ")";
    if (caption.isEmpty() || base.equals("inline_image")) return Optional.of(image);
    String figure = image + "\n\n*" + caption + "*";
    return Optional.of(ownLine ? figure : "\n\n" + figure + "\n\n");
  }

  /** The include's file with its parameters filled and its own includes put in; empty when it cannot be (noted). */
  private Made fromFile(Tag tag, Path from, Deque<Path> including, Notes notes, Protected held, UnaryOperator<String> raw) {
    String what = "Liquid " + (tag.relative() ? "include_relative '" : "include '") + tag.name() + "' left as text: ";
    if (tag.name().contains("{{")) return Made.noted(what + "its file is named by a variable, which an import cannot follow. Copy what it shows into the page, or remove it.");
    if (!tag.variables().isEmpty()) {
      return Made.noted(what + "it passes variables (" + String.join(", ", tag.variables())
          + "), which an import cannot follow. Copy what it shows into the page, or remove it.");
    }
    Path base = tag.relative() ? from.getParent() : includes;
    Path file = base.resolve(tag.name()).normalize();
    if (!file.startsWith(tag.relative() ? repository : includes) || !SourceFiles.insideRepository(file, repository)) {
      String where = tag.relative() ? "beside the page" : "in " + repository.relativize(includes).toString().replace('\\', '/') + "/ (a theme's include?)";
      return Made.noted(what + "the repository has no such file " + where + ". Copy what it shows into the page, or remove it.");
    }
    if (including.contains(file) || including.size() >= DEPTH) {
      return Made.noted(what + "it includes itself. Copy what it shows into the page, or remove it.");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Made.noted(what + "its file could not be read (" + e.getMessage() + "). Copy what it shows into the page.");
    }
    // Jekyll puts a file's front matter in as text; it is a page's, never what the writer meant to show.
    text = raw.apply(FRONT_MATTER.matcher(text).replaceFirst(""));
    text = Regex.replace(INCLUDE_OUTPUT, text, o -> {
      String value = tag.params().getOrDefault(o.group(1), "");
      Matcher d = DEFAULT_FILTER.matcher(o.group(2));
      return value.isEmpty() && d.find() ? (d.group(1) != null ? d.group(1) : d.group(2)) : value;
    });
    Matcher logic = LOGIC.matcher(text);
    while (logic.find()) {
      if (!logic.group(1).startsWith("include")) {
        return Made.noted(what + "its file holds Liquid logic ({% " + logic.group(1)
            + " %}), which an import cannot run. Copy what it shows into the page, or remove it.");
      }
    }
    including.push(file);
    try {
      return new Made(expand(text.strip(), file, including, notes, held, raw), null);
    } finally {
      including.pop();
    }
  }

  /** An include's text, or (text null) why it is left as written. */
  private record Made(String text, String note) {
    static Made noted(String note) {
      return new Made(null, note);
    }
  }

  private static String indented(String text, String indent) {
    if (indent.isEmpty() || !text.contains("\n")) return text;
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) out.append('\n').append(lines[i].isBlank() ? "" : indent);
      out.append(lines[i]);
    }
    return out.toString();
  }

  /** A tag's file name, its parameters given as quoted text, and those given as variables ({@code x=page.y}). */
  private record Tag(boolean relative, String name, Map<String, String> params, List<String> variables) {
    static Tag of(boolean relative, String arguments) {
      String args = arguments.strip();
      int space = firstSpaceOutsideBraces(args);
      String name = space < 0 ? args : args.substring(0, space);
      Map<String, String> params = new LinkedHashMap<>();
      List<String> variables = new ArrayList<>();
      if (space >= 0) {
        Matcher p = PARAM.matcher(args.substring(space));
        while (p.find()) {
          if (p.group(4) != null) variables.add(p.group(1) + "=" + p.group(4));
          else params.put(p.group(1), p.group(2) != null ? p.group(2) : p.group(3));
        }
      }
      return new Tag(relative, name, params, List.copyOf(variables));
    }

    private static int firstSpaceOutsideBraces(String s) {
      int depth = 0;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '{') depth++;
        else if (c == '}') depth--;
        else if (Character.isWhitespace(c) && depth <= 0) return i;
      }
      return -1;
    }
  }
}
