package org.fieldguide.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site built from XSS payloads in everything a writer controls: Markdown links, images,
 * autolinks and reference definitions with script schemes (any letter case, character references,
 * control characters), attribute lists with handlers, raw HTML of every kind CommonMark recognises
 * (the seven HTML block kinds and inline HTML: comments including {@code <!-->}, processing
 * instructions, declarations, CDATA, SVG and MathML, srcset, entity-encoded hrefs), front matter
 * (title, summary, tags, runbook and hardware fields, declared extra fields, permalinks), a
 * translation, interface strings in {@code translations/es.yaml}, {@code site.yaml} (title,
 * language names and titles, repository) and the annotations, labels and expressions of a
 * Prometheus rule file.
 *
 * <p>Every payload calls {@code alert(n)} (or sets {@code __fired}) when it runs, and says what the
 * build must do with it: {@link Expect#REMOVED} (a sanitiser warning in its file), {@link
 * Expect#SHOWN} (its text reaches the page as text or as an attribute's value, never as markup) or
 * {@link Expect#COMMENT} (it sits inside an HTML comment, which browsers and the sanitiser end at
 * the same place, and is dropped with the comment, without a warning).
 */
public final class XssCorpus {
  /** What the build does with a payload. */
  public enum Expect {
    REMOVED,
    SHOWN,
    COMMENT
  }

  /**
   * One payload.
   *
   * @param file the source file it is in, as diagnostics name it
   * @param page the built page it reaches, relative to the output folder
   * @param marker for {@link Expect#SHOWN}: text the page shows, as text or an attribute value
   */
  public record Payload(int id, String file, String page, Expect expect, String marker) {}

  private static final String OK_IMAGE = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\" height=\"2\"/>";
  /** An image address that fails at once (nothing listens on port 9 of the loopback), so onerror fires. */
  private static final String BROKEN = "https://127.0.0.1:9/x.png";

  private final List<Payload> payloads = new ArrayList<>();
  private final List<String[]> markdown = new ArrayList<>();

  public XssCorpus() {
    markdownPayloads();
  }

  public List<Payload> payloads() {
    return List.copyOf(payloads);
  }

  /** Writes the corpus as a site in {@code dir}. */
  public TestSite site(Path dir) {
    TestSite site = TestSite.in(dir)
        .with("site.yaml", SITE_YAML)
        .with("translations/es.yaml", UI_STRINGS)
        .with("rules/xss.yml", RULES)
        .with("templates/hardware-guide.ftlh", HARDWARE_TEMPLATE)
        .with("content/_index.md", "---\ntitle: Home\n---\nThe XSS corpus: [payloads](xss/_index.md).\n")
        .with("content/xss/_index.md", "---\ntitle: \"<img src=x onerror=alert(300)>\"\nsummary: \"<svg onload=alert(301)>\"\n---\nPayloads.\n")
        .with("content/xss/images/ok.svg", OK_IMAGE);
    for (String[] page : markdown) site.with(page[0], page[1]);
    frontMatterPayloads(site);
    return site;
  }

  // --- Markdown bodies: one page each, so each payload's diagnostics are its file's. ---

  private void markdownPayloads() {
    // Links, images, autolinks and reference definitions with script schemes.
    removed(1, "[a](javascript:alert(1))");
    removed(2, "[a](JaVaScRiPt:alert(2))");
    removed(3, "[a](&#106;avascript:alert(3))");
    removed(4, "[a](&#x6A;avascript&#x3A;alert(4))");
    removed(5, "[a](javascript&colon;alert(5))");
    removed(6, "[a](<java\tscript:alert(6)>)");
    removed(7, "[a](<\u0001javascript:alert(7)>)");
    removed(8, "[a](vbscript:msgbox(8))");
    removed(9, "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==)");
    removed(10, "<javascript:alert(10)>");
    removed(11, "[a][r11]\n\n[r11]: javascript:alert(11)");
    removed(12, "![i](javascript:alert(12))");
    removed(13, "![i](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTMpPjwvc3ZnPg==)");
    removed(14, "[a](javascript:alert(14) \"title\")");
    removed(15, "[a](  javascript:alert(15)  )");
    removed(16, "[a](javascript\\:alert(16))");
    removed(17, "[a](JAVASCRIPT:alert(17))");
    removed(18, "[a]\n\n[a]: <javascript:alert(18)>");
    removed(19, "![i][r19]\n\n[r19]: javascript:alert(19)");
    shown(20, "javascript:alert(20) is only text: GFM links http, www and e-mail addresses only.", "javascript:alert(20)");

    // Attribute lists.
    removed(21, "## Heading {onfocus=alert(21) tabindex=0}");
    removed(22, "![a](images/ok.svg){onload=alert(22)}");
    removed(23, "[l](https://example.org/){onmouseover=alert(23)}");
    removed(24, "[l](https://example.org/){href=javascript:alert(24)}");
    removed(25, "## Heading {style=\"background:url(javascript:alert(25))\"}");
    removed(26, "## Heading {#x26 .y onclick=\"alert(26)\"}");
    removed(27, "[l](https://example.org/){title=\"x\\\" onmouseover=alert(27) x=\\\"\"}");
    shown(28, "## Heading {title='\" onmouseover=alert(28) x=\"'}", "\" onmouseover=alert(28) x=\"");
    shown(29, "![a](images/ok.svg){width=\"1 onerror=alert(29)\"}", "1 onerror=alert(29)");
    shown(30, "## Heading {tabindex=0 autofocus onfocus=alert(30)}", "{tabindex=0 autofocus onfocus=alert(30)}");
    removed(31, "[l](https://example.org/){ONMOUSEOVER=alert(31)}");

    // Raw HTML blocks, of each of CommonMark's seven kinds, and inline HTML.
    removed(32, "<script>alert(32)</script>");
    removed(33, "<style>*{background:url(javascript:alert(33))}</style>");
    removed(34, "<textarea><img src=x onerror=alert(34)></textarea>");
    removed(35, "<pre><img src=\"images/ok.svg\" onload=alert(35)></pre>");
    comment(36, "<!-- <img src=x onerror=alert(36)> -->");
    removed(37, "<!--><img src=\"" + BROKEN + "\" onerror=alert(37)>-->");
    removed(38, "<!---><img src=\"" + BROKEN + "\" onerror=alert(38)>-->");
    removed(39, "<!-- x --!><img src=\"" + BROKEN + "\" onerror=alert(39)>-->");
    removed(40, "<?php echo 1 ?><img src=\"images/ok.svg\" onload=alert(40)>");
    comment(41, "<?x <img src=x onerror=alert(41)> ?>");
    removed(42, "<!DOCTYPE html><img src=\"images/ok.svg\" onload=alert(42)>");
    comment(43, "<![CDATA[<img src=x onerror=alert(43)>]]>");
    removed(44, "<![CDATA[x]]><img src=\"images/ok.svg\" onload=alert(44)>");
    removed(45, "<div onclick=\"alert(45)\">x</div>");
    removed(46, "<details open ontoggle=alert(46)>x</details>");
    removed(47, "<img src=\"images/ok.svg\" onload=alert(47)>");
    removed(48, "<svg onload=alert(48)>");
    removed(49, "<svg><script>alert(49)</script></svg>");
    removed(50, "<svg><a xlink:href=\"javascript:alert(50)\"><text x=\"0\" y=\"10\">x</text></a></svg>");
    removed(51, "<math><mtext><table><mglyph><style><img src=\"" + BROKEN + "\" onerror=alert(51)>");
    removed(52, "<math href=\"javascript:alert(52)\">x</math>");
    removed(53, "<img srcset=\"javascript:alert(53) 1x\" alt=\"x\">");
    removed(54, "<img src=\"images/ok.svg\" srcset=\"images/ok.svg 1x, javascript:alert(54) 2x\" alt=\"x\">");
    removed(55, "<iframe src=\"javascript:alert(55)\"></iframe>");
    removed(56, "<iframe srcdoc=\"<script>alert(56)</script>\"></iframe>");
    removed(57, "<object data=\"javascript:alert(57)\"></object>");
    removed(58, "<embed src=\"javascript:alert(58)\">");
    removed(59, "<form action=\"javascript:alert(59)\"><button>x</button></form>");
    removed(60, "<button formaction=\"javascript:alert(60)\">x</button>");
    removed(61, "<base href=\"javascript:alert(61)//\">");
    removed(62, "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(62)\">");
    removed(63, "<link rel=\"stylesheet\" href=\"data:text/css,*{}\">");
    removed(64, "<a href=\"#\" onclick=\"alert(64)\">x</a>");
    removed(65, "<p style=\"background:url(javascript:alert(65))\">x</p>");
    shown(66, "<b/onmouseover=alert(66)>x</b>", "<b/onmouseover=alert(66)>x");
    shown(67, "<img src=\"images/ok.svg\"onload=\"alert(67)\">", "<img src=\"images/ok.svg\"onload=\"alert(67)\">");
    removed(68, "<IMG SRC=\"images/ok.svg\" ONLOAD=alert(68)>");
    removed(69, "<noscript><p title=\"</noscript><img src=images/ok.svg onload=alert(69)>\"></noscript>");
    removed(70, "<xmp><img src=\"images/ok.svg\" onload=alert(70)></xmp>");
    removed(71, "<select><template><img src=\"images/ok.svg\" onload=alert(71)></template></select>");
    removed(72, "<table><tr><td><img src=\"images/ok.svg\" onload=alert(72)></td></tr></table>");
    removed(73, "Text <img src=\"images/ok.svg\" onload=alert(73)> inline.");
    removed(74, "Text <span onmouseover=alert(74)>hover</span> inline.");
    removed(75, "Text <a href=\"https://example.org/\">x</a><script>alert(75)</script> inline.");
    removed(76, "<img src=\"" + BROKEN + "\" alt=\"x\" onerror=\"alert(76)\"/>");
    removed(77, "<input autofocus onfocus=alert(77)>");
    removed(78, "<video><source onerror=alert(78)></video>");
    removed(79, "<a href=\"javascript:alert(79)\">\n*x*\n</a>");
    removed(80, "<marquee onstart=alert(80)>x</marquee>");

    // <a href> in raw HTML: schemes hidden by character references, case, space, quoting.
    removed(81, "<a href=\"javascript:alert(81)\">x</a>");
    removed(82, "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(82)\">x</a>");
    removed(83, "<a href=\"&#0000106avascript:alert(83)\">x</a>");
    removed(84, "<a href=\"jav&#x09;ascript:alert(84)\">x</a>");
    removed(85, "<a href=\" javascript:alert(85)\">x</a>");
    removed(86, "<a href=\"javascript&#58;alert(86)\">x</a>");
    removed(87, "<a href=javascript:alert(87)>x</a>");
    removed(88, "<a href='javascript:alert(88)'>x</a>");
    removed(89, "<a HREF=\"JAVASCRIPT:alert(89)\">x</a>");
    removed(90, "<a href=\"javas&#99;ript:alert(90)\">x</a>");
    removed(91, "<a href=\"javascript&NewLine;:alert(91)\">x</a>");
    removed(92, "<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(92)\">x</a>");

    // Markdown around payloads: escaped where Markdown says text, sanitised where it says HTML.
    shown(93, "`<img src=x onerror=alert(93)>`", "<img src=x onerror=alert(93)>");
    shown(94, "```html\n<script>alert(94)</script>\n```", "<script>alert(94)</script>");
    shown(95, "\\<img src=x onerror=alert(95)>", "<img src=x onerror=alert(95)>");
    shown(96, "!!! note \"<img src=x onerror=alert(96)>\"\n    Body.", "<img src=x onerror=alert(96)>");
    shown(97, "[a](https://example.org/ \"\\\"><img src=x onerror=alert(97)>\")", "\"><img src=x onerror=alert(97)>");
    shown(98, "&lt;img src=x onerror=alert(98)&gt;", "<img src=x onerror=alert(98)>");
    shown(99, "[a](https://example.org/\"onmouseover=\"alert(99))", "onmouseover=%22alert(99)");
    shown(100, "<a href=\"javascript:alert(100)\" is not a tag: it never closes", "<a href=\"javascript:alert(100)\"");
    removed(101, "- [ ] <img src=\"images/ok.svg\" onload=alert(101)>");
    removed(102, "Note[^a].\n\n[^a]: <img src=\"images/ok.svg\" onload=alert(102)>");
    removed(103, "| <img src=\"images/ok.svg\" onload=alert(103)> |\n|---|\n| x |");
    removed(104, "## Heading {#\"><img src=\"images/ok.svg\" onload=alert(104)>}");
    removed(105, "> <img src=\"images/ok.svg\" onload=alert(105)>");
    removed(106, "- <img src=\"images/ok.svg\" onload=alert(106)>\n  - <b onclick=alert(106)>x</b>");
    removed(107, "![Rack <img src=x onerror=alert(107)>](images/ok.svg)");
    // Found by PagePipelineFuzzTest: raw HTML after an attribute list was not sanitised.
    removed(108, "[l](https://example.org/){.x}<img src=\"images/ok.svg\" onload=alert(108)>");
    removed(109, "![a](images/ok.svg){.x} <b onclick=alert(109)>b</b>");
  }

  private void removed(int id, String body) {
    md(id, body, Expect.REMOVED, null);
  }

  private void shown(int id, String body, String marker) {
    md(id, body, Expect.SHOWN, marker);
  }

  private void comment(int id, String body) {
    md(id, body, Expect.COMMENT, null);
  }

  private void md(int id, String body, Expect expect, String marker) {
    String name = String.format(Locale.ROOT, "m%03d", id);
    String file = "content/xss/" + name + ".md";
    markdown.add(new String[] {file, "---\ntitle: Payload " + id + "\n---\n" + body + "\n"});
    payloads.add(new Payload(id, file, "en/xss/" + name + "/index.html", expect, marker));
  }

  // --- Everything else a writer controls. ---

  private static final String SITE_YAML =
      """
      title: "XSS <img src=x onerror=alert(200)> corpus"
      base_url: https://guides.example.org/
      default_language: en
      repository: "https://example.org/guides?a=1&b='x'"
      languages:
        en: { name: "English <svg onload=alert(201)>" }
        es: { name: "Español <img src=x onerror=alert(202)>", title: "Guías <script>alert(203)</script>" }
      alerts:
        rules: [rules/*.yml]
        allow_without_runbook:
          - alert: Unanswered
            reason: "<img src=x onerror=alert(204)>"
      front_matter:
        fields:
          author: text
          keywords: list
      """;

  private static final String UI_STRINGS =
      """
      skip_to_content: "<img src=x onerror=alert(210)>"
      on_this_page: "<svg onload=alert(211)>"
      tags: "<script>alert(212)</script>"
      edit_page: "\\"><img src=x onerror=alert(213)>"
      checklist_reset_confirm: "\\" onmouseover=\\"alert(214)"
      """;

  private static final String RULES =
      """
      groups:
        - name: xss
          rules:
            - alert: XssAlert
              expr: up{job="<script>alert(220)</script>"} == 0
              for: 5m
              labels:
                severity: "\\"><img src=x onerror=alert(221)>"
              annotations:
                summary: "<img src=x onerror=alert(222)>"
                description: "<svg onload=alert(223)>"
                runbook_url: https://guides.example.org/en/xss/runbook/
            - alert: Unanswered
              expr: vector(1)
      """;

  /** The site's own template for hardware guides: prints the declared extra fields. */
  private static final String HARDWARE_TEMPLATE =
      """
      <!DOCTYPE html>
      <html lang="${page.lang}">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http:; object-src 'none'; base-uri 'none'; form-action 'self'">
      <title>${page.title}</title>
      </head>
      <body>
      <h1>${page.title}</h1>
      <p class="author" title="${page.extra.author}">${page.extra.author}</p>
      <ul><#list page.extra.keywords as k><li data-keyword="${k}">${k}</li></#list></ul>
      ${page.content?no_esc}
      </body>
      </html>
      """;

  private void frontMatterPayloads(TestSite site) {
    site.with("content/xss/fm-page.md", """
        ---
        title: "<img src=x onerror=alert(230)>"
        summary: "\\"><svg onload=alert(231)>"
        tags: ["<script>alert(232)</script>", "javascript:alert(233)"]
        ---
        ## One

        ## Two
        """);
    fm(230, "content/xss/fm-page.md", "en/xss/fm-page/index.html", "<img src=x onerror=alert(230)>");
    fm(231, "content/xss/fm-page.md", "en/xss/fm-page/index.html", "\"><svg onload=alert(231)>");
    fm(232, "content/xss/fm-page.md", "en/xss/fm-page/index.html", "<script>alert(232)</script>");
    fm(233, "content/xss/fm-page.md", "en/xss/fm-page/index.html", "javascript:alert(233)");

    site.with("content/xss/runbook.md", """
        ---
        title: "Runbook <script>alert(240)</script>"
        type: runbook
        risk: high
        alerts: [XssAlert]
        access: ["<img src=x onerror=alert(241)>"]
        tools: ["<svg><script>alert(242)</script></svg>"]
        rollback: "<a href=javascript:alert(243)>undo</a>"
        escalation: "<iframe src=javascript:alert(244)></iframe>"
        ---
        - [ ] Step <b>one</b>
        """);
    fm(240, "content/xss/runbook.md", "en/xss/runbook/index.html", "Runbook <script>alert(240)</script>");
    fm(241, "content/xss/runbook.md", "en/xss/runbook/index.html", "<img src=x onerror=alert(241)>");
    fm(242, "content/xss/runbook.md", "en/xss/runbook/index.html", "<svg><script>alert(242)</script></svg>");
    fm(243, "content/xss/runbook.md", "en/xss/runbook/index.html", "<a href=javascript:alert(243)>undo</a>");
    fm(244, "content/xss/runbook.md", "en/xss/runbook/index.html", "<iframe src=javascript:alert(244)></iframe>");

    site.with("content/xss/hardware.md", """
        ---
        title: "Hardware <img src=x onerror=alert(250)>"
        type: hardware-guide
        author: "\\" onmouseover=\\"alert(252)"
        keywords: ["<img src=x onerror=alert(253)>", "\\"><script>alert(254)</script>"]
        ---
        Text.
        """);
    fm(250, "content/xss/hardware.md", "en/xss/hardware/index.html", "Hardware <img src=x onerror=alert(250)>");
    fm(252, "content/xss/hardware.md", "en/xss/hardware/index.html", "\" onmouseover=\"alert(252)");
    fm(253, "content/xss/hardware.md", "en/xss/hardware/index.html", "<img src=x onerror=alert(253)>");
    fm(254, "content/xss/hardware.md", "en/xss/hardware/index.html", "\"><script>alert(254)</script>");

    site.with("content/xss/address.md", """
        ---
        title: Address
        permalink: "/xss/\\"><img/src=x/onerror=alert(260)>/"
        aliases: ["/xss/old/\\"><svg/onload=alert(261)>/"]
        ---
        Text.
        """);
    fm(260, "content/xss/address.md", "en/xss/index.html", "%22><img/src=x/onerror=alert(260)>/");
    fm(261, "content/xss/address.md", "en/xss/old/\"><svg/onload=alert(261)>/index.html", "Address");

    site.with("content/xss/scheme.md", "---\ntitle: Scheme\npermalink: \"/xss/javascript:alert(262)/*/*/\"\n---\nText.\n");
    fm(262, "content/xss/scheme.md", "en/xss/index.html", "javascript:alert(262)/*/*/");

    // A translation and its original.
    site.with("content/xss/translated.md", "---\ntitle: Translated\n---\nOriginal.\n");
    site.with("content/xss/translated.es.md",
        "---\ntitle: \"Traducida <img src=x onerror=alert(270)>\"\n---\n[a](javascript:alert(271)) <img src=\"images/ok.svg\" onload=alert(272)>\n");
    fm(270, "content/xss/translated.es.md", "es/xss/translated/index.html", "Traducida <img src=x onerror=alert(270)>");
    payloads.add(new Payload(271, "content/xss/translated.es.md", "es/xss/translated/index.html", Expect.REMOVED, null));

    // site.yaml, interface strings and the rule file, where their pages show them.
    fm(200, "site.yaml", "en/index.html", "XSS <img src=x onerror=alert(200)> corpus");
    fm(201, "site.yaml", "en/index.html", "English <svg onload=alert(201)>");
    fm(202, "site.yaml", "en/index.html", "Español <img src=x onerror=alert(202)>");
    fm(203, "site.yaml", "es/index.html", "Guías <script>alert(203)</script>");
    fm(204, "site.yaml", "en/xss/alerts/index.html", "<img src=x onerror=alert(204)>");
    fm(205, "site.yaml", "en/xss/m001/index.html", "https://example.org/guides?a=1&b='x'/edit/main/content/xss/m001.md");
    fm(210, "translations/es.yaml", "es/index.html", "<img src=x onerror=alert(210)>");
    fm(211, "translations/es.yaml", "es/xss/fm-page/index.html", "<svg onload=alert(211)>");
    fm(212, "translations/es.yaml", "es/xss/fm-page/index.html", "<script>alert(212)</script>");
    fm(213, "translations/es.yaml", "es/xss/translated/index.html", "\"><img src=x onerror=alert(213)>");
    fm(214, "translations/es.yaml", "es/xss/runbook/index.html", "\" onmouseover=\"alert(214)");
    fm(220, "rules/xss.yml", "en/xss/runbook/index.html", "up{job=\"<script>alert(220)</script>\"} == 0");
    fm(221, "rules/xss.yml", "en/xss/runbook/index.html", "\"><img src=x onerror=alert(221)>");
    fm(222, "rules/xss.yml", "en/xss/runbook/index.html", "<img src=x onerror=alert(222)>");
    fm(223, "rules/xss.yml", "en/xss/runbook/index.html", "<svg onload=alert(223)>");
    fm(300, "content/xss/_index.md", "en/xss/index.html", "<img src=x onerror=alert(300)>");
    fm(301, "content/xss/_index.md", "en/index.html", "<svg onload=alert(301)>");
  }

  private void fm(int id, String file, String page, String marker) {
    payloads.add(new Payload(id, file, page, Expect.SHOWN, marker));
  }
}
