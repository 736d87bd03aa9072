package org.fieldguide.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the link destinations of a converted body (Markdown links, images, reference
 * definitions, and {@code href}/{@code src} in raw HTML) into fieldguide links, outside code.
 * A destination that names nothing in the site is left as written, with a note.
 */
final class LinkRewriter {
  private static final Pattern INLINE = Pattern.compile("(\\]\\(\\s*)(<[^>\\n]*>|[^)\\s]+)((?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\))");
  // Not a footnote's text ([^1]: …), which names no address.
  private static final Pattern REFERENCE = Pattern.compile("^( {0,3}\\[(?!\\^)[^\\]]+\\]:\\s*)(<[^>]*>|\\S+)(.*)$");
  private static final Pattern HTML = Pattern.compile("(\\b(?:href|src)\\s*=\\s*)(\"([^\"]*)\"|'([^']*)')");

  private final Targets targets;
  private final RepositoryLinks repository;

  LinkRewriter(Targets targets) {
    this(targets, RepositoryLinks.NONE);
  }

  /** @param repository where links to the repository's files outside the imported folder lead */
  LinkRewriter(Targets targets, RepositoryLinks repository) {
    this.targets = targets;
    this.repository = repository;
  }

  String rewrite(String body, SourcePage page, Notes notes) {
    StringBuilder out = new StringBuilder();
    Fences fences = new Fences();
    for (String line : body.split("\n", -1)) {
      if (fences.isCode(line)) {
        out.append(line).append('\n');
        continue;
      }
      String l = line;
      Matcher ref = REFERENCE.matcher(l);
      if (ref.matches()) {
        l = ref.group(1) + destination(ref.group(2), page, notes) + ref.group(3);
      } else {
        l = replace(INLINE, l, m -> m.group(1) + destination(m.group(2), page, notes) + m.group(3));
        l = replace(HTML, l, m -> {
          String quote = m.group(3) != null ? "\"" : "'";
          String value = m.group(3) != null ? m.group(3) : m.group(4);
          return m.group(1) + quote + destination(value, page, notes) + quote;
        });
      }
      out.append(l).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  private String destination(String written, SourcePage page, Notes notes) {
    boolean angle = written.startsWith("<") && written.endsWith(">");
    String d = angle ? written.substring(1, written.length() - 1) : written;
    if (!Targets.isInternal(d)) return written;
    Optional<Targets.Target> t = targets.resolve(d, page);
    // A file of the repository that is not part of the imported site: its page on the code-hosting site.
    Optional<String> elsewhere = t.isEmpty() && !d.startsWith(Targets.SOURCE_SCHEME) ? repository.address(d, page.file()) : Optional.empty();
    if (elsewhere.isPresent()) return elsewhere.get();
    if (t.isEmpty()) {
      String shown = d.startsWith(Targets.SOURCE_SCHEME) ? d.substring(Targets.SOURCE_SCHEME.length()) : d;
      return notes.mark("link target '" + shown + "' is not a page or file of the imported site; point it at the right .md file, or remove the link.")
          + (d.startsWith(Targets.SOURCE_SCHEME) ? shown : written);
    }
    String link = targets.link(t.get(), page);
    String lost = targets.losesFragment(t.get(), page)
        ? notes.mark("the heading #" + t.get().fragment() + " is on the " + t.get().page().orElseThrow().language() + " page, but fieldguide leads "
            + page.language() + " readers to its " + page.language() + " translation, which has no heading #" + link.substring(link.indexOf('#') + 1)
            + ": point the link at one of that page's headings, or add {#" + link.substring(link.indexOf('#') + 1) + "} to the one it means.")
        : "";
    return lost + (angle || link.contains(" ") ? "<" + link + ">" : link);
  }

  /** Replaces matches outside inline code spans. */
  private static String replace(Pattern p, String line, java.util.function.Function<Matcher, String> f) {
    List<int[]> code = codeSpans(line);
    Matcher m = p.matcher(line);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      int at = m.start();
      if (code.stream().anyMatch(c -> at >= c[0] && at < c[1])) continue;
      out.append(line, last, m.start()).append(f.apply(m));
      last = m.end();
    }
    return out.append(line.substring(last)).toString();
  }

  /** Start and end of each {@code `code`} span of a line. */
  static List<int[]> codeSpans(String line) {
    List<int[]> out = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      if (line.charAt(i) != '`') {
        i++;
        continue;
      }
      int run = 0;
      while (i + run < line.length() && line.charAt(i + run) == '`') run++;
      String ticks = "`".repeat(run);
      int close = line.indexOf(ticks, i + run);
      while (close >= 0 && close + run < line.length() && line.charAt(close + run) == '`') close = line.indexOf(ticks, close + run + 1);
      if (close < 0) {
        i += run;
        continue;
      }
      out.add(new int[] {i, close + run});
      i = close + run;
    }
    return out;
  }

  /** Tracks fenced code blocks line by line: the fence lines and what is between them are code. */
  static final class Fences {
    private String open;

    boolean isCode(String line) {
      String s = line.stripLeading();
      if (open == null) {
        if (s.startsWith("```") || s.startsWith("~~~")) {
          open = s.substring(0, 3);
          return true;
        }
        return false;
      }
      if (s.startsWith(open) && s.substring(3).replace(open.substring(0, 1), "").isBlank()) open = null;
      return true;
    }
  }
}
