package org.fieldguide.emit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fieldguide.concurrent.Tasks;
import org.fieldguide.digest.Fingerprint;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.index.PageFacts;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;

/**
 * What a page's view is made of, as one key that costs nothing like the view itself: a page
 * whose key is the last build's has the view it had then, so it needs neither its view made nor
 * its fingerprint taken (a rebuild after a one-page edit did both for every page of the site:
 * a third of its time at 10,000 pages × 3).
 *
 * <p>A page's view is made of: the inputs every page shares (the theme, the strings, site.yaml,
 * the rule files, the tool: {@code inputsDigest}), its template, its own source file and those
 * of its other languages (a translation's checklist steps are its original's), and, of every
 * other page, only what navigation, breadcrumbs, the language switcher, link addresses and
 * prerequisites show of it: its place and names in the tree, its front matter, its number of
 * checklist items; and every image's size, and the drafts. Those last are the site's
 * <em>outline</em>, digested once per build: an edit of a page's body leaves the outline as it
 * was, and with it the key of every other page. The rebuilds of {@code IncrementalEmitTest}
 * (edits of every kind that shows on other pages) hold this to the views: whatever a build takes
 * over by its key is byte for byte what a fresh build writes.
 *
 * <p>Thread-safe; one per build's tree.
 */
final class RenderKeys {
  /** Changes when what a key covers changes, so that keys of an older build never match. */
  private static final String FORMAT = "render-keys-4";
  /**
   * Pages digested as one piece of the outline. The pieces are digested at once and their
   * digests then together; the pieces are the same whatever the number of threads, so the key is.
   */
  private static final int OUTLINE_PIECE = 512;

  private final SiteTree tree;
  private final String inputsDigest;
  private final ViewFingerprints fingerprints;
  /** The site's languages, asked for once (the list is made anew on every call). */
  private final List<String> languages;
  /** What the keys of the pages of one template share: the format, the shared inputs, the template, the outline. */
  private final Map<String, String> shared = new ConcurrentHashMap<>();
  private volatile String outline;

  RenderKeys(SiteTree tree, String inputsDigest, ViewFingerprints fingerprints) {
    this.tree = tree;
    this.inputsDigest = inputsDigest;
    this.fingerprints = fingerprints;
    this.languages = tree.config().languageCodes();
  }

  /**
   * The key of {@code page}, rendered with {@code template}. Its parts are fed to a fingerprint
   * as they are, each text after its length and numbers at a fixed width, so that no two keys
   * are made of the same characters: through the fingerprint of views (lists made for each page,
   * the kind of each value looked up), keys were 4 % of a one-page rebuild at 10,000 pages x 3.
   */
  String of(Page page, String template) {
    String common = shared.get(template);
    if (common == null) {
      common = fingerprints.of(List.of(FORMAT, inputsDigest, template, outline()));
      shared.putIfAbsent(template, common);
    }
    Fingerprint f = new Fingerprint().addText(common);
    place(f, page);
    // The source of the page in every language: its own text, its original's (a fallback page
    // shows it; a translation shares its checklist steps), its translations'.
    for (String language : languages) {
      f.addText(tree.page(page.key(), language).flatMap(Page::content).map(PageFacts::digest).orElse("-"));
    }
    return f.hex();
  }

  /**
   * The key of the sitemap: what it lists (every page's address, language, alternates and review
   * date: all in the outline) and how (the site's base address and languages, and the tool: in
   * the shared inputs). The same key, the same sitemap files.
   */
  String sitemap() {
    return fingerprints.of(List.of(FORMAT, "sitemap", inputsDigest, outline()));
  }

  /**
   * What every page's key shares but its template and the sources of the page itself: the shared
   * inputs and the site's outline. With this key and a page's source unchanged, everything a
   * page's view is made of from other pages and from the site is as it was.
   */
  String outlineKey() {
    return fingerprints.of(List.of(FORMAT, "outline", inputsDigest, outline()));
  }

  /** The site's outline (see the class comment): digested once, on first use unless {@link #digestOutline} was called. */
  private String outline() {
    String o = outline;
    if (o != null) return o;
    return digestOutline(Tasks.SEQUENTIAL);
  }

  /**
   * Digests the outline now, its pieces through {@code tasks}, unless that was done. Called
   * before pages are emitted: digested on first use, by one thread, it kept every other emitting
   * thread waiting (0.4 s of one core at 10,000 pages × 3; before it was digested once, each
   * thread digested it with its first page).
   */
  synchronized String digestOutline(Tasks tasks) {
    if (outline != null) return outline;
    List<String> pages = tasks.map(Tasks.pieces(tree.pages(), OUTLINE_PIECE), piece -> {
      Fingerprint f = new Fingerprint();
      for (Page p : piece) outlineOf(f, p);
      return f.hex();
    });
    List<Object> assets = new ArrayList<>();
    for (AssetFacts a : tree.assets()) assets.add(List.of(a.source().contentPath(), a.width(), a.height()));
    outline = fingerprints.of(List.of(FORMAT), pages, assets, List.copyOf(tree.draftContentPaths()));
    return outline;
  }

  /**
   * What other pages' views may show of a page. Not its translation digest (a digest of its
   * whole text, which translations compare with their {@code source_hash}): what that decides,
   * a translation's state, is in the translation's place.
   */
  private static void outlineOf(Fingerprint f, Page p) {
    place(f, p);
    Optional<PageFacts> facts = p.content();
    if (facts.isEmpty()) {
      f.add(0);
      return;
    }
    PageFacts c = facts.get();
    f.add(1).addText(c.source().contentPath()).addText(c.source().displayPath());
    // The front matter as read, by the digest of what it was read from: walking every page's
    // front matter here was a third of a one-page rebuild's emit stage at 10,000 pages x 3.
    f.addText(c.metaDigest()).add(c.checklistItems());
  }

  /** A page's place and names in the tree. */
  private static void place(Fingerprint f, Page p) {
    f.addText(p.key()).addText(p.kind().name()).addText(p.language()).addText(p.translation().name()).addText(p.title())
        .addText(p.type().id()).add(p.weight()).addText(p.url());
    // Whether it has a parent, then which: the home page has none; its children's parent key is empty.
    f.add(p.parentKey().isPresent() ? 1 : 0).addText(p.parentKey().orElse(""));
  }
}
