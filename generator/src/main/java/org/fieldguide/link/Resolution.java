package org.fieldguide.link;

import org.fieldguide.index.AssetFacts;
import org.fieldguide.model.Page;

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
   * A page of the site.
   *
   * @param checked the page whose ids the fragment must be among (see {@link LinkResolver})
   * @param explicitLanguage the link named a language ({@code x.es.md}, {@code /es/…})
   * @param fragment decoded, empty when none
   */
  record ToPage(Page target, Page checked, boolean explicitLanguage, String fragment, String href) implements Resolution {
    @Override
    public String href(String written) {
      return UrlPaths.encode(href);
    }
  }

  record ToAsset(AssetFacts asset, String href) implements Resolution {
    @Override
    public String href(String written) {
      return UrlPaths.encode(href);
    }
  }

  /** Broken: the path climbs out of {@code content/}. */
  record Outside() implements Broken {}

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
