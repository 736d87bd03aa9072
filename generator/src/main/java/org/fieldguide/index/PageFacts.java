package org.fieldguide.index;

import java.util.List;
import java.util.Objects;
import org.fieldguide.content.SourceFile;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.frontmatter.PageMeta;

/**
 * What the build knows about one Markdown source file after reading it once: small, immutable,
 * and enough for every check and every page that shows this one. The rendered body is not here
 * but in the {@link BodyStore}, so memory does not grow with the text of the site; nor is what
 * only the page itself needs (its headings, links and checklist items: {@link PageDetails}),
 * which the store keeps beside the body.
 *
 * @param digest digest of the file's bytes, the key of the cached facts
 * @param metaDigest digest of what {@code meta} was read from: the front matter's text and first
 *     line, the type the page inherits from its section, and the file's kind. With site.yaml
 *     (which declares the site's own fields) these decide {@code meta}, so other pages' render
 *     keys digest this instead of walking {@code meta} again in every build (emit.RenderKeys)
 * @param bodyLine file line of the first body line
 * @param ids every id a {@code #fragment} may name in this page
 * @param checklistItems how many checklist items the page has (other pages show its progress)
 * @param diagrams how many diagrams the page has: its own page loads the drawing script only then,
 *     and a language's offline files hold the script only when one of its pages has one
 * @param diagnostics problems of this file alone, reported again when the facts come from the cache
 * @param body where the rendered body, its plain text and the page's details are stored
 */
public record PageFacts(
    SourceFile source,
    String digest,
    PageMeta meta,
    String metaDigest,
    int bodyLine,
    List<String> ids,
    int checklistItems,
    int diagrams,
    List<Diagnostic> diagnostics,
    BodyRef body) {

  public String title() {
    return meta.common().title();
  }

  /**
   * As a record's own, written out: that one compares components through method handles, which
   * the client compiler the launcher runs does not fold away. A build compares every page's facts
   * with those it loaded from the cache (their source file is another object, its other
   * components the same): 25 ms of a one-page rebuild's main thread at 10,000 pages x 3, in
   * {@code IndexCache.Entry}'s, this one's and {@code SourceFile}'s. The record's hash code agrees
   * with it; {@code WrittenOutEqualsTest} holds it to every component.
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof PageFacts f && bodyLine == f.bodyLine && checklistItems == f.checklistItems && diagrams == f.diagrams
        && Objects.equals(source, f.source) && Objects.equals(digest, f.digest) && Objects.equals(metaDigest, f.metaDigest)
        && Objects.equals(meta, f.meta) && Objects.equals(ids, f.ids) && Objects.equals(diagnostics, f.diagnostics) && Objects.equals(body, f.body);
  }

  /** The same facts for a file that moved (the same bytes at another path). */
  public PageFacts withSource(SourceFile moved) {
    return new PageFacts(moved, digest, meta, metaDigest, bodyLine, ids, checklistItems, diagrams, diagnostics, body);
  }

  /** The same facts with the body kept elsewhere in the store. */
  public PageFacts withBody(BodyRef moved) {
    return new PageFacts(source, digest, meta, metaDigest, bodyLine, ids, checklistItems, diagrams, diagnostics, moved);
  }
}
