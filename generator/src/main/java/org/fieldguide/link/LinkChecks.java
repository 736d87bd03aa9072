package org.fieldguide.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.frontmatter.LinkTarget;
import org.fieldguide.index.PageDetails;
import org.fieldguide.index.PageFacts;
import org.fieldguide.markdown.LinkRef;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;
import org.fieldguide.yaml.Suggestions;

/**
 * Checks every internal link, image, {@code #fragment} and front-matter prerequisite of every
 * page with text of its own, from the index alone (ids are facts, known before anything is
 * written). Each problem is reported at its source position; a broken link in one file never
 * hides the checks of another. Pure apart from reporting; thread-safe.
 */
public final class LinkChecks {
  private final SiteTree tree;
  private final LinkResolver resolver;

  public LinkChecks(SiteTree tree, LinkResolver resolver) {
    this.tree = tree;
    this.resolver = resolver;
  }

  /**
   * The pages whose links are checked: each source file once, in its own language (a fallback
   * page shows its original's links, which resolve to the same places).
   */
  public List<Page> pagesWithText() {
    return tree.pages().stream().filter(p -> p.content().isPresent() && !p.fallback()).toList();
  }

  /**
   * What the checks of one page's links found besides diagnostics.
   *
   * @param targets the keys of the pages its links lead to, so a later change of those pages knows
   *     whose links to check again
   * @param repositoryFiles whether a link named a file of the repository outside {@code content/}:
   *     whether it exists is not a fact of the index, so the findings hold for this build only
   */
  public record Checked(java.util.Set<String> targets, boolean repositoryFiles) {}

  /**
   * Checks the links of one page.
   *
   * @param details the page's details (its links), as the store keeps them
   */
  public Checked check(Page page, PageDetails details, Diagnostics diagnostics) {
    PageFacts facts = page.content().orElseThrow();
    java.util.Set<String> targets = new java.util.HashSet<>();
    boolean repositoryFiles = false;
    for (LinkRef link : details.links()) {
      String what = link.kind().isImage() ? "image" : "link";
      Resolution r = resolver.resolve(page, link.url());
      if (r instanceof Resolution.ToPage p) targets.add(p.target().key());
      repositoryFiles |= readsRepository(r);
      report(page, facts, link.url(), link.pos(), what, r, diagnostics);
    }
    for (LinkTarget t : facts.meta().linkedPages()) {
      Resolution r = resolver.resolve(page, t.target());
      repositoryFiles |= readsRepository(r);
      if (r instanceof Resolution.ToAsset || r instanceof Resolution.External || r instanceof Resolution.SamePage
          || r instanceof Resolution.ToRepository) {
        diagnostics.error(t.pos(), "'" + t.target() + "' is not a page. A prerequisite must be the path of a .md page.");
      } else {
        report(page, facts, t.target(), t.pos(), "prerequisite", r, diagnostics);
        if (r instanceof Resolution.ToPage p) targets.add(p.target().key());
      }
    }
    return new Checked(targets, repositoryFiles);
  }

  /** Whether resolving it looked for a file of the repository on disk. */
  private static boolean readsRepository(Resolution r) {
    return r instanceof Resolution.ToRepository || r instanceof Resolution.Outside o && !o.sitePath().isEmpty();
  }

  private void report(
      Page from, PageFacts facts, String written, SourcePos pos, String what, Resolution r, Diagnostics diagnostics) {
    if (r instanceof Resolution.SamePage s) {
      if (!LinkResolver.isTop(s.fragment()) && !facts.ids().contains(s.fragment())) {
        diagnostics.error(pos, anchorMessage(s.fragment(), "this page", facts.ids()));
      }
    } else if (r instanceof Resolution.ToPage p) {
      if (p.explicitLanguage() && !p.target().language().equals(from.language()) && !from.fallback()) {
        Optional<Page> own = tree.page(p.target().key(), from.language());
        if (own.isPresent() && own.get().translation().isTranslated()) {
          diagnostics.warning(
              pos,
              what + " '" + written + "' leads readers of " + from.language() + " to the " + p.target().language()
                  + " page, although a translation exists. Link to the file without a language suffix to follow the reader's language.");
        }
      }
      if (!LinkResolver.isTop(p.fragment()) && p.checked().content().isPresent()) {
        PageFacts target = p.checked().content().get();
        if (!target.ids().contains(p.fragment())) {
          diagnostics.error(pos, anchorMessage(p.fragment(), target.source().displayPath(), target.ids()));
        }
      }
    } else if (r instanceof Resolution.ToRepository t && what.equals("image")) {
      diagnostics.error(pos, "image '" + written + "' is " + shown(t.sitePath()) + ", outside content/, which is not published with"
          + " the site: a page's images are, so that they show offline too. Move or copy the image under content/.");
    } else if (r instanceof Resolution.Outside o) {
      diagnostics.error(pos, outsideMessage(what, written, o, from));
    } else if (r instanceof Resolution.Draft) {
      diagnostics.error(
          pos, what + " '" + written + "' points to a draft, which is not published. Remove the link or publish the page (draft: false).");
    } else if (r instanceof Resolution.NotPublished) {
      diagnostics.error(pos, what + " '" + written + "' names a page that is not published in any language.");
    } else if (r instanceof Resolution.NotFound n) {
      diagnostics.error(pos, what + " target '" + written + "' not found" + (n.markdown() ? suggestion(n) : publishedSuggestion(n, written)));
    }
  }

