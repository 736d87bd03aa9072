package org.fieldguide.frontmatter;

/**
 * A Markdown file cut into its front matter and body.
 *
 * @param yaml the text between the {@code ---} lines
 * @param yamlLine 1-based file line of the first YAML line
 * @param body the Markdown after the closing {@code ---}
 * @param bodyLine 1-based file line where the body starts
 */
public record Split(String yaml, int yamlLine, String body, int bodyLine) {}
