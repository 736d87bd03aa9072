package org.fieldguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sanitiser warnings added with the XSS corpus, through a whole build, with their exact text. */
class SanitiserWarningsTest {
  @TempDir Path dir;

  @Test
  void rawHtmlInAnImagesAltTextIsLeftOutAndReported() {
    TestSite.Built b = TestSite.in(dir)
        .with("content/a.md", "---\ntitle: A\n---\n![Rack <img src=x onerror=alert(1)> front](images/rack.svg)\n")
        .with("content/images/rack.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>")
        .build()
        .assertDiagnostics(
            "content/a.md:4:8: warning: removed <img src=x onerror=alert(1)> from an image's alt text, which is plain text."
                + " Describe the image in words.");
    assertThat(b.file("en/a/index.html")).contains("<img src=\"../images/rack.svg\" alt=\"Rack  front\"").doesNotContain("onerror");
  }

  /** Found by PagePipelineFuzzTest: the walk stopped at an attribute list, leaving what followed unsanitised. */
  @Test
  void rawHtmlAfterAnAttributeListIsSanitisedToo() {
    TestSite.Built b = TestSite.in(dir)
        .with("content/a.md", "---\ntitle: A\n---\n[l](https://example.org/){.button}\n<img src=\"https://example.org/x.png\" onerror=alert(1)> and"
            + " ![a](images/rack.svg){.wide} <b onclick=alert(2)>b</b>\n")
        .with("content/images/rack.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>")
        .build()
        .assertDiagnostics(
            "content/a.md:5:38: warning: removed onerror attribute on <img> from raw HTML: pages are sanitised because they come from many"
                + " hands. Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted.",
            "content/a.md:5:92: warning: removed onclick attribute on <b> from raw HTML: pages are sanitised because they come from many"
                + " hands. Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted.");
    assertThat(b.file("en/a/index.html"))
        .contains("<a href=\"https://example.org/\" class=\"button\">l</a>", "<img src=\"https://example.org/x.png\">", "<b>b</b>")
        .doesNotContain("onerror", "onclick");
  }

  @Test
  void strictHtmlMakesEveryRemovalAnErrorAndNothingIsPublished() {
    TestSite.Built b = TestSite.in(dir)
        .with("site.yaml", TestSite.SITE_YAML + "strict_html: true\n")
        .with("content/a.md", "---\ntitle: A\n---\n[x](javascript:alert(1)) ![i](images/rack.svg){onload=alert(1)} <b onclick=alert(2)>b</b>\n")
        .with("content/images/rack.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"/>")
        .build()
        .assertDiagnostics(
            "content/a.md:4:1: error: removed a javascript: link, which could run code in a reader's browser. Link to an http(s) address"
                + " or a page instead.",
            "content/a.md:4:26: error: removed the attribute 'onload' from an attribute list {…}: pages are sanitised because they come"
                + " from many hands, and an attribute list may set only id, class, width, height, alt, title, lang and dir.",
            "content/a.md:4:68: error: removed onclick attribute on <b> from raw HTML: pages are sanitised because they come from many"
                + " hands. Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted.");
    assertThat(b.result().written()).isFalse();
    assertThat(b.out()).doesNotExist();
  }

  @Test
  void strictHtmlAndTrustedRawHtmlTogetherAreAnError() {
    TestSite.in(dir)
        .with("site.yaml", TestSite.SITE_YAML + "allow_raw_html: true\nstrict_html: true\n")
        .page("content/a.md", "A", "Text.\n")
        .build()
        .assertDiagnostics(
            "site.yaml:8:1: error: strict_html: true makes every removal by the sanitiser an error, and allow_raw_html: true turns the"
                + " sanitiser off for raw HTML: choose one.");
  }
}
