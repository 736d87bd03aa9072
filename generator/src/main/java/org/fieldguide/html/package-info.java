/**
 * Stage 7, HTML post-processing with jsoup: sanitising untrusted raw HTML, collecting ids and the
 * table of contents, and small reader-facing touches (heading anchors, scrollable tables).
 */
package org.fieldguide.html;
