package org.fieldguide.validate;

import java.util.HashMap;
import java.util.Map;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;

/**
 * Finds files that would be published where a page is, before anything is written: an asset
 * named like a page's folder ({@code runbooks/deploy} beside {@code runbooks/deploy.md}) or
 * like its file ({@code runbooks/deploy/index.html}). Reported at the asset, so {@code check}
 * fails where {@code build} would.
 */
public final class OutputCollisions {

  public void check(SiteTree tree, Diagnostics diagnostics) {
    Map<String, Page> folders = new HashMap<>();
    for (Page p : tree.pages()) {
      String url = p.url();
      folders.put(url.substring(0, url.length() - 1), p);
    }
    for (AssetFacts a : tree.assets()) {
      for (String lang : tree.config().languageCodes()) {
        String path = SiteTree.assetUrl(a, lang);
        Page asFolder = folders.get(path);
        if (asFolder != null) {
          diagnostics.error(
              SourcePos.file(a.source().displayPath()),
              "this file would be published as /" + path + ", where the page " + describe(asFolder)
                  + " is published as a folder. Rename the file (give it an extension) or the page.");
          break;
        }
        if (path.endsWith("/index.html")) {
          Page page = folders.get(path.substring(0, path.length() - "/index.html".length()));
          if (page != null) {
            diagnostics.error(
                SourcePos.file(a.source().displayPath()),
                "this file would replace the page " + describe(page) + ", published at /" + path + ". Rename or move the file.");
            break;
          }
        }
      }
    }
  }

  private static String describe(Page p) {
    return p.sourceFile().orElse("/" + p.url());
  }
}
