package org.fieldguide.importer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of MyST Markdown's inline syntax as fieldguide Markdown: roles become links ({@code
 * {ref}}, {@code {doc}}, {@code {download}}), code (the Python domain's {@code {class}} and the
 * like, whose API pages are not imported) or text ({@code {term}}), an unknown one keeping its
 * text, warned; {@code {{ substitutions }}} their literal values; links by label ({@code
 * [text](label)}, {@code [](#label)}) and by page name without {@code .md} a link to the file,
 * which {@link LinkRewriter} then writes as fieldguide's. Code spans are left as they are.
 */
final class MystInline {
  private static final Pattern ROLE = Pattern.compile("\\{([A-Za-z][\\w:.+-]*)}$");
  private static final Pattern UNCLOSED_ROLE = Pattern.compile("\\{([A-Za-z][\\w:.+-]*)}`");
  private static final Pattern SUBSTITUTION = Pattern.compile("\\{\\{\\s*([\\w.-]+)\\s*}}");
  private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]\\n]*)]\\(\\s*([^\\s()<>]+)\\s*\\)");
  // The pages Sphinx generates itself, which {ref} may name.
  private static final Set<String> GENERATED = Set.of("genindex", "modindex", "search", "py-modindex");
  // Roles whose text is code: Sphinx's inline markup, and the domains' references to an API the import cannot link.
  private static final Set<String> CODE_ROLES = Set.of(
      "code", "literal", "samp", "file", "command", "program", "envvar", "option", "makevar", "mimetype", "regexp", "mailheader", "math",
      "class", "func", "meth", "attr", "mod", "obj", "data", "exc", "const", "any", "type", "var", "member", "function", "macro", "struct");

  private static final Pattern KEYS = Pattern.compile("(?<=.)(-|\\+|\\^|\\s+)(?=.)");

  private static String key(String name) {
    return name.isEmpty() ? "" : "<kbd>" + name.replace("&", "&amp;").replace("<", "&lt;") + "</kbd>";
  }

  private final SphinxConf conf;
  private final MystLabels.Index index;

  /** The page a line is on, where its notes go, and the substitutions it has. */
  record Where(SourcePage page, Notes notes, Map<String, String> substitutions) {}

  MystInline(SphinxConf conf, MystLabels.Index index) {
    this.conf = conf;
    this.index = index;
  }

  /**
   * Whether a role starts on {@code line} and its text does not end there: its backtick opens no
   * code span of the line (MyST reads on into the next line of the paragraph, its end as a space).
   */
  static boolean opensRole(String line) {
    Matcher open = UNCLOSED_ROLE.matcher(line);
    // Asked of every line of every page: its code spans are found only when it names a role.
    if (!open.find()) return false;
    List<int[]> spans = LinkRewriter.codeSpans(line);
    open.reset();
    while (open.find()) {
      int tick = open.end() - 1;
      if (spans.stream().noneMatch(r -> tick >= r[0] && tick < r[1])) return true;
    }
    return false;
  }

  /** A line of Markdown with its roles, substitutions and MyST links converted. */
  String convert(String line, Where c) {
    String s = roles(line, c);
    if (conf.enables("substitution")) s = outsideCode(s, SUBSTITUTION, m -> substitution(m, c));
    return outsideCode(s, LINK, m -> link(m, c));
  }

  private static String outsideCode(String line, Pattern p, java.util.function.Function<Matcher, String> f) {
    List<int[]> code = LinkRewriter.codeSpans(line);
    return Regex.replace(p, line, m -> code.stream().anyMatch(r -> m.start() >= r[0] && m.start() < r[1]) ? m.group() : f.apply(m));
  }

  private static String substitution(Matcher m, Where c) {
    String value = c.substitutions().get(m.group(1));
    if (value != null) return value;
    return c.notes().mark("substitution '" + m.group() + "' is left as text: its value is not written as a literal in conf.py or the page's"
        + " front matter (it is computed when Sphinx runs). Write the value in its place.") + m.group();
  }

  /**
   * The roles of a line: code spans ({@link LinkRewriter#codeSpans}) right after a {@code {name}},
   * since a role's text is written as one; other code spans stay as they are.
   */
  private String roles(String line, Where c) {
    StringBuilder out = new StringBuilder();
    int last = 0;
    List<int[]> spans = LinkRewriter.codeSpans(line);
    for (int[] span : spans) {
      Matcher name = ROLE.matcher(line.substring(last, span[0]));
      if (!name.find()) continue;
      int ticks = 0;
      while (line.charAt(span[0] + ticks) == '`') ticks++;
      out.append(line, last, last + name.start()).append(role(name.group(1), line.substring(span[0] + ticks, span[1] - ticks).strip(), c));
      last = span[1];
    }
    String rest = line.substring(last);
    Matcher open = UNCLOSED_ROLE.matcher(rest);
    // A role whose text goes on to the next line is not converted: say so rather than leave it silently.
    while (open.find()) {
      int at = last + open.start();
      if (spans.stream().anyMatch(r -> at >= r[0] && at < r[1])) continue;
      rest = rest.substring(0, open.start()) + c.notes().mark("role {" + open.group(1) + "} goes on to the next line, which fieldguide does not"
          + " read as one role; it is left as written. Put the role on one line and import again, or rewrite it in Markdown.") + rest.substring(open.start());
      break;
    }
    return out.append(rest).toString();
  }

  private String role(String written, String content, Where c) {
    String name = written.toLowerCase(Locale.ROOT);
    // A domain's role (py:class, std:ref) is read as the role it names.
    String role = name.substring(name.lastIndexOf(':') + 1);
    Matcher titled = Toctrees.TITLED.matcher(content);
    String text = titled.matches() ? titled.group(1).strip() : "";
    String target = titled.matches() ? titled.group(2).strip() : content;
    switch (role) {
      case "ref", "numref" -> {
        Optional<MystLabels.Label> label = index.label(target);
        if (label.isPresent()) return link(text.isEmpty() ? label.get().text() : text, to(c.page(), label.get().sourceKey(), label.get().fragment()));
        if (GENERATED.contains(target)) {
          return c.notes().mark("{ref}`" + content + "` leads to the page Sphinx generates as " + target + ", which fieldguide has no counterpart"
              + " of (its search finds pages and headings); it is left as text. Remove it.") + (text.isEmpty() ? target : text);
        }
        return c.notes().mark("{" + written + "}`" + content + "` names no label of the imported site (a '(" + target + ")=' line), so it is"
            + " left as text. Link to the page or heading it means.") + (text.isEmpty() ? target : text);
      }
      case "doc" -> {
        Optional<String> docname = docname(target, c.page());
        if (docname.isPresent()) {
          return link(text.isEmpty() ? index.titles().get(docname.get()) : text, to(c.page(), index.keys().get(docname.get()), ""));
        }
        return c.notes().mark("{doc}`" + content + "` names no page of the imported site, so it is left as text. Link to the page it means.")
            + (text.isEmpty() ? target : text);
      }
      case "download" -> {
        return link(text.isEmpty() ? target.substring(target.lastIndexOf('/') + 1) : text, target);
      }
      case "term" -> {
        Optional<MystLabels.Label> term = index.term(target);
        if (term.isPresent()) return link(text.isEmpty() ? target : text, to(c.page(), term.get().sourceKey(), term.get().fragment()));
        return c.notes().mark("{term}`" + content + "` names no term of the imported site's {glossary}, so it is left as text. Define it in"
            + " the glossary, or link to what it means.") + (text.isEmpty() ? target : text);
      }
      case "abbr", "sub", "sup" -> {
        return text.isEmpty() ? target : text;
      }
      case "kbd" -> {
        // As Sphinx shows it: each key a <kbd>, the separators between (Ctrl+Alt+Del, C-x, ^C) as written.
        StringBuilder keys = new StringBuilder();
        java.util.regex.Matcher part = KEYS.matcher(content);
        int last = 0;
        while (part.find()) {
          keys.append(key(content.substring(last, part.start()))).append(part.group());
          last = part.end();
        }
        return keys.append(key(content.substring(last))).toString();
      }
      case "guilabel", "menuselection" -> {
        return "**" + content.replace("-->", "→") + "**";
      }
      case "pep" -> {
        return link("PEP " + target, "https://peps.python.org/pep-" + "0".repeat(Math.max(0, 4 - target.length())) + target + "/");
      }
      case "rfc" -> {
        return link("RFC " + target, "https://datatracker.ietf.org/doc/html/rfc" + target);
      }
      default -> {
        if (CODE_ROLES.contains(role)) {
          String shown = text.isEmpty() ? target.replaceFirst("^!", "") : text;
          if (text.isEmpty() && shown.startsWith("~")) shown = shown.substring(shown.lastIndexOf('.') + 1);
          return "`" + shown.replace("`", "") + "`";
        }
        return c.notes().mark("role {" + written + "} is not one fieldguide converts; its text is kept. Rewrite it in Markdown.")
            + (text.isEmpty() ? target : text);
      }
    }
  }

  /**
   * A Markdown link as MyST reads it: to a label ({@code (label)}, {@code (#label)}) or to a page
   * named without {@code .md}, as a link to the file; an empty text gets the target's title.
   * Others are left to {@link LinkRewriter}.
   */
  private String link(Matcher m, Where c) {
    String dest = m.group(3);
    if (!m.group(1).isEmpty() || !Targets.isInternal(dest)) return m.group();
    int hash = dest.indexOf('#');
    String path = hash < 0 ? dest : dest.substring(0, hash);
    String fragment = hash < 0 ? "" : dest.substring(hash + 1);
    Optional<MystLabels.Label> label = path.isEmpty() ? index.label(fragment)
        : !path.contains("/") && !path.contains(".") && fragment.isEmpty() ? index.label(path) : Optional.empty();
    if (label.isPresent()) {
      return link(m.group(2).isEmpty() ? label.get().text() : m.group(2), to(c.page(), label.get().sourceKey(), label.get().fragment()));
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (path.isEmpty() || name.contains(".") && !name.endsWith(".md")) return m.group();
    Optional<String> docname = docname(path, c.page());
    if (docname.isEmpty()) return m.group();
    return link(m.group(2).isEmpty() ? index.titles().get(docname.get()) : m.group(2), to(c.page(), index.keys().get(docname.get()), fragment));
  }

  private static String link(String text, String destination) {
    return "[" + text + "](" + MystMarkup.destination(destination) + ")";
  }

  /** The page a {@code {doc}} or link names: from the page's folder, or from the source folder when it starts with '/'. */
  private Optional<String> docname(String target, SourcePage page) {
    String t = target.replaceFirst("\\.md$", "");
    String folder = page.sourceFolder();
    Optional<String> resolved = t.startsWith("/") ? org.fieldguide.link.UrlPaths.resolve("", t.substring(1)) : org.fieldguide.link.UrlPaths.resolve(folder, t);
    return resolved.filter(index.keys()::containsKey);
  }

  /** A link from {@code page} to a file of the source folder, as {@link LinkRewriter} reads it. */
  private static String to(SourcePage page, String key, String fragment) {
    String from = page.sourceKeys().get(0);
    if (key.equals(from)) return fragment.isEmpty() ? key.substring(key.lastIndexOf('/') + 1) : "#" + fragment;
    return Targets.relative(from, key) + (fragment.isEmpty() ? "" : "#" + fragment);
  }
}
