package org.fieldguide.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Hugo shortcodes that show another file's text, or a word from another file: Docsy's {@code
 * readfile} (a file beside the page, or from the site's root with a leading {@code /}; as code
 * with {@code code="true"} and its {@code lang}), and Kubernetes' {@code include} (a file of the
 * {@code includes} bundle of the page's language, else a page beside it), {@code heading} (a
 * heading's text in the page's language, from the site's translation strings) and {@code
 * glossary_tooltip} (its text, else the glossary term's title: the tooltip itself is the site's
 * script), {@code glossary_definition} (the term's definition), and Grafana's {@code docs/shared} (a file of the documentation's {@code shared} folder). The text is put in before the other shortcodes are converted, so those it holds are
 * converted too. Files are read only inside the repository; one not found leaves the shortcode,
 * for the note every unknown one gets.
 */
final class HugoIncludes {
  private static final Pattern READFILE = Pattern.compile("\\{\\{[<%]\\s*readfile\\s+(.*?)\\s*/?[>%]}}");
  private static final Pattern INCLUDE = Pattern.compile("\\{\\{[<%]\\s*include\\s+(.*?)\\s*/?[>%]}}");
  private static final Pattern HEADING = Pattern.compile("\\{\\{[<%]\\s*heading\\s+(.*?)\\s*/?[>%]}}");
  // Kubernetes' newer forms, a heading of their own: {{% prerequisites-heading %}} (or _heading).
  private static final Pattern NAMED_HEADING = Pattern.compile("\\{\\{[<%]\\s*([a-z]+)[-_]heading\\s*/?[>%]}}");
  /** Kubernetes' English headings, for a site whose strings are not in the repository (or not read). */
  private static final Map<String, String> ENGLISH_HEADINGS = Map.of(
      "prerequisites", "Before you begin", "whatsnext", "What's next", "objectives", "Objectives", "cleanup", "Clean up",
      "synopsis", "Synopsis", "options", "Options", "seealso", "See Also");
  private static final Pattern SHARED = Pattern.compile("\\{\\{[<%]\\s*docs/shared\\s+(.*?)\\s*/?[>%]}}");
  private static final Pattern ATX = Pattern.compile("^( {0,3})(#{1,6})(?=\\s|$)");
  private static final Pattern DEFINITION = Pattern.compile("\\{\\{[<%]\\s*glossary_definition\\s+(.*?)\\s*/?[>%]}}");
  private static final Pattern GLOSSARY = Pattern.compile("\\{\\{[<%]\\s*glossary_tooltip\\s+(.*?)\\s*/?[>%]}}");
  private static final int ROUNDS = 4;

  private final Path repository;
  private final FrontMatterText frontMatter = new FrontMatterText();
  /** Translation strings by language, read once per import. */
  private final Map<String, Map<String, Object>> strings = new HashMap<>();

  HugoIncludes(Path repository) {
    this.repository = repository.toAbsolutePath().normalize();
  }

  String convert(String body, SourcePage page) {
    Path dir = page.file().toAbsolutePath().normalize().getParent();
    String s = body;
    // An included file may include another: a few rounds, until nothing changes.
    for (int round = 0; round < ROUNDS; round++) {
      String before = s;
      s = Regex.replace(READFILE, s, m -> readfile(dir, ShortcodeConverter.args(m.group(1))).map(t -> indented(t, ShortcodeConverter.indentAt(before, m.start())))
          .orElse(m.group()));
      s = Regex.replace(INCLUDE, s, m -> include(dir, ShortcodeConverter.args(m.group(1))).orElse(m.group()));
      s = Regex.replace(SHARED, s, m -> shared(dir, ShortcodeConverter.args(m.group(1))).orElse(m.group()));
      if (s.equals(before)) break;
    }
    s = Regex.replace(HEADING, s, m -> heading(page.language(), ShortcodeConverter.args(m.group(1)).getOrDefault("0", "")).orElse(m.group()));
    s = Regex.replace(NAMED_HEADING, s, m -> heading(page.language(), m.group(1)).map(h -> "## " + h).orElse(m.group()));
    s = Regex.replace(DEFINITION, s, m -> definition(dir, ShortcodeConverter.args(m.group(1))).orElse(m.group()));
    return Regex.replace(GLOSSARY, s, m -> glossary(dir, ShortcodeConverter.args(m.group(1))).orElse(m.group()));
  }

  /** Docsy's readfile: Markdown put in, or code with {@code code="true"}. */
  private Optional<String> readfile(Path dir, Map<String, String> a) {
    String name = a.getOrDefault("file", a.getOrDefault("0", ""));
    if (name.isBlank()) return Optional.empty();
    // From the page's folder; with a leading slash from the project's root, and then (as Hugo's
    // readFile does) from the content folder, an ancestor of the page.
    List<Path> tries = name.startsWith("/") ? ancestors(dir).stream().map(d -> d.resolve(name.substring(1))).toList() : List.of(dir.resolve(name));
    if (name.startsWith("/")) tries = java.util.stream.Stream.concat(java.util.stream.Stream.of(repository.resolve(name.substring(1))), tries.stream()).toList();
    for (Path file : tries) {
      Optional<String> text = read(file);
      if (text.isEmpty()) continue;
      if (!"true".equals(a.get("code"))) return Optional.of(body(text.get()));
      String content = text.get().replace("\r\n", "\n").stripTrailing();
      String fence = content.contains("```") ? "~~~~" : "```";
      return Optional.of(fence + a.getOrDefault("lang", "") + "\n" + content + "\n" + fence);
    }
    return Optional.empty();
  }

  /** Kubernetes' include: a file of the nearest {@code includes} bundle whose name starts so, else a page beside this one. */
  private Optional<String> include(Path dir, Map<String, String> a) {
    String name = a.getOrDefault("0", "");
    if (name.isBlank() || name.contains("..")) return Optional.empty();
    for (Path d : ancestors(dir)) {
      Path bundle = d.resolve("includes");
      if (!Files.isDirectory(bundle)) continue;
      Optional<String> text = read(bundle.resolve(name)).or(() -> firstMatch(bundle, name));
      if (text.isPresent()) return text.map(this::body);
    }
    // Else a page beside this one (Kubernetes), or a file from the project's root (Relearn's include).
    return read(dir.resolve(name)).or(() -> read(dir.resolve(name + ".md"))).or(() -> read(repository.resolve(name.replaceFirst("^/", ""))))
        .map(this::body);
  }

  /**
   * Grafana's docs/shared: a file of the {@code shared} folder of the documentation ({@code
   * docs/sources/shared/}), its headings made deeper by {@code leveloffset}. Found only when the
   * repository has it: pages shared from another project's repository are not here.
   */
  private Optional<String> shared(Path dir, Map<String, String> a) {
    String lookup = a.getOrDefault("lookup", "");
    if (lookup.isBlank()) return Optional.empty();
    int offset;
    try {
      offset = Integer.parseInt(a.getOrDefault("leveloffset", "0").replace("+", "").strip());
    } catch (NumberFormatException e) {
      offset = 0;
    }
    for (Path d : ancestors(dir)) {
      Optional<String> text = read(d.resolve("shared").resolve(lookup));
      if (text.isPresent()) return Optional.of(deeper(body(text.get()), offset));
    }
    return Optional.empty();
  }

  /** ATX headings {@code offset} levels deeper (at most 6), outside code blocks. */
  private static String deeper(String text, int offset) {
    if (offset <= 0) return text;
    StringBuilder out = new StringBuilder();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (String line : text.split("\n", -1)) {
      java.util.regex.Matcher h = ATX.matcher(line);
      if (!fences.isCode(line) && h.find()) line = h.group(1) + "#".repeat(Math.min(6, h.group(2).length() + offset)) + line.substring(h.end());
      out.append(line).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  /**
   * Kubernetes' heading: the {@code <name>_heading} string of the page's language, else of English
   * (Hugo's fallback, as the default language), else Kubernetes' own English one.
   */
  private Optional<String> heading(String language, String name) {
    String key = name + "_heading";
    return string(language, key).or(() -> string("en", key)).or(() -> Optional.ofNullable(ENGLISH_HEADINGS.get(name)));
  }

  private Optional<String> string(String language, String key) {
    Object v = strings.computeIfAbsent(language, this::readStrings).get(key);
    if (v instanceof Map<?, ?> m) v = m.get("other");
    return v instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
  }

  /**
   * Kubernetes' glossary_definition: the term's definition from the nearest glossary, its first
   * paragraph ({@code length="short"}) or all of it, after {@code prepend} (the definition's first
   * letter then in lower case, to go on the sentence).
   */
  private Optional<String> definition(Path dir, Map<String, String> a) {
    Optional<String> text = term(dir, a.getOrDefault("term_id", "")).map(this::body).map(t -> t.replace("<!--more-->", "").strip());
    if (text.isEmpty() || text.get().isEmpty()) return Optional.empty();
    String all = text.get();
    String first = all.split("\n\\s*\n", 2)[0];
    String prepend = a.getOrDefault("prepend", "");
    String lead = prepend.isBlank() ? first : prepend + " " + first.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + first.substring(1);
    boolean whole = List.of("long", "all").contains(a.getOrDefault("length", "short"));
    return Optional.of(whole ? lead + all.substring(first.length()) : lead);
  }

  /** A glossary term's file: {@code reference/glossary/<id>.md} or {@code glossary/<id>.md} in the nearest folder that has one. */
  private Optional<String> term(Path dir, String id) {
    if (id.isBlank() || id.contains("/") || id.contains("..")) return Optional.empty();
    for (Path d : ancestors(dir)) {
      for (Path file : List.of(d.resolve("reference/glossary/" + id + ".md"), d.resolve("glossary/" + id + ".md"))) {
        Optional<String> text = read(file);
        if (text.isPresent()) return text;
      }
    }
    return Optional.empty();
  }

  /** Kubernetes' glossary_tooltip: its text, else the term's title in the nearest glossary. */
  private Optional<String> glossary(Path dir, Map<String, String> a) {
    String text = a.getOrDefault("text", "");
    if (!text.isBlank()) return Optional.of(text);
    String id = a.getOrDefault("term_id", "");
    if (id.isBlank() || id.contains("/") || id.contains("..")) return Optional.empty();
    Optional<String> title = term(dir, id).flatMap(t -> {
      try {
        return Optional.ofNullable(frontMatter.parse(t).frontMatter().get("title")).map(Object::toString);
      } catch (FrontMatterText.Unreadable e) {
        return Optional.empty();
      }
    });
    return title.or(() -> Optional.of(id.replace('-', ' ')));
  }

  /** A Markdown file's text as a page shows it: without its front matter. */
  private String body(String text) {
    try {
      return frontMatter.parse(text).body().strip();
    } catch (FrontMatterText.Unreadable e) {
      return text.strip();
    }
  }

  /** Indented as the shortcode was (a list step), after its first line, which stands where the shortcode did. */
  private static String indented(String text, String indent) {
    return indent.isEmpty() ? text : text.replace("\n", "\n" + indent).replaceAll("\n" + indent + "(?=\n)", "\n");
  }

  private Optional<String> firstMatch(Path bundle, String prefix) {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(bundle, f -> f.getFileName().toString().startsWith(prefix) && SourceFiles.insideRepository(f, repository))) {
      // The first by name, so the result never depends on the file system's order.
      return java.util.stream.StreamSupport.stream(files.spliterator(), false).sorted().findFirst().flatMap(this::read);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The folders from {@code dir} up to the repository's root. */
  private List<Path> ancestors(Path dir) {
    List<Path> out = new java.util.ArrayList<>();
    for (Path d = dir; d != null && d.startsWith(repository); d = d.getParent()) out.add(d);
    return out;
  }

  /** A file's text, if it is a file inside the repository that can be read. */
  private Optional<String> read(Path file) {
    Path f = file.toAbsolutePath().normalize();
    if (!f.startsWith(repository) || !SourceFiles.insideRepository(f, repository)) return Optional.empty();
    try {
      return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A language's translation strings: Hugo's i18n/ folder, or data/i18n/ mounted there as Kubernetes does. */
  private Map<String, Object> readStrings(String language) {
    for (String name : List.of("i18n/" + language + ".toml", "i18n/" + language + ".yaml", "i18n/" + language + ".yml", "i18n/" + language + ".json",
        "data/i18n/" + language + "/" + language + ".toml")) {
      Optional<String> text = read(repository.resolve(name));
      if (text.isEmpty()) continue;
      try {
        ObjectMapper mapper = name.endsWith(".toml") ? new TomlMapper() : name.endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
        Object tree = mapper.readValue(text.get(), Object.class);
        // Hugo's strings are a table of id = text or id = {other = text}, or (YAML, JSON) a list of {id, translation}.
        Map<String, Object> out = new HashMap<>();
        if (tree instanceof Map<?, ?> m) m.forEach((k, v) -> out.put(k.toString(), v));
        if (tree instanceof List<?> l) {
          for (Object o : l) if (o instanceof Map<?, ?> e && e.get("id") != null) out.put(e.get("id").toString(), e.get("translation"));
        }
        return out;
      } catch (IOException e) {
        return Map.of();
      }
    }
    return Map.of();
  }
}
