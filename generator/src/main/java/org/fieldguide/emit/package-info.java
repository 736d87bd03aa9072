/**
 * Emit: each page streamed from its facts and stored body through its template to the output,
 * then dropped; and the site-wide files built from the facts (root, 404, sitemap, manifest).
 */
package org.fieldguide.emit;
