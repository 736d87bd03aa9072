package org.fieldguide.markdown;

import org.fieldguide.diagnostic.SourcePos;

/**
 * A link or image destination as written in a page, with its position in the source file.
 */
public record LinkRef(Kind kind, String url, SourcePos pos) {

  /** The construct the destination comes from. */
  public enum Kind {
    LINK,
    IMAGE,
    /** {@code [label]: url} of a reference-style link, checked once at the definition. */
    REFERENCE,
    /** {@code <https://…>} */
    AUTOLINK,
    /** {@code <a href>} written as raw HTML: kept as written unless it leads to a page or file of the site. */
    HTML_LINK,
    /** {@code <img src>} written as raw HTML. */
    HTML_IMAGE;

    public boolean isImage() {
      return this == IMAGE || this == HTML_IMAGE;
    }

    public boolean isRawHtml() {
      return this == HTML_LINK || this == HTML_IMAGE;
    }
  }
}
