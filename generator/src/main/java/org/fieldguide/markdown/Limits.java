package org.fieldguide.markdown;

/**
 * How much Markdown one page may hold before fieldguide refuses to parse it. Pull requests come
 * from many hands and CI publishes on merge: a page made to be slow to parse (a megabyte of
 * brackets on one line) must fail fast with a clear error, not hold the build for minutes. The
 * defaults are far above what real documentation needs.
 *
 * @param pageBytes largest page file, in bytes
 * @param lineChars longest line, in characters
 * @param inlineMarkers most characters that open or close inline syntax ({@code [ ] ! * _ ` <})
 *     in one paragraph; these drive the parser's inline work
 */
public record Limits(int pageBytes, int lineChars, int inlineMarkers) {
  public static final Limits DEFAULT = new Limits(2_000_000, 20_000, 20_000);
}
