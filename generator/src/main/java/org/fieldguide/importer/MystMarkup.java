package org.fieldguide.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MyST page's body as fieldguide Markdown. Directives in backtick or colon fences become
 * fieldguide's forms: admonitions ({@code {note}}, {@code {admonition} Title} with a {@code
 * :class:}, {@code {versionchanged}}, sphinx-design's {@code {dropdown}}, nested too), fenced code
 * ({@code {code-block} lang}; its options are display hints fieldguide has no use for), {@code
 * mermaid} blocks, images and figures, and sphinx-design's tabs as one section per tab ({@link
 * TabSections}). {@code {toctree}} and {@code {contents}} are removed, since fieldguide lists a
 * section's pages and a page's headings itself; a toctree's links to other sites are kept as a
 * list. Other directives ({@code {eval-rst}} above all) are left as a code block, warned.
 *
 * <p>Each line of Markdown, in the page and in the directives that hold Markdown, goes through
 * {@link MystInline} (roles, substitutions, links). Fenced code is held (see {@link Protected}):
 * nothing in it is touched.
 */
final class MystMarkup {
  private static final Pattern COMMENT = Pattern.compile("^\\s*%.*$");
  private static final Pattern BLOCK_BREAK = Pattern.compile("^\\s*\\+\\+\\+.*$");
  private static final Pattern DEFINITION = Pattern.compile("^ {0,3}[:~] {1,4}(\\S.*)$");
  private static final Pattern BACKTICKS = Pattern.compile("`+");
  private static final Set<String> ADMONITIONS = Set.of(
      "note", "warning", "tip", "important", "caution", "danger", "attention", "hint", "error", "seealso", "admonition", "todo", "versionadded",
      "versionchanged", "deprecated", "versionremoved", "dropdown");
  private static final Set<String> CODE = Set.of("code-block", "code", "sourcecode", "code-cell");

  private final SphinxConf conf;
  private final MystInline inline;
  private final LiteralIncludes includes;

  /** Whether a directive's content is Markdown, converted in turn: an admonition's, a tab's, a figure's caption. */
  static boolean holdsMarkdown(String directive) {
    String name = directive.toLowerCase(Locale.ROOT);
    return ADMONITIONS.contains(name) || name.equals("tab-set") || name.equals("tab-item") || name.equals("figure");
  }

  MystMarkup(SphinxConf conf, MystLabels.Index index, LiteralIncludes includes) {
    this.conf = conf;
    this.inline = new MystInline(conf, index);
    this.includes = includes;
  }

  /**
   * What a conversion of one page needs at every level.
   *
   * @param including the files whose {@code {include}} the lines being converted are inside, outermost first
   * @param included how many lines includes have put into the page so far (one count for the page)
   * @param text what the innermost include does to its Markdown ({@link IncludedText#NONE} in the page's own)
   */
  private record Context(SourcePage page, Notes notes, Protected held, Map<String, String> substitutions, int depth, List<Path> including,
      int[] included, IncludedText text) {
    MystInline.Where where() {
      return new MystInline.Where(page, notes, substitutions);
    }

    /** The context inside one more directive. */
    Context deeper() {
      return new Context(page, notes, held, substitutions, depth + 1, including, included, text);
    }

    /** The file the lines being converted are written in: the page, or the file an include put them in from. */
    Path current() {
      return including.get(including.size() - 1);
    }

    /** The context of the text {@code file} puts into the page, read as {@code text} says. */
    Context inside(Path file, IncludedText text) {
      List<Path> files = new ArrayList<>(including);
      files.add(file);
      return new Context(page, notes, held, substitutions, depth, List.copyOf(files), included, text);
    }
  }

