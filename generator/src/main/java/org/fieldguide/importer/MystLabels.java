package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;

/**
 * MyST's {@code (label)=} lines, which name the block after them for {@code {ref}} and links
 * from any page of the site (Sphinx's labels are global). A label before a heading becomes the
 * heading's explicit id ({@code ## Heading {#label}}), so links keep working; one before the
 * page's title heading names the page itself (fieldguide shows the title, not the heading); one
 * before anything else becomes an HTML anchor. The labels are read from every page first, since a
 * page may refer to a label of a page read after it.
 */
final class MystLabels {
  private static final Pattern LABEL = Pattern.compile("^ {0,3}\\((.+)\\)=\\s*$");
  private static final Pattern EXPLICIT_ID = Pattern.compile("\\{#([\\w:.-]+)}\\s*$");

  private MystLabels() {}

  /**
   * Where a label leads.
   *
   * @param sourceKey the page's file from the source folder
   * @param fragment the id on that page, "" for the page itself
   * @param text what a {@code {ref}} without text shows: the heading's or page's title, or the label
   */
  record Label(String sourceKey, String fragment, String text) {}

  /**
   * The site's labels and pages, by what {@code {ref}} and {@code {doc}} name them.
   *
   * @param labels by label in lower case, as Sphinx compares them
   * @param titles each page's title by its name without suffix ({@code administrator/index})
   * @param keys each page's file by the same name
   * @param terms the terms of the site's {@code {glossary}} directives, in lower case, as {@code {term}} names them
   */
  record Index(Map<String, Label> labels, Map<String, String> titles, Map<String, String> keys, Map<String, Label> terms) {
    static Index empty() {
      return new Index(Map.of(), Map.of(), Map.of(), Map.of());
    }

    Optional<Label> label(String name) {
      return Optional.ofNullable(labels.get(normal(name)));
    }

    Optional<Label> term(String name) {
      return Optional.ofNullable(terms.get(normal(name)));
    }
  }

  /**
   * The id of a glossary term's anchor, as Sphinx makes it ({@code sphinx.util.nodes.make_id}), so
   * links to the published glossary's terms keep working: {@code term-} and the term's text,
   * letters without their accents (others dropped), each run of what is not an ASCII letter, digit,
   * '.' or '_' as one '-' ({@code term-Single-user-server}, {@code term-config.yaml}).
   */
  static String termId(String term) {
    return HeadingSlugs.sphinx("term-" + HeadingSlugs.plainText(term.strip()));
  }

  /** Whether a line of a {@code {glossary}} directive is a term: one not indented (a definition's are). */
  static boolean isTerm(String glossaryLine) {
    return !glossaryLine.isBlank() && !Character.isWhitespace(glossaryLine.charAt(0));
  }

  /** The pages with their labels applied, and the index of them. */
  record Labelled(List<SourcePage> pages, Index index) {}

  /**
   * The id a label is given on the page: the one docutils gives its target in the published site
   * ({@code docutils.nodes.make_id}: lower case, letters without their accents, each run of what is
   * not an ASCII letter or digit as one '-', no digit or '-' first), so links to the published
   * anchors keep working: {@code (schema_hub.image)=} is {@code schema-hub-image}, {@code
   * (index/distributions)=} {@code index-distributions}. A label that leaves nothing so (digits
   * alone) keeps what an id can hold of it.
   */
  static String anchorId(String label) {
    String made = HeadingSlugs.docutils(label);
    return made.isEmpty() ? label.strip().replaceAll("[^\\p{L}\\p{N}_:-]+", "-") : made;
  }

