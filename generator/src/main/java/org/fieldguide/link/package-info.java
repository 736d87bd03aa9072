/**
 * Internal links: {@code .md} paths resolved to page URLs in the right language, assets, drafts,
 * and {@code #fragment}s checked against rendered ids, each problem at its source position.
 */
package org.fieldguide.link;
