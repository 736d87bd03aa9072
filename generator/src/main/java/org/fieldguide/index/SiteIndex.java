package org.fieldguide.index;

import java.util.List;

/**
 * Every source file of the site as facts: the pages (Markdown files that could be read, sorted by
 * content path) and the assets. The input of assembly and of every check.
 */
public record SiteIndex(List<PageFacts> pages, List<AssetFacts> assets) {
  public SiteIndex {
    pages = List.copyOf(pages);
    assets = List.copyOf(assets);
  }
}
