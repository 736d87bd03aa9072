package org.fieldguide.htmlcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.link.UrlPaths;
import org.fieldguide.html.HtmlPolicy;
import org.fieldguide.yaml.Suggestions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks the internal links, anchors and images of any folder of HTML, whichever generator wrote
 * it: every relative or root-relative {@code href}/{@code src} must name a file in the folder
 * (a folder URL means its {@code index.html}), and every {@code #fragment} an id of the target.
 * Problems are reported at the HTML file, line and column. Files are read in parallel.
 */
public final class HtmlFolderChecker {
  private static final String[][] ATTRIBUTES = {
    {"a[href]", "href"}, {"img[src]", "src"}, {"link[href]", "href"}, {"script[src]", "src"},
    {"source[src]", "src"}, {"video[src]", "src"}, {"audio[src]", "src"}, {"iframe[src]", "src"}
  };

  /**
   * @param basePath the path the folder is published under, such as {@code /docs/}; root-relative
   *     links start with it
   * @return the number of HTML files checked
   */
  public int check(Path root, String basePath, Diagnostics diagnostics) {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      diagnostics.error(SourcePos.file(root.toString()), "cannot read the folder: " + e.getMessage());
      return 0;
    }
    Set<String> allFiles = new HashSet<>();
    all.forEach(p -> allFiles.add(relative(root, p)));
    List<Path> files = all.stream().filter(p -> p.toString().endsWith(".html")).toList();
    List<HtmlFile> parsed = files.parallelStream().map(f -> read(root, f)).toList();
    Map<String, HtmlFile> byPath = new HashMap<>();
    for (HtmlFile f : parsed) byPath.put(f.path(), f);
    String base = basePath.endsWith("/") ? basePath : basePath + "/";
    for (HtmlFile f : parsed) {
      for (String id : f.duplicateIds()) {
        diagnostics.error(SourcePos.file(f.path()), "the id '" + id + "' is used by more than one element; links to it are ambiguous. Make the ids unique.");
      }
      for (HtmlLink l : f.links()) checkLink(f, l, base, allFiles, byPath, diagnostics);
    }
    return files.size();
  }

  private static void checkLink(
      HtmlFile from, HtmlLink link, String base, Set<String> allFiles, Map<String, HtmlFile> byPath, Diagnostics diagnostics) {
    String url = link.url().strip();
    if (url.isEmpty() || url.startsWith("//") || !HtmlPolicy.scheme(url).isEmpty()) return;
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : UrlPaths.decode(url.substring(hash + 1));
    int query = path.indexOf('?');
    if (query >= 0) path = path.substring(0, query);
    path = UrlPaths.decode(path);

    String target;
    if (path.isEmpty()) {
      target = from.path();
    } else {
      String resolved;
      if (path.startsWith("/")) {
        if (!path.startsWith(base) && !(path + "/").equals(base)) {
          diagnostics.error(link.pos(), "link '" + url + "' is outside the site's base path " + base + ". Use a relative link or the base path.");
          return;
        }
        resolved = UrlPaths.resolve("", path.length() >= base.length() ? path.substring(base.length()) : "").orElse(null);
      } else {
        String dir = from.path().contains("/") ? from.path().substring(0, from.path().lastIndexOf('/')) : "";
        resolved = UrlPaths.resolve(dir, path).orElse(null);
      }
      if (resolved == null) {
        diagnostics.error(link.pos(), "link '" + url + "' climbs above the site's root folder.");
        return;
      }
      target = existing(resolved, path.endsWith("/"), allFiles);
      if (target == null) {
        String hint = Suggestions.closest(resolved, allFiles, Math.max(1, resolved.length() / 8));
        diagnostics.error(link.pos(), link.attribute() + " '" + url + "' points to nothing: " + (resolved.isEmpty() ? "index.html" : resolved)
            + " does not exist" + (hint == null ? "." : "; did you mean " + hint + "?"));
        return;
      }
    }
    if (!fragment.isEmpty() && target.endsWith(".html")) {
      HtmlFile t = byPath.get(target);
      if (t != null && !t.ids().contains(fragment)) {
        String hint = Suggestions.didYouMean(fragment, new ArrayList<>(t.ids()));
        diagnostics.error(link.pos(), "anchor '#" + fragment + "' not found in " + target + (hint.isEmpty() ? "." : hint));
      }
    }
  }

  /** The file a resolved path serves: itself, or the index.html of a folder. */
  private static String existing(String resolved, boolean folder, Set<String> allFiles) {
    if (!folder && allFiles.contains(resolved)) return resolved;
    String index = resolved.isEmpty() ? "index.html" : resolved + "/index.html";
    return allFiles.contains(index) ? index : null;
  }

  private static HtmlFile read(Path root, Path file) {
    String rel = relative(root, file);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Document doc = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
    Set<String> ids = new LinkedHashSet<>();
    List<String> duplicates = new ArrayList<>();
    for (Element e : doc.select("[id]")) if (!ids.add(e.id())) duplicates.add(e.id());
    for (Element e : doc.select("a[name]")) ids.add(e.attr("name"));
    List<HtmlLink> links = new ArrayList<>();
    for (String[] sa : ATTRIBUTES) {
      for (Element e : doc.select(sa[0])) {
        var start = e.sourceRange().start();
        links.add(new HtmlLink(kindOf(e), e.attr(sa[1]), new SourcePos(rel, start.lineNumber(), start.columnNumber())));
      }
    }
    links.sort((a, b) -> a.pos().compareTo(b.pos()));
    return new HtmlFile(rel, ids, links, duplicates);
  }

  /** How the reference is named in messages. */
  private static String kindOf(Element e) {
    return switch (e.normalName()) {
      case "a" -> "link";
      case "img" -> "image";
      case "link" -> "stylesheet or icon";
      case "script" -> "script";
      default -> e.normalName();
    };
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }
}
