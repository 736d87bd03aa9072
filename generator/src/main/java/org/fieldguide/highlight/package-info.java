/**
 * Syntax highlighting at build time, for the code blocks of pages and the alert expressions of
 * runbooks: a few small lexers (shell, YAML, JSON, PromQL, INI, Python) that wrap tokens in
 * {@code <span class="hl-…">}, so readers download no highlighting script and the colours are
 * there before the first paint. Depends on nothing else of fieldguide.
 */
package org.fieldguide.highlight;
