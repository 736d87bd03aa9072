/**
 * Stage 9, output: staged writing with a swap that a failed or killed build undoes (see {@link
 * org.fieldguide.output.StagedOutput}), and the site-wide files (sitemap, robots.txt).
 */
package org.fieldguide.output;
