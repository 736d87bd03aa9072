package org.fieldguide.markdown;

import java.util.Map;
import org.fieldguide.html.FragmentSanitizer;

/**
 * What rendering one page body needs.
 *
 * @param file the source file as named in messages
 * @param bodyLine file line of the body's first line, so positions are the file's
 * @param labels interface strings the body shows, in the language of its text
 * @param rawHtml whether raw HTML is sanitised or trusted
 * @param altTextRequired an image without alt text is an error (hardware guides are mostly
 *     pictures) rather than a warning
 */
public record BodyInput(
    String body, String file, int bodyLine, Labels labels, FragmentSanitizer.Mode rawHtml, boolean altTextRequired) {

  /**
   * @param anchor accessible name of a heading's anchor link, such as "Link to this section"
   * @param admonitionTitles default title per admonition kind
   * @param code accessible name of a code block, such as "Code" (followed by its language)
   * @param footnoteBack accessible name of a footnote's link back to where it is cited, such as
   *     "Back to reference" (followed by the citation's number)
   * @param diagram accessible name of a diagram, such as "Diagram"
   */
  public record Labels(String anchor, Map<String, String> admonitionTitles, String code, String footnoteBack, String diagram) {
    /** English labels, for bodies rendered outside a site (tests, tools). */
    public static final Labels DEFAULT = new Labels("", Map.of(), "Code", "Back to reference", "Diagram");

    public Labels(String anchor, Map<String, String> admonitionTitles) {
      this(anchor, admonitionTitles, "Code", "Back to reference", "Diagram");
    }
  }
}
