package org.fieldguide.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.fieldguide.highlight.Highlighter;

/**
 * Code blocks, highlighted at build time and ready for the theme's script:
 *
 * <pre>{@code
 * <div class="code-block">
 * <div class="code-bar"><span class="code-lang">Shell</span></div>
 * <pre tabindex="0" role="group" aria-label="Code: Shell"><code class="language-bash">…</code></pre>
 * </div>
 * }</pre>
 *
 * The bar is in the HTML, not added by the script, so the copy and wrap buttons the script puts
 * there move nothing on the page; the block is focusable so a keyboard can scroll a long line.
 * The {@code language-…} class is the first word of the info string, as commonmark-java writes it.
 *
 * <p>A {@code ```mermaid} block is a diagram, as GitHub, GitLab, MkDocs Material and Docusaurus
 * show it: its source in {@code <pre class="mermaid">}, which the theme's script replaces with the
 * drawing (the Mermaid library runs in the reader's browser; nothing in Java draws it). Without
 * the script, the source is shown as it was written, which is readable for a flowchart.
 */
final class CodeBlockRenderer implements NodeRenderer {
  private final HtmlWriter html;
  private final Highlighter highlighter;
  private BodyInput.Labels labels;

  CodeBlockRenderer(HtmlNodeRendererContext context, Highlighter highlighter) {
    this.html = context.getWriter();
    this.highlighter = highlighter;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(FencedCodeBlock.class, IndentedCodeBlock.class);
  }

  @Override
  public void beforeRoot(Node root) {
    labels = root.getFirstChild() instanceof PageData d ? d.labels : BodyInput.Labels.DEFAULT;
  }

  @Override
  public void render(Node node) {
    if (node instanceof FencedCodeBlock f) {
      if (isDiagram(infoWord(f.getInfo()))) diagram(f.getLiteral());
      else block(language(f.getInfo()), f.getLiteral());
    }
    else if (node instanceof IndentedCodeBlock i) block("", i.getLiteral());
  }

  /** The first word of a fenced block's info string, before a space or an attribute list's brace ("" when none). */
  static String infoWord(String info) {
    String s = info == null ? "" : info.strip();
    return s.isEmpty() ? "" : s.split("[\\s{]", 2)[0];
  }

  /** Whether a fenced block whose info string starts with {@code language} is a diagram. */
  static boolean isDiagram(String language) {
    return language.equalsIgnoreCase("mermaid");
  }

  private void diagram(String source) {
    html.line();
    // Attributes in a fixed order (Map.of's changes from one run of Java to the next).
    Map<String, String> div = new LinkedHashMap<>();
    div.put("class", "diagram");
    div.put("role", "group");
    div.put("aria-label", labels.diagram());
    html.tag("div", div);
    // Focusable, as a code block is: until it is drawn (or when scripts are off) the source shows,
    // and a long line scrolls.
    Map<String, String> pre = new LinkedHashMap<>();
    pre.put("class", "mermaid");
    pre.put("tabindex", "0");
    html.tag("pre", pre);
    html.text(source);
    html.tag("/pre");
    html.tag("/div");
    html.line();
  }

  private static String language(String info) {
    if (info == null || info.isBlank()) return "";
    String first = info.strip().split("[ \\t]", 2)[0];
    // commonmark-java unescapes the info string; keep what a class attribute can hold.
    return first;
  }

  private void block(String language, String code) {
    Optional<String> name = highlighter.displayName(language);
    html.line();
    html.tag("div", Map.of("class", "code-block"));
    html.tag("div", Map.of("class", "code-bar"));
    html.tag("span", Map.of("class", "code-lang"));
    html.text(name.orElse(""));
    html.tag("/span");
    html.tag("/div");
    Map<String, String> pre = new LinkedHashMap<>();
    pre.put("tabindex", "0");
    // A group, not a region: a page with many blocks would otherwise fill the list of landmarks.
    pre.put("role", "group");
    pre.put("aria-label", labels.code() + name.map(n -> ": " + n).orElse(""));
    html.tag("pre", pre);
    html.tag("code", language.isEmpty() ? Map.of() : Map.of("class", "language-" + language));
    html.raw(highlighter.html(language, code));
    html.tag("/code");
    html.tag("/pre");
    html.tag("/div");
    html.line();
  }
}
