package org.fieldguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.html.FragmentSanitizer;
import org.fieldguide.markdown.LinkRef;
import org.junit.jupiter.api.Test;

class MarkdownEngineTest {
  private final MarkdownEngine engine = new MarkdownEngine();
  private static final BodyInput.Labels LABELS = new BodyInput.Labels("Link to section", Map.of("note", "Note", "warning", "Warning"));

  private RenderedBody render(String markdown) {
    return engine.render(new BodyInput(markdown, "content/a.md", 5, LABELS, FragmentSanitizer.Mode.SANITISE, false));
  }

  /** The body with each link as written and checklist ids as c0, c1…, as a page would show it (other tests of bodies use it too). */
  static String filled(RenderedBody body) {
    return Placeholders.fill(
        body.html().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        new Placeholders.Values() {
          @Override
          public String href(int index) {
            return body.links().get(index).url();
          }

          @Override
          public String checklistId(int index) {
            return "c" + index;
          }

          @Override
          public String imageSize(int index) {
            return " width=\"8\" height=\"8\"";
          }
        });
  }

  private String html(String markdown) {
    return filled(render(markdown));
  }

  private List<String> messages(String markdown) {
    return render(markdown).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  /** Diagnostics of {@code markdown} under a line limit of 10 characters and 6 markers a paragraph. */
  private static List<String> underSmallLimits(String markdown) {
    return new MarkdownEngine(new Limits(2_000_000, 10, 6))
        .render(new BodyInput(markdown, "content/a.md", 5, LABELS, FragmentSanitizer.Mode.SANITISE, false))
        .diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void aLineOrParagraphOverTheLimitsIsAnErrorAtItsLine() {
    assertThat(underSmallLimits("short\n\n12345678901\n"))
        .containsExactly("content/a.md:7:1: error: this line is 11 characters long, more than the 10 a page may have (limits.line_chars in site.yaml). Break it into shorter lines.");
    assertThat(underSmallLimits("a\n\n*a* _b_\n`c` [d]\n"))
        .singleElement().asString().startsWith("content/a.md:7:1: error: this paragraph has more than 6 link, emphasis or code markers");
    // Shorter than the line limit, longer than the marker limit: still counted.
    assertThat(underSmallLimits("*_*_*_*"))
        .singleElement().asString().startsWith("content/a.md:5:1: error: this paragraph has more than 6 link, emphasis or code markers");
  }

  @Test
  void bodiesWithinTheLimitsPassWhetherShorterOrLongerThanThem() {
    // No longer than the smaller limit (6): not scanned. Longer: every line and paragraph is within them.
    assertThat(underSmallLimits("[a]*b*")).isEmpty();
    assertThat(underSmallLimits("1234567890")).isEmpty();
    assertThat(underSmallLimits("*a* _b_`c`")).isEmpty();
    assertThat(underSmallLimits("1234567890\n*a* _b_\n\n`c` [d]\n\n1234567890\n")).isEmpty();
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
    assertThat(html).contains("<h2 id=\"check-link\">Check the link<a class=\"heading-anchor\" href=\"#check-link\"").contains("<h2 id=\"check-link-1\">");
  }

  @Test
  void headingsCarryANamedAnchorLink() {
    assertThat(html("## Swap the disk"))
        .isEqualTo("<h2 id=\"swap-the-disk\">Swap the disk<a class=\"heading-anchor\" href=\"#swap-the-disk\" aria-label=\"Link to section: Swap the disk\">#</a></h2>\n");
  }

  @Test
  void headingsAreFacts() {
    RenderedBody body = render("Intro\n\n## Prepare {#prep}\n\n### Tools\n\n#### Deep\n");
    assertThat(body.headings()).extracting(PageHeading::level, PageHeading::id, PageHeading::text, PageHeading::pos)
        .containsExactly(
            tuple(2, "prep", "Prepare", new SourcePos("content/a.md", 7, 1)),
            tuple(3, "tools", "Tools", new SourcePos("content/a.md", 9, 1)),
            tuple(4, "deep", "Deep", new SourcePos("content/a.md", 11, 1)));
    assertThat(body.ids()).containsExactly("prep", "tools", "deep");
  }

  @Test
  void duplicateExplicitIdIsAnErrorWhereWrittenTheSecondTime() {
    assertThat(messages("## A {#step}\n\n## B {#step}\n"))
        .containsExactly("content/a.md:7:6: error: the id 'step' is used twice in this page, so links to #step are ambiguous. Give each heading its own id.");
  }

  @Test
  void taskListItemsBecomeCheckboxesWithPlaceholderIds() {
    RenderedBody body = render("- [ ] Rack the  server\n- [x] Label the cables\n");
    assertThat(filled(body))
        .contains("<ul class=\"checklist\">")
        .contains("<li class=\"checklist-item\"><label><input type=\"checkbox\" class=\"checklist-box\" data-check-id=\"c0\" /> <span>Rack the  server</span></label></li>")
        .contains("data-check-id=\"c1\" checked=\"checked\" /> <span>Label")
        .doesNotContain("disabled");
    assertThat(body.checklist()).extracting(ChecklistItem::text, ChecklistItem::done)
        .containsExactly(tuple("Rack the server", false), tuple("Label the cables", true));
  }

  @Test
  void taskItemNeedsWhitespaceAfterTheMarker() {
    RenderedBody body = render("- [x](missing.md)\n");
    assertThat(body.checklist()).isEmpty();
    assertThat(body.links()).extracting(LinkRef::url).containsExactly("missing.md");
    assertThat(filled(body)).contains("<a href=\"missing.md\">x</a>");
  }

  @Test
  void admonitionsRenderAsAsideWithTitle() {
    assertThat(html("!!! warning \"Power off first\"\n    Pull the plug.\n"))
        .isEqualTo("<aside class=\"admonition admonition-warning\" role=\"note\"><p class=\"admonition-title\">Power off first</p>\n<p>Pull the plug.</p>\n</aside>\n");
  }

  @Test
  void admonitionBodyMayHoldSeveralBlocksAndEndsAtTheFirstLineIndentedLess() {
    assertThat(html("!!! note\n    One.\n\n    - two\n\nAfter.\n"))
        .isEqualTo("<aside class=\"admonition admonition-note\" role=\"note\"><p class=\"admonition-title\">Note</p>\n<p>One.</p>\n<ul>\n<li>two</li>\n</ul>\n</aside>\n<p>After.</p>\n");
  }

  @Test
  void collapsibleAdmonitionUsesDetails() {
    assertThat(html("???+ note \"More\"\n    Hidden.\n"))
        .startsWith("<details class=\"admonition admonition-note\" open=\"open\"><summary class=\"admonition-title\">More</summary>");
  }

  @Test
  void unknownAdmonitionKindIsReportedAndShownAsNote() {
    assertThat(html("!!! bogus \"T\"\n    x\n")).contains("admonition-note");
    assertThat(messages("!!! bogus \"T\"\n    x\n"))
        .containsExactly("content/a.md:5:1: warning: unknown admonition 'bogus', shown as a note. Use one of note, tip, warning, danger, important, caution.");
  }

  /** MkDocs Material's types are styled as the nearest kind, without a warning apiece. */
  @Test
  void mkDocsMaterialsAdmonitionTypesAreKnown() {
    assertThat(html("!!! success\n    Done.\n")).contains("admonition-tip");
    assertThat(html("!!! failure\n    Broke.\n")).contains("admonition-danger");
    assertThat(html("!!! example\n    Like this.\n")).contains("admonition-note");
    assertThat(messages("!!! success\n    x\n\n!!! bug\n    y\n\n!!! quote\n    z\n")).isEmpty();
  }

  /**
   * Python-Markdown reads words after the kind as more classes (MkDocs Material's {@code inline end});
   * the line was taken for text, shown as written, with no warning.
   */
  @Test
  void wordsAfterTheKindAreReadPast() {
    assertThat(html("!!! note inline end \"Side\"\n    Text.\n"))
        .startsWith("<aside class=\"admonition admonition-note\" role=\"note\"><p class=\"admonition-title\">Side</p>")
        .doesNotContain("!!!");
    assertThat(html("??? warning highlight\n    Hot.\n")).startsWith("<details class=\"admonition admonition-warning\">");
  }

  /** Docusaurus's, VitePress's and Starlight's boxes, fenced by colons; they were shown as text. */
  @Test
  void admonitionsFencedByColons() {
    assertThat(html(":::tip\nPlug in **both** feeds.\n:::\n\nAfter."))
        .isEqualTo("<aside class=\"admonition admonition-tip\" role=\"note\"><p class=\"admonition-title\">tip</p>\n"
            + "<p>Plug in <strong>both</strong> feeds.</p>\n</aside>\n<p>After.</p>\n");
    assertThat(html(":::warning[Mains voltage]\nx\n:::\n")).contains("admonition-warning", ">Mains voltage</p>");
    assertThat(html("::: danger Hot surface\nx\n:::\n")).contains("admonition-danger", ">Hot surface</p>");
    assertThat(html("::: details Torque values\nx\n:::\n")).startsWith("<details class=\"admonition admonition-note\"><summary class=\"admonition-title\">Torque values</summary>");
    // An outer box has more colons; a code block inside keeps its lines.
    assertThat(html("::::note Outer\n:::tip Inner\n```sh\nls\n```\n:::\nStill outer.\n::::\nOut.\n"))
        .isEqualTo("<aside class=\"admonition admonition-note\" role=\"note\"><p class=\"admonition-title\">Outer</p>\n"
            + "<aside class=\"admonition admonition-tip\" role=\"note\"><p class=\"admonition-title\">Inner</p>\n"
            + "<div class=\"code-block\"><div class=\"code-bar\"><span class=\"code-lang\">Shell</span></div><pre tabindex=\"0\" role=\"group\" aria-label=\"Code: Shell\"><code class=\"language-sh\"><span class=\"hl-f\">ls</span>\n</code></pre></div>\n"
            + "</aside>\n<p>Still outer.</p>\n</aside>\n<p>Out.</p>\n");
    assertThat(messages(":::bogus\nx\n:::\n"))
        .containsExactly("content/a.md:5:1: warning: unknown admonition 'bogus', shown as a note. Use one of note, tip, warning, danger, important, caution.");
    // One never closed holds the rest of the page, as markdown-it-container's does.
    assertThat(html(":::warning\nHot.\n\nStill inside.\n")).endsWith("<p>Hot.</p>\n<p>Still inside.</p>\n</aside>\n");
    // Not an opening: no kind, or a kind not right after the colons and spaces.
    assertThat(html(":::\ntext\n")).isEqualTo("<p>:::\ntext</p>\n");
    assertThat(html("::: {.note}\ntext\n:::\n")).startsWith("<p>::: {.note}");
  }

  /**
   * Definition lists as PHP Markdown Extra, Python-Markdown, kramdown and Pandoc write them: term
   * lines, then definitions after a colon, their further blocks indented by four spaces. They were
   * a paragraph holding the colons.
   */
  @Test
  void definitionLists() {
    assertThat(html("BMC\n:   The *baseboard* management controller.\n\nAfter.\n"))
        .isEqualTo("<dl>\n<dt>BMC</dt>\n<dd>The <em>baseboard</em> management controller.</dd>\n</dl>\n<p>After.</p>\n");
    // Two terms for one definition, two definitions for one term; a blank line between entries keeps one list.
    assertThat(html("PDU\nPower strip\n: Distributes power.\n: Also meters it.\n\nUPS\n: Keeps power on.\n"))
        .isEqualTo("<dl>\n<dt>PDU</dt>\n<dt>Power strip</dt>\n<dd>Distributes power.</dd>\n<dd>Also meters it.</dd>\n"
            + "<dt>UPS</dt>\n<dd>Keeps power on.</dd>\n</dl>\n");
    // A definition of several blocks, indented by four spaces; a lazy line continues its paragraph.
    assertThat(html("Reset\n:   Hold the button\nfor ten seconds.\n\n    ```sh\n    ipmitool mc reset cold\n    ```\n\nNext.\n"))
        .isEqualTo("<dl>\n<dt>Reset</dt>\n<dd>\n<p>Hold the button\nfor ten seconds.</p>\n"
            + "<div class=\"code-block\"><div class=\"code-bar\"><span class=\"code-lang\">Shell</span></div><pre tabindex=\"0\" role=\"group\""
            + " aria-label=\"Code: Shell\"><code class=\"language-sh\"><span class=\"hl-f\">ipmitool</span> mc reset cold\n</code></pre></div>\n"
            + "</dd>\n</dl>\n<p>Next.</p>\n");
    // Inside a list item, and linked: the link is checked as any other.
    assertThat(html("- Terms:\n\n  [PDU](b.md)\n  : Power.\n")).contains("<dt><a href=\"").contains("<dd>Power.</dd>");
    // Not a definition: no paragraph above, no space after the colon, nothing after it, or indented as code.
    assertThat(html(": alone\n")).isEqualTo("<p>: alone</p>\n");
    assertThat(html("Ratio\n:3\n")).isEqualTo("<p>Ratio\n:3</p>\n");
    assertThat(html("Text\n:\n")).isEqualTo("<p>Text\n:</p>\n");
    assertThat(html("Text\n\n    : code\n")).startsWith("<p>Text</p>\n<div class=\"code-block\">").doesNotContain("<dl>");
  }

  /** Another tool's syntax, written into a page, was shown as text or code and nothing said so. */
  @Test
  void otherToolsSyntaxIsWarnedWhereItStands() {
    assertThat(messages("Before {{< note >}}x{{< /note >}} and {% include x.html %}.\n"))
        .containsExactly(
            "content/a.md:5:8: warning: '{{< note' is a Hugo shortcode, and fieldguide has none: it is shown as text. Write what it showed in"
                + " Markdown (fieldguide import hugo converts the common ones), or put it in `code` to show it.",
            "content/a.md:5:39: warning: '{% include' is a Liquid or Jinja tag, and fieldguide pages have no template logic: it is shown as"
                + " text. Write out what it showed, or put it in `code` to show it.");
    assertThat(messages("{% if site.x %}\nshown\n{% endif %}\n"))
        .containsExactly("content/a.md:5:1: warning: '{% if' is a Liquid or Jinja tag, and fieldguide pages have no template logic: it is shown as"
            + " text. Write out what it showed, or put it in `code` to show it.");
    assertThat(messages("```{warning}\nHot.\n```\n"))
        .containsExactly("content/a.md:5:1: warning: '{warning}' is a MyST directive, and fieldguide reads none: it is shown as code. Instead,"
            + " write it as an admonition: !!! warning, its text indented by four spaces.");
    assertThat(messages(":::{toctree}\nx\n:::\n")).singleElement().asString().contains("'{toctree}' is a MyST directive");
    assertThat(messages("=== \"Debian\"\n\n    apt install agent\n"))
        .containsExactly("content/a.md:5:1: warning: '=== \"Debian\"' is an MkDocs content tab, and fieldguide has no tabs: it is shown as"
            + " text, and what is indented under it as code. Give each variant a heading of its own (### Debian) and unindent what it holds.");
    // Every one in a run of text, each at its place; an index (a[[1]]) is not a link.
    assertThat(messages("See [[Replace a disk]], [[rack#Power feeds|the feeds]] and a[[1]].\n"))
        .containsExactly(
            "content/a.md:5:5: warning: '[[Replace a disk]]' is a wiki link (Obsidian, Foam), which Markdown shows as text, and no link is checked."
                + " Link to the page's file: [Replace a disk](replace-a-disk.md).",
            "content/a.md:5:25: warning: '[[rack#Power feeds|the feeds]]' is a wiki link (Obsidian, Foam), which Markdown shows as text, and no"
                + " link is checked. Link to the page's file: [the feeds](rack.md#power-feeds).");
    // Shown as code, on purpose: nothing to say.
    assertThat(messages("`{{< note >}}` and `{% if %}` and `[[x]]`\n\n```\n{{< note >}}\n=== \"A\"\n```\n\n    {% raw %}\n")).isEmpty();
  }

  @Test
  void fencedCodeKeepsLanguageClass() {
    assertThat(html("```bash\nip -br link\n```\n")).contains("<code class=\"language-bash\">");
  }

  @Test
  void codeBlocksAreHighlightedFocusableAndNamedWithABarForTheirButtons() {
    assertThat(html("```bash\nip -br link\n```\n"))
        .isEqualTo("<div class=\"code-block\"><div class=\"code-bar\"><span class=\"code-lang\">Shell</span></div>"
            + "<pre tabindex=\"0\" role=\"group\" aria-label=\"Code: Shell\"><code class=\"language-bash\">"
            + "<span class=\"hl-f\">ip</span> <span class=\"hl-a\">-br</span> link\n</code></pre></div>\n");
  }

  @Test
  void codeInAnUnknownLanguageIsEscapedAndNamedAsWritten() {
    assertThat(html("```Dockerfile title=x\nRUN a < b\n```\n"))
        .contains("<span class=\"code-lang\">Dockerfile</span>", "aria-label=\"Code: Dockerfile\"",
            "<code class=\"language-Dockerfile\">RUN a &lt; b\n</code>");
    assertThat(html("    indented code\n")).contains("<span class=\"code-lang\"></span>", "aria-label=\"Code\"", "<code>indented code\n</code>");
  }

  @Test
  void aMermaidBlockIsADiagramWithItsSourceEscapedAndCounted() {
    RenderedBody body = render("Intro.\n\n```mermaid\nflowchart LR\n  A[\"<img src=x onerror=alert(1)>\"] --> B & C\n```\n\n"
        + "```Mermaid {.wide}\nsequenceDiagram\n  A->>B: hi\n```\n\n```mermaidx\nnot a diagram\n```\n");
    assertThat(filled(body))
        .contains("<div class=\"diagram\" role=\"group\" aria-label=\"Diagram\"><pre class=\"mermaid\" tabindex=\"0\">flowchart LR\n"
            + "  A[&quot;&lt;img src=x onerror=alert(1)&gt;&quot;] --&gt; B &amp; C\n</pre></div>\n")
        .contains("<pre class=\"mermaid\" tabindex=\"0\">sequenceDiagram\n")
        // Only the first word names a diagram, as it names a code block's language.
        .contains("<code class=\"language-mermaidx\">not a diagram\n</code>")
        .doesNotContain("<img");
    assertThat(body.diagrams()).isEqualTo(2);
    assertThat(render("```bash\nls\n```\n").diagrams()).isZero();
    // The facts alone (no HTML: a page nobody shows) count them too.
    assertThat(engine.facts(new BodyInput("```mermaid\npie\n```\n", "content/a.md", 5, LABELS, FragmentSanitizer.Mode.SANITISE, false))
        .diagrams()).isEqualTo(1);
  }

  @Test
  void aDiagramIsNamedInThePagesLanguage() {
    BodyInput.Labels spanish = new BodyInput.Labels("Enlace", Map.of(), "Código", "Volver a la referencia", "Diagrama");
    assertThat(filled(engine.render(new BodyInput("```mermaid\npie\n```\n", "content/a.es.md", 5, spanish, FragmentSanitizer.Mode.SANITISE, false))))
        .contains("aria-label=\"Diagrama\"");
  }

  @Test
  void codeTermsAreCollectedForSearch() {
    RenderedBody body = render("Run `smartctl -H`.\n\n```bash\nsudo mdadm --detail /dev/md0\n```\n\n```yaml\nalert: NodeDown\nexpr: node_load1 > 4\n```\n");
    // The command a shell block runs, alert and metric names: not flags, paths or sudo.
    assertThat(body.codeTerms()).containsExactly("mdadm", "NodeDown", "node_load1");
    assertThat(body.text()).contains("smartctl -H").doesNotContain("mdadm");
  }

  @Test
  void gfmTablesStrikethroughAutolinksAndFootnotes() {
    assertThat(html("| a | b |\n|---|---|\n| 1 | 2 |\n")).contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\">", "<th>a</th>", "<td>2</td>");
    assertThat(html("~~old~~")).contains("<del>old</del>");
    assertThat(html("See https://example.org/docs now")).contains("<a href=\"https://example.org/docs\">https://example.org/docs</a>");
    assertThat(html("Text[^1].\n\n[^1]: Note.\n")).contains("class=\"footnote-ref\"", "id=\"fn-1\"");
    assertThat(render("Text[^1].\n\n[^1]: Note.\n").ids()).contains("fn-1", "fnref-1");
  }

  @Test
  void aFootnotesLinkBackIsNamedInThePagesLanguage() {
    BodyInput.Labels spanish = new BodyInput.Labels("Enlace", Map.of(), "Código", "Volver a la referencia", "Diagrama");
    String html = filled(engine.render(new BodyInput("Texto[^1] y otra vez[^1].\n\n[^1]: Nota.\n", "content/a.es.md", 5, spanish,
        FragmentSanitizer.Mode.SANITISE, false)));
    assertThat(html).contains("aria-label=\"Volver a la referencia 1\"", "aria-label=\"Volver a la referencia 1-2\"")
        .doesNotContain("Back to reference");
    // Outside a site, and on English pages, the words are commonmark-java's.
    assertThat(html("Text[^1].\n\n[^1]: Note.\n")).contains("aria-label=\"Back to reference 1\"");
  }

  @Test
  void wwwAutolinksAreExternalLinks() {
    RenderedBody body = render("Visit www.example.com today.");
    assertThat(body.links()).extracting(LinkRef::url).containsExactly("http://www.example.com");
    assertThat(filled(body)).contains("<a href=\"http://www.example.com\">www.example.com</a>");
  }

  @Test
  void linksArePositionedInTheSourceFile() {
    RenderedBody body = render("Intro\n\n| a | b |\n|---|---|\n| x | see [disk](disk.md) |\n\n> ![Rack](img/r.png)\n\n[ref]: other.md\n");
    assertThat(body.links())
        .extracting(LinkRef::kind, LinkRef::url, LinkRef::pos)
        .containsExactly(
            tuple(LinkRef.Kind.LINK, "disk.md", new SourcePos("content/a.md", 9, 11)),
            tuple(LinkRef.Kind.IMAGE, "img/r.png", new SourcePos("content/a.md", 11, 3)),
            tuple(LinkRef.Kind.REFERENCE, "other.md", new SourcePos("content/a.md", 13, 1)));
  }

  @Test
  void referenceLinksShareTheDefinitionsPlaceholder() {
    RenderedBody body = render("[x](a.md#s) and [y][r]\n\n[r]: b.md\n");
    assertThat(body.links()).extracting(LinkRef::url).containsExactly("a.md#s", "b.md");
    assertThat(filled(body)).contains("<a href=\"a.md#s\">x</a>", "<a href=\"b.md\">y</a>");
  }

  @Test
  void imagesGetTheirSizeAndLoadLazily() {
    assertThat(html("![Rack](img/r.png)")).contains("<img src=\"img/r.png\" alt=\"Rack\" width=\"8\" height=\"8\" loading=\"lazy\" />");
  }

  @Test
  void imageWithoutAltTextIsAWarningOrInGuidesAnError() {
    assertThat(messages("![](img/r.png)"))
        .containsExactly("content/a.md:5:1: warning: image 'img/r.png' has no alt text. Describe what it shows: ![Front of the server with the power button](img/r.png).");
    RenderedBody guide = engine.render(new BodyInput("![](x.png)", "content/g.md", 3, LABELS, FragmentSanitizer.Mode.SANITISE, true));
    assertThat(guide.diagnostics()).first().matches(Diagnostic::isError);
  }

  @Test
  void unsafeSchemesAreRemovedInAnyLetterCase() {
    RenderedBody body = render("[a](JavaScript:alert(1)) [b](java\tscript:x) <VBScript:msgbox>");
    assertThat(filled(body)).isEqualTo("<p>a [b](java\tscript:x) VBScript:msgbox</p>\n");
    assertThat(body.links()).isEmpty();
    assertThat(body.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "content/a.md:5:1: warning: removed a javascript: link, which could run code in a reader's browser. Link to an http(s) address or a page instead.",
        "content/a.md:5:45: warning: removed a vbscript: link, which could run code in a reader's browser. Link to an http(s) address or a page instead.");
  }

  @Test
  void attributeListsAreLimitedToTheSafeList() {
    RenderedBody body = render("## H {tabindex=0 autofocus=1 onfocus=alert(1) .wide}\n\n![a](x.png){onload=alert(1) width=300}\n");
    assertThat(filled(body))
        .contains("<h2 id=\"h\" class=\"wide\">H<a")
        .contains("<img src=\"x.png\" alt=\"a\" width=\"300\" loading=\"lazy\" />")
        .doesNotContain("onfocus", "onload", "tabindex", "autofocus");
    assertThat(body.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "content/a.md:5:6: warning: removed the attribute 'tabindex' from an attribute list {…}: pages are sanitised because they come from many hands, and an attribute list may set only id, class, width, height, alt, title, lang and dir.",
        "content/a.md:5:6: warning: removed the attribute 'autofocus' from an attribute list {…}: pages are sanitised because they come from many hands, and an attribute list may set only id, class, width, height, alt, title, lang and dir.",
        "content/a.md:5:6: warning: removed the attribute 'onfocus' from an attribute list {…}: pages are sanitised because they come from many hands, and an attribute list may set only id, class, width, height, alt, title, lang and dir.",
        "content/a.md:7:1: warning: removed the attribute 'onload' from an attribute list {…}: pages are sanitised because they come from many hands, and an attribute list may set only id, class, width, height, alt, title, lang and dir.");
  }

  @Test
  void rawHtmlIsSanitisedFragmentByFragmentWithPositions() {
    RenderedBody body = render("Text\n\n<div onclick=\"x()\">hi <kbd>Ctrl</kbd></div>\n\nA <span>b</span> <script>alert(1)</script>\n");
    assertThat(filled(body)).contains("<div>hi <kbd>Ctrl</kbd></div>", "<p>A <span>b</span> alert(1)</p>").doesNotContain("onclick", "<script");
    assertThat(body.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "content/a.md:7:6: warning: removed onclick attribute on <div> from raw HTML: pages are sanitised because they come from many hands. Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted.",
        "content/a.md:9:18: warning: removed <script> element from raw HTML: pages are sanitised because they come from many hands. Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted.");
  }

  @Test
  void commentThatBrowsersEndEarlyCannotHideMarkup() {
    RenderedBody body = render("<!--><img src=x onerror=alert(1)>-->\n");
    assertThat(filled(body)).doesNotContain("onerror").contains("<img src=\"x\">");
    assertThat(body.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "content/a.md:5:17: warning: removed onerror attribute on <img> from raw HTML: pages are sanitised because they come from many hands. Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted.");
  }

  @Test
  void linksInRawHtmlAreLinksOfThePage() {
    RenderedBody body = render("<a href=\"disk.md#swap\" name=\"top-link\">Disk</a>\n");
    assertThat(body.links()).extracting(LinkRef::url, LinkRef::pos).containsExactly(tuple("disk.md#swap", new SourcePos("content/a.md", 5, 1)));
    assertThat(body.ids()).containsExactly("top-link");
    assertThat(filled(body)).contains("<a href=\"disk.md#swap\" name=\"top-link\">Disk</a>");
  }

  @Test
  void trustedRawHtmlStaysAsWrittenApartFromTheTagFilter() {
    RenderedBody body =
        engine.render(new BodyInput("<div id=\"foo\"\n*hi*\n\n<script>x</script> <b onclick=y>b</b>\n", "f", 1, LABELS, FragmentSanitizer.Mode.TRUSTED, false));
    assertThat(filled(body)).isEqualTo("<div id=\"foo\"\n*hi*\n&lt;script>x&lt;/script> <b onclick=y>b</b>\n");
    assertThat(body.diagnostics()).isEmpty();
  }

  /**
   * Character references decode after the source was cleaned, in text, a link's title, an image's
   * description and raw HTML: none of them makes a placeholder (with marks started by U+0002,
   * {@code &#2;L0&#3;} showed the address of the page's first link in each of those places).
   */
  @Test
  void characterReferencesCannotForgePlaceholders() {
    for (String reference : List.of("&#0;", "&#x0;", "&#X00;", "&#2;", "&#x2;")) {
      String forged = reference + "L0&#3;";
      RenderedBody body = render("[first](https://example.org/first)\n\nA " + forged + " B\n\n[t](x.md \"ti" + forged + "tle\")\n\n![al" + forged
          + "t](i.png)\n\n<span title=\"a" + forged + "b\">c" + forged + "d</span>\n");
      String html = filled(body);
      assertThat(html).as(reference).containsOnlyOnce("https://example.org/first").doesNotContain("\u0000");
      assertThat(body.diagnostics()).as(reference).isEmpty();
    }
  }

  @Test
  void marksInTheTextCannotForgePlaceholders() {
    RenderedBody body = render("a \u0000L0\u0003 b [c](\u0000L0\u0003)");
    // The link's own placeholder is the only mark left; the writer's became U+FFFD.
    assertThat(filled(body)).isEqualTo("<p>a \uFFFDL0\uFFFD b <a href=\"\uFFFDL0\uFFFD\">c</a></p>\n");
    assertThat(body.diagnostics()).singleElement().asString().contains("U+0000 or U+0003");
    // Said where the first one stands (the body starts on line 5 of content/a.md).
    assertThat(render("a \u0000L0\u0003 b").diagnostics()).singleElement().asString().startsWith("content/a.md:5:3: warning: ");
    assertThat(render("First line.\n\nab \u0003 c \u0000").diagnostics()).singleElement().asString()
        .startsWith("content/a.md:7:4: warning: ");
    // Private-use characters (icon fonts use them) are text like any other.
    assertThat(filled(render("icon \uE000\uE001"))).contains("icon \uE000\uE001");
  }

  @Test
  void positionsAreTheSameWhateverTheLineEnds() {
    // LF, CRLF and a lone CR each end a line, and a last line may have no end: a link's position
    // is the same in all of them.
    String text = "# Title\n\n    code\n\nSee [a](a.md) and\n[b](b.md).\n\n- [ ] step [c](c.md)\n\n[d](d.md)";
    List<String> expected = List.of("a.md content/a.md:9:5", "b.md content/a.md:10:1", "c.md content/a.md:12:12", "d.md content/a.md:14:1");
    for (String end : List.of("\n", "\r\n", "\r")) {
      RenderedBody body = render(text.replace("\n", end));
      assertThat(body.links()).as("line ends %s", end.replace("\r", "CR").replace("\n", "LF"))
          .extracting(l -> l.url() + " " + l.pos().file() + ":" + l.pos().line() + ":" + l.pos().column())
          .containsExactlyElementsOf(expected);
      assertThat(filled(body)).contains("<code>code\n</code>");
    }
  }

  @Test
  void deepNestingIsAnErrorNotACrash() {
    RenderedBody body = render("> ".repeat(1000) + "deep\n\n" + "- ".repeat(1000) + "deep\n");
    assertThat(body.diagnostics()).extracting(Diagnostic::toString).first().asString()
        .startsWith("content/a.md:5:")
        .contains("error: the Markdown here is nested more than 100 levels deep");
  }

  @Test
  void listItemThatMergesIntoThePreviousOneIsWarned() {
    assertThat(messages("- [ ] Step one\n      - [ ] Step two\n\nText\n3. third\n\n- one\n- two\n"))
        .containsExactly(
            "content/a.md:6:7: warning: this line looks like a list item but is read as part of the text above it: it is indented more than the item above, or it is a numbered item that does not start at 1 right after a paragraph. Indent it like the item above, or put a blank line before it.",
            "content/a.md:9:1: warning: this line looks like a list item but is read as part of the text above it: it is indented more than the item above, or it is a numbered item that does not start at 1 right after a paragraph. Indent it like the item above, or put a blank line before it.");
  }

  @Test
  void factsWithoutHtmlAreTheFactsOfTheRenderedBody() {
    String markdown =
        """
        # Power off <span onclick="x()">now</span>

        See [the rack](rack.md#front), ![](photo.png) and www.example.com.

        - [ ] Unplug the **uplink**
        - [x] Note the time

        ```bash
        systemctl stop node-exporter
        ```

        !!! warning
            Do not pull the <script>alert(1)</script> disk.

        Text.[^1]

        [^1]: A footnote.
        """;
    BodyInput input = new BodyInput(markdown, "content/a.md", 5, LABELS, FragmentSanitizer.Mode.SANITISE, false);
    RenderedBody rendered = engine.render(input);
    RenderedBody facts = engine.facts(input);
    assertThat(facts.html()).isEmpty();
    // Nothing indexes the words of a check's pages: neither the text nor the code terms are collected.
    assertThat(facts.text()).isEmpty();
    assertThat(facts.codeTerms()).isEmpty();
    assertThat(rendered.text()).contains("Note the time");
    assertThat(rendered.codeTerms()).contains("systemctl");
    assertThat(rendered.html()).contains("<code class=\"language-bash\">");
    assertThat(facts.diagnostics()).isNotEmpty().isEqualTo(rendered.diagnostics());
    assertThat(facts)
        .usingRecursiveComparison()
        .ignoringFields("html", "text", "codeTerms")
        .isEqualTo(rendered);
  }

  /** Ids stay in a page's facts for the whole build, and pages share most of them: one string each. */
  @Test
  void pagesShareTheirIds() {
    RenderedBody a = engine.render(new BodyInput("## Related pages\n", "content/a.md", 1, LABELS, FragmentSanitizer.Mode.SANITISE, false));
    RenderedBody b = engine.render(new BodyInput("## Related pages\n", "content/b.md", 1, LABELS, FragmentSanitizer.Mode.SANITISE, false));
    assertThat(a.ids()).containsExactly("related-pages");
    assertThat(a.ids().get(0)).isSameAs(b.ids().get(0));
  }
}
