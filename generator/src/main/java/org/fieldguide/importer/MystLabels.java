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
   */
  record Index(Map<String, Label> labels, Map<String, String> titles, Map<String, String> keys) {
    static Index empty() {
      return new Index(Map.of(), Map.of(), Map.of());
    }

    Optional<Label> label(String name) {
      return Optional.ofNullable(labels.get(normal(name)));
    }
  }

  /** The pages with their labels applied, and the index of them. */
  record Labelled(List<SourcePage> pages, Index index) {}

  /**
   * The id a label is given on the page: what a heading's {@code {#id}} cannot hold (spaces, the
   * '/' of {@code (index/distributions)=}, the '.' of {@code (schema_hub.image)=}, which would
   * start a class there) as '-'.
   */
  static String anchorId(String label) {
    return label.strip().replaceAll("[^\\p{L}\\p{N}_:-]+", "-");
  }

  static String normal(String label) {
    return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static Labelled read(List<SourcePage> pages, boolean colonFence, Diagnostics diagnostics) {
    Map<String, Label> labels = new LinkedHashMap<>();
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
      String title = p.frontMatter().get("title") instanceof String t && !t.isBlank() ? t.strip()
          : page.title.orElse(p.navTitle().orElse(docname.substring(docname.lastIndexOf('/') + 1)));
      titles.put(docname, title);
      out.add(new SourcePage(p.file(), p.shown(), p.language(), p.outBase(), p.sourceKeys(), p.urls(), p.frontMatter(), page.body(), p.bodyLine(),
          p.implied(), p.navTitle()));
    }
    return new Labelled(out, new Index(labels, titles, keys));
  }

  /** A label found on a page, at a 0-based line of its body. */
  private record Found(String name, int line, Label label) {}

  /** One page's body with its labels applied, and what they name. */
  private static final class Page {
    private final String[] lines;
    private final List<Found> found = new ArrayList<>();
    private final List<Integer> pending = new ArrayList<>();
    private final String key;
    private Optional<String> title = Optional.empty();
    private boolean contentSeen;

    Page(SourcePage p, boolean colonFence) {
      key = p.sourceKeys().get(0);
      lines = p.body().split("\n", -1);
      for (MystBlocks.Block b : MystBlocks.parse(List.of(lines), colonFence)) {
        if (b instanceof MystBlocks.Text t) text(t);
        else anchor();
        // A directive's :name: is a label of it (a figure's, a code block's); MystMarkup puts the anchor before it.
        if (b instanceof MystBlocks.Directive d && !d.options().getOrDefault("name", "").isBlank()) {
          String name = d.options().get("name").strip();
          String caption = d.content().stream().filter(l -> !l.isBlank()).findFirst().map(String::strip).orElse(name);
          found.add(new Found(name, d.line(), new Label(key, anchorId(name), d.name().equals("figure") ? caption : name)));
        }
        contentSeen |= !(b instanceof MystBlocks.Text);
      }
      anchor();
    }

    private void text(MystBlocks.Text t) {
      Matcher label = LABEL.matcher(t.text());
      if (label.matches()) {
        pending.add(t.line());
        return;
      }
      String s = t.text().strip();
      // Blank lines and MyST comments ('% …') stand between a label and what it names.
      if (s.isEmpty() || s.startsWith("%")) return;
      OptionalInt level = TabSections.headingLevel(t.text());
      String heading = level.isPresent() ? HeadingSlugs.plainText(s.replaceFirst("^#+\\s*", "").replaceFirst("\\s+#+$", "")) : "";
      if (level.isPresent() && level.getAsInt() == 1 && title.isEmpty()) title = Optional.of(EXPLICIT_ID.matcher(heading).replaceFirst("").strip());
      if (!pending.isEmpty() && level.isPresent()) {
        boolean isTitle = level.getAsInt() == 1 && !contentSeen;
        Matcher explicit = EXPLICIT_ID.matcher(t.text());
        boolean hasId = explicit.find();
        String id = hasId ? explicit.group(1) : id(lines[pending.get(0)]);
        String fragment = isTitle ? "" : id;
        if (!isTitle && !hasId) lines[t.line()] = t.text().stripTrailing() + " {#" + id + "}";
        String text = EXPLICIT_ID.matcher(heading).replaceFirst("").strip();
        for (int at : pending) {
          found.add(new Found(name(lines[at]), at, new Label(key, fragment, text)));
          lines[at] = null;
        }
        pending.clear();
      } else {
        anchor();
      }
      contentSeen = true;
    }

    /** The pending labels as an anchor before what follows them, which is not a heading. */
    private void anchor() {
      if (pending.isEmpty()) return;
      String id = id(lines[pending.get(0)]);
      for (int at : pending) found.add(new Found(name(lines[at]), at, new Label(key, id, name(lines[at]))));
      for (int at : pending) lines[at] = null;
      // A blank line after it ends the HTML block, so the paragraph after is Markdown still.
      lines[pending.get(0)] = "<a id=\"" + id + "\"></a>\n";
      pending.clear();
    }

    private static String name(String labelLine) {
      Matcher m = LABEL.matcher(labelLine);
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
