package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MyST body cut into its top-level blocks: lines of Markdown, fenced code, and directives
 * (```` ```{name} argument ```` or, with MyST's {@code colon_fence} extension, {@code
 * :::{name}}), each up to the fence that closes it: one of at least as many of the same
 * character, as CommonMark closes a fence, so a directive holds others when its fence is longer.
 * A directive's content is cut again by whoever converts it. A fence that is never closed runs to
 * the end of the body, as in CommonMark.
 */
final class MystBlocks {
  private static final Pattern OPEN = Pattern.compile("^( *)(`{3,}|~{3,}|:{3,})(.*)$");
  private static final Pattern DIRECTIVE = Pattern.compile("^\\{([A-Za-z][\\w:.+-]*)}\\s*(.*)$");
  private static final Pattern OPTION = Pattern.compile("^:([\\w-]+):(?:\\s+(.*))?$");

  private MystBlocks() {}

  /** A block; {@code line} is its first line's index in the lines cut. */
  sealed interface Block permits Text, Code, Directive {
    int line();
  }

  /** A line of Markdown outside any fence. */
  record Text(int line, String text) implements Block {}

  /** Fenced code, its fence lines included, as written; {@code closed} when a fence closes it before the body ends. */
  record Code(int line, List<String> lines, boolean closed) implements Block {}

  /**
   * A directive.
   *
   * @param indent the opening fence's indentation (in a list item), taken off every line inside
   * @param options its {@code :name: value} lines or YAML block, in order
   * @param content the lines after the options
   * @param written every line inside the fences, options included, without the indentation
   * @param closed whether a fence closes it before the body ends
   */
  record Directive(
      int line, String indent, String fence, String name, String argument, Map<String, String> options, List<String> content,
      List<String> written, boolean closed) implements Block {}

  /**
   * How many directives deep the converters go ({@link MystMarkup}, {@link MystLabels}): each
   * level is a call deeper, and no real page nests a tenth as deep.
   */
  static final int MAX_NESTING = 50;

  static List<Block> parse(List<String> lines, boolean colonFence) {
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher open = OPEN.matcher(line);
      boolean colons = open.matches() && open.group(2).charAt(0) == ':';
      Matcher directive = open.matches() ? DIRECTIVE.matcher(open.group(3).strip()) : null;
      boolean isDirective = directive != null && directive.matches() && (!colons || colonFence);
      // A backtick fence's info string may not hold a backtick; one that does is inline code.
      boolean isFence = open.matches() && !colons && !(open.group(2).charAt(0) == '`' && open.group(3).contains("`"));
      if (!isDirective && !isFence) {
        out.add(new Text(i, line));
        continue;
      }
      String fence = open.group(2);
      int close = close(lines, i, fence);
      int end = close < 0 ? lines.size() : close;
      if (!isDirective) {
        out.add(new Code(i, List.copyOf(lines.subList(i, Math.min(end + 1, lines.size()))), close >= 0));
        i = end;
        continue;
      }
      String indent = open.group(1);
      List<String> inside = new ArrayList<>();
      for (String l : lines.subList(i + 1, end)) inside.add(unindent(l, indent.length()));
      Map<String, String> options = new LinkedHashMap<>();
      int body = options(inside, options);
      out.add(new Directive(i, indent, fence, directive.group(1), directive.group(2).strip(), options, List.copyOf(inside.subList(body, inside.size())),
          List.copyOf(inside), close >= 0));
      i = end;
    }
    return out;
  }

  /** The index of the line that closes the fence opened at {@code open}, or -1. */
  private static int close(List<String> lines, int open, String fence) {
    char c = fence.charAt(0);
    LinkRewriter.Fences code = new LinkRewriter.Fences();
    for (int j = open + 1; j < lines.size(); j++) {
      String s = lines.get(j).strip();
      // Inside a colon fence, code blocks are opaque: a ':::' in one shows the syntax, it closes nothing.
      if (c == ':' && code.isCode(lines.get(j))) continue;
      if (s.length() >= fence.length() && s.chars().allMatch(ch -> ch == c)) return j;
    }
    return -1;
  }

  /** Reads the options at the top of a directive's lines; returns the index of the first content line. */
  private static int options(List<String> inside, Map<String, String> options) {
    int i = 0;
    if (!inside.isEmpty() && inside.get(0).strip().equals("---")) {
      for (i = 1; i < inside.size() && !inside.get(i).strip().equals("---"); i++) {
        String l = inside.get(i);
        int colon = l.indexOf(':');
        if (colon > 0) options.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
      }
      return Math.min(i + 1, inside.size());
    }
    for (; i < inside.size(); i++) {
      Matcher m = OPTION.matcher(inside.get(i).strip());
      if (!m.matches()) break;
      options.put(m.group(1), m.group(2) == null ? "" : m.group(2).strip());
    }
    // The blank line between the options and the content is not content.
    if (i > 0 && i < inside.size() && inside.get(i).isBlank()) i++;
    return i;
  }

  private static String unindent(String line, int indent) {
    int n = 0;
    while (n < indent && n < line.length() && line.charAt(n) == ' ') n++;
    return line.substring(n);
  }
}
