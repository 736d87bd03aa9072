package org.fieldguide.frontmatter;

import org.fieldguide.diagnostic.SourcePos;

/**
 * A URL path written in front matter: a page's own address ({@code permalink} or its Hugo
 * spelling {@code url}) or one of its old addresses ({@code aliases}). Only read and checked for
 * shape here; publishing the page there, or a redirect from there, is the build's business.
 *
 * @param key the field it was written in: {@code permalink}, {@code url} or {@code aliases}
 * @param written the text as written, stripped of surrounding spaces
 * @param path {@code written} starting with one {@code /}, repeated slashes collapsed and percent
 *     escapes decoded (as page addresses are kept), such as {@code /tests/ndt/}; relative to the
 *     site's root, without the base path's own prefix
 * @param pos where the value is written
 */
public record UrlField(String key, String written, String path, SourcePos pos) {}
