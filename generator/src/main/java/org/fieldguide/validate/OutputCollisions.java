package org.fieldguide.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.UrlField;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.model.SiteAssembler;
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
    pagesAndAliases(tree, diagnostics);
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

  /**
   * Two pages at one URL (a {@code permalink} that takes another page's address), an old address
   * ({@code aliases}) that is a page's or another alias's, and an old address that would land on
   * the files of the site's root. Reported at the front-matter line that sets the address.
   */
  private static void pagesAndAliases(SiteTree tree, Diagnostics diagnostics) {
    Map<String, Page> byUrl = new HashMap<>();
    Set<SourcePos> reported = new HashSet<>();
    for (Page p : tree.pages()) {
      Page other = byUrl.putIfAbsent(p.url(), p);
      if (other == null) continue;
      Page moved = permalink(p).isPresent() ? p : other;
      Page stays = moved == p ? other : p;
      SourcePos at = permalink(moved).map(UrlField::pos).orElse(SourcePos.file(moved.sourceFile().orElse(moved.url())));
      if (reported.add(at)) {
        diagnostics.error(at, "this page would be published at /" + p.url() + ", where " + describe(stays)
            + " is published too. Choose another permalink, or remove it.");
      }
    }
    Map<String, UrlField> aliases = new HashMap<>();
    Set<String> languages = new HashSet<>(tree.config().languageCodes());
    Map<String, AssetFacts> assets = new HashMap<>();
    for (AssetFacts a : tree.assets()) for (String lang : languages) assets.put(SiteTree.assetUrl(a, lang), a);
    for (Page p : tree.pages()) {
      for (UrlField alias : p.content().map(c -> c.meta().common().aliases()).orElse(List.of())) {
        String folder = SiteAssembler.folder(alias.path());
        String url = p.language() + "/" + folder;
        String first = folder.contains("/") ? folder.substring(0, folder.indexOf('/')) : folder;
        if (folder.isEmpty() || languages.contains(first) || first.equals("static")) {
          if (reported.add(alias.pos())) {
            diagnostics.error(alias.pos(), "the old address " + alias.written() + " cannot redirect: it is the site's root, a language or"
                + " the theme's files. Remove it from aliases.");
          }
          continue;
        }
        // Its redirect is also written as the file it names (SiteAssembler.file): not over the
        // not-found page or a file of the site.
        String file = SiteAssembler.file(alias.path());
        if (file.equals("404.html") && reported.add(alias.pos())) {
          diagnostics.error(alias.pos(), "the old address " + alias.written() + " cannot redirect: the site's not-found page is published"
              + " there. Remove it from aliases.");
          continue;
        }
        AssetFacts asset = file.isEmpty() ? null : assets.get(p.language() + "/" + file);
        if (asset != null && reported.add(alias.pos())) {
          diagnostics.error(alias.pos(), "the old address " + alias.written() + " is where " + asset.source().displayPath()
              + " is published, so it cannot redirect to this page. Remove it from aliases, or move the file.");
          continue;
        }
        Page there = byUrl.get(url);
        // The page's own address written as a file (/howto/deploy.html for the page at
        // /howto/deploy/, where Sphinx and Jekyll published it) is an old address all the same: a
        // web server serves it from howto/deploy.html, which only the redirect writes (Redirects).
        if (there == p && !file.isEmpty()) continue;
        if (there != null && reported.add(alias.pos())) {
          diagnostics.error(alias.pos(), "the old address " + alias.written() + " is where " + describe(there)
              + " is published, so it cannot redirect to this page. Remove it from aliases.");
          continue;
        }
        UrlField earlier = aliases.putIfAbsent(url, alias);
        if (earlier != null && !earlier.pos().file().equals(alias.pos().file()) && reported.add(alias.pos())) {
          diagnostics.error(alias.pos(), "the old address " + alias.written() + " is also an alias of " + earlier.pos().file()
              + ": one old address can lead to one page only. Remove it from one of them.");
        }
      }
    }
  }

  private static java.util.Optional<UrlField> permalink(Page p) {
    return p.content().flatMap(c -> c.meta().common().url());
  }
}