  String convert(String body, SourcePage page, Notes notes, Protected held) {
    Map<String, String> substitutions = new java.util.LinkedHashMap<>(conf.substitutions());
    // A page's own ({@code myst: substitutions:}, or the older top-level key) win over conf.py's.
    Object myst = page.frontMatter().get("myst");
    for (Object s : List.of(page.frontMatter().getOrDefault("substitutions", Map.of()),
        myst instanceof Map<?, ?> m && m.get("substitutions") != null ? m.get("substitutions") : Map.of())) {
      if (s instanceof Map<?, ?> m) m.forEach((k, v) -> substitutions.put(k.toString(), String.valueOf(v)));
    }
    Context c = new Context(page, notes, held, substitutions, 0, List.of(page.file().toAbsolutePath().normalize()), new int[1],
        IncludedText.NONE);
    return String.join("\n", lines(List.of(body.split("\n", -1)), c, false, 1));
  }

  /** @param contained whether the lines are inside an admonition, where a heading cannot stand */
  private List<String> lines(List<String> in, Context c, boolean contained, int headingLevel) {
    List<String> out = new ArrayList<>();
    int level = headingLevel;
    int definitionAt = -1;
    List<MystBlocks.Block> blocks = MystBlocks.parse(in, conf.enables("colon_fence"));
    for (int i = 0; i < blocks.size(); i++) {
      MystBlocks.Block b = blocks.get(i);
      if (b instanceof MystBlocks.Text) {
        Paragraph read = lineAt(blocks, i);
        i += read.more();
        String text = c.text().line(read.text());
        // MyST's comments and block breaks are not shown.
        if (COMMENT.matcher(text).matches() || BLOCK_BREAK.matcher(text).matches()) continue;
        level = TabSections.headingLevel(text).orElse(level);
        Matcher definition = DEFINITION.matcher(text);
        int last = out.size() - 1;
        // MyST's deflist ('Term' then ': Definition'), which fieldguide's Markdown has no form for: the term in bold above its definition.
        if (conf.enables("deflist") && definition.matches() && last >= 0 && !out.get(last).isBlank()) {
          // A term's second definition follows its first, which is not a term.
          if (last != definitionAt) out.set(last, "**" + out.get(last).strip() + "**");
          out.add("");
          out.add(inline.convert(definition.group(1), c.where()));
          definitionAt = out.size() - 1;
          continue;
        }
        out.add(inline.convert(text, c.where()));
      } else if (b instanceof MystBlocks.Code code) {
        out.addAll(held(code.lines(), 1, code.closed() ? 1 : 0, c.held()));
      } else {
        MystBlocks.Directive d = (MystBlocks.Directive) b;
        String unclosed = d.closed() ? "" : c.notes().mark("this {" + d.name() + "} directive is not closed by a '" + d.fence()
            + "' line, so everything after it was put inside it. Close it where it ends.");
        // Each directive is a call deeper; a page of thousands nested inside each other ran out of stack.
        List<String> converted = c.depth() < MystBlocks.MAX_NESTING ? directive(d, c.deeper(), contained, level)
            : held(d.written(), 0, 0, c.held());
        if (c.depth() >= MystBlocks.MAX_NESTING) {
          converted = new ArrayList<>(converted);
          converted.set(0, c.notes().mark("directives nest more than " + MystBlocks.MAX_NESTING + " deep here: this {" + d.name()
              + "} and what is inside it are left as written. Take it out of the directives around it.") + converted.get(0));
        }
        if (converted.isEmpty()) converted = List.of("");
        converted = new ArrayList<>(converted);
        String name = d.options().getOrDefault("name", "").strip();
        // A blank line after the anchor ends its HTML block, so what follows is Markdown still.
        if (!name.isEmpty()) converted.addAll(0, List.of("", "<a id=\"" + MystLabels.anchorId(name) + "\"></a>", ""));
        int first = converted.get(0).isEmpty() && converted.size() > 1 ? 1 : 0;
        converted.set(first, unclosed + converted.get(first));
        for (String l : converted) out.add(l.isEmpty() ? "" : d.indent() + l);
      }
    }
    return out;
  }

  /** Lines of a paragraph a role's text may go on to: more would be a role never closed. */
  private static final int ROLE_LINES = 4;

