package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSX blocks of Docusaurus pages that have a Markdown form: {@code <Tabs>} with its
 * {@code <TabItem>}s become one headed section per tab (a bold label inside a list), since a
 * reader following a runbook wants every variant, findable and linkable; {@code <details>} with
 * its {@code <summary>} a collapsible admonition; {@code <Admonition type="…">} an admonition.
 * The content of a block is unindented (JSX nesting is not Markdown indentation) and converted in
 * turn. A block whose closing tag is missing is left as written.
 */
final class JsxBlocks {
  private static final Pattern START = Pattern.compile("^([ \\t]*)<(Tabs|details|Details|Admonition)(?=[\\s>/]|$)");
  private static final Pattern ATTR = Pattern.compile(
      "([A-Za-z_][\\w:.-]*)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|\\{\\s*(?:\"([^\"]*)\"|'([^']*)'|`([^`$]*)`)\\s*}|(\\{(?:[^{}]|\\{(?:[^{}]|\\{[^{}]*})*})*})))?");
  private static final Pattern VALUE_LABEL = Pattern.compile("\\{([^{}]*)}");
  private static final Pattern FIELD = Pattern.compile("(label|value)\\s*:\\s*(['\"`])(.*?)\\2");
  private static final Pattern SUMMARY = Pattern.compile("\\A\\s*<summary>(.*?)</summary>\\s*", Pattern.DOTALL);

  private JsxBlocks() {}

  static String convert(String body) {
    return String.join("\n", convert(List.of(body.split("\n", -1)), 1));
  }

  /** A block found in the lines: its tag's attributes, its content, and the last line it takes. */
  private record Block(String indent, Map<String, String> attributes, List<String> content, int end, String after) {}

