package org.fieldguide.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders a GFM task-list item as a real checkbox with a stable id.
 *
 * <p>The id is a digest of the page and the item's text, not its position, so inserting a step
 * does not move the ticks a reader saved for the others. A repeated text gets a counter. Created
 * per render, so the counter is per document.
 */
final class ChecklistRenderer implements NodeRenderer {
  private final Map<String, Integer> seen = new HashMap<>();

  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(new NodeRenderingHandler<>(TaskListItem.class, this::render));
  }

  private void render(TaskListItem item, NodeRendererContext context, HtmlWriter html) {
    Node first = item.getFirstChild();
    String text = first instanceof Paragraph ? first.getChars().toString() : "";
    String scope = DocumentKeys.CHECKLIST_SCOPE.get(context.getDocument());
    String id = ChecklistIds.of(scope, text, seen.merge(ChecklistIds.normalise(text), 1, Integer::sum));

    html.srcPos(item.getChars()).attr("class", "checklist-item").withAttr().tag("li");
    html.tag("label");
    html.attr("type", "checkbox").attr("class", "checklist-box").attr("data-check-id", id);
    if (item.isItemDoneMarker()) html.attr("checked", "checked");
    html.withAttr().tagVoid("input");
    html.raw(" ");
    if (first instanceof Paragraph) {
      html.tag("span");
      context.renderChildren(first);
      html.tag("/span");
    }
    html.tag("/label");
    for (Node child = first instanceof Paragraph ? first.getNext() : first; child != null; child = child.getNext()) {
      context.render(child);
    }
    html.tag("/li").line();
  }
}
