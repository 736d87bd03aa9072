package org.fieldguide.link;

import java.util.ArrayList;
import java.util.List;
import org.fieldguide.concurrent.Tasks;
import org.fieldguide.digest.Fingerprint;
import org.fieldguide.index.AssetFacts;
import org.fieldguide.index.PageFacts;
import org.fieldguide.model.Page;
import org.fieldguide.model.SiteTree;

/**
 * A digest of everything {@link LinkChecks} and {@link LinkResolver} read of the site besides the
 * checked page's own file: two builds with the same digest give the same diagnostics for a file
 * whose bytes did not change, so a build may take them over instead of checking its links again.
 *
 * <p>It covers, for every page: its key, kind, language and address, whether it has text and
 * whether that text is a translation or a fallback, its source's paths, the ids a {@code
 * #fragment} may name, and its old addresses ({@code aliases}); and the site's assets, drafts and
 * linkable content paths with the keys they name. Not a page's title, body, front matter
 * otherwise, or a translation's state beyond "translated or not": an edit of a page's text
 * leaves the digest as it was, so only that page is checked again. Whatever else the site's
 * configuration, fieldguide itself and the options decide is in {@code inputs}.
 *
 * <p><b>Keep it in step with the resolver and the checks:</b> a fact they start to read must be
 * fed here, or a rebuild reports what the last build found. {@code LinkUniverseTest} changes each
 * fact in turn and expects another digest; {@code CheckedFilesTest} compares the findings a build
 * takes over with those of a build that checks everything.
 */
public final class LinkUniverse {
  /** Changes when what the digest covers changes. */
  private static final String FORMAT = "link-universe-1";
  /** Pages digested as one piece; the same pieces whatever the number of threads, so the same digest. */
  private static final int PIECE = 1024;

  private LinkUniverse() {}

  /** The digest of {@code tree}'s link facts, with {@code inputs} (what else decides the checks). */
  public static String digest(SiteTree tree, String inputs, Tasks tasks) {
    List<String> pageDigests = tasks.map(Tasks.pieces(tree.pages(), PIECE), piece -> {
      Fingerprint f = new Fingerprint();
      for (Page p : piece) page(f, p);
      return f.hex();
    });
    Fingerprint f = new Fingerprint();
    f.addText(FORMAT);
    f.addText(inputs);
    f.add(pageDigests.size());
    pageDigests.forEach(d -> f.addText(d));
    // Content paths a link may name, with the page key each names (an asset's names none).
    List<String> linkable = new ArrayList<>(tree.linkableContentPaths());
    linkable.sort(null);
    f.add(linkable.size());
    for (String path : linkable) {
      f.addText(path);
      f.addText(tree.keyForContentPath(path).orElse("\u0000asset"));
    }
    List<AssetFacts> assets = tree.assets();
    f.add(assets.size());
    for (AssetFacts a : assets) f.addText(a.source().contentPath());
    var drafts = tree.draftContentPaths();
    f.add(drafts.size());
    drafts.forEach(d -> f.addText(d));
    return f.hex();
  }

  private static void page(Fingerprint f, Page p) {
    f.addText(p.key());
    f.addText(p.kind().name());
    f.addText(p.language());
    f.addText(p.url());
    f.add(p.fallback() ? 'f' : p.translation().isTranslated() ? 't' : 'o');
    if (p.content().isEmpty()) {
      f.add('-');
      return;
    }
    PageFacts c = p.content().get();
    f.add('+');
    f.addText(c.source().contentPath());
    f.addText(c.source().displayPath());
    f.addText(c.source().folder());
    f.add(c.ids().size());
    for (String id : c.ids()) f.addText(id);
    var aliases = c.meta().common().aliases();
    f.add(aliases.size());
    for (var alias : aliases) f.addText(alias.path());
  }
}
