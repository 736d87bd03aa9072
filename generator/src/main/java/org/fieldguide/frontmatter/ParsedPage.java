package org.fieldguide.frontmatter;

import org.fieldguide.content.SourceFile;

/**
 * A Markdown file after stage 2: typed front matter and the body still as Markdown.
 *
 * @param bodyLine 1-based file line where {@code body} starts, to report body positions
 */
public record ParsedPage(SourceFile source, PageMeta meta, String body, int bodyLine) {
  public String title() {
    return meta.common().title();
  }
}
