package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attribute lists, as kramdown ({@code {: #id .class}}), Python-Markdown's attr_list ({@code
 * { #id .class }}) and Hugo ({@code {#id .class}}) write them, turned into what fieldguide
 * accepts: an id on a heading becomes {@code {#id}}; an id on another block becomes an anchor
 * before it; classes and other attributes are dropped (styling of the old theme). Table-of-contents
 * markers ({@code {:toc}}, {@code [TOC]}) are removed: fieldguide's layouts show their own.
 */
final class AttributeLists {
  private static final Pattern HEADING = Pattern.compile("^( {0,3}#{1,6}\\s.*?)\\s*\\{:?\\s*([^{}]*)}\\s*$");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
  private static final Pattern BLOCK = Pattern.compile("^ {0,3}\\{:\\s*([^{}]*)}\\s*$");
  private static final Pattern SPAN = Pattern.compile("\\{:\\s*[^{}\\n]*}");
  private static final Pattern EXTENSION = Pattern.compile("^ {0,3}\\{::(options|comment|nomarkdown)\\b.*$");
  private static final Pattern ID = Pattern.compile("(?:^|\\s)#([\\w:.-]+)");
  private static final Pattern TOC_ITEM = Pattern.compile("^ {0,3}(?:[*+-]|1\\.)\\s+.*$");

  private AttributeLists() {}

  /**
   * @param kramdown also the kramdown-only forms: block lists on their own line, span lists and
   *     {@code {::…}} extensions
   */
  static String convert(String body, boolean kramdown, Notes notes) {
    List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
    List<String> out = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    boolean inComment = false;
    for (String line : lines) {
      if (fences.isCode(line)) {
        out.add(line);
        continue;
      }
      if (inComment) {
        if (line.contains("{:/comment}") || line.contains("{:/}")) inComment = false;
        continue;
      }
      String s = line.strip();
      if (s.equals("[TOC]")) continue;
      Matcher heading = HEADING.matcher(line);
      if (heading.matches() && looksLikeAttributes(heading.group(2))) {
        out.add(heading.group(1) + idSuffix(heading.group(2)));
        continue;
      }
      if (!kramdown) {
        out.add(line);
        continue;
      }
      Matcher ext = EXTENSION.matcher(line);
      if (ext.matches()) {
        if (ext.group(1).equals("comment") && !line.contains("{:/")) inComment = true;
        else if (ext.group(1).equals("nomarkdown")) out.add(notes.mark("kramdown's {::nomarkdown} left as text: write the HTML or Markdown it wraps without it.") + line);
        continue;
      }
      Matcher block = BLOCK.matcher(line);
      if (block.matches()) {
        attach(block.group(1), out, notes);
        continue;
      }
      out.add(SPAN.matcher(line).replaceAll(""));
    }
    return kramdown ? spansOverLines(String.join("\n", out)) : String.join("\n", out);
  }

  // A span attribute list may break over a line, as in {:target="\n_blank"}; no blank line inside.
  private static final Pattern SPAN_LINES = Pattern.compile("\\{:(?:[^{}\\n]|\\n(?![ \\t]*\\n))*}");

  private static String spansOverLines(String body) {
    StringBuilder out = new StringBuilder();
    StringBuilder prose = new StringBuilder();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (String line : body.split("\n", -1)) {
      if (fences.isCode(line)) {
        out.append(SPAN_LINES.matcher(prose).replaceAll("")).append(line).append('\n');
        prose.setLength(0);
      } else {
        prose.append(line).append('\n');
      }
    }
    out.append(SPAN_LINES.matcher(prose).replaceAll(""));
    return out.substring(0, out.length() - 1);
  }

  /** A block attribute list applies to the block above it. */
  private static void attach(String attributes, List<String> out, Notes notes) {
    String a = attributes.strip();
    int last = out.size() - 1;
    while (last >= 0 && out.get(last).isBlank()) last--;
    if (a.equals("toc") || a.startsWith("toc ") || a.equals(".toc")) {
      // "* TOC" (any text) followed by {:toc} is kramdown's placeholder list for the table of contents.
      if (last >= 0 && TOC_ITEM.matcher(out.get(last)).matches()) out.remove(last);
      return;
    }
    if (a.endsWith(":") || a.matches("\\w[\\w-]*:.*")) return;
    Matcher id = ID.matcher(a);
    if (!id.find() || last < 0) return;
    String above = out.get(last);
    if (above.stripLeading().startsWith("#")) {
      out.set(last, above.stripTrailing() + " {#" + id.group(1) + "}");
      return;
    }
    if (SETEXT.matcher(above).matches() && last > 0) {
      String level = above.strip().startsWith("=") ? "# " : "## ";
      out.set(last - 1, level + out.get(last - 1).strip() + " {#" + id.group(1) + "}");
      out.remove(last);
      return;
    }
    // Another block: an anchor on its own lines before the block keeps links to the id working.
    int start = last;
    while (start > 0 && !out.get(start - 1).isBlank()) start--;
    out.add(start, "");
    out.add(start, "<a id=\"" + id.group(1) + "\"></a>");
  }

  private static boolean looksLikeAttributes(String a) {
    String s = a.strip();
    return s.isEmpty() || s.matches("([#.][\\w:.-]+|[\\w-]+=(\"[^\"]*\"|'[^']*'|\\S+))(\\s+([#.][\\w:.-]+|[\\w-]+=(\"[^\"]*\"|'[^']*'|\\S+)))*");
  }

  private static String idSuffix(String attributes) {
    Matcher id = ID.matcher(attributes.strip());
    return id.find() ? " {#" + id.group(1) + "}" : "";
  }
}
