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
    if (node instanceof FencedCodeBlock f) block(language(f.getInfo()), f.getLiteral());
    else if (node instanceof IndentedCodeBlock i) block("", i.getLiteral());
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
