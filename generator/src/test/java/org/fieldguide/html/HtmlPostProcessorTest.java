package org.fieldguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlPostProcessorTest {
  private final HtmlPostProcessor processor = new HtmlPostProcessor();

  @Test
  void sanitisesScriptsHandlersAndJavascriptUrls() {
    ProcessedHtml p =
        processor.process(
            "<p onclick=\"x()\">Hi<script>alert(1)</script><a href=\"JaVaScRiPt:alert(1)\">x</a><a href=\"../b/#s\">b</a></p>", true, "Link");
    assertThat(p.html()).isEqualTo("<p>Hi<a>x</a><a href=\"../b/#s\">b</a></p>");
  }

  @Test
  void keepsMarkdownOutputAndChecklistInputs() {
    String html = "<h2 id=\"a\">A</h2><ul><li class=\"checklist-item\"><label><input type=\"checkbox\" class=\"checklist-box\" data-check-id=\"c1\"> <span>x</span></label></li></ul><details><summary>s</summary></details><input type=\"text\">";
    ProcessedHtml p = processor.process(html, true, "Link");
    assertThat(p.html()).contains("data-check-id=\"c1\"", "<details>", "class=\"checklist\"").doesNotContain("type=\"text\"");
  }

  @Test
  void collectsIdsTocAndDuplicates() {
    ProcessedHtml p = processor.process("<h2 id=\"a\">A</h2><h3 id=\"b\">B</h3><p id=\"a\">x</p><h4 id=\"c\">C</h4>", false, "Link");
    assertThat(p.ids()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(p.duplicateIds()).containsExactly("a");
    assertThat(p.toc()).extracting(t -> t.level() + t.id() + t.text()).containsExactly("2aA", "3bB");
  }

  @Test
  void addsHeadingAnchorsAndScrollableTables() {
    ProcessedHtml p = processor.process("<h2 id=\"a\">A</h2><table><tr><td>1</td></tr></table>", false, "Link to section");
    assertThat(p.html())
        .contains("<h2 id=\"a\">A<a class=\"heading-anchor\" href=\"#a\" aria-label=\"Link to section: A\">#</a></h2>")
        .contains("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\"><table>");
  }

  @Test
  void inspectorNamesWhatWillBeRemoved() {
    assertThat(new RawHtmlInspector().removals("<div onclick=\"x\"><script>1</script><a href=\"javascript:x\">y</a><iframe></iframe></div>"))
        .containsExactly("onclick attribute on <div>", "<script> element", "href=\"javascript:x\" on <a>", "<iframe> element");
  }
}
