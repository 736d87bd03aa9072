package org.fieldguide.link;

import java.util.Optional;
import org.fieldguide.config.RepositoryAddress;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.html.HtmlPolicy;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteAssembler;
import org.fieldguide.model.SiteTree;

/**
 * Answers "where does this link, written in this page, go?" for every form writers use, without
 * side effects, so the checks, the page writer, search and the alert cross-check all share one
 * answer:
 *
 * <ul>
 *   <li>source paths, as on a code-hosting site: {@code ../hardware/r640.md#bios}, {@code
 *       disk.es.md} (that language), {@code images/rack.png}, {@code /runbooks/x.md} (from the
 *       top of {@code content/});
 *   <li>published paths, as other generators' writers write them: {@code /runbooks/deploy/},
 *       {@code /fieldguide/es/runbooks/deploy/} (with the base path and a language), {@code
 *       ../deploy/}, {@code deploy/index.html}, {@code deploy.html};
 *   <li>{@code #fragment} on the same page ({@code #top} and {@code #} always work);
 *   <li>other files of the repository, as on a code-hosting site: {@code ../../monitoring/rules.yml}
 *       (see {@link RepositoryFiles}).
 * </ul>
 *
 * A {@code .md} link means the page in the linking page's language: its translation, or the
 * default-language page shown there as a fallback. Thread-safe; one per assembled site.
 */
public final class LinkResolver {
  private final SiteTree tree;
  private final SiteConfig config;
  private final String basePath;
  private final RepositoryFiles repository;

  /** @param repository the repository's files outside {@code content/}, this build's view of them */
  public LinkResolver(SiteTree tree, RepositoryFiles repository) {
    this.tree = tree;
    this.config = tree.config();
    this.repository = repository;
    String p = config.baseUrl().getPath();
    this.basePath = p.isEmpty() ? "/" : p;
  }

  /** The repository's files this resolver looks links up in. */
  public RepositoryFiles repository() {
    return repository;
  }

  /** Where a written link leads from {@code from}. */
  public Resolution resolve(Page from, String written) {
    if (written.isEmpty()) return new Resolution.SamePage("", "");
    if (isExternal(written)) return new Resolution.External(written);
    int hash = written.indexOf('#');
    String pathPart = hash < 0 ? written : written.substring(0, hash);
    String rawFragment = hash < 0 ? "" : written.substring(hash + 1);
    String fragment = UrlPaths.decode(rawFragment);
    int query = pathPart.indexOf('?');
    String query0 = query < 0 ? "" : pathPart.substring(query);
    if (query >= 0) pathPart = pathPart.substring(0, query);
    if (pathPart.isEmpty()) return new Resolution.SamePage(fragment, rawFragment);

    String folder = from.content().map(c -> c.source().folder()).orElse(from.key());
    String decoded = UrlPaths.decode(pathPart);
    if (decoded.endsWith(".md")) return sourcePath(from, folder, decoded, fragment, rawFragment);

    // Not a .md path: a file or folder under content/ first (images/x.png, ../hardware/),
    // then a published path (../deploy/); root-absolute paths the other way round (/runbooks/deploy/).
    Optional<String> inContent = ContentPaths.resolve(folder, decoded);
    boolean rooted = decoded.startsWith("/");
    if (!rooted && inContent.isPresent()) {
      Optional<Resolution> r = contentTarget(from, inContent.get(), fragment, rawFragment, query0);
      if (r.isPresent()) return r.get();
    }
    Optional<Resolution> published = publishedPath(from, decoded, fragment, rawFragment, query0);
    if (published.isPresent()) return published.get();
    if (rooted && inContent.isPresent()) {
      Optional<Resolution> r = contentTarget(from, inContent.get(), fragment, rawFragment, query0);
      if (r.isPresent()) return r.get();
    }
    if (inContent.isEmpty()) return outside(from, folder, decoded, query0, rawFragment);
    String path = inContent.get();
    if (tree.isDraft(path) || tree.isDraft(path + ".md")) return new Resolution.Draft();
    return new Resolution.NotFound(folder, path, false);
  }

  /**
   * A path that climbs out of {@code content/}: a file of the repository, shown on the
   * code-hosting site when there is one and the file exists. A root path ({@code /../x}) is an
   * address on the published site, never a repository file.
   */
  private Resolution outside(Page from, String folder, String decoded, String query, String rawFragment) {
    Optional<String> sitePath = decoded.startsWith("/") ? Optional.empty() : repository.sitePath(folder, decoded);
    if (sitePath.isEmpty()) return new Resolution.Outside("", false);
    String path = sitePath.get();
    // Out of content/ and back in (../../content/runbooks/disk.md), which works on the
    // code-hosting site too: the page or file it names, as a path from the top of content/.
    if (path.equals("content") || path.startsWith("content/")) {
      return resolve(from, "/" + UrlPaths.encode(path.substring(Math.min(path.length(), "content/".length()))) + query
          + (rawFragment.isEmpty() ? "" : "#" + rawFragment));
    }
    RepositoryFiles.Kind kind = repository.kind(path);
    if (kind == RepositoryFiles.Kind.NONE || repository.address().isEmpty()) {
      return new Resolution.Outside(path, kind != RepositoryFiles.Kind.NONE);
    }
    RepositoryAddress address = repository.address().get();
    String shown = kind == RepositoryFiles.Kind.FOLDER ? address.showFolder(path) : address.show(path);
    return new Resolution.ToRepository(path, shown + query + (rawFragment.isEmpty() ? "" : "#" + rawFragment));
  }

