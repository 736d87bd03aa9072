package org.fieldguide.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of the source site, as its generator sees it.
 *
 * @param shown the source file as named in messages: the SOURCE argument, then its path inside
 * @param outBase the written file's path under content/ without language suffix and {@code .md},
 *     such as {@code docs/install}, {@code docs/_index} or {@code _index}
 * @param sourceKeys the paths links and references may name it by, relative to the generator's
 *     content root, such as {@code docs/install.md}
 * @param urls the URL paths the generator published it at, from the site's root (without base
 *     path), language prefix included, such as {@code /es/docs/install/}
 * @param frontMatter as written, in order; values are plain Java values
 * @param bodyLine the source line where {@code body} starts
 * @param implied front-matter fields the generator derives from the file's place (a post's
 *     date, {@code draft} for a draft folder, a weight from the navigation), used where the page
 *     does not set them
 * @param navTitle the page's title in the generator's navigation, the last resort for a title
 */
record SourcePage(
    Path file,
    String shown,
    String language,
    String outBase,
    List<String> sourceKeys,
    List<String> urls,
    Map<String, Object> frontMatter,
    String body,
    int bodyLine,
    Map<String, Object> implied,
    Optional<String> navTitle) {

  /** The same page known by the addresses {@code urls}. */
  SourcePage withUrls(List<String> urls) {
    return new SourcePage(file, shown, language, outBase, sourceKeys, urls, frontMatter, body, bodyLine, implied, navTitle);
  }

  /** The written file under content/: {@code docs/install.es.md}. */
  String outPath(String defaultLanguage) {
    return outBase + (language.equals(defaultLanguage) ? "" : "." + language) + ".md";
  }

  /** The URL folder relative links of the page start from, as browsers resolve them. */
  String urlFolder() {
    String url = urls.isEmpty() ? "/" : urls.get(0);
    return url.endsWith("/") ? url : url.substring(0, url.lastIndexOf('/') + 1);
  }

  /** The source folder relative links start from where the generator resolves them by file. */
  String sourceFolder() {
    String key = sourceKeys.isEmpty() ? "" : sourceKeys.get(0);
    return key.contains("/") ? key.substring(0, key.lastIndexOf('/')) : "";
  }
}
