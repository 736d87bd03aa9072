package org.fieldguide.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Map;
import java.util.Set;

/**
 * Renders {@code !!! warning "Title"} blocks as {@code <aside>} and {@code ???} blocks as
 * {@code <details>}, styled by CSS. flexmark's own renderer emits inline SVG that a sanitiser
 * strips and that needs its script; plain elements need neither.
 */
final class AdmonitionRenderer implements NodeRenderer {

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
  }

  private void render(AdmonitionBlock block, NodeRendererContext context, HtmlWriter html) {
    String kind = AdmonitionKinds.canonical(block.getInfo().toString());
    Map<String, String> titles = DocumentKeys.ADMONITION_TITLES.get(context.getDocument());
    boolean hasTitleMarker = block.getTitleOpeningMarker().isNotNull();
    String title = hasTitleMarker ? block.getTitle().toString() : titles.getOrDefault(kind, kind);
    String marker = block.getOpeningMarker().toString();
    boolean collapsible = marker.startsWith("???");
    String classes = "admonition admonition-" + kind;

    if (collapsible) {
      html.attr("class", classes);
      if (marker.equals("???+")) html.attr("open", "open");
      html.withAttr().tag("details");
      html.attr("class", "admonition-title").withAttr().tag("summary").text(title).tag("/summary");
    } else {
      html.attr("class", classes).attr("role", "note").withAttr().tag("aside");
      if (!title.isEmpty()) {
        html.attr("class", "admonition-title").withAttr().tag("p").text(title).tag("/p");
      }
    }
    context.renderChildren(block);
    html.tag(collapsible ? "/details" : "/aside").line();
  }
}
