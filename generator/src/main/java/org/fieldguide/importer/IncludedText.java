package org.fieldguide.importer;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.link.UrlPaths;

/**
 * What MyST does to the Markdown of an {@code {include}} before reading it as the page's own: its
 * headings made deeper ({@code :heading-offset:}), and the links and images its options say lead
 * from the included file made to lead there from the page ({@code :relative-docs:}, {@code
 * :relative-images:}). Applied by {@link MystMarkup} to each line of Markdown text it reads in
 * the included text (and to an {@code {image}}'s path), so code and directives whose content is
 * not Markdown are left alone as everywhere else.
 *
 * @param headingOffset levels each heading goes down, up to level 6
 * @param pageDir the folder of the page the text is put into
 * @param fileDir the folder of the included file
 * @param docsPrefix with {@code :relative-docs:}, the start of the link targets that lead from the
 *     included file; null otherwise
 * @param images whether images lead from the included file ({@code :relative-images:})
 */
record IncludedText(int headingOffset, Path pageDir, Path fileDir, String docsPrefix, boolean images) {
  /** The page's own text: nothing changes. */
  static final IncludedText NONE = new IncludedText(0, Path.of(""), Path.of(""), null, false);

  private static final Pattern HEADING = Pattern.compile("^( {0,3})(#{1,6})(?=\\s|$)");
  private static final Pattern LINK = Pattern.compile("(!?)\\[([^\\]\\n]*)\\]\\(([^)\\s]+)");
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  /** A line of Markdown text of the included file, as the page reads it. */
  String line(String line) {
    String out = line;
    Matcher heading = HEADING.matcher(out);
    if (headingOffset > 0 && heading.find()) {
      out = heading.group(1) + "#".repeat(Math.min(6, heading.group(2).length() + headingOffset)) + out.substring(heading.end());
    }
    if (!movesLinks()) return out;
    return Regex.replace(LINK, out, m -> {
      String target = m.group(3);
      boolean move = m.group(1).isEmpty() ? docsPrefix != null && target.startsWith(docsPrefix) : images;
      return m.group(1) + "[" + m.group(2) + "](" + (move ? moved(target) : target);
    });
  }

  /** The path of an image directive's file, as the page reads it. */
  String image(String path) {
    return images && !pageDir.equals(fileDir) ? moved(path) : path;
  }

  private boolean movesLinks() {
    return (images || docsPrefix != null) && !pageDir.equals(fileDir);
  }

  /** {@code target}, relative to the included file's folder, as a path from the page's; as it is when it is not a relative path. */
  private String moved(String target) {
    if (target.startsWith("/") || target.startsWith("#") || target.startsWith("<") || SCHEME.matcher(target).find()) return target;
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    try {
      String rel = pageDir.relativize(fileDir.resolve(UrlPaths.decode(path)).normalize()).toString().replace('\\', '/');
      return UrlPaths.encode(rel.isEmpty() ? "." : rel) + (hash < 0 ? "" : target.substring(hash));
    } catch (IllegalArgumentException e) { // InvalidPathException too: a name no path can hold
      return target;
    }
  }
}
