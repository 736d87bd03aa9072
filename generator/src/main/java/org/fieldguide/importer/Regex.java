package org.fieldguide.importer;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replacement with a function of the match, the replacement taken literally. */
final class Regex {
  private Regex() {}

  static String replace(Pattern p, String text, Function<Matcher, String> f) {
    Matcher m = p.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(f.apply(m)));
    m.appendTail(out);
    return out.toString();
  }

  /** {@code text} with every line indented by {@code spaces}, blank lines left empty. */
  static String indent(String text, int spaces) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (out.length() > 0) out.append('\n');
      if (!line.isBlank()) out.append(" ".repeat(spaces)).append(line);
    }
    return out.toString();
  }

  /** A block of Markdown on its own lines, with a blank line before and after where it stood on its own line. */
  static String block(String text) {
    return "\n" + text.strip() + "\n";
  }

  /** Runs of blank lines made one, outside fenced code, and none at the start. */
  static String tidy(String body) {
    StringBuilder out = new StringBuilder();
    LinkRewriter.Fences fences = new LinkRewriter.Fences();
    boolean blank = true;
    for (String line : body.split("\n", -1)) {
      boolean code = fences.isCode(line);
      if (!code && line.isBlank()) {
        if (blank) continue;
        blank = true;
        out.append('\n');
        continue;
      }
      blank = false;
      out.append(line).append('\n');
    }
    while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') out.setLength(out.length() - 1);
    return out.toString();
  }
}
