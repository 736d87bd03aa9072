package org.fieldguide.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reader sees in a Mermaid diagram, for search: its labels (node text in brackets,
 * braces or parentheses, edge text between bars, quoted text), the text after a colon (a sequence
 * diagram's messages, a state's description) and titles. Node ids, arrows and keywords are left
 * out. An approximation of Mermaid's grammars that errs towards fewer words: a page is found by
 * what its drawing says without the index filling with syntax.
 */
final class DiagramText {
  private static final Pattern LABEL = Pattern.compile(
      "\\[+([^\\[\\]\\n]+)\\]+|\\(+([^()\\n]+)\\)+|\\{+([^{}\\n]+)\\}+|\\|([^|\\n]+)\\||\"([^\"\\n]+)\"|:\\s*([^\\n]*[\\p{L}][^\\n]*)$"
          + "|^\\s*(?:title|accTitle:?)\\s+(.+)$",
      Pattern.MULTILINE);
  private static final Pattern FRONT_TITLE = Pattern.compile("^\\s*title:\\s*(.+)$");
  private static final Pattern MARKUP = Pattern.compile("<[^>\\n]*>|[\"`*_/\\\\]");

  private DiagramText() {}

  /** The diagram's words, one label per line. */
  static String of(String source) {
    StringBuilder out = new StringBuilder();
    String[] lines = source.split("\n");
    int first = 0;
    // Mermaid's front matter (between --- lines) configures the drawing; only its title shows.
    if (lines.length > 0 && lines[0].strip().equals("---")) {
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].strip().equals("---")) {
          first = i + 1;
          break;
        }
        Matcher title = FRONT_TITLE.matcher(lines[i]);
        if (title.matches()) add(title.group(1), out);
      }
    }
    for (int i = first; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.startsWith("%%")) continue; // comments and directives
      Matcher m = LABEL.matcher(l);
      while (m.find()) {
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) add(m.group(g), out);
      }
    }
    return out.toString();
  }

  private static void add(String label, StringBuilder out) {
    // Shapes written inside the brackets ([(database)], [[subroutine]]) are not words.
    String words = MARKUP.matcher(label).replaceAll(" ").replaceAll("^[\\s(\\[{>]+|[\\s)\\]}]+$", "").replaceAll("\\s+", " ").strip();
    if (!words.isEmpty()) out.append(words).append('\n');
  }
}
