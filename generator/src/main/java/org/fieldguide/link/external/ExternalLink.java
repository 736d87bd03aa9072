package org.fieldguide.link.external;

import java.util.Objects;
import org.fieldguide.diagnostic.SourcePos;

/**
 * One place where an external link is written: the address exactly as written and where.
 *
 * @param url the address as written, including any {@code #fragment}
 * @param pos where the link is written; every diagnostic about the address is reported here
 */
public record ExternalLink(String url, SourcePos pos) {
  public ExternalLink {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(pos, "pos");
  }
}
