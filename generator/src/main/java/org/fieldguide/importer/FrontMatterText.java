package org.fieldguide.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Front matter as other generators accept it: YAML between {@code ---} lines, TOML between
 * {@code +++} lines (Hugo), or a JSON object (Hugo); none at all is allowed too.
 */
final class FrontMatterText {
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private final YAMLMapper yaml = new YAMLMapper();
  private final TomlMapper toml = new TomlMapper();
  private final ObjectMapper json = new ObjectMapper();

  /** A file cut into front matter and body; {@code bodyLine} is the body's first line. */
  record Parsed(boolean hasFrontMatter, Map<String, Object> frontMatter, String body, int bodyLine) {}

  /**
   * Thrown for front matter or a configuration that cannot be read, with where the reader
   * stopped (line 1, column 1 when it does not say).
   */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Unreadable(String message) {
      this(message, 1, 1);
    }

    Unreadable(String message, int line, int column) {
      super(message);
      this.line = Math.max(line, 1);
      this.column = Math.max(column, 1);
    }

    /** The 1-based line in the whole file. */
    int line() {
      return line;
    }

    int column() {
      return column;
    }
  }

  Parsed parse(String text) throws Unreadable {
    return parse(text, true);
  }

  /**
   * Front matter as MyST reads it: YAML between {@code ---} lines only. A MyST page may start
   * with {@code {ref}`…`} or {@code {{ name }}}, and {@code +++} is a block break there: Markdown,
   * not Hugo's JSON or TOML front matter.
   */
  Parsed parseYaml(String text) throws Unreadable {
    return parse(text, false);
  }

  private Parsed parse(String text, boolean hugo) throws Unreadable {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = t.replace("\r\n", "\n");
    String fence = t.startsWith("---\n") || t.startsWith("--- \n") ? "---" : hugo && t.startsWith("+++\n") ? "+++" : null;
    if (fence == null && hugo && t.startsWith("{")) return json(t);
    if (fence == null) return new Parsed(false, new LinkedHashMap<>(), t, 1);
    int start = t.indexOf('\n') + 1;
    int pos = start;
    int line = 2;
    while (pos <= t.length()) {
      int end = t.indexOf('\n', pos);
      String l = end < 0 ? t.substring(pos) : t.substring(pos, end);
      if (l.stripTrailing().equals(fence) || fence.equals("---") && l.stripTrailing().equals("...")) {
        String header = t.substring(start, pos);
        String body = end < 0 ? "" : t.substring(end + 1);
        return new Parsed(true, read(header, fence), body, line + 1);
      }
      if (end < 0) break;
      pos = end + 1;
      line++;
    }
    throw new Unreadable("the front matter that starts on line 1 is not closed by a '" + fence + "' line");
  }

  private Map<String, Object> read(String header, String fence) throws Unreadable {
    if (header.isBlank()) return new LinkedHashMap<>();
    try {
      Map<String, Object> m = fence.equals("+++") ? toml.readValue(header, MAP) : yaml.readValue(header, MAP);
      return m == null ? new LinkedHashMap<>() : m;
    } catch (JsonProcessingException e) {
      // The header starts on the file's second line, after the fence.
      throw new Unreadable("its front matter is not valid " + (fence.equals("+++") ? "TOML" : "YAML") + ": " + e.getOriginalMessage().lines().findFirst().orElse(""),
          line(e) + 1, column(e));
    }
  }

  /** Hugo's JSON front matter: an object at the top, the body after its closing brace. */
  private Parsed json(String t) throws Unreadable {
    int depth = 0;
    boolean string = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (string) {
        if (c == '\\') i++;
        else if (c == '"') string = false;
      } else if (c == '"') {
        string = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        try {
          Map<String, Object> m = json.readValue(t.substring(0, i + 1), MAP);
          String rest = t.substring(i + 1);
          int skipped = rest.startsWith("\n") ? 1 : 0;
          int line = (int) t.substring(0, i + 1).chars().filter(ch -> ch == '\n').count() + 1 + skipped;
          return new Parsed(true, m, rest.substring(skipped), line);
        } catch (JsonProcessingException e) {
          throw new Unreadable("its JSON front matter is not valid: " + e.getOriginalMessage());
        }
      }
    }
    return new Parsed(false, new LinkedHashMap<>(), t, 1);
  }

  /** A configuration file in YAML, TOML or JSON, by its extension. */
  Map<String, Object> config(String fileName, String text) throws Unreadable {
    try {
      Map<String, Object> m;
      if (fileName.endsWith(".toml")) m = toml.readValue(text, MAP);
      else if (fileName.endsWith(".json")) m = json.readValue(text, MAP);
      else m = yaml.readValue(YamlTags.strip(text), MAP);
      return m == null ? new LinkedHashMap<>() : m;
    } catch (JsonProcessingException e) {
      throw new Unreadable(fileName + " cannot be read: " + e.getOriginalMessage().lines().findFirst().orElse(""), line(e), column(e));
    }
  }

  private static int line(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }

  private static int column(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
  }
}
