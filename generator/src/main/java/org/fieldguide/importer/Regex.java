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

  /** A block of Markdown on its own lines: blank lines before and after. */
  static String block(String text) {
    return "\n\n" + text.strip() + "\n\n";
  }
}
