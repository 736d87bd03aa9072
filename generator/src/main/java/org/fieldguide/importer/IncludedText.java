package org.fieldguide.importer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What MyST does to the text of an {@code {include}} before it is read as the page's own: its
 * headings made deeper ({@code :heading-offset:}), and the links and images its options say lead
 * from the included file made to lead there from the page ({@code :relative-docs:}, {@code
 * :relative-images:}). Code is left as it is: fenced code, and directives whose content is not
 * Markdown ({@code {code-block}}, {@code {mermaid}}, …), where a {@code #} starts a comment.
 */
final class IncludedText {
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}|:{3,})\\s*(\\{([^}]*)\\})?(.*)$");
  private static final Pattern HEADING = Pattern.compile("^( {0,3})(#{1,6})(?=\\s|$)");
  private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]\\n]*)\\]\\(([^)\\s]+)");
  private static final Pattern IMAGE_DIRECTIVE = Pattern.compile("^( {0,3}(?:`{3,}|:{3,})\\s*\\{(?:image|figure)\\}\\s+)(\\S+)(.*)$");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private IncludedText() {}

  /** {@code lines} with each heading of the Markdown {@code offset} levels deeper, down to level 6. */
  static List<String> headingsDeeper(List<String> lines, int offset) {
    if (offset <= 0) return lines;
    List<String> out = new ArrayList<>(lines.size());
    Fences fences = new Fences();
    for (String line : lines) {
      boolean markdown = fences.markdown(line);
      Matcher m = HEADING.matcher(line);
      if (markdown && m.find()) {
        String hashes = "#".repeat(Math.min(6, m.group(2).length() + offset));
        out.add(m.group(1) + hashes + line.substring(m.end()));
      } else {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * {@code lines}, written in {@code fileDir}, with the links whose targets start with {@code
   * docsPrefix} (when given) and, with {@code images}, the images, made to lead where they lead
   * from {@code fileDir} when read in {@code pageDir}. Addresses of other sites, absolute paths
   * and fragments alone are left as they are.
   */
  static List<String> relative(List<String> lines, Path pageDir, Path fileDir, String docsPrefix, boolean images) {
    boolean docs = docsPrefix != null && !docsPrefix.isBlank();
    if ((!docs && !images) || pageDir.equals(fileDir)) return lines;
    String prefix = docs ? docsPrefix.strip() : null;
    List<String> out = new ArrayList<>(lines.size());
    Fences fences = new Fences();
    for (String line : lines) {
      Matcher directive = IMAGE_DIRECTIVE.matcher(line);
      boolean markdown = fences.markdown(line);
      if (images && directive.matches()) {
        out.add(directive.group(1) + moved(directive.group(2), pageDir, fileDir) + directive.group(3));
        continue;
      }
      if (!markdown) {
        out.add(line);
        continue;
      }
      Matcher m = LINK.matcher(line);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        String target = m.group(3);
        boolean image = !m.group(1).isEmpty();
        boolean move = image ? images : docs && target.startsWith(prefix);
        String written = move ? moved(target, pageDir, fileDir) : target;
        m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + "[" + m.group(2) + "](" + written));
      }
      m.appendTail(b);
      out.add(b.toString());
    }
    return out;
  }

  /** {@code target}, relative to {@code fileDir}, as a path from {@code pageDir}; as it is when it is not a relative path. */
  private static String moved(String target, Path pageDir, Path fileDir) {
    if (target.startsWith("/") || target.startsWith("#") || SCHEME.matcher(target).find() || target.startsWith("<")) return target;
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    String fragment = hash < 0 ? "" : target.substring(hash);
    try {
      String rel = pageDir.relativize(fileDir.resolve(path).normalize()).toString().replace('\\', '/');
      return (rel.isEmpty() ? "." : rel) + fragment;
    } catch (IllegalArgumentException e) { // InvalidPathException too: a name no path can hold
      return target;
    }
  }

  /**
   * The fences a walk over the lines is inside: a line is Markdown when every fence around it
   * holds Markdown (a directive that does: an admonition, a tab, a figure).
   */
  private static final class Fences {
    private record Open(char mark, int length, boolean markdown) {}

    private final Deque<Open> open = new ArrayDeque<>();

    /** Whether {@code line} is Markdown, the fences it opens or closes counted (a fence line is not). */
    boolean markdown(String line) {
      Matcher m = FENCE.matcher(line);
      if (m.matches()) {
        String run = m.group(1);
        Open top = open.peek();
        boolean bare = m.group(2) == null && m.group(4).isBlank();
        if (top != null && bare && run.charAt(0) == top.mark() && run.length() >= top.length()) {
          open.pop();
          return false;
        }
        // Inside code, a fence line is code, unless it closes the fence (above).
        if (top == null || top.markdown()) {
          boolean holds = m.group(3) != null && MystMarkup.holdsMarkdown(m.group(3).strip());
          open.push(new Open(run.charAt(0), run.length(), holds));
          return false;
        }
        return false;
      }
      return open.stream().allMatch(Open::markdown);
    }
  }
}
