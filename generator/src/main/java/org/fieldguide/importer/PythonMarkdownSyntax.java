package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of the Python-Markdown extensions an MkDocs site turns on in {@code
 * markdown_extensions} that CommonMark reads as text, or as something else: keys ({@code
 * ++ctrl+alt+del++}, pymdownx.keys), marks ({@code ==text==}), insertions and superscripts
 * ({@code ^^text^^}, {@code 2^10^}, pymdownx.caret), subscripts ({@code H~2~O}, pymdownx.tilde,
 * which GitHub's Markdown would strike through) and abbreviations ({@code *[HTML]: …}, abbr).
 * Each becomes the HTML element the extension made, which pages may hold. Definition lists
 * (def_list) are written as fieldguide writes them, except that a blank line between a term and
 * its definition, which def_list allows, is taken out. A block's classes ({@code text { .annotate }}, attr_list) are dropped, and the {@code
 * markdown} attribute of md_in_html is replaced by the blank lines CommonMark needs to read the
 * Markdown inside an element. MkDocs Material's icons ({@code :material-alert:}, with the attribute list sizing them)
 * have no counterpart and are removed, with a note.
 *
 * <p>Code (fenced blocks, code spans), link destinations and addresses are left as they are: a
 * {@code ~} in {@code https://example.org/~user/} is not a subscript.
 */
final class PythonMarkdownSyntax {
  // Code spans, link destinations, HTML tags (an abbreviation in an alt text stays as it is) and addresses.
  private static final Pattern PROTECTED = Pattern.compile("(`+).*?\\1|\\]\\([^)]*\\)|<[A-Za-z/!][^>]*>|https?://[^\\s)>\\]]+");
  private static final Pattern KEYS = Pattern.compile("\\+\\+((?:[\\w-]+|\"[^\"]*\")(?:\\+(?:[\\w-]+|\"[^\"]*\"))*)\\+\\+");
  // Not inside a word (x==y==z), as the extensions' smart modes, on by default, read them.
  private static final Pattern MARK = Pattern.compile("(?<![\\w=])==(?![=\\s])(.+?)(?<![=\\s])==(?![\\w=])");
  private static final Pattern INSERT = Pattern.compile("(?<![\\w^])\\^\\^(?![\\^\\s])(.+?)(?<![\\^\\s])\\^\\^(?![\\w^])");
  // Not a footnote's [^1]: no brackets inside, none before.
  private static final Pattern SUPERSCRIPT = Pattern.compile("(?<![\\[\\^])\\^([^\\s^\\[\\]]+?)\\^(?!\\^)");
  private static final Pattern SUBSCRIPT = Pattern.compile("(?<!~)~(?![~\\s])([^\\s~]+?)~(?!~)");
  private static final Pattern ICON = Pattern.compile(":(?:material|fontawesome|octicons|simple)-[\\w-]+:(?:\\{[^}\\n]*\\})?[ \\t]?");
  private static final Pattern ABBREVIATION = Pattern.compile("^\\*\\[([^\\]]+)\\]:[ \\t]*(.*)$");
  private static final Pattern DEFINITION = Pattern.compile("^:[ \\t]{1,3}(\\S.*)$");
  private static final Pattern SETEXT = Pattern.compile("^\\s*=+\\s*$");
  // A block's classes, written after its last line ("text { .annotate }"); not an inline list, which touches its element.
  private static final Pattern BLOCK_CLASSES = Pattern.compile("^(.*\\S)[ \\t]+\\{[ \\t]*\\.[\\w-]+(?:[ \\t]+\\.[\\w-]+)*[ \\t]*\\}[ \\t]*$");
  // md_in_html: an element whose content is Markdown, its opening tag alone on its line.
  private static final Pattern MARKDOWN_IN_HTML =
      Pattern.compile("^(\\s*<(\\w+)\\b[^>]*?)\\s+markdown(?:=(?:\"(?:1|block|span)\"|'(?:1|block|span)'|1))?((?:\\s[^>]*)?>)\\s*$");
  // pymdownx.keys' names for the keys writers most often press; others are spelt out.
  private static final Map<String, String> KEY_NAMES = Map.ofEntries(
      Map.entry("ctrl", "Ctrl"), Map.entry("control", "Ctrl"), Map.entry("alt", "Alt"), Map.entry("shift", "Shift"),
      Map.entry("cmd", "Cmd"), Map.entry("command", "Cmd"), Map.entry("meta", "Meta"), Map.entry("windows", "Win"),
      Map.entry("super", "Super"), Map.entry("del", "Del"), Map.entry("delete", "Del"), Map.entry("backspace", "Backspace"),
      Map.entry("enter", "Enter"), Map.entry("return", "Return"), Map.entry("tab", "Tab"), Map.entry("esc", "Esc"),
      Map.entry("escape", "Esc"), Map.entry("space", "Space"), Map.entry("insert", "Ins"), Map.entry("home", "Home"),
      Map.entry("end", "End"), Map.entry("page-up", "Page Up"), Map.entry("page-down", "Page Down"),
      Map.entry("arrow-up", "↑ Up"), Map.entry("arrow-down", "↓ Down"), Map.entry("arrow-left", "← Left"),
      Map.entry("arrow-right", "→ Right"));

  private final boolean keys;
  private final boolean mark;
  private final boolean caret;
  private final boolean tilde;
  private final boolean icons;
  private final boolean abbreviations;
  private final boolean definitions;
  private final boolean blockClasses;
  private final boolean markdownInHtml;

  /** @param extensions the names {@code markdown_extensions} lists ({@code pymdownx.keys}, {@code abbr}, …) */
  PythonMarkdownSyntax(Set<String> extensions) {
    this.keys = extensions.contains("pymdownx.keys");
    this.mark = extensions.contains("pymdownx.mark");
    this.caret = extensions.contains("pymdownx.caret");
    this.tilde = extensions.contains("pymdownx.tilde");
    this.icons = extensions.contains("pymdownx.emoji");
    this.abbreviations = extensions.contains("abbr");
    this.definitions = extensions.contains("def_list");
    this.blockClasses = extensions.contains("attr_list");
    this.markdownInHtml = extensions.contains("md_in_html");
  }

  /** The page's lines, converted outside fenced code. */
  List<String> convert(List<String> lines, Notes notes) {
    Map<String, String> abbreviated = new LinkedHashMap<>();
    List<String> kept = new ArrayList<>();
    List<Boolean> code = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (String line : lines) {
      boolean inCode = fences.isCode(line);
      Matcher a = ABBREVIATION.matcher(line);
      if (!inCode && abbreviations && a.matches()) {
        if (!a.group(1).isBlank()) abbreviated.put(a.group(1).strip(), a.group(2).strip());
        continue;
      }
      kept.add(line);
      code.add(inCode);
    }
    Inline inline = new Inline(abbreviated, notes);
    java.util.Deque<String> opened = new java.util.ArrayDeque<>(); // md_in_html elements not closed yet
    List<String> out = new ArrayList<>();
    List<Boolean> outCode = new ArrayList<>(); // beside out: lines are added here, not only changed
    for (int i = 0; i < kept.size(); i++) {
      String line = kept.get(i);
      if (code.get(i) || SETEXT.matcher(line).matches()) {
        out.add(line);
        outCode.add(code.get(i));
        continue;
      }
      Matcher classes = BLOCK_CLASSES.matcher(line);
      // Classes styled the old theme (MkDocs Material's code annotations, buttons): dropped, as on headings.
      if (blockClasses && classes.matches()) line = classes.group(1);
      Matcher html = MARKDOWN_IN_HTML.matcher(line);
      if (markdownInHtml && html.matches()) {
        // CommonMark reads Markdown inside an HTML block only after a blank line: one is put in
        // after the opening tag, and before a closing tag alone on its line (below).
        out.addAll(List.of(html.group(1) + html.group(3), ""));
        outCode.addAll(List.of(false, false));
        opened.push(html.group(2));
        continue;
      }
      // Only an md_in_html element's own closing tag: another's (a </pre>) is left as it is.
      if (!opened.isEmpty() && line.strip().equals("</" + opened.peek() + ">")) {
        opened.pop();
        if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
          out.add("");
          outCode.add(false);
        }
      }
      out.add(inline.line(line));
      outCode.add(false);
    }
    return definitions ? tightTerms(out, outCode) : out;
  }

  /** The inline pass over one page: its abbreviations' pattern, made once, and whether its icon note is given. */
  private final class Inline {
    private final Map<String, String> abbreviated;
    private final Pattern abbreviation;
    private final Notes notes;
    private boolean iconNoted;

    Inline(Map<String, String> abbreviated, Notes notes) {
      this.abbreviated = abbreviated;
      this.notes = notes;
      // One pass for all, longest first, so that a title written in is not searched again.
      this.abbreviation = abbreviated.isEmpty() ? null : Pattern.compile("(?<!\\w)(?:"
          + abbreviated.keySet().stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
              .collect(java.util.stream.Collectors.joining("|"))
          + ")(?!\\w)");
    }

    /** The line with what is outside code, link addresses and tags converted. */
    String line(String line) {
      StringBuilder out = new StringBuilder();
      Matcher p = PROTECTED.matcher(line);
      int at = 0;
      while (p.find()) {
        out.append(text(line.substring(at, p.start()))).append(p.group());
        at = p.end();
      }
      return out.append(text(line.substring(at))).toString();
    }

    private String text(String s) {
      if (icons) {
        // One note a page, at the first: an icon is decoration, and a grid of cards holds dozens.
        s = Regex.replace(ICON, s, m -> {
          if (iconNoted) return "";
          iconNoted = true;
          return notes.mark("MkDocs Material's icons (:material-…:, :fontawesome-…:, :octicons-…:) were removed: fieldguide has none.");
        });
      }
      if (keys) s = Regex.replace(KEYS, s, m -> keys(m.group(1)));
      if (mark) s = Regex.replace(MARK, s, m -> "<mark>" + m.group(1) + "</mark>");
      if (caret) {
        s = Regex.replace(INSERT, s, m -> "<ins>" + m.group(1) + "</ins>");
        s = Regex.replace(SUPERSCRIPT, s, m -> "<sup>" + m.group(1) + "</sup>");
      }
      if (tilde) s = Regex.replace(SUBSCRIPT, s, m -> "<sub>" + m.group(1) + "</sub>");
      if (abbreviation != null) {
        s = Regex.replace(abbreviation, s, m -> "<abbr title=\"" + abbreviated.get(m.group()).replace("&", "&amp;").replace("\"", "&quot;") + "\">"
            + m.group() + "</abbr>");
      }
      return s;
    }
  }

  private static String keys(String written) {
    List<String> out = new ArrayList<>();
    for (String key : written.split("\\+(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
      String name = key.startsWith("\"") ? key.substring(1, key.length() - 1) : spelt(key);
      out.add("<kbd>" + name.replace("&", "&amp;").replace("<", "&lt;") + "</kbd>");
    }
    return String.join("+", out);
  }

  private static String spelt(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (KEY_NAMES.containsKey(k)) return KEY_NAMES.get(k);
    if (k.length() == 1) return k.toUpperCase(Locale.ROOT);
    if (k.matches("f\\d{1,2}")) return k.toUpperCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (String part : k.split("-")) {
      if (part.isEmpty()) continue;
      if (b.length() > 0) b.append(' ');
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }

  /**
   * The lines without a blank line between a term (a line of its own after a blank line) and its
   * first definition ({@code :   text}): def_list reads one there, fieldguide's definition lists
   * start right under their terms.
   */
  static List<String> tightTerms(List<String> lines, List<Boolean> code) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      boolean loose = lines.get(i).isBlank() && i > 0 && i + 1 < lines.size() && !code.get(i - 1) && !code.get(i + 1)
          && !lines.get(i - 1).isBlank() && !lines.get(i - 1).startsWith(" ") && (i < 2 || lines.get(i - 2).isBlank())
          && DEFINITION.matcher(lines.get(i + 1)).matches();
      if (!loose) out.add(lines.get(i));
    }
    return out;
  }
}
