package org.fieldguide.model;

import org.fieldguide.diagnostic.SourcePos;

/**
 * A link or image destination as written in Markdown, with its position in the source file.
 *
 * @param text the link text or the image's alt text
 */
public record LinkRef(Kind kind, String url, String text, SourcePos pos) {

  /** The Markdown construct the destination comes from. */
  public enum Kind {
    LINK,
    IMAGE,
    /** {@code [label]: url} of a reference-style link. */
    REFERENCE,
    AUTOLINK
  }
}
