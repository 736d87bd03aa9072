package org.fieldguide.emit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fieldguide.frontmatter.UrlField;
import org.fieldguide.html.FragmentSanitizer;
import org.fieldguide.html.HtmlPolicy;
import org.fieldguide.link.RelativeUrls;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteAssembler;
import org.fieldguide.model.SiteTree;

/**
 * Redirect pages for the old addresses of pages ({@code aliases} in front matter), so links and
 * bookmarks made to a site before it moved to fieldguide, or before a page moved, keep working:
 * in every language's tree, and at the root for the address as other generators published it
 * (to the default language). Each is a small HTML page with a canonical link and a refresh, listed
 * nowhere else (not in navigation, not in the sitemap), under the site's Content-Security-Policy
 * like every other page (a meta refresh is not script, so it still works).
 */
public final class Redirects {

  /** Output path → HTML, in a stable order. */
  public Map<String, String> pages(SiteTree tree) {
    Map<String, String> out = new LinkedHashMap<>();
    String def = tree.config().defaultLanguage();
    for (Page p : tree.pages()) {
      for (UrlField alias : p.content().map(c -> c.meta().common().aliases()).orElse(java.util.List.of())) {
        String folder = SiteAssembler.folder(alias.path());
        if (folder.isEmpty()) continue;
        String at = p.language() + "/" + folder;
        // Not over the page itself: its own address written as a file (its old .html address) is
        // an alias only as that file (OutputCollisions lets no other page's address be one).
        if (!at.equals(p.url())) out.putIfAbsent(at + "index.html", redirect(tree, p, at));
        if (p.language().equals(def)) out.putIfAbsent(folder + "index.html", redirect(tree, p, folder));
        // An old address of a file (Sphinx's and Jekyll's install.html) is also written as that file:
        // a web server serves /install.html from install.html, not from install/index.html.
        String file = SiteAssembler.file(alias.path());
        if (!file.isEmpty()) {
          String in = file.substring(0, file.lastIndexOf('/') + 1);
          out.putIfAbsent(p.language() + "/" + file, redirect(tree, p, p.language() + "/" + in));
          if (p.language().equals(def)) out.putIfAbsent(file, redirect(tree, p, in));
        }
      }
    }
    return out;
  }

  /** A redirect page to {@code to}, written into the folder {@code at} (its links are relative to it). */
  private static String redirect(SiteTree tree, Page to, String at) {
    String href = FragmentSanitizer.escapeAttribute(RelativeUrls.between(at, to.url()));
    String canonical = FragmentSanitizer.escapeAttribute(tree.config().baseUrl() + to.url());
    String title = FragmentSanitizer.escapeAttribute(to.title());
    return "<!DOCTYPE html>\n<html lang=\"" + to.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + FragmentSanitizer.escapeAttribute(HtmlPolicy.CONTENT_SECURITY_POLICY) + "\">\n<title>" + title + "</title>\n"
        + "<link rel=\"canonical\" href=\"" + canonical + "\">\n<meta name=\"robots\" content=\"noindex\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n</head>\n<body>\n<p><a href=\"" + href + "\">" + title
        + "</a></p>\n</body>\n</html>\n";
  }
}