  private static List<String> convert(List<String> lines, int headingLevel) {
    List<String> out = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    boolean[] indentedCode = IndentedCode.of(lines);
    int level = headingLevel;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (indentedCode[i] || fences.isCode(line)) {
        out.add(line);
        continue;
      }
      level = TabSections.headingLevel(line).orElse(level);
      Matcher m = START.matcher(line);
      Optional<Block> block = m.find() ? block(lines, i, m.group(2)) : Optional.empty();
      if (block.isEmpty()) {
        out.add(line);
        continue;
      }
      Block b = block.get();
      List<String> content = convert(dedent(b.content()), level + 1);
      switch (m.group(2)) {
        case "Tabs" -> tabs(b, content, level, out);
        case "Admonition" -> {
          String kind = CalloutKinds.nearest(b.attributes().getOrDefault("type", "note")).orElse("note");
          container(b.indent(), "!!! " + kind, b.attributes().getOrDefault("title", ""), content, out);
        }
        default -> details(b, content, out);
      }
      if (!b.after().isBlank()) out.add(b.indent() + b.after().strip());
      i = b.end();
    }
    return out;
  }

  private static void tabs(Block b, List<String> content, int level, List<String> out) {
    Map<String, String> labels = new HashMap<>();
    Matcher pair = VALUE_LABEL.matcher(b.attributes().getOrDefault("values", ""));
    while (pair.find()) {
      Map<String, String> fields = new HashMap<>();
      Matcher f = FIELD.matcher(pair.group(1));
      while (f.find()) fields.put(f.group(1), f.group(3));
      if (fields.containsKey("value")) labels.put(fields.get("value"), fields.getOrDefault("label", fields.get("value")));
    }
    int n = 0;
    for (int i = 0; i < content.size(); i++) {
      String line = content.get(i);
      Optional<Block> item = line.stripLeading().startsWith("<TabItem") ? block(content, i, "TabItem") : Optional.empty();
      if (item.isEmpty()) {
        if (!line.isBlank()) out.add(b.indent() + line);
        continue;
      }
      n++;
      Map<String, String> a = item.get().attributes();
      String value = a.get("value");
      String label = a.getOrDefault("label", value == null ? "Tab " + n : labels.getOrDefault(value, value));
      out.add("");
      out.add(TabSections.label(b.indent(), level, label));
      out.add("");
      for (String l : dedent(item.get().content())) out.add(l.isBlank() ? "" : b.indent() + l);
      out.add("");
      i = item.get().end();
    }
  }

  private static void details(Block b, List<String> content, List<String> out) {
    String text = String.join("\n", content);
    String title = b.attributes().getOrDefault("summary", "Details");
    Matcher s = SUMMARY.matcher(text);
    if (s.find()) {
      title = s.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
      text = text.substring(s.end());
    }
    String marker = b.attributes().containsKey("open") ? "???+ note" : "??? note";
    container(b.indent(), marker, title, dedent(List.of(text.split("\n", -1))), out);
  }

  private static void container(String indent, String head, String title, List<String> content, List<String> out) {
    out.add("");
    out.add(indent + head + (title.isBlank() ? "" : " \"" + title.strip().replace("\"", "'") + "\""));
    for (String l : content) out.add(l.isBlank() ? "" : indent + "    " + l);
    out.add("");
  }

  /**
   * The block that opens at line {@code start} with {@code <name}: its opening tag may span
   * lines; its closing tag is found past blocks of the same name nested in it, outside code.
   */
  private static Optional<Block> block(List<String> lines, int start, String name) {
    String first = lines.get(start);
    int at = first.indexOf("<" + name);
    String indent = first.substring(0, at);
    // The opening tag ends at the first '>' outside quotes and braces.
    StringBuilder tag = new StringBuilder();
    int line = start;
    int col = at + name.length() + 1;
    int depth = 0;
    char quote = 0;
    while (true) {
      String l = lines.get(line);
      if (col >= l.length()) {
        if (++line >= lines.size()) return Optional.empty();
        tag.append('\n');
        col = 0;
        continue;
      }
      char c = l.charAt(col);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'' || c == '`') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == '>' && depth == 0) {
        break;
      }
      tag.append(c);
      col++;
    }
    if (tag.toString().stripTrailing().endsWith("/")) return Optional.empty();
    Map<String, String> attributes = attributes(tag.toString());
    // The closing tag, past nested blocks of the same name.
    Pattern open = Pattern.compile("<" + name + "(?=[\\s>])");
    Pattern close = Pattern.compile("</" + name + "\\s*>");
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    List<String> content = new ArrayList<>();
    int nesting = 1;
    for (int i = line; i < lines.size(); i++) {
      String l = i == line ? lines.get(i).substring(col + 1) : lines.get(i);
      if (i > line && fences.isCode(l)) {
        content.add(l);
        continue;
      }
      Matcher o = open.matcher(l);
      Matcher cl = close.matcher(l);
      int from = 0;
      while (true) {
        boolean hasOpen = o.find(from);
        int openAt = hasOpen ? o.start() : Integer.MAX_VALUE;
        boolean hasClose = cl.find(from);
        if (!hasClose && !hasOpen) break;
        if (hasOpen && (!hasClose || openAt < cl.start())) {
          nesting++;
          from = o.end();
        } else {
          if (--nesting == 0) {
            content.add(l.substring(0, cl.start()));
            return Optional.of(new Block(indent, attributes, trimBlank(content), i, l.substring(cl.end())));
          }
          from = cl.end();
        }
      }
      content.add(l);
    }
    return Optional.empty();
  }

  static Map<String, String> attributes(String tag) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ATTR.matcher(tag);
    while (m.find()) {
      String value = "";
      for (int g = 2; g <= 7; g++) {
        if (m.group(g) != null) {
          value = m.group(g);
          break;
        }
      }
      out.put(m.group(1), value);
    }
    return out;
  }

  private static List<String> trimBlank(List<String> lines) {
    int from = 0;
    int to = lines.size();
    while (from < to && lines.get(from).isBlank()) from++;
    while (to > from && lines.get(to - 1).isBlank()) to--;
    return new ArrayList<>(lines.subList(from, to));
  }

  /** The lines without the indentation all non-blank ones share. */
  static List<String> dedent(List<String> lines) {
    int min = Integer.MAX_VALUE;
    for (String l : lines) if (!l.isBlank()) min = Math.min(min, l.length() - l.stripLeading().length());
    if (min == Integer.MAX_VALUE || min == 0) return trimBlank(lines);
    List<String> out = new ArrayList<>();
    for (String l : lines) out.add(l.isBlank() ? "" : l.substring(min));
    return trimBlank(out);
  }
}
