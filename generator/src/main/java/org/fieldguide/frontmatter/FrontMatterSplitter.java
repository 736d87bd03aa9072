package org.fieldguide.frontmatter;

import java.util.Optional;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;

/** Cuts a page into YAML front matter and Markdown body, keeping line numbers. */
public final class FrontMatterSplitter {

  /** Line endings normalised to {@code \n} and a byte-order mark removed. */
  public static String normalise(String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n');
  }

  /**
   * Splits normalised text; reports a missing or unterminated block as a diagnostic.
   *
   * @return the split, or empty with {@code problem} filled
   */
  public Result split(String text, String file) {
    if (!(text.startsWith("---\n") || text.equals("---") || text.startsWith("--- \n"))) {
      String found = text.isBlank() ? "the file is empty" : "line 1 is '" + firstLine(text) + "'";
      return Result.failed(
          Diagnostic.error(
              new SourcePos(file, 1, 1),
              "no front matter: a page must start with a line '---', YAML such as 'title: …', and another '---' ("
                  + found
                  + "). Add the front matter at the top of the file."));
    }
    int start = text.indexOf('\n') + 1;
    int pos = start;
    int line = 2;
    while (pos <= text.length() && start > 0) {
      int end = text.indexOf('\n', pos);
      String l = end < 0 ? text.substring(pos) : text.substring(pos, end);
      if (l.stripTrailing().equals("---") || l.stripTrailing().equals("...")) {
        String yaml = text.substring(start, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return Result.ok(new Split(yaml, 2, body, line + 1));
      }
      if (end < 0) break;
      pos = end + 1;
      line++;
    }
    return Result.failed(
        Diagnostic.error(
            new SourcePos(file, 1, 1),
            "front matter is not closed: the '---' on line 1 has no closing '---' line. Add a line '---' after the last YAML line."));
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    String l = nl < 0 ? text : text.substring(0, nl);
    return l.length() > 40 ? l.substring(0, 40) + "…" : l;
  }

  /** Either a split or the diagnostic that explains why there is none. */
  public record Result(Optional<Split> split, Optional<Diagnostic> problem) {
    static Result ok(Split s) {
      return new Result(Optional.of(s), Optional.empty());
    }

    static Result failed(Diagnostic d) {
      return new Result(Optional.empty(), Optional.of(d));
    }
  }
}
