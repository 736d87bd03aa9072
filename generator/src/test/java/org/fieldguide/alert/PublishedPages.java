package org.fieldguide.alert;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.yaml.Suggestions;

/**
 * A {@link RunbookUrls} over a table of published pages, for tests of the alert checks. Not a
 * stand-in for a part that exists: the build's resolver is wired in by the build stage; this
 * table answers the same questions for a site written inline in a test.
 */
final class PublishedPages implements RunbookUrls {
  private final String base;
  private final Map<String, Entry> pages = new TreeMap<>();

  private record Entry(String pageKey, String file, String language, ContentType type, Set<String> ids) {}

  PublishedPages(String base) {
    this.base = base;
  }

  /** A page published at {@code base + path}, such as {@code en/runbooks/disk/}. */
  PublishedPages page(String path, String file, ContentType type, String... ids) {
    String language = path.substring(0, path.indexOf('/'));
    String key = path.substring(language.length() + 1, path.length() - 1);
    pages.put(base + path, new Entry(key, file, language, type, Set.of(ids)));
    return this;
  }

  @Override
  public Target resolve(String url) {
    if (!url.startsWith(base)) return new Elsewhere(base);
    int hash = url.indexOf('#');
    String page = hash < 0 ? url : url.substring(0, hash);
    Optional<String> fragment = Optional.empty();
    if (hash >= 0) {
      try {
        fragment = Optional.ofNullable(new URI(url).getFragment());
      } catch (URISyntaxException e) {
        fragment = Optional.of(url.substring(hash + 1));
      }
    }
    Entry e = pages.get(page);
    if (e == null && !page.endsWith("/")) e = pages.get(page + "/"); // folder links work without the slash too
    if (e == null) return new Missing(Optional.ofNullable(Suggestions.closest(page, pages.keySet())));
    return new Page(e.pageKey(), e.file(), e.language(), e.type(), fragment, fragment.isEmpty() || e.ids().contains(fragment.get()));
  }
}
