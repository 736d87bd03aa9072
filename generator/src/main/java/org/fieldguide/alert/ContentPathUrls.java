package org.fieldguide.alert;

import java.net.URI;

/**
 * Page URLs as the content contract defines them: {@code content/runbooks/x.md} is published at
 * {@code <base_url><lang>/runbooks/x/}. Replaceable by the build's own page URLs.
 */
public final class ContentPathUrls implements PublishedUrls {
  private final String base;

  /** @param baseUrl the site's {@code base_url}, ending in {@code /} */
  public ContentPathUrls(URI baseUrl) {
    String b = baseUrl.toString();
    this.base = b.endsWith("/") ? b : b + "/";
  }

  @Override
  public String pageUrl(String pageKey, String language) {
    return base + language + "/" + (pageKey.isEmpty() ? "" : pageKey + "/");
  }
}