  static String normal(String label) {
    return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static Labelled read(List<SourcePage> pages, boolean colonFence, Diagnostics diagnostics) {
    Map<String, Label> labels = new LinkedHashMap<>();
    Map<String, Label> terms = new LinkedHashMap<>();
    Map<String, String> titles = new HashMap<>();
    Map<String, String> keys = new HashMap<>();
    List<SourcePage> out = new ArrayList<>();
    for (SourcePage p : pages) {
      String docname = p.sourceKeys().get(1);
      keys.put(docname, p.sourceKeys().get(0));
      Page page = new Page(p, colonFence);
      for (Found f : page.found) {
        Label earlier = labels.putIfAbsent(normal(f.name()), f.label());
        if (earlier != null) {
          diagnostics.warning(new SourcePos(p.shown(), p.bodyLine() + f.line(), 1), "label (" + f.name() + ")= is also on " + earlier.sourceKey()
              + "; Sphinx labels name one place in the whole site, so references lead to the first. Rename one of them.");
        }
      }
      for (Found f : page.terms) {
        Label earlier = terms.putIfAbsent(normal(f.name()), f.label());
        if (earlier != null) {
          diagnostics.warning(new SourcePos(p.shown(), p.bodyLine() + f.line(), 1), "glossary term '" + f.name() + "' is also defined on "
              + earlier.sourceKey() + "; {term} leads to the first. Define it once.");
        }
      }
      String title = p.frontMatter().get("title") instanceof String t && !t.isBlank() ? t.strip()
          : page.title.orElse(p.navTitle().orElse(docname.substring(docname.lastIndexOf('/') + 1)));
      titles.put(docname, title);
      out.add(new SourcePage(p.file(), p.shown(), p.language(), p.outBase(), p.sourceKeys(), p.urls(), p.frontMatter(), page.body(), p.bodyLine(),
          p.implied(), p.navTitle()));
    }
    return new Labelled(out, new Index(labels, titles, keys, terms));
  }

  /** A label found on a page, at a 0-based line of its body. */
  private record Found(String name, int line, Label label) {}

  /**
   * One page's body with its labels applied, and what they name: at the top, and inside the
   * directives whose content is Markdown (an admonition's, a tab's), at the same line.
   */
  private static final class Page {
    private final String[] lines;
    private final List<Found> found = new ArrayList<>();
    private final List<Found> terms = new ArrayList<>();
    private final String key;
    private final boolean colonFence;
    private Optional<String> title = Optional.empty();
    private boolean contentSeen;

    Page(SourcePage p, boolean colonFence) {
      key = p.sourceKeys().get(0);
      this.colonFence = colonFence;
      lines = p.body().split("\n", -1);
      walk(List.of(lines), 0, "", true, 0);
    }

    /**
     * @param first the index in {@code lines} of the first of {@code view}, whose lines follow one another there
     * @param indent what was taken off the start of each line of {@code view} (a list item's, a directive's)
     * @param top whether {@code view} is the page itself, where a heading may be the page's title
     * @param depth how many directives {@code view} is inside
     */
    private void walk(List<String> view, int first, String indent, boolean top, int depth) {
      List<Integer> pending = new ArrayList<>();
      for (MystBlocks.Block b : MystBlocks.parse(view, colonFence)) {
        if (b instanceof MystBlocks.Text t) {
          text(t.text(), first + t.line(), indent, top, pending);
          continue;
        }
        anchor(pending, indent);
        contentSeen |= top;
        if (!(b instanceof MystBlocks.Directive d)) continue;
        // A directive's :name: is a label of it (a figure's, a code block's); MystMarkup puts the anchor before it.
        if (!d.options().getOrDefault("name", "").isBlank()) {
          String name = d.options().get("name").strip();
          String caption = d.content().stream().filter(l -> !l.isBlank()).findFirst().map(String::strip).orElse(name);
          found.add(new Found(name, first + d.line(), new Label(key, anchorId(name), d.name().equals("figure") ? caption : name)));
        }
        if (d.name().equalsIgnoreCase("glossary") && depth < MystBlocks.MAX_NESTING) {
          for (String l : d.content()) if (isTerm(l)) terms.add(new Found(l.strip(), first + d.line(), new Label(key, termId(l), l.strip())));
        }
        // Past MAX_NESTING, MystMarkup leaves directives as written (and says so): no labels are read there.
        if (MystMarkup.holdsMarkdown(d.name()) && depth < MystBlocks.MAX_NESTING) {
          walk(d.content(), first + d.line() + 1 + d.written().size() - d.content().size(), indent + d.indent(), false, depth + 1);
        }
      }
      anchor(pending, indent);
    }

    private void text(String text, int at, String indent, boolean top, List<Integer> pending) {
      if (LABEL.matcher(text).matches()) {
        pending.add(at);
        return;
      }
      String s = text.strip();
      // Blank lines and MyST comments ('% …') stand between a label and what it names.
      if (s.isEmpty() || s.startsWith("%")) return;
      OptionalInt level = TabSections.headingLevel(text);
      String heading = level.isPresent() ? HeadingSlugs.plainText(s.replaceFirst("^#+\\s*", "").replaceFirst("\\s+#+$", "")) : "";
      boolean isTitle = top && level.isPresent() && level.getAsInt() == 1 && !contentSeen;
      if (top && level.isPresent() && level.getAsInt() == 1 && title.isEmpty()) title = Optional.of(EXPLICIT_ID.matcher(heading).replaceFirst("").strip());
      if (!pending.isEmpty() && level.isPresent()) {
        Matcher explicit = EXPLICIT_ID.matcher(text);
        boolean hasId = explicit.find();
        String id = hasId ? explicit.group(1) : id(lines[pending.get(0)]);
        String fragment = isTitle ? "" : id;
        if (!isTitle && !hasId) lines[at] = indent + text.stripTrailing() + " {#" + id + "}";
        String shown = EXPLICIT_ID.matcher(heading).replaceFirst("").strip();
        for (int p : pending) {
          found.add(new Found(name(lines[p]), p, new Label(key, fragment, shown)));
          lines[p] = null;
        }
        pending.clear();
      } else {
        anchor(pending, indent);
      }
      contentSeen |= top;
    }

    /** The pending labels as an anchor before what follows them, which is not a heading. */
    private void anchor(List<Integer> pending, String indent) {
      if (pending.isEmpty()) return;
      String id = id(lines[pending.get(0)]);
      for (int p : pending) found.add(new Found(name(lines[p]), p, new Label(key, id, name(lines[p]))));
      for (int p : pending) lines[p] = null;
      // A blank line after it ends the HTML block, so the paragraph after is Markdown still.
      lines[pending.get(0)] = indent + "<a id=\"" + id + "\"></a>\n";
      pending.clear();
    }

    private static String name(String labelLine) {
      Matcher m = LABEL.matcher(labelLine.strip());
      return m.matches() ? m.group(1).strip() : labelLine;
    }

    private static String id(String labelLine) {
      return anchorId(name(labelLine));
    }

    String body() {
      List<String> kept = new ArrayList<>();
      for (String l : lines) if (l != null) kept.add(l);
      return String.join("\n", kept);
    }
  }
}
