package org.fieldguide.link;

import org.fieldguide.index.AssetFacts;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;

/** Where a link leads, as {@link LinkResolver} answers it. */
public sealed interface Resolution {

  /** The URL to write in the page: relative, percent-encoded; the link as written when it is broken. */
  String href(String written);

  /** True when the link leads somewhere that exists (or somewhere outside the site). */
  default boolean isBroken() {
    return false;
  }

  /** Another site, or another scheme such as {@code mailto:}. */
  record External(String url) implements Resolution {
    @Override
    public String href(String written) {
      return UrlPaths.encode(url);
    }
  }

  /** A fragment of the linking page itself, or an empty link. */
  record SamePage(String fragment, String rawFragment) implements Resolution {
    @Override
    public String href(String written) {
      return rawFragment.isEmpty() ? written : UrlPaths.encode("#" + rawFragment);
    }
  }

  /**
   * A page of the site. Its URL is made when asked: the checks ask where every link of every page
   * goes, and never its URL (a relative path between two pages' URLs, a fifth of resolving a link).
   *
   * @param checked the page whose ids the fragment must be among (see {@link LinkResolver})
   * @param explicitLanguage the link named a language ({@code x.es.md}, {@code /es/…})
   * @param fragment decoded, empty when none
   * @param from the page the link is written in
   * @param query the link's query with its {@code ?}, or empty
   * @param keptFragment the fragment as written, if the URL keeps it; else empty
   */
  record ToPage(Page target, Page checked, boolean explicitLanguage, String fragment, Page from, String query, String keptFragment)
      implements Resolution {
    @Override
    public String href(String written) {
      return UrlPaths.encode(RelativeUrls.between(from.url(), target.url()) + query + (keptFragment.isEmpty() ? "" : "#" + keptFragment));
    }
  }

  /**
   * A file under {@code content/}, published beside the pages of {@code language}; its URL made
   * when asked, as a page's.
   */
  record ToAsset(AssetFacts asset, Page from, String language, String query, String rawFragment) implements Resolution {
    @Override
    public String href(String written) {
      return UrlPaths.encode(RelativeUrls.between(from.url(), SiteTree.assetUrl(asset, language)) + query
          + (rawFragment.isEmpty() ? "" : "#" + rawFragment));
    }
  }

  /**
   * A file or folder of the repository outside {@code content/} (a rule file, a script), which
   * exists: shown on the code-hosting site that site.yaml's {@code repository} names, as the
   * link works there ({@link RepositoryFiles}).
   *
   * @param sitePath where it is in the site's folder ({@code monitoring/rules.yml}, {@code ../README.md})
   * @param address its address on the code-hosting site, with the link's query and fragment, not yet encoded
   */
  record ToRepository(String sitePath, String address) implements Resolution {
    @Override
    public String href(String written) {
      return UrlPaths.encode(address);
    }
  }

  /**
   * Broken: the path climbs out of {@code content/}, and no link to the code-hosting site can be
   * made: site.yaml names no {@code repository}, or nothing is there.
   *
   * @param sitePath where a relative path leads in the site's folder ({@code monitoring/rules.yml}),
   *     a file of the repository the site is not built from; empty when it climbs out of that too
   * @param exists whether a file or folder is at {@code sitePath}
   */
  record Outside(String sitePath, boolean exists) implements Broken {}

  /** Broken: the target is a draft, which is not published. */
  record Draft() implements Broken {}

  /**
   * Broken: nothing at that path.
   *
   * @param folder the linking page's content folder, for suggestions
   * @param path the path looked for, under {@code content/}
   * @param markdown the link named a {@code .md} file
   */
  record NotFound(String folder, String path, boolean markdown) implements Broken {}

  /** Broken: the page exists but is published in no language. */
  record NotPublished(String key) implements Broken {}

  /** A link that leads nowhere. */
  sealed interface Broken extends Resolution permits Outside, Draft, NotFound, NotPublished {
    @Override
    default String href(String written) {
      return UrlPaths.encode(written);
    }

    @Override
    default boolean isBroken() {
      return true;
    }
  }
}
