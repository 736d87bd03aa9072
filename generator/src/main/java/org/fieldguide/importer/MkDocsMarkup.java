package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python-Markdown extensions MkDocs sites use that fieldguide has no form for. Content tabs
 * ({@code === "Debian"}, pymdownx.tabbed) become one headed section per tab, as Docusaurus's
 * {@code <Tabs>} do ({@link TabSections}): a reader following a runbook wants every variant on the
 * page, findable and linkable. The inline syntax of the extensions the site turns on is read by
 * {@link PythonMarkdownSyntax}. Snippets ({@code --8<--}) are put in by {@link Snippets} where
 * the site turns them on, and noted otherwise; the macros plugin's Jinja is run first, as far
 * as {@link MkDocsMacros} can. (Admonitions are written the same way in both.)
 */
final class MkDocsMarkup {
  private static final Pattern SNIPPET = Pattern.compile("^\\s*-{1,3}8<-{1,3}.*$");
  private static final Pattern TAB = Pattern.compile("^(\\s*)===[!+]?\\s+\"(.*)\"\\s*$");
  private final MkDocsMacros macros;
  private final Snippets snippets;
  private final PythonMarkdownSyntax syntax;

  /** The markup of the site {@code source} read (its plugins and extensions). */
  MkDocsMarkup(MkDocsSource source) {
    this.macros = source.macros();
    this.snippets = source.snippets();
    this.syntax = new PythonMarkdownSyntax(source.markdownExtensions());
  }

  /** @param title the page's title, as {@code page.title} shows it */
  String convert(String body, SourcePage page, String title, Notes notes, Protected held) {
    // The macros plugin renders the page before Markdown reads it; snippets are read by Markdown, on what it made.
    body = macros.render(body, page, title, notes, held);
    // Snippets next, as the extension reads the page before the rest of Markdown does: what they bring in is converted too.
    body = AttributeLists.convert(snippets.expand(body, notes), false, notes);
    List<String> out = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (String line : syntax.convert(tabs(List.of(body.split("\n", -1)), 1), notes)) {
      boolean code = fences.isCode(line);
      // Where the site turns snippets on, Snippets put the files in already.
      if (!code && !snippets.enabled() && SNIPPET.matcher(line).matches()) {
        out.add(notes.mark("snippet include left as text: fieldguide has no includes. Copy the included text into the page.") + line);
      } else {
        out.add(line);
      }
    }
    return String.join("\n", out);
  }

  /**
   * Each tab as a heading one level below the heading above it (a bold label where the tab is
   * indented: in a list or an admonition, where a heading cannot stand), followed by its body,
   * unindented by the four spaces pymdownx.tabbed asks for, with the tabs nested in it converted in turn.
   */
  private static List<String> tabs(List<String> lines, int headingLevel) {
    List<String> out = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    int level = headingLevel;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher tab = TAB.matcher(line);
      if (fences.isCode(line) || !tab.matches()) {
        level = TabSections.headingLevel(line).orElse(level);
        out.add(line);
        continue;
      }
      String indent = tab.group(1);
      String inside = indent + "    ";
      List<String> body = new ArrayList<>();
      int next = i + 1;
      int end = next; // past the body's last line that is not blank
      for (; next < lines.size() && (lines.get(next).isBlank() || lines.get(next).startsWith(inside)); next++) {
        body.add(lines.get(next).isBlank() ? "" : lines.get(next).substring(inside.length()));
        if (!lines.get(next).isBlank()) end = next + 1;
      }
      out.add("");
      out.add(TabSections.label(indent, level, tab.group(2)));
      out.add("");
      for (String l : tabs(body.subList(0, end - i - 1), level + 1)) out.add(l.isEmpty() ? "" : indent + l);
      out.add("");
      i = end - 1;
    }
    return out;
  }
}
