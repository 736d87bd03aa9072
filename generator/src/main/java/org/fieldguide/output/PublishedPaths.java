package org.fieldguide.output;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.link.UrlPaths;
import org.fieldguide.markdown.UrlPolicy;

/**
 * Every path a build publishes, for checking the links in finished pages: those written in
 * Markdown were checked at their source already, but templates add their own (navigation,
 * breadcrumbs, language switcher, previous/next, theme files), and a theme bug must not publish a
 * dead link either. A scan of {@code href}/{@code src} values is enough: the generator writes
 * them quoted. Thread-safe after construction.
 */
public final class PublishedPaths {
  private static final Pattern REFERENCE = Pattern.compile("\\s(?:href|src)=\"([^\"]*)\"");
  private final Set<String> paths;

  /** @param paths published files and folders (folders end in {@code /}), relative to the root */
  public PublishedPaths(Set<String> paths) {
    this.paths = Set.copyOf(paths);
  }

  public static PublishedPaths of(Iterable<String> pageUrls, Iterable<String> files) {
    Set<String> all = new HashSet<>();
    pageUrls.forEach(all::add);
    files.forEach(all::add);
    return new PublishedPaths(all);
  }

  /** The first reference in {@code html}, published at {@code pageUrl}, that leads nowhere. */
  public java.util.Optional<String> firstDeadReference(String html, String pageUrl, String basePath) {
    Matcher m = REFERENCE.matcher(html);
    while (m.find()) {
      String url = m.group(1).replace("&amp;", "&");
      if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || !UrlPolicy.scheme(url).isEmpty()) continue;
      String path = url;
      int cut = indexOfAny(path, '#', '?');
      if (cut >= 0) path = path.substring(0, cut);
      String resolved = path.startsWith("/") ? stripBase(path, basePath) : resolve(pageUrl, path);
      if (resolved == null || !exists(resolved)) return java.util.Optional.of(url);
    }
    return java.util.Optional.empty();
  }

  private boolean exists(String resolved) {
    return paths.contains(resolved) || paths.contains(resolved + "/") || (resolved.endsWith("/index.html")
        && paths.contains(resolved.substring(0, resolved.length() - "index.html".length())));
  }

  private static String stripBase(String path, String basePath) {
    return path.startsWith(basePath) ? path.substring(basePath.length()) : null;
  }

  /** Resolves a relative URL against a folder URL such as {@code en/runbooks/deploy/}. */
  static String resolve(String folderUrl, String relative) {
    return UrlPaths.resolve(folderUrl, UrlPaths.decode(relative))
        .map(p -> relative.endsWith("/") || relative.isEmpty() || relative.equals(".") ? (p.isEmpty() ? "" : p + "/") : p)
        .orElse(null);
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}
