package org.fieldguide.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.internal.TableHtmlNodeRenderer;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.fieldguide.html.FragmentSanitizer;

/**
 * Our HTML for the nodes where fieldguide differs from plain CommonMark output: headings with ids
 * and an anchor link, links and images with placeholder URLs and attribute lists, task-list items
 * as real checkboxes, scrollable tables and admonitions. Everything else is commonmark-java's own
 * rendering. One instance per rendered document (commonmark-java makes them per render).
 */
final class BodyHtmlRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final TableHtmlNodeRenderer tables;
  private PageData data;
  private int checklistItems;

  BodyHtmlRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
    this.tables = new TableHtmlNodeRenderer(context);
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(
        PageData.class, Heading.class, Link.class, Image.class, ListItem.class, BulletList.class, OrderedList.class,
        TableBlock.class, Admonition.class, DefinitionList.class, DefinitionList.Term.class, DefinitionList.Description.class);
  }

  @Override
  public void beforeRoot(Node root) {
    data = root.getFirstChild() instanceof PageData d ? d : new PageData(BodyInput.Labels.DEFAULT);
  }

  @Override
  public void render(Node node) {
    if (node instanceof PageData) return;
    if (node instanceof Heading h) heading(h);
    else if (node instanceof Link l) link(l);
    else if (node instanceof Image i) image(i);
    else if (node instanceof ListItem li) listItem(li);
    else if (node instanceof ListBlock list) list(list);
    else if (node instanceof TableBlock t) table(t);
    else if (node instanceof Admonition a) admonition(a);
    else if (node instanceof DefinitionList list) block("dl", list);
    else if (node instanceof DefinitionList.Term term) block("dt", term);
    else if (node instanceof DefinitionList.Description d) description(d);
  }

  private void block(String tag, Node node) {
    html.line();
    html.tag(tag);
    if (tag.equals("dl")) html.line();
    children(node);
    html.tag("/" + tag);
    html.line();
  }

  /** A definition of one paragraph is shown without it, as a tight list item is; one of several blocks holds them. */
  private void description(DefinitionList.Description d) {
    html.line();
    html.tag("dd");
    if (d.getFirstChild() instanceof Paragraph p && p.getNext() == null) children(p);
    else children(d);
    html.tag("/dd");
    html.line();
  }

  private void heading(Heading h) {
    String tag = "h" + h.getLevel();
    String id = data.headingIds.get(h);
    Map<String, String> attrs = new LinkedHashMap<>();
    if (id != null) attrs.put("id", id);
    data.attributes.getOrDefault(h, Map.of()).forEach((k, v) -> attrs.putIfAbsent(k, v));
    html.line();
    html.tag(tag, context.extendAttributes(h, tag, attrs));
    children(h);
    if (id != null && h.getLevel() >= 2 && h.getLevel() <= 4) {
      // Readers copy a link to the step they are on; the anchor is named for screen readers.
      html.raw("<a class=\"heading-anchor\" href=\"#" + FragmentSanitizer.escapeAttribute(id) + "\" aria-label=\""
          + FragmentSanitizer.escapeAttribute(data.labels.anchor() + ": " + PlainText.of(h)) + "\">#</a>");
    }
    html.tag("/" + tag);
    html.line();
  }

  private void link(Link link) {
    if (data.unsafe.containsKey(link)) {
      children(link);
      return;
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("href", link.getDestination());
    if (link.getTitle() != null) attrs.put("title", link.getTitle());
    attrs.putAll(data.attributes.getOrDefault(link, Map.of()));
    html.tag("a", context.extendAttributes(link, "a", attrs));
    children(link);
    html.tag("/a");
  }

  private void image(Image image) {
    if (data.unsafe.containsKey(image)) {
      html.text(PlainText.of(image));
      return;
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("src", image.getDestination());
    attrs.put("alt", PlainText.of(image));
    if (image.getTitle() != null) attrs.put("title", image.getTitle());
    attrs.putAll(data.attributes.getOrDefault(image, Map.of()));
    // The size comes from the image file, known when the page is written; with it the page does
    // not jump when the image arrives on a slow link.
    StringBuilder tag = new StringBuilder("<img");
    for (var a : attrs.entrySet()) {
      tag.append(' ').append(a.getKey()).append("=\"").append(FragmentSanitizer.escapeAttribute(a.getValue())).append('"');
    }
    Integer link = data.imageLinks.get(image);
    if (link != null && !attrs.containsKey("width") && !attrs.containsKey("height")) tag.append(Placeholders.imageSize(link));
    tag.append(" loading=\"lazy\" />");
    html.raw(tag.toString());
  }

  private void listItem(ListItem item) {
    if (!(item.getFirstChild() instanceof TaskListItemMarker marker)) {
      html.tag("li", context.extendAttributes(item, "li", Map.of()));
      children(item);
      html.tag("/li");
      html.line();
      return;
    }
    int number = checklistItems++;
    html.tag("li", context.extendAttributes(item, "li", Map.of("class", "checklist-item")));
    html.tag("label");
    Map<String, String> box = new LinkedHashMap<>();
    box.put("type", "checkbox");
    box.put("class", "checklist-box");
    box.put("data-check-id", Placeholders.checklistId(number));
    if (marker.isChecked()) box.put("checked", "checked");
    html.tag("input", box, true);
    html.raw(" ");
    Node first = marker.getNext();
    if (first instanceof Paragraph p) {
      html.tag("span");
      children(p);
      html.tag("/span");
      first = p.getNext();
    }
    html.tag("/label");
    for (Node child = first; child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
    html.tag("/li");
    html.line();
  }

  private void list(ListBlock list) {
    Map<String, String> attrs = new LinkedHashMap<>();
    if (list instanceof OrderedList ol) {
      int start = ol.getMarkerStartNumber() != null ? ol.getMarkerStartNumber() : 1;
      if (start != 1) attrs.put("start", String.valueOf(start));
    }
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (item.getFirstChild() instanceof TaskListItemMarker) {
        attrs.put("class", "checklist");
        break;
      }
    }
    String tag = list instanceof OrderedList ? "ol" : "ul";
    html.line();
    html.tag(tag, context.extendAttributes(list, tag, attrs));
    html.line();
    children(list);
    html.line();
    html.tag("/" + tag);
    html.line();
  }

  private void table(TableBlock table) {
    // Wide tables scroll inside their box on a phone instead of widening the page; the box is
    // focusable so a keyboard can scroll it too.
    html.line();
    html.raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\">");
    tables.render(table);
    html.raw("</div>");
    html.line();
  }

  private void admonition(Admonition a) {
    String kind = AdmonitionKinds.canonical(a.kind());
    String title = a.title() != null ? a.title() : AdmonitionKinds.title(a.kind(), data.labels.admonitionTitles());
    String classes = "admonition admonition-" + kind;
    html.line();
    if (a.collapsible()) {
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("class", classes);
      if (a.open()) attrs.put("open", "open");
      html.tag("details", attrs);
      html.tag("summary", Map.of("class", "admonition-title"));
      html.text(title);
      html.tag("/summary");
    } else {
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("class", classes);
      attrs.put("role", "note");
      html.tag("aside", attrs);
      if (!title.isEmpty()) {
        html.tag("p", Map.of("class", "admonition-title"));
        html.text(title);
        html.tag("/p");
      }
    }
    html.line();
    children(a);
    html.line();
    html.tag(a.collapsible() ? "/details" : "/aside");
    html.line();
  }

  private void children(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
  }
}