  /** A line of text to read, and how many lines after it a role on it went on to (read into it). */
  private record Paragraph(String text, int more) {}

  /**
   * The text at {@code at}, with the lines after it a role that starts there goes on to (its
   * closing backtick on the last), read as one line with a space for each line end, as MyST reads
   * a paragraph. The line alone when no role goes on, or none closes within {@link #ROLE_LINES}
   * lines of the paragraph (it is then warned as it is). A heading or a table row ends with its line.
   */
  private static Paragraph lineAt(List<MystBlocks.Block> blocks, int at) {
    String text = ((MystBlocks.Text) blocks.get(at)).text();
    Paragraph alone = new Paragraph(text, 0);
    if (!MystInline.opensRole(text) || endsWithItsLine(text)) return alone;
    StringBuilder joined = new StringBuilder(text.stripTrailing());
    for (int k = 1; k <= ROLE_LINES && at + k < blocks.size(); k++) {
      if (!(blocks.get(at + k) instanceof MystBlocks.Text next) || next.text().isBlank() || endsWithItsLine(next.text())) return alone;
      joined.append(' ').append(next.text().strip());
      if (!MystInline.opensRole(joined.toString())) return new Paragraph(joined.toString(), k);
    }
    return alone;
  }

  private static boolean endsWithItsLine(String text) {
    String s = text.strip();
    return s.startsWith("#") || s.startsWith("|");
  }

