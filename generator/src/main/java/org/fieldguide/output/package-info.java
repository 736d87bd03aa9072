/**
 * Stage 9, output: staged writing with an all-or-nothing swap, and the site-wide files
 * (sitemap, robots.txt).
 */
package org.fieldguide.output;
