package org.fieldguide.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MDX of a Docusaurus page as fieldguide Markdown: {@code import}s of partials
 * ({@code _part.md}) inline the partial where it is used; other imports and {@code export}s are
 * removed; {@code {/* comments *}/} and the blog's truncate marker too; {@link JsxBlocks} and
 * {@link DocusaurusAdmonitions} convert tabs, details and admonitions; {@code <Link to>} becomes a
 * link, {@code require(…)} and {@code useBaseUrl(…)} image sources plain paths; links to
 * {@code .md}/{@code .mdx} files and {@code @site/} paths are resolved as Docusaurus resolves them,
 * {@code pathname://} links taken as plain paths. Other JSX components are left as written,
 * with a note at their line.
 */
final class DocusaurusMarkup {
  private static final Set<String> CONVERTED = Set.of(
      "@theme/Tabs", "@theme/TabItem", "@theme/Admonition", "@theme/Details", "@theme/DocCardList", "@theme/CodeBlock",
      "@docusaurus/useBaseUrl", "@docusaurus/Link");
  private static final int DOTALL = Pattern.DOTALL;
  // A file's text imported as a string, for a <CodeBlock> to show: import Source from '!!raw-loader!./x.yaml'.
  private static final Pattern RAW_LOADER = Pattern.compile("^!!?raw-loader!(.+)$");
  private static final Pattern CODE_BLOCK = Pattern.compile("^([ \\t]*)<CodeBlock\\b([^>]*)>(.*)$");
  private static final Pattern CODE_BLOCK_END = Pattern.compile("^(.*?)</CodeBlock>\\s*$", DOTALL);
  private static final Pattern JSX_ATTRIBUTE = Pattern.compile("([\\w-]+)=(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*(?:\"([^\"]*)\"|'([^']*)'|([^}]*?))\\s*})");
  private static final Pattern IMPORT = Pattern.compile("import\\s+(?:([\\w$*{}\\s,]+?)\\s+from\\s*)?(['\"])([^'\"]+)\\2\\s*;?\\s*", DOTALL);
  private static final Pattern EXPORT = Pattern.compile("^export\\s+(const|let|var|function|default|class|async|\\{)");
  private static final Pattern NAME = Pattern.compile("(?:\\bas\\s+)?([A-Za-z_$][\\w$]*)(?!\\s+as\\b)");
  private static final Pattern COMMENT = Pattern.compile("\\{\\s*/\\*.*?\\*/\\s*}", DOTALL);
  private static final Pattern TRUNCATE = Pattern.compile("(?m)^[ \\t]*(?:<!--\\s*truncate\\s*-->|\\{/\\*\\s*truncate\\s*\\*/})[ \\t]*$");
  private static final Pattern H1 = Pattern.compile("^# +\\S.*$");
  private static final Pattern LINK = Pattern.compile("<Link\\s+(?:to|href)=[\"']([^\"']+)[\"']\\s*>(.*?)</Link>");
  private static final Pattern REQUIRE = Pattern.compile(
      "\\b(src|href)=\\{\\s*(?:require\\(\\s*(['\"])(.*?)\\2\\s*\\)(?:\\.default)?|useBaseUrl\\(\\s*(['\"])(.*?)\\4\\s*\\))\\s*}");
  private static final Pattern CLASS_NAME = Pattern.compile("(<[a-z][\\w-]*\\b[^>]*?\\s)className=");
  private static final Pattern MAGIC_COMMENT = Pattern.compile(
      "^\\s*(?://|#|--|;|<!--|/\\*|\\{\\s*/\\*)\\s*highlight-(?:next-line|start|end)\\s*(?:-->|\\*/\\s*}?)?\\s*$");
  private static final Pattern SPACE_EXPRESSION = Pattern.compile("\\{\\s*(['\"])\\s\\1\\s*}");
  private static final Pattern EXPRESSION = Pattern.compile("\\{\\s*[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*|\\([^(){}]*\\))+\\s*}");
  private static final Pattern DOC_CARD_LIST = Pattern.compile("^\\s*<DocCardList\\b[^>]*/>\\s*$");
  private static final Pattern COMPONENT = Pattern.compile("<([A-Z][\\w.]*)(?=[\\s>/]|$)");
  private static final Pattern EXPRESSION_ATTRIBUTE = Pattern.compile("<[a-z][\\w-]*\\b[^>]*?\\s[\\w-]+=\\{");
  private static final Pattern SELF_CLOSING = Pattern.compile("^\\s*<([A-Z][\\w]*)\\s*/>\\s*$");
  private static final Pattern INLINE = Pattern.compile("(\\]\\(\\s*)(<[^>\\n]*>|[^)\\s]+)");
  private static final Pattern REFERENCE = Pattern.compile("^( {0,3}\\[[^\\]]+\\]:\\s*)(<[^>]*>|\\S+)");
  private static final Pattern HTML_URL = Pattern.compile("(\\b(?:href|src)\\s*=\\s*)([\"'])(.*?)\\2");

  private final Path root;
  private final DocusaurusFiles files;
  private final FrontMatterText frontMatter = new FrontMatterText();

  DocusaurusMarkup(Path root, DocusaurusFiles files) {
    this.root = root;
    this.files = files;
  }

  String convert(String body, SourcePage page, Notes notes) {
    String s = withoutMagicComments(statements(body, page.file(), notes, 0));
    s = prose(s, p -> TRUNCATE.matcher(outsideCode(COMMENT, p, m -> "")).replaceAll(""));
    s = DocusaurusAdmonitions.convert(JsxBlocks.convert(s), notes);
    s = lines(s, l -> inline(l, notes));
    return attachNotes(lines(s, l -> links(l, page)));
  }

  /**
   * Notes of removed statements stand on lines of their own through the passes, which read line
   * starts; at the end each joins the next line with text: at its start, after its indentation,
   * or at its end where a marker in front would hide a fence or a link reference definition from
   * the passes that follow.
   */
  private static String attachNotes(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank() && Notes.strip(line).isBlank()) {
        pending.append(line.strip());
        continue;
      }
      if (pending.length() > 0 && !line.isBlank()) {
        String body = line.stripLeading();
        String indent = line.substring(0, line.length() - body.length());
        boolean front = !(body.startsWith("```") || body.startsWith("~~~") || REFERENCE.matcher(line).lookingAt());
        // At a line's end the marker needs a space before it, or it would read as part of the link or info string.
        line = front ? indent + pending + body : line + " " + pending;
        pending.setLength(0);
      }
      out.add(line);
    }
    if (pending.length() > 0) out.add(pending.toString());
    return String.join("\n", out);
  }

  /**
   * The body with a first {@code # heading} that follows the imports moved before them, where
   * Docusaurus finds the page's title (and fieldguide looks for it).
   */
  static String titleFirst(String body) {
    String[] lines = body.split("\n", -1);
    int i = 0;
    boolean statement = false;
    while (i < lines.length && (lines[i].isBlank() || lines[i].startsWith("import ") || lines[i].startsWith("export "))) {
      statement |= !lines[i].isBlank();
      i++;
    }
    if (!statement || i >= lines.length || !H1.matcher(lines[i]).matches()) return body;
    List<String> out = new ArrayList<>();
    out.add(lines[i]);
    out.add("");
    for (int k = 0; k < lines.length; k++) if (k != i) out.add(lines[k]);
    return String.join("\n", out);
  }

  /** Removes import and export statements; inlines the partials they import where they are used. */
  private String statements(String body, Path file, Notes notes, int depth) {
    List<String> lines = List.of(body.split("\n", -1));
    List<String> out = new ArrayList<>();
    Map<String, Path> partials = new LinkedHashMap<>();
    Map<String, Path> raws = new LinkedHashMap<>();
    StringBuilder pending = new StringBuilder();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean code = fences.isCode(line);
      int end = code ? -1 : line.startsWith("import") ? importEnd(lines, i) : EXPORT.matcher(line).find() ? exportEnd(lines, i) : -1;
      if (end >= 0 && line.startsWith("import")) {
        Matcher m = IMPORT.matcher(String.join("\n", lines.subList(i, end + 1)));
        m.matches();
        List<String> names = names(m.group(1));
        String from = m.group(3);
        Optional<Path> partial = from.matches(".*\\.mdx?$") ? partialFile(file, from) : Optional.empty();
        Matcher raw = RAW_LOADER.matcher(from);
        Optional<Path> rawFile = raw.matches() ? partialFile(file, raw.group(1)) : Optional.empty();
        if (rawFile.isPresent() && names.size() == 1) {
          raws.put(names.get(0), rawFile.get());
        } else if (partial.isPresent() && depth < 3) {
          names.forEach(n -> partials.put(n, partial.get()));
        } else if (!CONVERTED.contains(from)) {
          String what = names.isEmpty() ? "'" + from + "'" : String.join(", ", names) + " from '" + from + "'";
          pending.append(notes.mark("MDX import of " + what + " removed: fieldguide pages cannot import code. Rewrite what "
              + (names.isEmpty() ? "it" : String.join(", ", names)) + " showed in Markdown, or remove its use."));
        }
        i = end;
        continue;
      }
      if (end >= 0) {
        pending.append(notes.mark("MDX export removed ('" + line.strip() + (end > i ? " …" : "") + "'): fieldguide pages hold no code. "
            + "Write out the values the page used from it."));
        i = end;
        continue;
      }
      Matcher use = SELF_CLOSING.matcher(line);
      if (!code && use.matches() && partials.containsKey(use.group(1))) {
        line = inlined(partials.get(use.group(1)), notes, depth);
      }
      Matcher codeBlock = code ? null : CODE_BLOCK.matcher(line);
      int blockEnd = codeBlock != null && codeBlock.matches() ? codeBlockEnd(lines, i) : -1;
      if (blockEnd >= 0) {
        Optional<String> fenced = codeBlock(codeBlock.group(1), codeBlock.group(2),
            String.join("\n", lines.subList(i, blockEnd + 1)).substring(codeBlock.start(3)), raws);
        if (fenced.isPresent()) {
          line = fenced.get();
          i = blockEnd;
        }
      }
      if (pending.length() > 0) {
        out.add(pending.toString());
        pending.setLength(0);
      }
      out.add(line);
    }
    if (pending.length() > 0) out.add(pending.toString());
    return String.join("\n", out);
  }

  private String inlined(Path partial, Notes notes, int depth) {
    try {
      String text = frontMatter.parse(Files.readString(partial, StandardCharsets.UTF_8)).body();
      return statements(text.strip(), partial, notes, depth + 1);
    } catch (IOException | FrontMatterText.Unreadable e) {
      return notes.mark("the partial " + partial.getFileName() + " could not be read (" + e.getMessage() + "); copy its text here.") + "";
    }
  }

  /** The line where a {@code <CodeBlock>} opened at {@code start} is closed, at most 500 lines on; -1 when it is not. */
  private static int codeBlockEnd(List<String> lines, int start) {
    for (int end = start; end < Math.min(lines.size(), start + 500); end++) {
      if (lines.get(end).contains("</CodeBlock>")) return end;
    }
    return -1;
  }

  /**
   * Docusaurus's {@code <CodeBlock language="yaml" title="x">} as a fenced block (its title, as
   * code, above it): holding a file imported through raw-loader ({@code {Source}}), a template
   * literal ({@code {`…`}}) or text. Empty when it holds something else (an expression), which
   * stays for the note every component gets.
   *
   * @param inside what follows the opening tag, up to and with the closing one
   */
  private static Optional<String> codeBlock(String indent, String attributes, String inside, Map<String, Path> raws) {
    Matcher end = CODE_BLOCK_END.matcher(inside);
    if (!end.matches()) return Optional.empty();
    String held = end.group(1).strip();
    String content;
    boolean fromFile = false;
    if (held.matches("\\{\\s*[A-Za-z_$][\\w$]*\\s*}")) {
      Path file = raws.get(held.substring(1, held.length() - 1).strip());
      if (file == null) return Optional.empty();
      try {
        content = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        fromFile = true;
      } catch (IOException e) {
        return Optional.empty();
      }
    } else if (held.startsWith("{`") && held.endsWith("`}")) {
      content = held.substring(2, held.length() - 2).replace("\\`", "`").replace("\\${", "${").replace("\\\\", "\\");
    } else if (!held.contains("{")) {
      content = held;
    } else {
      return Optional.empty();
    }
    Map<String, String> a = new LinkedHashMap<>();
    Matcher m = JSX_ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      for (int g = 2; g <= 6; g++) {
        if (m.group(g) != null) {
          a.put(m.group(1), m.group(g));
          break;
        }
      }
    }
    String text = content.replaceAll("^\n+", "").stripTrailing();
    // Written in the page, its lines carry the indentation of the list step it stands in, which
    // the step's own reading takes off before MDX reads the component; a file's lines are its own.
    if (!fromFile) text = unindented(text, indent);
    String fence = text.contains("```") ? "~~~~" : "```";
    StringBuilder out = new StringBuilder();
    if (a.containsKey("title")) out.append(indent).append('`').append(a.get("title").replace("`", "")).append("`\n\n");
    out.append(indent).append(fence).append(a.getOrDefault("language", ""));
    for (String l : text.split("\n", -1)) out.append('\n').append(l.isEmpty() ? "" : indent + l);
    return Optional.of(out.append('\n').append(indent).append(fence).toString());
  }

  private static String unindented(String text, String indent) {
    if (indent.isEmpty()) return text;
    StringBuilder out = new StringBuilder();
    for (String l : text.split("\n", -1)) out.append(l.startsWith(indent) ? l.substring(indent.length()) : l).append('\n');
    return out.substring(0, out.length() - 1);
  }

  private Optional<Path> partialFile(Path page, String from) {
    Path p = from.startsWith("@site/") ? root.resolve(from.substring("@site/".length())) : page.getParent().resolve(from);
    p = p.normalize();
    return p.startsWith(root) && SourceFiles.insideRepository(p, root) ? Optional.of(p) : Optional.empty();
  }

  /** The last line of an import statement starting at line {@code start}, or -1 when it is not one. */
  private static int importEnd(List<String> lines, int start) {
    for (int end = start; end < Math.min(lines.size(), start + 20); end++) {
      if (IMPORT.matcher(String.join("\n", lines.subList(start, end + 1))).matches()) return end;
      if (end > start && lines.get(end).isBlank()) return -1;
    }
    return -1;
  }

  /** The last line of an export statement: where its brackets are closed again, at most 200 lines on. */
  private static int exportEnd(List<String> lines, int start) {
    int depth = 0;
    for (int end = start; end < Math.min(lines.size(), start + 200); end++) {
      for (char c : lines.get(end).toCharArray()) {
        if (c == '{' || c == '(' || c == '[') depth++;
        if (c == '}' || c == ')' || c == ']') depth--;
      }
      if (depth <= 0) return end;
    }
    return -1;
  }

  private static List<String> names(String clause) {
    List<String> out = new ArrayList<>();
    if (clause == null) return out;
    Matcher m = NAME.matcher(clause.replaceAll("\\b(\\w+)\\s+as\\s+", "").replace("*", ""));
    while (m.find()) out.add(m.group(1));
    return out;
  }

  private static String inline(String line, Notes notes) {
    if (DOC_CARD_LIST.matcher(line).matches()) return "";
    String l = outsideCode(LINK, line, m -> "[" + m.group(2) + "](" + m.group(1) + ")");
    l = outsideCode(REQUIRE, l, m -> m.group(1) + "=\"" + (m.group(3) != null ? m.group(3) : m.group(5)) + "\"");
    l = outsideCode(CLASS_NAME, l, m -> m.group(1) + "class=");
    l = outsideCode(SPACE_EXPRESSION, l, m -> " ");
    List<int[]> code = LinkRewriter.codeSpans(l);
    StringBuilder out = new StringBuilder();
    int last = 0;
    Matcher m = COMPONENT.matcher(l);
    while (m.find()) {
      int at = m.start();
      if (code.stream().anyMatch(c -> at >= c[0] && at < c[1])) continue;
      out.append(l, last, at).append(notes.mark("JSX component <" + m.group(1) + "> left as written: fieldguide pages are Markdown, "
          + "so the build drops its tags as unknown HTML and shows only its text. Rewrite what it shows in Markdown, or remove it."));
      last = at;
    }
    l = out.append(l.substring(last)).toString();
    l = outsideCode(EXPRESSION, l, x -> notes.mark("JSX expression " + x.group() + " left as written: fieldguide runs no code, so readers "
        + "would see it as text. Write out its value.") + x.group());
    Matcher e = EXPRESSION_ATTRIBUTE.matcher(l);
    if (e.find() && code.isEmpty()) {
      l = l.substring(0, e.start()) + notes.mark("an HTML attribute written as JSX code ({…}) is left as written; the build removes what it "
          + "cannot read. Write the value as text, or remove the attribute.") + l.substring(e.start());
    }
    return l;
  }

  private String links(String line, SourcePage page) {
    Matcher ref = REFERENCE.matcher(line);
    if (ref.lookingAt()) return ref.group(1) + destination(ref.group(2), page) + line.substring(ref.end());
    List<int[]> code = LinkRewriter.codeSpans(line);
    StringBuilder out = new StringBuilder();
    Matcher m = INLINE.matcher(line);
    int last = 0;
    while (m.find()) {
      int at = m.start();
      if (code.stream().anyMatch(c -> at >= c[0] && at < c[1])) continue;
      out.append(line, last, m.start()).append(m.group(1)).append(destination(m.group(2), page));
      last = m.end();
    }
    String l = out.append(line.substring(last)).toString();
    return Regex.replace(HTML_URL, l, h -> h.group(1) + h.group(2) + destination(h.group(3), page) + h.group(2));
  }

  /** A file link as the site path of the file (see {@link DocusaurusFiles}); other links as written. */
  private String destination(String written, SourcePage page) {
    boolean angle = written.startsWith("<") && written.endsWith(">");
    String d = angle ? written.substring(1, written.length() - 1) : written;
    if (d.startsWith("pathname://")) return d.substring("pathname://".length());
    int hash = d.indexOf('#');
    String path = hash < 0 ? d : d.substring(0, hash);
    String fragment = hash < 0 ? "" : d.substring(hash);
    boolean file = path.toLowerCase(java.util.Locale.ROOT).matches(".*\\.mdx?") && !path.matches("[A-Za-z][A-Za-z0-9+.-]*:.*") && !path.startsWith("//");
    if (!file && !path.startsWith("@site/")) return written;
    return files.resolve(page, path).map(key -> Targets.SOURCE_SCHEME + "/" + key + fragment).orElse(written);
  }

  /** Replaces the matches that do not start inside a {@code `code span`} of their line. */
  private static String outsideCode(Pattern p, String text, java.util.function.Function<Matcher, String> f) {
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      int lineStart = text.lastIndexOf('\n', m.start() - 1) + 1;
      int lineEnd = text.indexOf('\n', m.start());
      String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
      int at = m.start() - lineStart;
      if (LinkRewriter.codeSpans(line).stream().anyMatch(c -> at >= c[0] && at < c[1])) continue;
      out.append(text, last, m.start()).append(f.apply(m));
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  /**
   * Code blocks without Docusaurus's highlighting comments ({@code // highlight-next-line},
   * {@code highlight-start}, {@code highlight-end}), which readers would otherwise see as code.
   */
  private static String withoutMagicComments(String text) {
    List<String> out = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (String line : text.split("\n", -1)) {
      // A magic comment is never a fence line, so a code line that is one is inside a block.
      if (fences.isCode(line) && MAGIC_COMMENT.matcher(line).matches()) continue;
      out.add(line);
    }
    return String.join("\n", out);
  }

  /** Applies {@code f} to every run of lines outside fenced code, joined. */
  private static String prose(String text, UnaryOperator<String> f) {
    StringBuilder out = new StringBuilder();
    List<String> run = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (String line : text.split("\n", -1)) {
      if (fences.isCode(line)) {
        if (!run.isEmpty()) out.append(f.apply(String.join("\n", run))).append('\n');
        run.clear();
        out.append(line).append('\n');
      } else {
        run.add(line);
      }
    }
    if (!run.isEmpty()) out.append(f.apply(String.join("\n", run))).append('\n');
    return out.substring(0, out.length() - 1);
  }

  /** Applies {@code f} to every line outside fenced and indented code. */
  private static String lines(String text, UnaryOperator<String> f) {
    StringBuilder out = new StringBuilder();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    List<String> lines = List.of(text.split("\n", -1));
    boolean[] indentedCode = IndentedCode.of(lines);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      out.append(indentedCode[i] || fences.isCode(line) ? line : f.apply(line)).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }
}
