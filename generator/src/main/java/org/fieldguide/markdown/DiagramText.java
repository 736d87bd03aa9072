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
  // Linear in the line's length, so that a writer's line of a million brackets cannot stall the
  // build: a run of brackets is entered only at its first one (the look-behind), and nothing
  // gives back what it took (possessive quantifiers). Plain \\[+ retried every start inside a
  // run: a 600,000-character line had not ended after two minutes.
  private static final Pattern LABEL = Pattern.compile(
      "(?<!\\[)\\[++([^\\[\\]\\n]++)\\]++|(?<!\\()\\(++([^()\\n]++)\\)++|(?<!\\{)\\{++([^{}\\n]++)\\}++|\\|([^|\\n]++)\\||\"([^\"\\n]++)\"");
  private static final Pattern TITLE = Pattern.compile("^(?:title|accTitle:?|accDescr:?)\\s+(.+)$");
  private static final Pattern FRONT_TITLE = Pattern.compile("^\\s*title:\\s*(.+)$");
  private static final Pattern MARKUP = Pattern.compile("<[^<>\\n]*+>|[\"`*_/\\\\]");

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
      Matcher title = TITLE.matcher(l);
      if (title.matches()) {
        add(title.group(1), out);
        continue;
      }
      Matcher m = LABEL.matcher(l);
      StringBuilder rest = new StringBuilder();
      while (m.find()) {
        for (int g = 1; g <= m.groupCount(); g++) if (m.group(g) != null) add(m.group(g), out);
        m.appendReplacement(rest, " ");
      }
      m.appendTail(rest);
      // Outside the labels, what follows a colon is text: a message, a note, a state's description.
      int colon = rest.indexOf(":");
      if (colon >= 0) add(rest.substring(colon + 1), out);
    }
    return out.toString();
  }

  private static void add(String label, StringBuilder out) {
    // Shapes written inside the brackets ([(database)], [[subroutine]]) are not words.
    String words = MARKUP.matcher(label).replaceAll(" ").replaceAll("^[\\s(\\[{>]+|[\\s)\\]}]+$", "").replaceAll("\\s+", " ").strip();
    // Numbers alone (a pie slice's value, a note of 1234) are not what a reader searches for.
    if (words.codePoints().anyMatch(Character::isLetter)) out.append(words).append('\n');
  }
}
