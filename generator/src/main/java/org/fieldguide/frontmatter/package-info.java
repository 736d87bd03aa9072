/**
 * Stage 2, front matter: splits a page into YAML and Markdown and reads the YAML into the typed
 * record of its content type (page, runbook, hardware guide, training module, section).
 */
package org.fieldguide.frontmatter;
