package org.fieldguide.alert;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.fieldguide.frontmatter.ContentType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A {@link RunbookUrls} over a site fieldguide has built: a URL under the base URL is looked up as
 * {@code <out>/<path>/index.html}, its ids read from the HTML and its type from the {@code
 * type-…} class of {@code <body>}. Used to check this repository's alerts against what is really
 * published, until the build stage resolves URLs with its own link index.
 */
public final class PublishedSiteFolder implements RunbookUrls {
  private final String base;
  private final Path out;
  private final Path siteDir;

  /** @param siteDir the site folder, to name the Markdown file a page comes from */
  public PublishedSiteFolder(String base, Path out, Path siteDir) {
    this.base = base;
    this.out = out;
    this.siteDir = siteDir;
  }

  @Override
  public Target resolve(String url) {
    if (!url.startsWith(base)) return new Elsewhere(base);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return new Missing(Optional.empty());
    }
    String path = url.substring(base.length()).replaceAll("#.*", "");
    if (!path.isEmpty() && !path.endsWith("/")) path = path + "/";
    Path page = out.resolve(path).resolve("index.html").normalize();
    if (!page.startsWith(out) || !Files.isRegularFile(page) || path.indexOf('/') < 0) return new Missing(Optional.empty());
    Document html;
    try {
      html = Jsoup.parse(page.toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String language = path.substring(0, path.indexOf('/'));
    String key = path.substring(language.length() + 1, path.length() - 1);
    ContentType type = html.body().classNames().stream()
        .filter(c -> c.startsWith("type-"))
        .findFirst()
        .flatMap(c -> ContentType.fromId(c.substring("type-".length())))
        .orElse(ContentType.PAGE);
    Optional<String> fragment = Optional.ofNullable(uri.getFragment());
    boolean found = fragment.isEmpty() || html.getElementById(fragment.get()) != null;
    return new Page(key, sourceFile(key, language), language, type, fragment, found);
  }

  /** The translation when it exists, else the original a fallback page shows. */
  private String sourceFile(String key, String language) {
    String translated = "content/" + key + "." + language + ".md";
    return Files.exists(siteDir.resolve(translated)) ? translated : "content/" + key + ".md";
  }
}
