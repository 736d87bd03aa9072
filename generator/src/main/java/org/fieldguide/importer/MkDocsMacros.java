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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Jinja that MkDocs' macros plugin (and the older markdownextradata plugin) runs on a page
 * before Markdown reads it, as far as it needs no Python: variables become their values (the
 * page's front matter, then {@code extra} of mkdocs.yml and the macros plugin's {@code
 * include_yaml} files; {@code page.title}, {@code page.meta.x}, {@code config.site_name}, {@code
 * config.extra.x}; a {@code default("…")} filter), {@code {% include "file.md" %}} the file's
 * text (from the plugin's {@code include_dir}, else the docs folder), {@code {# comments #}}
 * nothing and {@code {% raw %}} blocks their text. Anything else (macros written in Python, logic,
 * a variable set nowhere) is left as written, with a note where it stands in text (in code it is
 * left silently: code shows such text). Files are read only inside the repository.
 */
final class MkDocsMacros {
  private static final Pattern COMMENT = Pattern.compile("\\{#.*?#}", Pattern.DOTALL);
  private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%}(.*?)\\{%-?\\s*endraw\\s*-?%}", Pattern.DOTALL);
  private static final Pattern INCLUDE = Pattern.compile("\\{%-?\\s*include\\s+(?:\"([^\"]+)\"|'([^']+)')\\s*-?%}");
  private static final Pattern OUTPUT = Pattern.compile("\\{\\{-?\\s*([A-Za-z_][\\w.]*)\\s*((?:\\|\\s*[\\w]+(?:\\([^)]*\\))?\\s*)*)-?}}");
  private static final Pattern DEFAULT = Pattern.compile("\\|\\s*(?:default|d)\\(\\s*(?:\"([^\"]*)\"|'([^']*)')\\s*\\)");
  private static final Pattern ANY = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");
  private static final int DEPTH = 8;

  /** Runs none of it: a site without either plugin shows Jinja as text. */
  static final MkDocsMacros NONE = new MkDocsMacros(false, Path.of("."), List.of(), Map.of(), Map.of());

  private final boolean enabled;
  private final Path repository;
  private final List<Path> includeDirs;
  private final Map<String, Object> config;
  private final Map<String, Object> globals;

  /**
   * @param includeDirs where {@code include} looks, in order
   * @param config mkdocs.yml, for {@code config.*}
   * @param globals the variables every page has ({@code extra}, the include_yaml files)
   */
  MkDocsMacros(boolean enabled, Path repository, List<Path> includeDirs, Map<String, Object> config, Map<String, Object> globals) {
    this.enabled = enabled;
    this.repository = repository.toAbsolutePath().normalize();
    this.includeDirs = includeDirs.stream().map(d -> d.toAbsolutePath().normalize()).toList();
    this.config = config;
    this.globals = globals;
  }

  boolean enabled() {
    return enabled;
  }

  /** The page's text as the plugin made it, with what it could not make noted. */
  String render(String body, SourcePage page, String title, Notes notes, Protected held) {
    if (!enabled) return body;
    String text = included(verbatim(body, held), new ArrayDeque<>(), held);
    List<String> out = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (String line : text.split("\n", -1)) {
      boolean code = fences.isCode(line);
      String made = Regex.replace(OUTPUT, line, m -> value(m.group(1), page, title).or(() -> fallback(m.group(2))).orElse(m.group()));
      out.add(code ? made : Regex.replace(ANY, made, m -> notes.mark("macro '" + m.group() + "' left as text: write out its value, or remove it.") + m.group()));
    }
    return String.join("\n", out);
  }

  /** Comments removed, raw blocks held as their text. */
  private static String verbatim(String text, Protected held) {
    return COMMENT.matcher(Regex.replace(RAW, text, m -> held.hold(m.group(1)))).replaceAll("");
  }

  private String included(String text, Deque<Path> including, Protected held) {
    return Regex.replace(INCLUDE, text, m -> {
      String name = m.group(1) != null ? m.group(1) : m.group(2);
      for (Path dir : includeDirs) {
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(repository) || !SourceFiles.insideRepository(file, repository) || including.contains(file) || including.size() >= DEPTH) {
          continue;
        }
        try {
          String read = verbatim(Files.readString(file, StandardCharsets.UTF_8).stripTrailing(), held);
          including.push(file);
          try {
            return included(read, including, held);
          } finally {
            including.pop();
          }
        } catch (IOException e) {
          return m.group();
        }
      }
      return m.group();
    });
  }

  /** A variable's value as text; empty when nothing sets it to text, a number or true/false. */
  private Optional<String> value(String name, SourcePage page, String title) {
    String[] parts = name.split("\\.");
    Object v = switch (parts[0]) {
      case "page" -> parts.length == 2 && parts[1].equals("title") ? title
          : parts.length > 2 && parts[1].equals("meta") ? find(page.frontMatter(), parts, 2) : null;
      case "config" -> find(config, parts, 1);
      case "extra" -> find(config.get("extra") instanceof Map<?, ?> m ? m : Map.of(), parts, 1);
      // The page's own variables first, as the plugin lets front matter override the site's.
      default -> Optional.ofNullable(find(page.frontMatter(), parts, 0)).orElseGet(() -> find(globals, parts, 0));
    };
    return v instanceof String || v instanceof Number || v instanceof Boolean ? Optional.of(v.toString()) : Optional.empty();
  }

  private static Optional<String> fallback(String filters) {
    Matcher d = DEFAULT.matcher(filters);
    return d.find() ? Optional.of(d.group(1) != null ? d.group(1) : d.group(2)) : Optional.empty();
  }

  private static Object find(Map<?, ?> map, String[] parts, int from) {
    Object v = map;
    for (int i = from; i < parts.length; i++) {
      if (!(v instanceof Map<?, ?> m)) return null;
      v = m.get(parts[i]);
    }
    return v == map ? null : v;
  }

  /** The variables every page has: {@code extra} at the top, then each include_yaml file (under its key where one is given). */
  static Map<String, Object> globals(Map<String, Object> extra, List<Map.Entry<String, Map<String, Object>>> yamlFiles) {
    Map<String, Object> out = new LinkedHashMap<>(extra);
    for (Map.Entry<String, Map<String, Object>> f : yamlFiles) {
      if (f.getKey().isEmpty()) out.putAll(f.getValue());
      else out.put(f.getKey(), f.getValue());
    }
    return out;
  }
}
