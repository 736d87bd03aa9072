/**
 * Markdown, rendered once per source file: commonmark-java with GFM and our extensions (heading
 * ids for every script, attribute lists under the page policy, checklists, admonitions, raw HTML
 * sanitised fragment by fragment), producing the body with placeholders and the page's facts.
 */
package org.fieldguide.markdown;
