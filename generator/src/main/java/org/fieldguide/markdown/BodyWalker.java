package org.fieldguide.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.html.FragmentSanitizer;
import org.fieldguide.html.HtmlPolicy;

/**
 * One pass over a parsed body, before it is rendered: collects the page's facts (headings and
 * ids, links and images with positions, checklist items, plain text for search) and prepares the
 * tree for rendering: link URLs become placeholders, attribute lists are checked against the
 * policy and taken out of the text, raw HTML is sanitised fragment by fragment, heading ids are
 * chosen. Every problem found is a diagnostic at its position. One instance per body.
 */
final class BodyWalker {
  /** Deeper than this, the parser keeps the rest as text (commonmark-java's own limits). */
  static final int MAX_NESTING = 100;

  private static final int MAX_CODE_TERMS = 300;
  /** A list marker at the start of a line that the parser read as text continuing a paragraph. */
  private static final Pattern MERGED_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,9}[.)])(?:[ \t]|\\[[ xX]\\])");

  private final BodyInput input;
  private final FragmentSanitizer sanitizer;
  private final PageData data;
  private final List<PageHeading> headings = new ArrayList<>();
  private final List<Heading> headingNodes = new ArrayList<>();
  private final List<LinkRef> links = new ArrayList<>();
  private final List<ChecklistItem> checklist = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /** Whether the plain text and code terms are gathered: only search reads them, and a check shows no search. */
  private final boolean searchText;
  private final StringBuilder text = new StringBuilder();
  private final Set<String> codeTerms = new LinkedHashSet<>();
  /** Ids a writer chose (explicit heading ids, raw HTML ids), in source order, with positions. */
  private final List<Map.Entry<String, SourcePos>> writtenIds = new ArrayList<>();
  /** Reference-style links, filled in once every definition is known. */
  private final List<Link> referenceUses = new ArrayList<>();
  private final Map<String, Integer> definitions = new HashMap<>();
  private final Map<String, Integer> footnoteRefs = new HashMap<>();
  private final List<String> footnoteIds = new ArrayList<>();
  private boolean tooDeep;
  private int diagrams;

  /** @param searchText whether to gather the plain text and code terms ({@link #facts} leaves them empty either way) */
  BodyWalker(BodyInput input, FragmentSanitizer sanitizer, boolean searchText) {
    this.input = input;
    this.sanitizer = sanitizer;
    this.searchText = searchText;
    this.data = new PageData(input.labels());
  }

  /** Walks and prepares {@code document}; returns the facts once it is rendered to {@code html}. */
  PageData walk(Document document) {
    walkChildren(document, 0);
    for (Link use : referenceUses) {
      Integer index = definitions.get(use.getDestination());
      use.setDestination(Placeholders.href(index != null ? index : addLink(LinkRef.Kind.LINK, use.getDestination(), pos(use))));
    }
    assignHeadingIds();
    document.prependChild(data);
    return data;
  }

  RenderedBody result(String html) {
    return result(html, collapse(text));
  }

  /** The facts without HTML or text: nothing will show the page or index its words. */
  RenderedBody facts() {
    return result("", "");
  }

  private RenderedBody result(String html, String plainText) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // Interned: the ids stay in the page's facts for the whole build, and pages share most of
    // them (a 10,000-page x 3 build held 22,000 copies of "related-pages").
    for (PageHeading h : headings) if (seen.add(h.id())) ids.add(h.id().intern());
    for (Map.Entry<String, SourcePos> e : writtenIds) if (seen.add(e.getKey())) ids.add(e.getKey().intern());
    for (String f : footnoteIds) if (seen.add(f)) ids.add(f.intern());
    return new RenderedBody(
        html, List.copyOf(headings), List.copyOf(ids), List.copyOf(links), List.copyOf(checklist),
        List.copyOf(diagnostics), plainText, List.copyOf(codeTerms), diagrams);
  }

  /**
   * The text as a browser shows it: runs of spaces one space, and one line end between blocks
   * (search shows it as a snippet, and keeps it in the index files readers download).
   */
  static String collapse(CharSequence text) {
    // Over arrays: every character of every page passes here, and charAt through the
    // CharSequence interface was a call per character (an eighth of indexing's time).
    int n = text.length();
    char[] in = new char[n];
    if (text instanceof String s) s.getChars(0, n, in, 0);
    else if (text instanceof StringBuilder b) b.getChars(0, n, in, 0);
    else text.toString().getChars(0, n, in, 0);
    char[] out = new char[n];
    int size = 0;
    boolean space = false;
    boolean newline = false;
    for (int i = 0; i < n; i++) {
      char c = in[i];
      if (c == '\n' || c == '\r') {
        newline = true;
      } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u00a0') {
        space = true;
      } else {
        if (size > 0 && newline) out[size++] = '\n';
        else if (size > 0 && space) out[size++] = ' ';
        out[size++] = c;
        space = false;
        newline = false;
      }
    }
    return new String(out, 0, size);
  }

  private void walkChildren(Node parent, int depth) {
    for (Node n = parent.getFirstChild(); n != null; ) {
      Node next = n.getNext();
      visit(n, depth + 1);
      // A visit may take its next sibling out (the attribute list after a link or image): walk
      // on from what follows now, or everything after it would escape the sanitiser.
      if (next != null && next.getParent() == null && n.getParent() != null) next = n.getNext();
      n = next;
    }
  }

  private void visit(Node node, int depth) {
    if (depth >= MAX_NESTING && !tooDeep) {
      tooDeep = true;
      diagnostics.add(
          Diagnostic.error(
              pos(node),
              "the Markdown here is nested more than " + MAX_NESTING + " levels deep (lists, quotes or emphasis inside each"
                  + " other), so deeper levels are shown as plain text. Flatten the structure."));
    }
    if (node instanceof BlockQuote q) {
      // Before its content is walked: what the call-out holds is walked as the admonition's.
      Admonition callout = QuoteCallouts.replace(q, input.body());
      if (callout != null) node = callout;
    }
    if (node instanceof Heading h) {
      heading(h);
    } else if (node instanceof Link l) {
      link(l);
    } else if (node instanceof Image i) {
      image(i);
      return;
    } else if (node instanceof LinkReferenceDefinition d) {
      definitions.putIfAbsent(d.getDestination(), addLink(LinkRef.Kind.REFERENCE, d.getDestination(), pos(d)));
      return;
    } else if (node instanceof HtmlBlock b) {
      b.setLiteral(raw(b, b.getLiteral()));
      return;
    } else if (node instanceof HtmlInline h) {
      h.setLiteral(raw(h, h.getLiteral()));
      return;
    } else if (node instanceof ListItem item && item.getFirstChild() instanceof TaskListItemMarker marker) {
      Node first = marker.getNext();
      String itemText = first instanceof Paragraph ? PlainText.of(first) : "";
      checklist.add(new ChecklistItem(ChecklistIds.normalise(itemText), marker.isChecked(), pos(item)));
    } else if (node instanceof Admonition a) {
      if (!AdmonitionKinds.isKnown(a.kind())) {
        diagnostics.add(
            Diagnostic.warning(
                pos(a),
                (a.quote() ? "unknown call-out '[!" + a.kind().toUpperCase(java.util.Locale.ROOT) + "]'" : "unknown admonition '" + a.kind() + "'")
                    + ", shown as a note. " + AdmonitionKinds.suggestion(a.quote())));
      }
      if (a.title() != null) text(a.title()).text("\n");
    } else if (node instanceof FencedCodeBlock f) {
      // Code blocks are left out of the text; only what a technician would type is searched. A
      // diagram's labels are what a reader sees of it, so they are text.
      ForeignSyntax.inFenceInfo(f.getInfo()).ifPresent(message -> diagnostics.add(Diagnostic.warning(pos(f), message)));
      String language = CodeBlockRenderer.infoWord(f.getInfo());
      if (CodeBlockRenderer.isDiagram(language)) {
        diagrams++;
        text(DiagramText.of(f.getLiteral())).text("\n");
        return;
      }
      codeTerms(f.getLiteral(), language);
      return;
    } else if (node instanceof IndentedCodeBlock c) {
      codeTerms(c.getLiteral(), "");
      return;
    } else if (node instanceof Code c) {
      text(c.getLiteral());
      return;
    } else if (node instanceof Text t) {
      String literal = t.getLiteral();
      // A character test first: another tool's syntax has a brace or two brackets, or starts the line with ===.
      if (literal.indexOf('{') >= 0 || literal.contains("[[") || literal.startsWith("===")) {
        for (ForeignSyntax.Found f : ForeignSyntax.inText(literal)) diagnostics.add(Diagnostic.warning(posIn(t, literal, f.offset()), f.message()));
      }
      if (literal.indexOf(':') >= 0) {
        String shown = EmojiShortcodes.replace(literal);
        if (!shown.equals(literal)) t.setLiteral(literal = shown);
      }
      text(literal);
      return;
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      text(" ");
      if (node.getNext() instanceof Text t && MERGED_ITEM.matcher(t.getLiteral()).find()) {
        diagnostics.add(
            Diagnostic.warning(
                pos(t),
                "this line looks like a list item but is read as part of the text above it: it is indented more than the"
                    + " item above, or it is a numbered item that does not start at 1 right after a paragraph. Indent it like"
                    + " the item above, or put a blank line before it."));
      }
      return;
    } else if (node instanceof FootnoteDefinition d) {
      footnoteIds.add("fn-" + d.getLabel());
    } else if (node instanceof FootnoteReference r) {
      int n = footnoteRefs.merge(r.getLabel(), 1, Integer::sum);
      footnoteIds.add("fnref-" + r.getLabel() + (n == 1 ? "" : "-" + n));
    }
    walkChildren(node, depth);
    if (node instanceof Block) text("\n");
  }

  private void heading(Heading h) {
    if (h.getLastChild() instanceof Text last) {
      String literal = last.getLiteral();
      int open = literal.lastIndexOf('{');
      if (open >= 0 && literal.endsWith("}")) {
        Optional<AttributeList> list = AttributeList.parse(literal.substring(open + 1, literal.length() - 1));
        if (list.isPresent()) {
          String rest = literal.substring(0, open).stripTrailing();
          if (rest.isEmpty()) last.unlink();
          else last.setLiteral(rest);
          SourcePos at = posIn(last, literal, open);
          Map<String, String> allowed = allowedAttributes(list.get(), at);
          data.attributes.put(h, allowed);
          String id = allowed.get("id");
          if (id != null) writtenIds.add(Map.entry(id, at));
        }
      }
    }
    headingNodes.add(h);
  }

  /** Generated ids never take an id a writer chose, and never repeat: {@code -1}, {@code -2}… */
  private void assignHeadingIds() {
    Set<String> used = new HashSet<>();
    Map<String, SourcePos> firstAt = new LinkedHashMap<>();
    for (Map.Entry<String, SourcePos> e : writtenIds) {
      used.add(e.getKey());
      SourcePos first = firstAt.putIfAbsent(e.getKey(), e.getValue());
      if (first != null) {
        diagnostics.add(
            Diagnostic.error(
                e.getValue(),
                "the id '" + e.getKey() + "' is used twice in this page, so links to #" + e.getKey()
                    + " are ambiguous. Give each heading its own id."));
      }
    }
    for (Heading h : headingNodes) {
      String explicit = data.attributes.getOrDefault(h, Map.of()).get("id");
      String text = PlainText.of(h);
      String id = explicit;
      if (id == null) {
        String base = HeadingIds.slug(text);
        id = base;
        for (int i = 1; used.contains(id); i++) id = base + "-" + i;
        used.add(id);
      }
      data.headingIds.put(h, id);
      headings.add(new PageHeading(h.getLevel(), id, text.strip(), pos(h)));
    }
  }

  /** What the sanitiser removed: a warning, or an error on a site with {@code strict_html: true}. */
  private Diagnostic removal(SourcePos at, String message) {
    return input.rawHtml().removalsAreErrors() ? Diagnostic.error(at, message) : Diagnostic.warning(at, message);
  }

  private void link(Link link) {
    String url = link.getDestination();
    if (!HtmlPolicy.isSafeLink(url)) {
      data.unsafe.put(link, true);
      diagnostics.add(
          removal(
              pos(link),
              "removed a " + HtmlPolicy.scheme(url) + ": link, which could run code in a reader's browser."
                  + " Link to an http(s) address or a page instead."));
      return;
    }
    attributeListAfter(link);
    if (isReferenceUse(link)) {
      referenceUses.add(link);
      return;
    }
    LinkRef.Kind kind = sourceAt(link, 0) == '<' ? LinkRef.Kind.AUTOLINK : LinkRef.Kind.LINK;
    link.setDestination(Placeholders.href(addLink(kind, url, pos(link))));
  }

  private void image(Image image) {
    String url = image.getDestination();
    String alt = PlainText.of(image);
    text(alt);
    if (!HtmlPolicy.isSafeImage(url)) {
      data.unsafe.put(image, true);
      diagnostics.add(
          removal(
              pos(image),
              "removed the image address '" + abbreviate(url) + "': images load only from http(s) addresses or files of the site."));
      return;
    }
    attributeListAfter(image);
    altTextMarkup(image);
    if (alt.isBlank()) {
      String message =
          "image '" + url + "' has no alt text. Describe what it shows: ![Front of the server with the power button](" + url + ").";
      diagnostics.add(input.altTextRequired() ? Diagnostic.error(pos(image), message) : Diagnostic.warning(pos(image), message));
    }
    if (isReferenceUse(image)) {
      // Reference images are rare; give them their own entry at the use.
      image.setDestination(Placeholders.href(addLink(LinkRef.Kind.IMAGE, url, pos(image))));
    } else {
      int index = addLink(LinkRef.Kind.IMAGE, url, pos(image));
      data.imageLinks.put(image, index);
      image.setDestination(Placeholders.href(index));
    }
  }

  /**
   * Raw HTML in an image's description: alt text is plain text, so it is left out (its words
   * stay), and like every removal of writer markup it is reported.
   */
  private void altTextMarkup(Image image) {
    for (Node n = image.getFirstChild(); n != null; n = next(n, image)) {
      if (n instanceof HtmlInline h) {
        diagnostics.add(
            removal(
                pos(h),
                "removed " + abbreviate(h.getLiteral()) + " from an image's alt text, which is plain text."
                    + " Describe the image in words."));
      }
    }
  }

  /** The node after {@code n} in document order, staying inside {@code root}. */
  private static Node next(Node n, Node root) {
    if (n.getFirstChild() != null) return n.getFirstChild();
    for (Node at = n; at != root; at = at.getParent()) {
      if (at.getNext() != null) return at.getNext();
    }
    return null;
  }

  /** An attribute list written right after a link or image: {@code [x](y){.button}}. */
  private void attributeListAfter(Node node) {
    if (!(node.getNext() instanceof Text t) || !t.getLiteral().startsWith("{")) return;
    String literal = t.getLiteral();
    int close = literal.indexOf('}');
    if (close < 0) return;
    Optional<AttributeList> list = AttributeList.parse(literal.substring(1, close));
    if (list.isEmpty()) return;
    String rest = literal.substring(close + 1);
    if (rest.isEmpty()) t.unlink();
    else t.setLiteral(rest);
    Map<String, String> allowed = allowedAttributes(list.get(), pos(node));
    allowed.remove("id");
    data.attributes.put(node, allowed);
  }

  private Map<String, String> allowedAttributes(AttributeList list, SourcePos at) {
    Map<String, String> allowed = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : list.attributes().entrySet()) {
      if (HtmlPolicy.isAllowedInAttributeList(e.getKey())) {
        allowed.put(e.getKey(), e.getValue());
      } else {
        diagnostics.add(
            removal(
                at,
                "removed the attribute '" + e.getKey() + "' from an attribute list {…}: pages are sanitised because they"
                    + " come from many hands, and an attribute list may set only id, class, width, height, alt, title,"
                    + " lang and dir."));
      }
    }
    return allowed;
  }

  private String raw(Node node, String literal) {
    FragmentSanitizer.Result r =
        sanitizer.sanitize(
            literal,
            input.rawHtml(),
            (tag, url, offset) ->
                Placeholders.href(addLink(tag.equals("img") ? LinkRef.Kind.HTML_IMAGE : LinkRef.Kind.HTML_LINK, url, posIn(node, literal, offset))));
    for (FragmentSanitizer.Removal removal : r.removals()) {
      diagnostics.add(
          removal(
              posIn(node, literal, removal.offset()),
              "removed " + removal.what() + " from raw HTML: pages are sanitised because they come from many hands."
                  + " Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted."));
    }
    for (String id : r.ids()) writtenIds.add(Map.entry(id, pos(node)));
    return r.html();
  }

  private int addLink(LinkRef.Kind kind, String url, SourcePos pos) {
    links.add(new LinkRef(kind, url, pos));
    return links.size() - 1;
  }

  private BodyWalker text(String s) {
    if (searchText) text.append(s);
    return this;
  }

  private void codeTerms(String code, String language) {
    if (!searchText) return;
    for (String term : CodeTerms.of(code, language)) {
      if (codeTerms.size() >= MAX_CODE_TERMS) return;
      codeTerms.add(term);
    }
  }

  /** A reference-style link ends with {@code ]} in the source; an inline one with {@code )}. */
  private boolean isReferenceUse(Node link) {
    List<SourceSpan> spans = link.getSourceSpans();
    if (spans.isEmpty()) return false;
    SourceSpan last = spans.get(spans.size() - 1);
    int end = last.getInputIndex() + last.getLength();
    return end > 0 && end <= input.body().length() && input.body().charAt(end - 1) == ']';
  }

  private char sourceAt(Node node, int offset) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) return 0;
    int i = spans.get(0).getInputIndex() + offset;
    return i < input.body().length() ? input.body().charAt(i) : 0;
  }

  private SourcePos pos(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      List<SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        SourceSpan s = spans.get(0);
        return new SourcePos(input.file(), input.bodyLine() + s.getLineIndex(), s.getColumnIndex() + 1);
      }
    }
    return new SourcePos(input.file(), input.bodyLine(), 1);
  }

  /** The position of {@code offset} in a node's literal, which spans one source span per line. */
  private SourcePos posIn(Node node, String literal, int offset) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) return pos(node);
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < offset && i < literal.length(); i++) {
      if (literal.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    SourceSpan s = spans.get(Math.min(line, spans.size() - 1));
    int column = line < spans.size() ? s.getColumnIndex() + (offset - lineStart) : s.getColumnIndex();
    return new SourcePos(input.file(), input.bodyLine() + s.getLineIndex(), column + 1);
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
