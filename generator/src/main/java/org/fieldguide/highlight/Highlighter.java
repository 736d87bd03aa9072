package org.fieldguide.highlight;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Highlights code at build time: the code as HTML, escaped, with its tokens in {@code <span
 * class="hl-…">} (c comment, s string, n number, k keyword, v variable, f command or function,
 * a key, option or label name). Languages are named as in a fenced block's info string
 * ({@code bash}, {@code yaml}, …); any other language, or none, is escaped text. Thread-safe:
 * build one and share it.
 *
 * <p>It remembers the blocks it highlighted (see {@link #MEMO_CHARS}): the same block is on many
 * pages. A translation shows its original's code blocks (commands are not translated), and
 * runbooks repeat the same commands: this repository's content has 380 blocks, 111 different; the
 * benchmark's 10,000 pages x 3, 21,337 blocks, 6,357 different. Matching the lexers' patterns at
 * every character of a block was 2 of the 73 CPU seconds of that cold build. What a block shows
 * depends on its language's lexer and its text alone, so a remembered one is the same text.
 */
public final class Highlighter {
  private record Language(String displayName, Lexer lexer) {}

  /** A block as remembered: languages that share a lexer ({@code bash}, {@code sh}) share blocks. */
  private record Block(Lexer lexer, String code) {}

  /**
   * How many characters of code and HTML the blocks remembered hold at most (about twice as many
   * bytes): blocks past it are highlighted every time. A build session (a watching server's too)
   * keeps one highlighter, and this keeps its memory bounded however large the site.
   */
  static final long MEMO_CHARS = 4L << 20;
  /** A block longer than this is not remembered: a long listing is seldom shown twice. */
  static final int MEMO_BLOCK = 16 << 10;

  private final Map<String, Language> languages;
  private final Map<Block, String> memo = new ConcurrentHashMap<>();
  private final AtomicLong memoChars = new AtomicLong();

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
    if (l == null) return Html.escape(code);
    if (code.length() > MEMO_BLOCK) return l.lexer().html(code);
    Block block = new Block(l.lexer(), code);
    String known = memo.get(block);
    if (known != null) return known;
    String html = l.lexer().html(code);
    // Counted before it is kept: two threads may each count a block that only one keeps, which
    // stops the memo a little early, never late.
    if (memoChars.addAndGet(code.length() + html.length()) <= MEMO_CHARS) memo.putIfAbsent(block, html);
    return html;
  }

  /** How many blocks are remembered; for tests. */
  int remembered() {
    return memo.size();
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
