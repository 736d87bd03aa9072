package org.fieldguide.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reStructuredText pages of a Sphinx site as MyST Markdown, which the rest of the Sphinx import
 * reads: pandoc (Debian's package {@code pandoc}, run when it is on the PATH) reads the
 * reStructuredText, and what it writes is turned into MyST: Sphinx's roles ({@code :ref:},
 * {@code :doc:}, which pandoc keeps as interpreted text) into MyST roles, the directives it keeps
 * as fenced divs ({@code note}, {@code toctree}, {@code literalinclude}, {@code versionadded} and
 * any other) into MyST directives, explicit targets ({@code .. _label:}) into MyST targets, a code
 * block's caption into a line above it, and a definition's blank line after its term out. No
 * Java library reads reStructuredText with Sphinx's directives; pandoc is the reader the Sphinx
 * community itself points to for conversions.
 */
final class RstPages {
  private static final Pattern ROLE = Pattern.compile("(`+)(.+?)\\1\\{\\.interpreted-text role=\"([\\w:.-]+)\"}");
  private static final Pattern DIV_OPEN = Pattern.compile("^([ \\t]*)(:{3,})\\s*(?:\\{([^}]*)}|([\\w-]+))\\s*$");
  private static final Pattern DIV_CLOSE = Pattern.compile("^[ \\t]*:{3,}\\s*$");
  private static final Pattern CLASS = Pattern.compile("\\.([\\w-]+)");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)=\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern CODE_ATTRIBUTES = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*\\{([^}]*)}\\s*$");
  private static final Pattern LABELLED_HEADING = Pattern.compile("^(#{1,6} .*?)\\s*\\{#([^}\\s]+)}\\s*$");
  private static final Pattern ANCHOR = Pattern.compile("^\\[]\\{#([^}\\s]+)}\\s*$");
  private static final Pattern SPAN = Pattern.compile("\\[([^\\]\\n]*)]\\{[.#][^}]*}");
  /** Sphinx's admonitions, whose default title pandoc writes out and MyST shows anyway. */
  private static final List<String> ADMONITIONS = List.of(
      "note", "warning", "tip", "hint", "important", "caution", "danger", "error", "attention", "seealso", "admonition", "todo");
  private static final List<String> VERSIONED = List.of("versionadded", "versionchanged", "deprecated", "versionremoved");
  /** Directives whose argument (a title) pandoc reads as the first line of their body; sphinx-tabs' by the sphinx-design names MyST has. */
  private static final Map<String, String> TITLED = Map.of("tab-item", "tab-item", "dropdown", "dropdown", "tab", "tab-item", "group-tab", "tab-item");

  private final String pandoc;

  private RstPages(String pandoc) {
    this.pandoc = pandoc;
  }

  /**
   * pandoc on the PATH, if it answers; empty when it is not installed, or older than 2.15, which
   * has no sandbox (and refuses the option: asked with it).
   */
  static Optional<RstPages> find() {
    try {
      Process p = new ProcessBuilder("pandoc", "--sandbox", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(new RstPages("pandoc")) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** A page as MyST, or (myst null) why it could not be converted. */
  record Converted(String myst, String failure) {}

  /** {@link #toMyst}, its failure as a value: for conversions run at once. */
  Converted convert(String rst, java.nio.file.Path file, java.nio.file.Path sourceDir, java.nio.file.Path repository) {
    try {
      return new Converted(toMyst(rst, file, sourceDir, repository), null);
    } catch (Unconverted e) {
      return new Converted(null, e.getMessage());
    }
  }

  /** Why a page could not be converted: pandoc's own message. */
  static final class Unconverted extends Exception {
    Unconverted(String message) {
      super(message);
    }
  }

  /**
   * The page's reStructuredText as MyST Markdown.
   *
   * @param file the page's file, which its includes are found from
   * @param sourceDir the folder of conf.py, which an include's path starting with / is from
   * @param repository the imported repository: no file outside it is read
   */
  String toMyst(String rst, java.nio.file.Path file, java.nio.file.Path sourceDir, java.nio.file.Path repository) throws Unconverted {
    String whole = includes(rst, file.toAbsolutePath().normalize(), sourceDir.toAbsolutePath().normalize(), repository.toAbsolutePath().normalize(), 0);
    return myst(run(whole), labels(whole));
  }

  private static final Pattern INCLUDE = Pattern.compile("^([ \\t]*)\\.\\.[ \\t]+include::[ \\t]+(\\S.*?)\\s*$");
  private static final Pattern OPTION = Pattern.compile("^[ \\t]+:([\\w-]+):[ \\t]*(.*?)\\s*$");

  /**
   * The text with its {@code .. include::} directives replaced by the files' text, as docutils
   * reads them (a path from the file's folder, or from the source folder with a leading {@code /};
   * {@code :start-after:}, {@code :end-before:}; {@code :literal:} and {@code :code:} as code),
   * indented as the directive. A file outside the repository, or not there, leaves the directive,
   * which pandoc then leaves out.
   */
  private static String includes(String rst, java.nio.file.Path file, java.nio.file.Path sourceDir, java.nio.file.Path repository, int depth) {
    if (!rst.contains("include::") || depth > 8) return rst;
    String[] lines = rst.split("\n", -1);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = INCLUDE.matcher(lines[i]);
      if (!m.matches()) {
        out.add(lines[i]);
        continue;
      }
      Map<String, String> options = new java.util.LinkedHashMap<>();
      int next = i + 1;
      for (Matcher o; next < lines.length && (o = OPTION.matcher(lines[next])).matches(); next++) options.put(o.group(1), o.group(2));
      String name = m.group(2);
      java.nio.file.Path target = (name.startsWith("/") ? sourceDir.resolve(name.substring(1)) : file.getParent().resolve(name)).normalize();
      String text;
      try {
        if (!target.startsWith(repository) || !SourceFiles.insideRepository(target, repository)) throw new IOException("not in the repository");
        text = java.nio.file.Files.readString(target, StandardCharsets.UTF_8).replace("\r\n", "\n");
      } catch (IOException e) {
        out.add(lines[i]);
        continue;
      }
      if (options.containsKey("start-after") && text.contains(options.get("start-after"))) {
        text = text.substring(text.indexOf(options.get("start-after")) + options.get("start-after").length());
      }
      if (options.containsKey("end-before") && text.contains(options.get("end-before"))) text = text.substring(0, text.indexOf(options.get("end-before")));
      String indent = m.group(1);
      List<String> included = new ArrayList<>();
      if (options.containsKey("literal") || options.containsKey("code")) {
        included.add(indent + (options.containsKey("code") ? ".. code-block:: " + options.get("code") : "::"));
        included.add("");
        for (String l : text.stripTrailing().split("\n", -1)) included.add(l.isEmpty() ? "" : indent + "   " + l);
      } else {
        for (String l : includes(text.stripTrailing(), target, sourceDir, repository, depth + 1).split("\n", -1)) {
          included.add(l.isEmpty() ? "" : indent + l);
        }
      }
      out.addAll(included);
      i = next - 1;
    }
    return String.join("\n", out);
  }

  /** What pandoc writes of {@code rst}: CommonMark with its extensions, lines as written. */
  private String run(String rst) throws Unconverted {
    try {
      // Sandboxed: pandoc reads no file itself (an include naming /etc/passwd); includes are put in before, inside the repository.
      Process p = new ProcessBuilder(pandoc, "--sandbox", "--from=rst", "--to=commonmark_x", "--wrap=preserve").start();
      CompletableFuture<byte[]> out = readAsync(p.getInputStream());
      CompletableFuture<byte[]> err = readAsync(p.getErrorStream());
      try (OutputStream in = p.getOutputStream()) {
        in.write(rst.getBytes(StandardCharsets.UTF_8));
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new Unconverted("pandoc took more than a minute");
      }
      if (p.exitValue() != 0) throw new Unconverted("pandoc: " + new String(err.join(), StandardCharsets.UTF_8).strip());
      return new String(out.join(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Unconverted("pandoc could not be run (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unconverted("interrupted");
    }
  }

  private static CompletableFuture<byte[]> readAsync(InputStream in) {
    return CompletableFuture.supplyAsync(() -> {
      try (InputStream s = in; ByteArrayOutputStream b = new ByteArrayOutputStream()) {
        s.transferTo(b);
        return b.toByteArray();
      } catch (IOException e) {
        return new byte[0];
      }
    });
  }

  private static final Pattern TARGET = Pattern.compile("(?m)^[ \\t]*\\.\\.[ \\t]+_([^:`\\n]+|`[^`\\n]+`):[ \\t]*$");

  /** The page's explicit targets ({@code .. _label:}), as docutils names them: lower case, blanks as '-'. */
  static java.util.Set<String> labels(String rst) {
    java.util.Set<String> out = new java.util.HashSet<>();
    Matcher m = TARGET.matcher(rst);
    while (m.find()) out.add(m.group(1).replace("`", "").strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "-"));
    return out;
  }

  /** pandoc's CommonMark as MyST; {@code labels} are the page's explicit targets. */
  static String myst(String markdown, java.util.Set<String> labels) {
    List<String> lines = List.of(titleLinks(markdown.replace("\r\n", "\n")).split("\n", -1));
    List<String> out = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    List<String> plain = new ArrayList<>();
    for (String line : lines) {
      boolean code = fences.isCode(line);
      Matcher attributes = code ? CODE_ATTRIBUTES.matcher(line) : null;
      if (attributes != null && attributes.matches()) {
        plain.addAll(codeFence(attributes.group(1), attributes.group(2), attributes.group(3)));
        continue;
      }
      plain.add(code ? line : inline(line, labels));
    }
    // Divs, now that code is known: a line of colons inside a code block is the code's.
    out.addAll(List.of(String.join("\n", divs(plain)).split("\n", -1)));
    List<Boolean> code = new ArrayList<>();
    LinkRewriter.Fences inCode = new LinkRewriter.Fences();
    for (String l : out) code.add(inCode.isCode(l));
    // pandoc writes a blank line between a term and its definition; fieldguide's start under their terms.
    return String.join("\n", literalMarkers(PythonMarkdownSyntax.tightTerms(out, code)));
  }

  private static final Pattern SPACED_MARKER = Pattern.compile("^(.*\\S) :$");

  /**
   * "Text. ::" before a literal block: docutils drops the marker with the space before it; pandoc
   * 2.17 leaves a colon. Taken out where an indented block follows.
   */
  private static List<String> literalMarkers(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    for (int i = 0; i < out.size(); i++) {
      Matcher m = SPACED_MARKER.matcher(out.get(i));
      if (!m.matches()) continue;
      int next = i + 1;
      while (next < out.size() && out.get(next).isBlank()) next++;
      int indent = indentOf(out.get(i));
      if (next > i + 1 && next < out.size() && indentOf(out.get(next)) >= indent + 4) out.set(i, m.group(1));
    }
    return out;
  }

  private static int indentOf(String line) {
    return line.length() - line.stripLeading().length();
  }

  private static final Pattern TITLE = Pattern.compile("(?m)^# (.*?)(?:\\s*\\{#([^}\\s]+)})?\\s*$");

  /**
   * Links to the page's title (`Title`_ in the page itself) lead to its top: the title is the
   * page's, shown by the layout, and the heading it was is taken out of the text.
   */
  private static String titleLinks(String markdown) {
    Matcher t = TITLE.matcher(markdown);
    if (!t.find()) return markdown;
    String title = HeadingSlugs.plainText(t.group(1));
    java.util.Set<String> ids = new java.util.HashSet<>(List.of(HeadingSlugs.docutils(title), HeadingSlugs.github(title)));
    if (t.group(2) != null) ids.add(t.group(2));
    String s = markdown;
    for (String id : ids) if (!id.isEmpty()) s = s.replace("](#" + id + ")", "](#top)");
    return s;
  }

  /** A line of text: roles, labelled headings, anchors, spans; {@code labels} are the page's explicit targets. */
  private static String inline(String line, java.util.Set<String> labels) {
    Matcher heading = LABELLED_HEADING.matcher(line);
    // pandoc gives every section an id: the label written before it (.. _label:), which becomes a
    // MyST target for {ref} to find, else one made from its title, as `Title`_ links name it: that
    // one only where fieldguide would make another of the title (GitHub's), as an explicit id.
    if (heading.matches()) {
      String id = heading.group(2);
      String title = HeadingSlugs.plainText(heading.group(1).replaceFirst("^#+ ", ""));
      if (labels.contains(id)) return "(" + id + ")=\n" + inline(heading.group(1), labels);
      return inline(heading.group(1), labels) + (id.equals(HeadingSlugs.github(title)) ? "" : " {#" + id + "}");
    }
    Matcher anchor = ANCHOR.matcher(line);
    if (anchor.matches()) return "(" + anchor.group(1) + ")=";
    String s = Regex.replace(ROLE, line, m -> "{" + m.group(3) + "}" + m.group(1) + m.group(2) + m.group(1));
    return Regex.replace(SPAN, s, m -> m.group(1));
  }

  /** A code fence with pandoc's attributes: its language, and a caption as a line of code above it. */
  private static List<String> codeFence(String indent, String fence, String attributes) {
    Matcher c = CLASS.matcher(attributes);
    String language = c.find() ? c.group(1) : "";
    Map<String, String> a = attributes(attributes);
    List<String> out = new ArrayList<>();
    if (a.containsKey("caption")) {
      out.add(indent + "`" + a.get("caption").replace("`", "") + "`");
      out.add("");
    }
    out.add(indent + fence + language);
    return out;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> a = new java.util.LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) a.put(m.group(1), m.group(2).replace("\\\"", "\""));
    return a;
  }

  /** A fenced div of pandoc's: its class, attributes, indentation (in a list item) and lines (nested divs among them), without it. */
  private record Div(String name, Map<String, String> attributes, String indent, List<Object> children) {}

  private static List<String> divs(List<String> lines) {
    // Read into a tree first: pandoc closes every div with three colons, whatever its depth.
    Div root = new Div("", Map.of(), "", new ArrayList<>());
    java.util.Deque<Div> open = new java.util.ArrayDeque<>();
    open.push(root);
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (String line : lines) {
      boolean code = fences.isCode(line);
      Matcher o = code ? null : DIV_OPEN.matcher(line);
      if (o != null && o.matches()) {
        String classes = o.group(3) != null ? o.group(3) : "." + o.group(4);
        Matcher c = CLASS.matcher(classes);
        Div d = new Div(c.find() ? c.group(1) : "div", attributes(classes), o.group(1), new ArrayList<>());
        open.peek().children().add(d);
        open.push(d);
      } else if (!code && open.size() > 1 && DIV_CLOSE.matcher(line).matches()) {
        open.pop();
      } else {
        String indent = open.peek().indent();
        open.peek().children().add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
      }
    }
    List<String> out = new ArrayList<>();
    for (Object child : root.children()) emit(child, out);
    return out;
  }

  private static void emit(Object node, List<String> out) {
    if (node instanceof String line) {
      out.add(line);
      return;
    }
    Div d = (Div) node;
    if (!d.indent().isEmpty()) {
      // A div in a list item: made as at the margin, then indented as it stood.
      List<String> made = new ArrayList<>();
      emit(new Div(d.name(), d.attributes(), "", d.children()), made);
      for (String l : made) out.add(l.isEmpty() ? "" : d.indent() + l);
      return;
    }
    List<Object> children = new ArrayList<>(d.children());
    String title = "";
    if (!children.isEmpty() && children.get(0) instanceof Div t && t.name().equals("title")) {
      title = String.join(" ", text(t)).strip();
      children.remove(0);
    }
    List<String> body = new ArrayList<>();
    for (Object c : children) emit(c, body);
    while (!body.isEmpty() && body.get(0).isBlank()) body.remove(0);
    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) body.remove(body.size() - 1);
    String argument = "";
    if ((d.name().equals("topic") || d.name().equals("sidebar")) && !body.isEmpty()) {
      // A topic's (a sidebar's) title comes first, in bold: an admonition with that title.
      String first = body.get(0).strip();
      Div box = new Div("admonition", Map.of(), "", new ArrayList<>(d.children()));
      if (first.startsWith("**") && first.endsWith("**") && first.length() > 4) {
        box.children().add(0, new Div("title", Map.of(), "", new ArrayList<>(List.of(first.substring(2, first.length() - 2)))));
        int at = findFirstLine(box.children(), body.get(0));
        if (at >= 0) box.children().remove(at);
      }
      emit(box, out);
      return;
    }
    if (d.name().equals("admonition") && title.isEmpty() && !body.isEmpty()) {
      // pandoc reads a generic admonition's title as the first line of its body.
      title = body.remove(0).strip();
      while (!body.isEmpty() && body.get(0).isBlank()) body.remove(0);
    }
    if (d.name().equals("tabs")) {
      emit(new Div("tab-set", d.attributes(), "", d.children()), out);
      return;
    }
    if (TITLED.containsKey(d.name()) && !body.isEmpty()) {
      String heading = body.remove(0).strip();
      while (!body.isEmpty() && body.get(0).isBlank()) body.remove(0);
      Div titled = new Div(TITLED.get(d.name()), d.attributes(), "", new ArrayList<>());
      emitDirective(titled, heading, body, out);
      return;
    }
    if (d.name().equals("only")) {
      // Sphinx shows the content where the expression holds for the builder; an import is for the web (html).
      String expression = body.isEmpty() ? "" : body.remove(0).strip();
      if (expression.matches(".*\\bhtml\\b.*") && !expression.matches(".*\\bnot\\s+html\\b.*")) out.addAll(body);
      return;
    }
    if (d.name().equals("glossary")) {
      // pandoc writes the glossary as a definition list; MyST's has each definition indented under its term.
      List<String> entries = new ArrayList<>();
      for (String l : body) {
        if (l.startsWith(":   ")) {
          while (!entries.isEmpty() && entries.get(entries.size() - 1).isBlank()) entries.remove(entries.size() - 1);
          entries.add("   " + l.substring(4));
        } else {
          entries.add(l.startsWith("    ") ? "   " + l.substring(4) : l);
        }
      }
      body = entries;
    }
    if (ADMONITIONS.contains(d.name())) {
      // The default title ("Note") is the one MyST shows; a given one is the directive's argument.
      boolean defaultTitle = title.equalsIgnoreCase(d.name()) || title.equalsIgnoreCase("see also") || title.isEmpty();
      argument = d.name().equals("admonition") || !defaultTitle ? title : "";
    } else if (d.name().equals("toctree")) {
      // pandoc reads the entries as a paragraph: one a line again.
      List<String> entries = new ArrayList<>();
      for (String l : body) for (String w : l.strip().split("\\s+")) if (!w.isEmpty()) entries.add(w);
      body = entries;
    } else if (d.name().equals("literalinclude") || VERSIONED.contains(d.name())) {
      // The argument (a file, a version) is the first word of what pandoc read as the body.
      String all = String.join("\n", body).strip();
      int cut = all.isEmpty() ? -1 : all.indexOf(' ') < 0 ? all.length() : Math.min(all.indexOf(' '), all.indexOf('\n') < 0 ? all.length() : all.indexOf('\n'));
      argument = cut < 0 ? "" : all.substring(0, cut);
      body = cut < 0 || cut >= all.length() ? List.of() : List.of(all.substring(cut).strip().split("\n", -1));
    } else if (d.name().equals("div") || d.name().equals("container")) {
      out.addAll(body);
      return;
    }
    emitDirective(d, argument, body, out);
  }

  private static final Pattern FENCE_RUN = Pattern.compile("^\\s*(`{3,})");

  /** A MyST directive: its fence longer than any fence it holds (a nested directive, a code block). */
  private static void emitDirective(Div d, String argument, List<String> body, List<String> out) {
    int ticks = 3;
    for (String l : body) {
      Matcher run = FENCE_RUN.matcher(l);
      if (run.find()) ticks = Math.max(ticks, run.group(1).length() + 1);
    }
    String fence = "`".repeat(ticks);
    out.add(fence + "{" + d.name() + "}" + (argument.isEmpty() ? "" : " " + argument));
    d.attributes().forEach((k, v) -> out.add(":" + k + ": " + v));
    out.addAll(body);
    out.add(fence);
  }

  /** Where {@code line} is among {@code children}. */
  private static int findFirstLine(List<Object> children, String line) {
    for (int i = 0; i < children.size(); i++) if (line.equals(children.get(i))) return i;
    return -1;
  }

  private static List<String> text(Div d) {
    List<String> out = new ArrayList<>();
    for (Object c : d.children()) {
      if (c instanceof String s) out.add(s);
      else out.addAll(text((Div) c));
    }
    return out;
  }
}
