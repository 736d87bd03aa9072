package org.fieldguide.highlight;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Highlights code at build time: the code as HTML, escaped, with its tokens in {@code <span
 * class="hl-…">} (c comment, s string, n number, k keyword, v variable, f command or function,
 * a key, option or label name). Languages are named as in a fenced block's info string
 * ({@code bash}, {@code yaml}, …); any other language, or none, is escaped text. Immutable and
 * thread-safe: build one and share it.
 */
public final class Highlighter {
  private record Language(String displayName, Lexer lexer) {}

  private final Map<String, Language> languages;

  public Highlighter() {
    Language shell = new Language("Shell", Languages.shell());
    Language yaml = new Language("YAML", Languages.yaml());
    Language json = new Language("JSON", Languages.json());
    Language ini = new Language("INI", Languages.ini());
    Language python = new Language("Python", Languages.python());
    languages =
        Map.ofEntries(
            Map.entry("bash", shell),
            Map.entry("sh", shell),
            Map.entry("shell", shell),
            Map.entry("console", shell),
            Map.entry("zsh", shell),
            Map.entry("yaml", yaml),
            Map.entry("yml", yaml),
            Map.entry("json", json),
            Map.entry("promql", new Language("PromQL", Languages.promql())),
            Map.entry("ini", ini),
            Map.entry("cfg", ini),
            Map.entry("conf", ini),
            Map.entry("systemd", ini),
            Map.entry("toml", new Language("TOML", Languages.ini())),
            Map.entry("python", python),
            Map.entry("py", python),
            Map.entry("python3", python));
  }

  /** The code as HTML for {@code language} (empty for none): highlighted if known, else escaped. */
  public String html(String language, String code) {
    Language l = languages.get(language.toLowerCase(Locale.ROOT));
    return l == null ? Html.escape(code) : l.lexer().html(code);
  }

  /**
   * How readers know the language: "Shell" for {@code bash}, "YAML" for {@code yml}; a language
   * fieldguide does not highlight is named as written; {@code text} and none have no name.
   */
  public Optional<String> displayName(String language) {
    String key = language.toLowerCase(Locale.ROOT);
    Language l = languages.get(key);
    if (l != null) return Optional.of(l.displayName());
    if (key.isEmpty() || key.equals("text") || key.equals("txt") || key.equals("plain") || key.equals("plaintext")) return Optional.empty();
    return Optional.of(language);
  }
}