  /** A link to a {@code .md} file, by the content contract. */
  private Resolution sourcePath(Page from, String folder, String decoded, String fragment, String rawFragment) {
    Optional<String> resolved = ContentPaths.resolve(folder, decoded);
    if (resolved.isEmpty()) return outside(from, folder, decoded, "", rawFragment);
    ContentPaths.Split split = ContentPaths.splitLanguage(resolved.get(), config);
    String path = split.neutralPath();
    Optional<String> key = tree.keyForContentPath(path);
    if (key.isEmpty()) {
      if (tree.isDraft(path)) return new Resolution.Draft();
      return new Resolution.NotFound(folder, path, true);
    }
    String language = split.language().orElse(from.language());
    return toPage(from, key.get(), language, split.language().isPresent(), fragment, rawFragment, "");
  }

  /** A path under content/ that is not a .md file: an asset, a section folder, a page without .md. */
  private Optional<Resolution> contentTarget(Page from, String path, String fragment, String rawFragment, String query) {
    Optional<AssetFacts> asset = tree.asset(path);
    if (asset.isPresent()) {
      return Optional.of(new Resolution.ToAsset(asset.get(), from, from.language(), query, rawFragment));
    }
    Optional<String> key = pageKey(path);
    return key.map(k -> toPage(from, k, from.language(), false, fragment, rawFragment, query));
  }

  /** A published path: root-absolute (with or without the base path and a language) or relative to the page's URL. */
  private Optional<Resolution> publishedPath(Page from, String decoded, String fragment, String rawFragment, String query) {
    String path;
    if (decoded.startsWith("/")) {
      path = decoded.startsWith(basePath) ? decoded.substring(basePath.length()) : decoded.substring(1);
    } else {
      Optional<String> r = UrlPaths.resolve(from.url(), decoded);
      if (r.isEmpty()) return Optional.empty();
      path = r.get();
    }
    String language = from.language();
    boolean explicit = false;
    int slash = path.indexOf('/');
    String first = slash < 0 ? path : path.substring(0, slash);
    if (config.hasLanguage(first)) {
      language = first;
      explicit = true;
      path = slash < 0 ? "" : path.substring(slash + 1);
    }
    if (explicit || decoded.startsWith("/")) {
      // Assets are published beside their pages in every language.
      Optional<AssetFacts> asset = tree.asset(path);
      if (asset.isPresent()) {
        return Optional.of(new Resolution.ToAsset(asset.get(), from, language, query, rawFragment));
      }
    }
    boolean expl = explicit && !language.equals(from.language());
    // A page's own URL (its permalink) or an old one (its aliases) first, then its source path.
    Optional<Page> at = tree.pageAt(language + "/" + SiteAssembler.folder(path));
    if (at.isPresent()) return Optional.of(toPage(from, at.get().key(), language, expl, fragment, rawFragment, query));
    Optional<String> key = pageKey(path);
    if (key.isEmpty()) return Optional.empty();
    return Optional.of(toPage(from, key.get(), language, expl, fragment, rawFragment, query));
  }

  /** The page key a folder-style or file-style path names: {@code x}, {@code x/}, {@code x/index.html}, {@code x.html}. */
  private Optional<String> pageKey(String path) {
    String p = path;
    if (p.endsWith("/index.html")) p = p.substring(0, p.length() - "index.html".length());
    else if (p.equals("index.html")) p = "";
    else if (p.endsWith(".html")) p = p.substring(0, p.length() - ".html".length());
    if (p.endsWith("/")) p = p.substring(0, p.length() - 1);
    if (p.isEmpty()) return Optional.of("");
    Optional<String> key = tree.keyForContentPath(p + ".md");
    if (key.isPresent()) return key;
    return tree.keyForContentPath(p);
  }

  private Resolution toPage(
      Page from, String key, String language, boolean explicitLanguage, String fragment, String rawFragment, String query) {
    Optional<Page> found = tree.page(key, language);
    if (found.isEmpty()) found = tree.page(key, config.defaultLanguage());
    if (found.isEmpty()) {
      // Published only in other languages (a translation without its original).
      found = config.languageCodes().stream().map(l -> tree.page(key, l)).flatMap(Optional::stream).findFirst();
    }
    if (found.isEmpty()) return new Resolution.NotPublished(key);
    Page target = found.get();
    if (fragment.isEmpty() || isTop(fragment)) {
      return new Resolution.ToPage(target, target, explicitLanguage, fragment, from, query, rawFragment);
    }
    // The writer chose the fragment for the page in the language they wrote in. A fallback page
    // shows that text in another language's site: check the fragment where the writer meant it,
    // and keep it in the URL only when the page reached shows the same text.
    String defaultLanguage = config.defaultLanguage();
    Page checked = target;
    if (from.fallback() && !explicitLanguage) {
      checked = tree.page(key, from.contentLanguage(defaultLanguage)).orElse(target);
    }
    boolean sameText = checked.contentLanguage(defaultLanguage).equals(target.contentLanguage(defaultLanguage));
    return new Resolution.ToPage(target, checked, explicitLanguage, fragment, from, query, sameText ? rawFragment : "");
  }

  /** {@code #top} scrolls to the top of any page, as browsers do. */
  static boolean isTop(String fragment) {
    return fragment.isEmpty() || fragment.equalsIgnoreCase("top");
  }

  /** True for addresses of other sites or other schemes ({@code https:}, {@code mailto:}, {@code //host}). */
  public static boolean isExternal(String url) {
    return url.startsWith("//") || !HtmlPolicy.scheme(url).isEmpty();
  }
}
