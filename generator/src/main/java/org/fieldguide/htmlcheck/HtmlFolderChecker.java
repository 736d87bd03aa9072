package org.fieldguide.htmlcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.fieldguide.diagnostic.Diagnostic;
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
 * it: every relative or root-relative {@code href}/{@code src}/{@code srcset} URL must name a file
 * in the folder (a folder URL means its {@code index.html}), and every {@code #fragment} an id of
 * the target. Relative URLs resolve against the document's {@code <base href>} where it has one,
 * as browsers do. Problems are reported at the HTML file, line and column. Files are read in
 * parallel.
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
      f.problems().forEach(diagnostics::report);
      Context context = context(f, base, diagnostics);
      for (HtmlLink l : f.links()) checkLink(f, context, l, base, allFiles, byPath, diagnostics);
    }
    return files.size();
  }

  /**
   * Where a document's relative URLs resolve: its {@code <base href>}, else its own place.
   *
   * @param folder the folder relative paths start from, relative to the root
   * @param document the document a URL without a path (only {@code #fragment}) names
   */
  private record Context(String folder, String document) {}

  private static Context context(HtmlFile f, String base, Diagnostics diagnostics) {
    String folder = f.path().contains("/") ? f.path().substring(0, f.path().lastIndexOf('/')) : "";
    Context own = new Context(folder, f.path());
    if (f.base().isEmpty()) return own;
    HtmlLink b = f.base().get();
    String href = b.url().strip();
    String scheme = HtmlPolicy.scheme(href);
    if (href.startsWith("//") || scheme.equals("http") || scheme.equals("https")) {
      // An absolute base is taken to be this site's own address: only its path matters here.
      try {
        String path = new URI(href.startsWith("//") ? "https:" + href : href).getRawPath();
        href = path == null || path.isEmpty() ? "/" : path;
      } catch (URISyntaxException e) {
        diagnostics.error(b.pos(), "<base href> '" + b.url() + "' is not a valid address; relative links were checked against the file's own place.");
        return own;
      }
    } else if (!scheme.isEmpty()) {
      return own;
    }
    int cut = href.length();
    for (char c : new char[] {'?', '#'}) if (href.indexOf(c) >= 0) cut = Math.min(cut, href.indexOf(c));
    href = UrlPaths.decode(href.substring(0, cut));
    Optional<String> resolved;
    if (href.startsWith("/")) {
      if (!href.startsWith(base) && !(href + "/").equals(base)) {
        diagnostics.error(b.pos(), "<base href> '" + b.url() + "' is outside the site's base path " + base
            + "; relative links were checked against the file's own place.");
        return own;
      }
      resolved = UrlPaths.resolve("", href.length() >= base.length() ? href.substring(base.length()) : "");
    } else {
      resolved = UrlPaths.resolve(folder, href);
    }
    if (resolved.isEmpty()) {
      diagnostics.error(b.pos(), "<base href> '" + b.url() + "' climbs above the site's root folder; relative links were checked against the file's own place.");
      return own;
    }
    String r = resolved.get();
    if (href.isEmpty() || href.endsWith("/")) return new Context(r, r.isEmpty() ? "index.html" : r + "/index.html");
    return new Context(r.contains("/") ? r.substring(0, r.lastIndexOf('/')) : "", r);
  }

  private static void checkLink(
      HtmlFile from, Context context, HtmlLink link, String base, Set<String> allFiles, Map<String, HtmlFile> byPath,
      Diagnostics diagnostics) {
    String url = link.url().strip();
    if (url.isEmpty() || url.startsWith("//") || !HtmlPolicy.scheme(url).isEmpty()) return;
    int hash = url.indexOf('#');
    String path = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash + 1);
    int query = path.indexOf('?');
    if (query >= 0) path = path.substring(0, query);
    path = UrlPaths.decode(path);

    String target;
    if (path.isEmpty()) {
      target = context.document().equals(from.path()) ? from.path() : existing(context.document(), false, allFiles);
      if (target == null) {
        diagnostics.error(link.pos(), link.attribute() + " '" + url + "' points to nothing: it resolves against <base href> to "
            + context.document() + ", which does not exist.");
        return;
      }
    } else {
      String resolved;
      if (path.startsWith("/")) {
        if (!path.startsWith(base) && !(path + "/").equals(base)) {
          diagnostics.error(link.pos(), "link '" + url + "' is outside the site's base path " + base + ". Use a relative link or the base path.");
          return;
        }
        resolved = UrlPaths.resolve("", path.length() >= base.length() ? path.substring(base.length()) : "").orElse(null);
      } else {
        resolved = UrlPaths.resolve(context.folder(), path).orElse(null);
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
    if (target.endsWith(".html") && !scrollsToTop(fragment)) {
      HtmlFile t = byPath.get(target);
      // Browsers try the fragment as written, then percent-decoded: ids may hold either form.
      if (t != null && !t.ids().contains(fragment) && !t.ids().contains(UrlPaths.decode(fragment))) {
        String decoded = UrlPaths.decode(fragment);
        String hint = Suggestions.didYouMean(decoded, new ArrayList<>(t.ids()));
        diagnostics.error(link.pos(), "anchor '#" + decoded + "' not found in " + target + (hint.isEmpty() ? "." : hint));
      }
    }
  }

  /** An empty fragment and {@code #top} scroll to the top of any page, as the HTML standard says. */
  private static boolean scrollsToTop(String fragment) {
    return fragment.isEmpty() || fragment.toLowerCase(Locale.ROOT).equals("top");
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
      for (Element e : doc.select(sa[0])) links.add(new HtmlLink(kindOf(e), e.attr(sa[1]), pos(rel, e)));
    }
    for (Element e : doc.select("img[srcset], source[srcset]")) {
      for (String url : SrcsetParser.urls(e.attr("srcset"))) links.add(new HtmlLink(kindOf(e) + " (srcset)", url, pos(rel, e)));
    }
    List<Diagnostic> problems = new ArrayList<>();
    for (Element e : doc.select("img")) {
      if (!e.hasAttr("src")) {
        problems.add(Diagnostic.error(pos(rel, e), "image without src: browsers show nothing, or a broken image. Add the image's address, or remove the element."));
      } else if (e.attr("src").isBlank()) {
        problems.add(Diagnostic.error(pos(rel, e), "image with an empty src: browsers show a broken image (and may load the page itself again). Add the image's address, or remove the element."));
      }
    }
    links.sort((a, b) -> a.pos().compareTo(b.pos()));
    Optional<HtmlLink> base = doc.select("base[href]").stream().findFirst().map(e -> new HtmlLink("base", e.attr("href"), pos(rel, e)));
    return new HtmlFile(rel, ids, links, duplicates, base, problems);
  }

  private static SourcePos pos(String file, Element e) {
    var start = e.sourceRange().start();
    return new SourcePos(file, start.lineNumber(), start.columnNumber());
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