  /**
   * A link out of {@code content/} that leads nowhere the site can link to. To another file of
   * the repository (a rule file, a script), as a writer links it on the code-hosting site: the
   * site does not publish it, and links it on that site once site.yaml says where that is.
   */
  private String outsideMessage(String what, String written, Resolution.Outside o, Page from) {
    String start = what + " '" + written + "' points outside content/";
    if (o.sitePath().isEmpty()) return start + ". Link to a page or file inside content/.";
    if (!o.exists()) {
      String folder = from.content().map(c -> c.source().folder()).orElse("");
      String hint = resolver.repository().closest(o.sitePath())
          .map(best -> "; did you mean '" + writtenAs(folder, best) + "'?")
          .orElse(". Check the path, relative to this page's folder.");
      return start + ", to " + shown(o.sitePath()) + ", which does not exist" + hint;
    }
    return start + ", to " + shown(o.sitePath()) + ", which is not published with the site. Name the repository in site.yaml"
        + " (repository: its https:// address) to have such links lead to the file on the code-hosting site, link to the"
        + " file's https:// address, or move it under content/ to publish it.";
  }

  /** A path of the site's folder, as a message names it. */
  private static String shown(String sitePath) {
    return sitePath.startsWith("../") ? sitePath + " (above the site's folder)" : sitePath + " in the site's folder";
  }

  /** The site path {@code sitePath} as a link in the content folder {@code folder} writes it. */
  private static String writtenAs(String folder, String sitePath) {
    String up = "../".repeat(folder.isEmpty() ? 1 : folder.split("/").length + 1);
    return up + sitePath;
  }

  /**
   * For a link written as an address ({@code /runbooks/deploy/}, {@code ../disk/}, {@code
   * images/x.png}): the closest page or file, written the same way.
   */
  private String publishedSuggestion(Resolution.NotFound n, String written) {
    String path = n.path();
    if (path.endsWith("/index.html")) path = path.substring(0, path.length() - "/index.html".length());
    else if (path.endsWith(".html")) path = path.substring(0, path.length() - ".html".length());
    List<String> candidates = new ArrayList<>();
    tree.pages().stream().filter(p -> p.language().equals(tree.config().defaultLanguage())).forEach(p -> candidates.add(p.key()));
    tree.assets().forEach(a -> candidates.add(a.source().contentPath()));
    String name = path.substring(path.lastIndexOf('/') + 1);
    String best = Suggestions.closest(path, candidates, Math.max(1, name.length() / 5));
    boolean rooted = written.startsWith("/");
    if (best == null) {
      return rooted
          ? ". Check the address: it is read from the top of the site (with or without " + tree.config().baseUrl().getPath() + ")."
          : ". Check the path, relative to this page's folder.";
    }
    boolean asset = tree.asset(best).isPresent();
    String suggested = rooted ? "/" + best + (asset || best.isEmpty() ? "" : "/") : ContentPaths.relative(n.folder(), best) + (asset ? "" : "/");
    return closeMatch(path, best, suggested, "'" + suggested + "'");
  }

  /**
   * The end of a "not found" message for the link to {@code path} whose closest match is the
   * content path {@code best}, written as the link would write it ({@code suggested}), and named
   * as {@code file} where the two differ only in how accents are stored.
   */
  private static String closeMatch(String path, String best, String suggested, String file) {
    if (Suggestions.differInUnicodeForm(best, path)) return unicodeForm(file, best);
    if (best.equalsIgnoreCase(path)) {
      return "; did you mean '" + suggested + "'? Letter case matters on the web server even where it does not on your computer.";
    }
    return "; did you mean '" + suggested + "'?";
  }

  /**
   * The end of a "not found" message for a link that names {@code found} (a content path, shown
   * as {@code shown}) in letters stored otherwise (see {@link Suggestions#differInUnicodeForm}):
   * a "did you mean" would show the same name twice. Which of the two to type again: the one
   * whose accents are separate marks.
   */
  private static String unicodeForm(String shown, String found) {
    boolean foundComposed = java.text.Normalizer.isNormalized(found, java.text.Normalizer.Form.NFC);
    return "; " + shown + " is this name with its accented letters stored "
        + (foundComposed
            ? "as typed, and the link's as letters followed by separate accent marks: a web server takes them for two addresses. Type the link again."
            : "as letters followed by separate accent marks (as some macOS tools save names), and the link's as typed: a web server takes"
                + " them for two addresses. Rename the file, typing its name again.");
  }

  private static String anchorMessage(String fragment, String where, List<String> ids) {
    String hint = Suggestions.didYouMean(fragment, new ArrayList<>(ids));
    return "anchor '#" + fragment + "' not found in " + where
        + (hint.isEmpty() ? ". Link to a heading id of the page, or give the heading an explicit {#" + fragment + "}." : hint);
  }

  /** The end of a "not found" message: a close match if there is one, else what to check. */
  private String suggestion(Resolution.NotFound n) {
    List<String> candidates = new ArrayList<>(tree.linkableContentPaths());
    // Paths share their folders, so measure closeness against the file name's length.
    String path = n.path();
    String name = path.substring(path.lastIndexOf('/') + 1);
    String best = Suggestions.closest(path, candidates, Math.max(1, name.length() / 5));
    if (best == null) {
      return n.markdown() ? ". Check the file name, or create the page." : ". Check the path, relative to this page's folder.";
    }
    return closeMatch(path, best, ContentPaths.relative(n.folder(), best), "content/" + best);
  }
}
