package org.fieldguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.model.LinkRef;
import org.fieldguide.diagnostic.SourcePos;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  private final MarkdownRenderer renderer = new MarkdownRenderer();
  private final Diagnostics diagnostics = new Diagnostics();

  private String html(String markdown) {
    return render(markdown).html();
  }

  private RenderedMarkdown render(String markdown) {
    return renderer.render(
        new RenderRequest(markdown, "content/a.md", 5, "a@en", Map.of("note", "Note", "warning", "Warning"), LinkRewriter.UNCHANGED),
        diagnostics);
  }

  @Test
  void headingIdsFollowGitHub() {
    assertThat(html("## Check the link: MTU & DNS")).contains("<h2 id=\"check-the-link-mtu--dns\">");
  }

  @Test
  void headingIdsKeepEveryScript() {
    assertThat(html("## التحقق من الكابل")).contains("id=\"التحقق-من-الكابل\"");
    assertThat(html("## Проверка сети")).contains("id=\"проверка-сети\"");
    assertThat(html("## 检查网络")).contains("id=\"检查网络\"");
    assertThat(html("## Instalación rápida")).contains("id=\"instalación-rápida\"");
  }

  @Test
  void repeatedHeadingsGetUniqueIds() {
    assertThat(html("## Steps\n\n## Steps\n\n## Steps")).contains("id=\"steps\"", "id=\"steps-1\"", "id=\"steps-2\"");
  }

  @Test
  void punctuationOnlyHeadingStillGetsAnId() {
    assertThat(html("## ???")).contains("<h2 id=\"section\">");
  }

  @Test
  void explicitIdWinsAndIsNotReused() {
    String html = html("## Check the link {#check-link}\n\n## check link");
    assertThat(html).contains("<h2 id=\"check-link\">Check the link</h2>").contains("<h2 id=\"check-link-1\">");
  }

  @Test
  void taskListItemsBecomeCheckboxesWithStableIds() {
    String first = html("- [ ] Rack the server\n- [x] Label the cables\n");
    String inserted = html("- [ ] Unbox\n- [ ] Rack the server\n- [x] Label the cables\n");
    String rackId = first.replaceAll("(?s).*data-check-id=\"(c[0-9a-f]+)\" /> <span>Rack.*", "$1");
    assertThat(rackId).matches("c[0-9a-f]{12}");
    assertThat(inserted).contains("data-check-id=\"" + rackId + "\" /> <span>Rack the server");
    assertThat(first).containsPattern("data-check-id=\"c[0-9a-f]{12}\" checked=\"checked\" /> <span>Label").doesNotContain("disabled");
    assertThat(render("- [ ] a\n- [ ] b\n").checklistItems()).isEqualTo(2);
  }

  @Test
  void repeatedItemTextGetsOccurrenceSuffix() {
    assertThat(html("- [ ] Check\n- [ ] Check\n")).containsPattern("data-check-id=\"c[0-9a-f]{12}-2\"");
  }

  @Test
  void admonitionsRenderAsAsideWithTitle() {
    assertThat(html("!!! warning \"Power off first\"\n    Pull the plug.\n"))
        .isEqualTo("<aside class=\"admonition admonition-warning\" role=\"note\"><p class=\"admonition-title\">Power off first</p>\n<p>Pull the plug.</p>\n</aside>\n");
  }

  @Test
  void admonitionWithoutTitleUsesLanguageDefault() {
    assertThat(html("!!! note\n    Text.\n")).contains("<p class=\"admonition-title\">Note</p>");
  }

  @Test
  void collapsibleAdmonitionUsesDetails() {
    assertThat(html("???+ note \"More\"\n    Hidden.\n")).startsWith("<details class=\"admonition admonition-note\" open=\"open\"><summary class=\"admonition-title\">More</summary>");
  }

  @Test
  void unknownAdmonitionKindIsReportedAndShownAsNote() {
    assertThat(html("!!! bogus \"T\"\n    x\n")).contains("admonition-note");
    assertThat(diagnostics.sorted().get(0).toString())
        .isEqualTo("content/a.md:5:1: warning: unknown admonition 'bogus', shown as a note. Use one of note, tip, warning, danger.");
  }

  @Test
  void fencedCodeKeepsLanguageClass() {
    assertThat(html("```bash\nip -br link\n```\n")).isEqualTo("<pre><code class=\"language-bash\">ip -br link\n</code></pre>\n");
  }

  @Test
  void gfmTablesStrikethroughAutolinksAndFootnotes() {
    assertThat(html("| a | b |\n|---|---|\n| 1 | 2 |\n")).contains("<table>", "<th>a</th>", "<td>2</td>");
    assertThat(html("~~old~~")).contains("<del>old</del>");
    assertThat(html("See https://example.org/docs now")).contains("<a href=\"https://example.org/docs\">https://example.org/docs</a>");
    assertThat(html("Text[^1].\n\n[^1]: Note.\n")).contains("class=\"footnote-ref\"", "id=\"fn-1\"");
  }

  @Test
  void linksArePositionedInTheSourceFile() {
    RenderedMarkdown md = render("Intro\n\n| a | b |\n|---|---|\n| x | see [disk](disk.md) |\n\n> ![Rack](img/r.png)\n\n[ref]: other.md\n");
    assertThat(md.links())
        .extracting(LinkRef::kind, LinkRef::url, LinkRef::pos)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LinkRef.Kind.LINK, "disk.md", new SourcePos("content/a.md", 9, 11)),
            org.assertj.core.groups.Tuple.tuple(LinkRef.Kind.IMAGE, "img/r.png", new SourcePos("content/a.md", 11, 3)),
            org.assertj.core.groups.Tuple.tuple(LinkRef.Kind.REFERENCE, "other.md", new SourcePos("content/a.md", 13, 1)));
  }

  @Test
  void rewrittenUrlsAreEmitted() {
    RenderedMarkdown md =
        renderer.render(
            new RenderRequest("[x](a.md#s) and [y][r]\n\n[r]: b.md\n", "f", 1, "k", Map.of(), link -> link.url().replace(".md", "/")),
            diagnostics);
    assertThat(md.html()).contains("<a href=\"a/#s\">x</a>", "<a href=\"b/\">y</a>");
    assertThat(md.hrefs()).containsExactly("a/#s", "b/");
  }

  @Test
  void unsafeSchemesAreRemovedInAnyLetterCase() {
    RenderedMarkdown md = render("[a](JavaScript:alert(1)) [b](java\tscript:x) <VBScript:msgbox>");
    assertThat(md.html()).isEqualTo("<p><a href=\"#\">a</a> [b](java\tscript:x) <a href=\"#\">VBScript:msgbox</a></p>\n");
    assertThat(md.unsafeUrls()).isTrue();
    assertThat(diagnostics.sorted()).first().hasToString(
        "content/a.md:5:1: warning: removed a javascript: link, which could run code in a reader's browser. Link to an http(s) address or a page instead.");
  }

  @Test
  void rawHtmlIsCollectedWithPosition() {
    RenderedMarkdown md = render("Text\n\n<div onclick=\"x()\">hi</div>\n");
    assertThat(md.rawHtml()).hasSize(1);
    assertThat(md.rawHtml().get(0).pos()).isEqualTo(new SourcePos("content/a.md", 7, 1));
  }
}
