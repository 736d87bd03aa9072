package org.fieldguide.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.util.AnchorRefTargetBlockPreVisitor;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Heading ids as GitHub makes them, for every script: lower case, letters, marks and digits of
 * any alphabet kept, spaces to {@code -}, other punctuation dropped, {@code -1}, {@code -2} added
 * to repeats. Explicit {@code {#id}} ids are kept as written and never reused for another heading.
 *
 * <p>One instance per document: flexmark asks the factory for a new generator per render.
 */
final class HeadingIds implements HtmlIdGenerator {
  private final Map<Node, String> ids = new IdentityHashMap<>();

  @Override
  public void generateIds(Document document) {
    generateIds(document, null);
  }

  @Override
  public void generateIds(Document document, AnchorRefTargetBlockPreVisitor preVisitor) {
    Set<String> used = new HashSet<>();
    for (Node n : document.getDescendants()) {
      if (n instanceof Heading h && h.isExplicitAnchorRefId() && h.getAnchorRefId() != null) {
        used.add(h.getAnchorRefId());
      }
    }
    for (Node n : document.getDescendants()) {
      if (!(n instanceof Heading h)) continue;
      if (h.isExplicitAnchorRefId() && h.getAnchorRefId() != null) {
        ids.put(h, h.getAnchorRefId());
        continue;
      }
      String base = slug(h.getAnchorRefText());
      String id = base;
      for (int i = 1; used.contains(id); i++) id = base + "-" + i;
      used.add(id);
      h.setAnchorRefId(id);
      ids.put(h, id);
    }
  }

  @Override
  public String getId(Node node) {
    return ids.get(node);
  }

  @Override
  public String getId(CharSequence text) {
    return slug(text.toString());
  }

  /** The GitHub-style id of a heading text; {@code section} when nothing usable is left. */
  static String slug(String text) {
    String s = Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (Character.isLetterOrDigit(cp)
                  || type == Character.NON_SPACING_MARK
                  || type == Character.COMBINING_SPACING_MARK
                  || cp == '_'
                  || cp == '-') {
                out.appendCodePoint(cp);
              } else if (cp == ' ') {
                out.append('-');
              }
            });
    return out.length() == 0 ? "section" : out.toString();
  }
}
