package org.fieldguide.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which lines of a body are indented code blocks: indented four columns past the text they
 * follow (a paragraph, a list item's content, an admonition's body), after a blank line.
 * Docusaurus's own docs show {@code :::tip} and {@code <Tabs>} this way as examples, which
 * must stay examples. Fenced code is left to {@link LinkRewriter.Fences}.
 */
final class IndentedCode {
  private static final Pattern LIST_ITEM = Pattern.compile("^( *)([*+-]|\\d{1,9}[.)])( +)\\S");
  private static final Pattern CONTAINER = Pattern.compile("^( *)(?:!!!|\\?\\?\\?\\+?)\\s");

  private IndentedCode() {}

  static boolean[] of(List<String> lines) {
    boolean[] code = new boolean[lines.size()];
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    int context = 0;
    boolean blankBefore = true;
    boolean previousCode = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).replace("\t", "    ");
      if (line.isBlank()) {
        blankBefore = true;
        continue;
      }
      int indent = line.length() - line.stripLeading().length();
      boolean indented = indent >= context + 4 && (blankBefore || previousCode);
      if (!indented && fences.isCode(lines.get(i))) {
        blankBefore = false;
        previousCode = false;
        continue;
      }
      code[i] = indented;
      previousCode = indented;
      blankBefore = false;
      if (!indented) context = contentIndent(line, indent);
    }
    return code;
  }

  /** Where the content of a line's block starts: past a list marker, or inside an admonition. */
  private static int contentIndent(String line, int indent) {
    Matcher item = LIST_ITEM.matcher(line);
    if (item.find()) return item.group(1).length() + item.group(2).length() + item.group(3).length();
    if (CONTAINER.matcher(line).find()) return indent + 4;
    return indent;
  }
}
