package org.fieldguide.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.model.LinkRef;
import org.fieldguide.markdown.LinkRewriter;
import org.fieldguide.markdown.UrlPolicy;
import org.fieldguide.model.Page;
import org.fieldguide.model.PageLink;
import org.fieldguide.model.SiteTree;
import org.fieldguide.yaml.Suggestions;

/**
 * Resolves links written in Markdown and front matter, following the content contract: a path to
 * a {@code .md} file means that page in the linking page's language (its translation, or the
 * fallback page), other paths are assets, {@code #fragment}s are queued for {@link
 * FragmentValidator}. Every broken link is reported at its source position. One per build;
 * thread-safe.
 */
public final class InternalLinks {
  private final SiteTree tree;
  private final Diagnostics diagnostics;
  private final ConcurrentLinkedQueue<FragmentCheck> fragments = new ConcurrentLinkedQueue<>();

  public InternalLinks(SiteTree tree, Diagnostics diagnostics) {
    this.tree = tree;
    this.diagnostics = diagnostics;
  }

  /** The rewriter for links in the body of {@code page}. */
  public LinkRewriter rewriterFor(Page page) {
    return link -> rewrite(page, link);
  }

  /** Fragment checks queued so far. */
  public List<FragmentCheck> fragmentChecks() {
    return List.copyOf(fragments);
  }

  /** Resolves a page path written in front matter (a prerequisite); reports it when broken. */
  public Optional<PageLink> resolvePage(Page from, String written, SourcePos pos) {
    Target t = locate(from, written, pos, "prerequisite");
    if (t instanceof Target.ToPage p) return Optional.of(new PageLink(p.page(), p.href()));
    if (t instanceof Target.ToAsset) {
      diagnostics.error(pos, "'" + written + "' is not a page. A prerequisite must be the path of a .md page.");
    }
    return Optional.empty();
  }

  private String rewrite(Page from, LinkRef link) {
    String url = link.url();
    if (url.isEmpty() || isExternal(url)) return url;
    String what = link.kind() == LinkRef.Kind.IMAGE ? "image" : "link";
    Target t = locate(from, url, link.pos(), what);
    if (t instanceof Target.ToPage p) return p.href();
    if (t instanceof Target.ToAsset a) return a.href();
    return url;
  }

  /** Where a written URL points, or {@link Target.Broken} after reporting why. */
  private Target locate(Page from, String written, SourcePos pos, String what) {
    String sourceFile = from.content().map(c -> c.source().displayPath()).orElse("");
    String folder = from.content().map(c -> c.source().folder()).orElse(from.key());
    int hash = written.indexOf('#');
    String pathPart = hash < 0 ? written : written.substring(0, hash);
    String fragment = hash < 0 ? "" : UrlPaths.decode(written.substring(hash + 1));
    int query = pathPart.indexOf('?');
    if (query >= 0) pathPart = pathPart.substring(0, query);

    if (pathPart.isEmpty()) {
      if (!fragment.isEmpty()) {
        fragments.add(new FragmentCheck(pos, from.id(), sourceFile, fragment, written));
      }
      return new Target.ToPage(from, written);
    }
    String decoded = UrlPaths.decode(pathPart);
    Optional<String> resolved = ContentPaths.resolve(folder, decoded);
    if (resolved.isEmpty()) {
      diagnostics.error(pos, what + " '" + written + "' points outside content/. Link to a page or file inside content/.");
      return Target.BROKEN;
    }
    String path = resolved.get();
    String language = from.language();
    boolean explicitLanguage = false;
    if (path.endsWith(".md")) {
      ContentPaths.Split split = ContentPaths.splitLanguage(path, tree.config());
      path = split.neutralPath();
      if (split.language().isPresent()) {
        language = split.language().get();
        explicitLanguage = true;
      }
    }
    Optional<String> key = tree.keyForContentPath(path);
    if (key.isPresent()) {
      Page target = tree.page(key.get(), language).orElseGet(() -> tree.page(key.get(), tree.config().defaultLanguage()).orElse(null));
      if (target == null) {
        diagnostics.error(pos, what + " '" + written + "' names a page that is not published in any language.");
        return Target.BROKEN;
      }
      if (explicitLanguage && !language.equals(from.language()) && !from.fallback()) {
        Optional<Page> own = tree.page(key.get(), from.language());
        if (own.isPresent() && own.get().translation().isTranslated()) {
          diagnostics.warning(
              pos,
              what + " '" + written + "' leads readers of " + from.language() + " to the " + language
                  + " page, although a translation exists. Link to the file without a language suffix to follow the reader's language.");
        }
      }
      String href = RelativeUrls.between(from.url(), target.url());
      if (!fragment.isEmpty()) {
        // The writer chose the fragment for the page in the language they wrote in. A fallback
        // page shows that text in another language's site: check the fragment where the writer
        // meant it, and keep it in the URL only when the page reached shows the same text.
        String defaultLanguage = tree.config().defaultLanguage();
        Page checked = target;
        if (from.fallback() && !explicitLanguage) {
          checked = tree.page(key.get(), from.contentLanguage(defaultLanguage)).orElse(target);
        }
        String targetFile = checked.content().map(c -> c.source().displayPath()).orElse("content/" + path);
        fragments.add(new FragmentCheck(pos, checked.id(), targetFile, fragment, written));
        if (checked.contentLanguage(defaultLanguage).equals(target.contentLanguage(defaultLanguage))) {
          href = href + "#" + RelativeUrls.encode(fragment);
        }
      }
      return new Target.ToPage(target, href);
    }
    if (tree.asset(path).isPresent()) {
      String assetUrl = tree.asset(path).get().url(from.language());
      return new Target.ToAsset(RelativeUrls.between(from.url(), assetUrl) + (fragment.isEmpty() ? "" : "#" + fragment));
    }
    if (tree.isDraft(path)) {
      diagnostics.error(
          pos,
          what + " '" + written + "' points to a draft, which is not published. Remove the link or publish the page (draft: false).");
      return Target.BROKEN;
    }
    diagnostics.error(pos, what + " target '" + written + "' not found" + suggestion(folder, path, decoded));
    return Target.BROKEN;
  }

  /** The end of a "not found" message: a close match if there is one, else what to check. */
  private String suggestion(String folder, String path, String decoded) {
    List<String> candidates = new ArrayList<>(tree.linkableContentPaths());
    // Paths share their folders, so measure closeness against the file name's length.
    String name = path.substring(path.lastIndexOf('/') + 1);
    String best = Suggestions.closest(path, candidates, Math.max(1, name.length() / 5));
    if (best == null) {
      return decoded.endsWith(".md")
          ? ". Check the file name, or create the page."
          : ". Check the path, relative to this page's folder.";
    }
    String relative = ContentPaths.relative(folder, best);
    if (best.equalsIgnoreCase(path)) {
      return "; did you mean '" + relative + "'? Letter case matters on the web server even where it does not on your computer.";
    }
    return "; did you mean '" + relative + "'?";
  }

  private static boolean isExternal(String url) {
    return url.startsWith("//") || !UrlPolicy.scheme(url).isEmpty();
  }

  /** What a written URL resolved to. */
  private sealed interface Target {
    Target BROKEN = new Broken();

    record ToPage(Page page, String href) implements Target {}

    record ToAsset(String href) implements Target {}

    record Broken() implements Target {}
  }
}
