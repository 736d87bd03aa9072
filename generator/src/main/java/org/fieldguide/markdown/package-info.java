/**
 * Stage 4, Markdown: flexmark with CommonMark, GFM and our extensions (heading ids for every
 * script, checklists with stable ids, admonitions, rewritten links), built once and shared.
 */
package org.fieldguide.markdown;
