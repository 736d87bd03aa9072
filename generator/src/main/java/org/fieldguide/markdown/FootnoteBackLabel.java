package org.fieldguide.markdown;

import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Names a footnote's link back to its citation in the page's language. commonmark-java's
 * footnote renderer labels it "Back to reference 1" in every language, which a screen reader
 * then reads out in English on a Spanish page; the number (or "1-2" for a second citation) is
 * kept, the words are the page's {@link BodyInput.Labels#footnoteBack}.
 */
final class FootnoteBackLabel implements AttributeProvider {
  /** What commonmark-java writes before the number. */
  private static final String ENGLISH = "Back to reference ";

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (!tagName.equals("a") || !attributes.containsKey("data-footnote-backref")) return;
    String label = attributes.get("aria-label");
    if (label == null || !label.startsWith(ENGLISH)) return;
    Node root = node;
    while (root.getParent() != null) root = root.getParent();
    BodyInput.Labels labels = root.getFirstChild() instanceof PageData d ? d.labels : BodyInput.Labels.DEFAULT;
    attributes.put("aria-label", labels.footnoteBack() + " " + label.substring(ENGLISH.length()));
  }
}
