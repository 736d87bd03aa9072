/**
 * Site search: turns {@link org.fieldguide.search.SearchDocument}s (one per page and language)
 * into a static index per language that the theme's {@code js/search.js} queries in the browser,
 * over HTTP and from {@code file://} alike.
 *
 * <p>Words are analysed the same way here and in the browser: split into words ({@link
 * org.fieldguide.search.Words}), lower-cased, folded ({@link org.fieldguide.search.Folding}) and
 * stemmed with the language's Snowball stemmer ({@link org.fieldguide.search.TermAnalyzer}). The
 * browser runs the same Snowball algorithms (vendored JavaScript, see {@code
 * themes/default/static/vendor/VENDOR.md}); a browser test stems the same words on both sides and
 * compares. This package depends on no other stage: the build hands it records.
 */
package org.fieldguide.search;
