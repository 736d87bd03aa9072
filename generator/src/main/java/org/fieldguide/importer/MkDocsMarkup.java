package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Python-Markdown extensions MkDocs sites use that fieldguide has no form for: snippets
 * ({@code --8<--}), content tabs ({@code === "Tab"}) and, with the macros plugin, Jinja. They are
 * left as written, with a note. (Admonitions are written the same way in both.)
 */
final class MkDocsMarkup {
  private static final Pattern SNIPPET = Pattern.compile("^\\s*-{1,3}8<-{1,3}.*$");
  private static final Pattern TAB = Pattern.compile("^\\s*===\\+?\\s+\".*\"\\s*$");
  private static final Pattern JINJA = Pattern.compile("\\{\\{.*?}}|\\{%.*?%}");

  private MkDocsMarkup() {}

  static String convert(String body, boolean macros, Notes notes) {
    List<String> out = new ArrayList<>();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    for (String line : body.split("\n", -1)) {
      boolean code = fences.isCode(line);
      if (!code && SNIPPET.matcher(line).matches()) {
        out.add(notes.mark("snippet include left as text: fieldguide has no includes. Copy the included text into the page.") + line);
      } else if (!code && TAB.matcher(line).matches()) {
        out.add(notes.mark("content tab left as text: fieldguide has no tabs, and the tab's indented body would show as code. Rewrite it as headings or a list.") + line);
      } else if (macros) {
        out.add(Regex.replace(JINJA, line, m -> notes.mark("macro '" + m.group() + "' left as text: write out its value, or remove it.") + m.group()));
      } else {
        out.add(line);
      }
    }
    return String.join("\n", out);
  }
}