  /** Lines as they are, those between {@code skipStart} and {@code skipEnd} from the ends held from every later pass. */
  private static List<String> held(List<String> lines, int skipStart, int skipEnd, Protected held) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      boolean inside = i >= skipStart && i < lines.size() - skipEnd;
      out.add(!inside || l.isBlank() ? l : held.hold(l));
    }
    return out;
  }

  private List<String> directive(MystBlocks.Directive d, Context c, boolean contained, int level) {
    String name = d.name().toLowerCase(Locale.ROOT);
    if (ADMONITIONS.contains(name)) return admonition(d, name, c);
    if (CODE.contains(name)) return code(d.content(), d.argument().split("\\s+")[0], c);
    if (name.equals("mermaid")) return code(d.content(), "mermaid", c);
    if (name.equals("literalinclude")) {
      Optional<LiteralIncludes.Included> included = includes.read(d, c.current());
      if (included.isPresent()) return code(included.get().lines(), included.get().language(), c);
    }
    if (name.equals("include")) {
      Optional<LiteralIncludes.Inserted> inserted = includes.include(d, c.current());
      if (inserted.isPresent()) return include(d, inserted.get(), c, contained, level);
    }
    if (name.equals("image") || name.equals("figure")) return image(d, c, contained, level);
    if (name.equals("toctree")) return toctree(d);
    if (name.equals("contents")) return List.of();
    if (name.equals("tab-set")) return lines(d.content(), c, contained, level);
    if (name.equals("tab-item")) {
      List<String> out = new ArrayList<>(List.of("", TabSections.label(contained ? " " : "", level, inline.convert(d.argument(), c.where())).strip(), ""));
      out.addAll(lines(d.content(), c, contained, level + 1));
      out.add("");
      return out;
    }
    if (name.equals("rubric")) return List.of("", "**" + inline.convert(d.argument(), c.where()) + "**", "");
    if (name.equals("raw") && d.argument().equalsIgnoreCase("html")) return d.content();
    if (name.equals("glossary")) return glossary(d, c, contained, level);
    String hint = switch (name) {
      case "eval-rst" -> "reStructuredText inside the page ({eval-rst}), which fieldguide cannot convert, is left as a code block. Rewrite it in Markdown.";
      case "include" -> "{include} names " + d.argument() + ", which is not a UTF-8 text file in the imported folder; it is left as a code"
          + " block. Point it at the file, or copy the file's text into the page.";
      case "literalinclude" -> "{literalinclude} names " + d.argument() + ", which is not a UTF-8 text file in the imported folder; it is left as a"
          + " code block. Point it at the file, or copy the file's text into a code block.";
      default -> "directive {" + d.name() + "} is not one fieldguide converts; it is left as a code block. Rewrite it in Markdown, or remove it.";
    };
    return leftAsWritten(d, hint, c);
  }

  private List<String> admonition(MystBlocks.Directive d, String name, Context c) {
    String argument = d.argument();
    List<String> content = new ArrayList<>(d.content());
    String title = "";
    String written = d.options().getOrDefault("class", "");
    switch (name) {
      case "admonition", "dropdown" -> title = argument;
      case "seealso" -> title = "See also";
      case "todo" -> title = "To do";
      case "versionadded", "versionchanged", "deprecated", "versionremoved" -> {
        String version = argument.split("\\s+", 2)[0];
        title = switch (name) {
          case "versionadded" -> "New in version ";
          case "versionchanged" -> "Changed in version ";
          case "deprecated" -> "Deprecated since version ";
          default -> "Removed in version ";
        } + version;
        if (argument.contains(" ")) content.add(0, argument.substring(argument.indexOf(' ') + 1).strip());
        written = name.equals("versionadded") || name.equals("versionchanged") ? "note" : "warning";
      }
      // An admonition of a kind takes no title: what follows its name is its first line.
      default -> {
        if (!argument.isEmpty()) content.add(0, argument);
        written = name;
      }
    }
    String kind = "note";
    for (String cls : written.split("\\s+")) {
      Optional<String> k = CalloutKinds.nearest(cls);
      if (k.isPresent()) {
        kind = k.get();
        break;
      }
    }
    boolean dropdown = name.equals("dropdown") || List.of(written.split("\\s+")).contains("dropdown");
    boolean open = d.options().containsKey("open");
    String head = (dropdown ? "???" + (open ? "+" : "") : "!!!") + " " + kind
        + (title.isBlank() ? "" : " \"" + inline.convert(title.strip(), c.where()).replace("\"", "'") + "\"");
    List<String> out = new ArrayList<>(List.of("", head));
    for (String l : lines(content, c, true, 1)) out.add(l.isBlank() ? "" : "    " + l);
    out.add("");
    return out;
  }

  /**
   * The text of an {@code {include}} in place of the directive, converted as the page's own (links
   * and images in it lead where they would from the page, as MyST reads them, but those that
   * {@code :relative-docs:} and {@code :relative-images:} say lead from the included file), its
   * headings {@code :heading-offset:} levels deeper; with {@code :literal:} (or {@code :code:}),
   * fenced code. A file that includes itself, through others or not, is left as written.
   */
  private List<String> include(MystBlocks.Directive d, LiteralIncludes.Inserted inserted, Context c, boolean contained, int level) {
    if (d.options().containsKey("literal") || d.options().containsKey("code")) return code(inserted.lines(), inserted.language(), c);
    Path file = inserted.file().toAbsolutePath().normalize();
    String refused = c.including().contains(file)
        ? "{include} of " + d.argument() + " includes the page it is in again, which would never end; it is left as a code block. Remove it."
        : c.included()[0] + inserted.lines().size() > MAX_INCLUDED_LINES
            ? "{include} of " + d.argument() + " would make the page more than " + MAX_INCLUDED_LINES + " lines of included text (files that include"
                + " each other more than once); it is left as a code block. Include each file once."
            : null;
    if (refused != null) return leftAsWritten(d, refused, c);
    c.included()[0] += inserted.lines().size();
    String docs = d.options().get("relative-docs");
    IncludedText text = new IncludedText(number(d.options().get("heading-offset")), c.page().file().toAbsolutePath().normalize().getParent(),
        file.getParent(), docs == null || docs.isBlank() ? null : docs.strip(), d.options().containsKey("relative-images"));
    List<String> out = new ArrayList<>(List.of(""));
    out.addAll(lines(inserted.lines(), c.inside(file, text), contained, level));
    out.add("");
    return out;
  }

  /** The directive as written, in a code block, with a note of why at its first line. */
  private List<String> leftAsWritten(MystBlocks.Directive d, String why, Context c) {
    List<String> out = new ArrayList<>();
    String fence = fence(d.written());
    out.add(c.notes().mark(why) + fence + "{" + d.name() + "}" + (d.argument().isEmpty() ? "" : " " + d.argument()));
    out.addAll(held(d.written(), 0, 0, c.held()));
    out.add(fence);
    return out;
  }

  /**
   * Lines includes may put into one page: files that each include the next twice, fifty deep,
   * would otherwise make a page of 2^50 copies.
   */
  private static final int MAX_INCLUDED_LINES = 200_000;

  /** A whole number option, 0 when not one. */
  private static int number(String option) {
    return option != null && option.strip().matches("\\d{1,2}") ? Integer.parseInt(option.strip()) : 0;
  }

  private List<String> code(List<String> content, String language, Context c) {
    String fence = fence(content);
    List<String> out = new ArrayList<>(List.of(fence + language));
    out.addAll(held(content, 0, 0, c.held()));
    out.add(fence);
    return out;
  }

  /** A backtick fence longer than any run of backticks in {@code content}. */
  private static String fence(List<String> content) {
    int longest = 0;
    for (String l : content) {
      Matcher m = BACKTICKS.matcher(l);
      while (m.find()) longest = Math.max(longest, m.group().length());
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  private List<String> image(MystBlocks.Directive d, Context c, boolean contained, int level) {
    // A figure's caption describes it: without :alt:, it is the image's text for those who cannot see it.
    String caption = d.name().equals("figure") ? d.content().stream().filter(l -> !l.isBlank()).findFirst().map(String::strip).orElse("") : "";
    String alt = d.options().getOrDefault("alt", HeadingSlugs.plainText(caption)).replace("]", "\\]");
    String image = "![" + alt + "](" + destination(c.text().image(d.argument().strip())) + ")";
    String target = d.options().get("target");
    List<String> out = new ArrayList<>(List.of("", target == null ? image : "[" + image + "](" + destination(target) + ")", ""));
    // A figure's caption and legend follow it as paragraphs.
    out.addAll(lines(d.content(), c, contained, level));
    out.add("");
    return out;
  }

  static String destination(String path) {
    String p = path.strip();
    return p.contains(" ") ? "<" + p + ">" : p;
  }

  /** A toctree's links to other sites; the pages it lists are ordered by {@link Toctrees}. */
  private static List<String> toctree(MystBlocks.Directive d) {
    List<String> out = new ArrayList<>();
    for (Toctrees.Entry e : Toctrees.entries(d)) {
      if (e.external()) out.add("- " + (e.title().isPresent() ? "[" + e.title().get() + "](" + e.target() + ")" : "<" + e.target() + ">"));
    }
    if (!out.isEmpty()) {
      out.add(0, "");
      out.add("");
    }
    return out;
  }

  /**
   * Each term in bold after an anchor of Sphinx's id for it ({@link MystLabels#termId}), which
   * {@code {term}} leads to; its definition (indented under it in MyST) after it.
   */
  private List<String> glossary(MystBlocks.Directive d, Context c, boolean contained, int level) {
    List<String> out = new ArrayList<>();
    List<String> definition = new ArrayList<>();
    for (String l : d.content()) {
      if (MystLabels.isTerm(l)) {
        out.addAll(lines(unindent(definition), c, contained, level));
        definition.clear();
        // A blank line after the anchor ends its HTML block, so the term is Markdown still.
        out.addAll(List.of("", "<a id=\"" + MystLabels.termId(l) + "\"></a>", "", "**" + inline.convert(l.strip(), c.where()) + "**", ""));
      } else {
        definition.add(l);
      }
    }
    out.addAll(lines(unindent(definition), c, contained, level));
    out.add("");
    return out;
  }

  private static List<String> unindent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList();
  }
}
