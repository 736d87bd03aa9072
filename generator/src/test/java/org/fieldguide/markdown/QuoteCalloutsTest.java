package org.fieldguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.html.FragmentSanitizer;
import org.junit.jupiter.api.Test;

/** GitHub's alerts and Obsidian's callouts, through the whole body rendering. */
class QuoteCalloutsTest {
  private static final BodyInput.Labels LABELS = new BodyInput.Labels(
      "Link to section", Map.of("note", "Nota", "tip", "Consejo", "warning", "Advertencia", "danger", "Peligro", "important", "Importante"));
  private final MarkdownEngine engine = new MarkdownEngine();

  private RenderedBody render(String markdown) {
    return engine.render(new BodyInput(markdown, "content/a.es.md", 5, LABELS, FragmentSanitizer.Mode.SANITISE, false));
  }

  private String html(String markdown) {
    return MarkdownEngineTest.filled(render(markdown));
  }

  @Test
  void aGitHubAlertIsAnAdmonitionTitledInThePageLanguage() {
    assertThat(html("> [!WARNING]\n> Power off first.\n"))
        .isEqualTo("<aside class=\"admonition admonition-warning\" role=\"note\"><p class=\"admonition-title\">Advertencia</p>\n"
            + "<p>Power off first.</p>\n</aside>\n");
  }

  @Test
  void theTypeIsReadInAnyCaseAndAHardBreakAfterItChangesNothing() {
    assertThat(html("> [!tip]  \n> Label both ends.\n>\n> Then test.\n"))
        .isEqualTo("<aside class=\"admonition admonition-tip\" role=\"note\"><p class=\"admonition-title\">Consejo</p>\n"
            + "<p>Label both ends.</p>\n<p>Then test.</p>\n</aside>\n");
  }

  @Test
  void importantAndCautionKeepTheirWordStyledAsNoteAndWarning() {
    assertThat(html("> [!IMPORTANT]\n> Keep the serial number.\n"))
        .startsWith("<aside class=\"admonition admonition-note\" role=\"note\"><p class=\"admonition-title\">Importante</p>");
    // No title of its own among these labels: its styled kind's.
    assertThat(html("> [!CAUTION]\n> Heavy.\n"))
        .startsWith("<aside class=\"admonition admonition-warning\" role=\"note\"><p class=\"admonition-title\">Advertencia</p>");
  }

  @Test
  void textAfterTheMarkerIsTheTitleAsPlainText() {
    assertThat(html("> [!CAUTION] Mind the **rails** and `eth0`\n> Body.\n"))
        .isEqualTo("<aside class=\"admonition admonition-warning\" role=\"note\"><p class=\"admonition-title\">Mind the rails and eth0</p>\n"
            + "<p>Body.</p>\n</aside>\n");
  }

  @Test
  void obsidianFoldMarksMakeItCollapsibleClosedOrOpen() {
    assertThat(html("> [!tip]- Spare parts\n> In the blue box.\n"))
        .isEqualTo("<details class=\"admonition admonition-tip\"><summary class=\"admonition-title\">Spare parts</summary>\n"
            + "<p>In the blue box.</p>\n</details>\n");
    assertThat(html("> [!note]+\n> Open.\n")).startsWith("<details class=\"admonition admonition-note\" open=\"open\"><summary class=\"admonition-title\">Nota</summary>");
  }

  @Test
  void aCalloutInAListItemIsOneAndItsLinksAreCheckedLinks() {
    RenderedBody body = render("1. Unplug the server.\n\n   > [!WARNING]\n   > See [power](power.md#off).\n");
    assertThat(html("1. Unplug the server.\n\n   > [!WARNING]\n   > See [power](power.md#off).\n"))
        .contains("<li>\n<p>Unplug the server.</p>\n<aside class=\"admonition admonition-warning\" role=\"note\">",
            "<p>See <a href=\"power.md#off\">power</a>.</p>\n</aside>\n</li>");
    assertThat(body.links()).extracting(LinkRef::url).containsExactly("power.md#off");
    assertThat(body.links().get(0).pos().line()).isEqualTo(8);
  }

  @Test
  void anEscapedBracketAMarkerRunIntoTextAndOtherQuotesStayQuotes() {
    assertThat(html("> \\[!NOTE]\n> Quoted.\n")).isEqualTo("<blockquote>\n<p>[!NOTE]\nQuoted.</p>\n</blockquote>\n");
    assertThat(html("> [!NOTE]*x*\n> Quoted.\n")).startsWith("<blockquote>");
    assertThat(html("> Text [!NOTE]\n")).startsWith("<blockquote>");
    assertThat(html("> - [!NOTE]\n")).startsWith("<blockquote>");
    assertThat(html("[!NOTE]\nNot quoted.\n")).isEqualTo("<p>[!NOTE]\nNot quoted.</p>\n");
  }

  @Test
  void anUnknownTypeIsShownAsANoteWithAWarningAtTheQuote() {
    assertThat(html("Intro.\n\n> [!WARN]\n> Hot.\n")).contains("<aside class=\"admonition admonition-note\" role=\"note\"><p class=\"admonition-title\">Nota</p>");
    assertThat(render("Intro.\n\n> [!WARN]\n> Hot.\n").diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("content/a.es.md:7:1: warning: unknown call-out '[!WARN]', shown as a note. Use one of GitHub's [!NOTE], [!TIP], [!IMPORTANT], [!WARNING], [!CAUTION], or [!DANGER].");
  }

  @Test
  void aMarkerAloneMakesACalloutWithItsTitleOnly() {
    assertThat(html("> [!NOTE]\n\nAfter.\n"))
        .isEqualTo("<aside class=\"admonition admonition-note\" role=\"note\"><p class=\"admonition-title\">Nota</p>\n</aside>\n<p>After.</p>\n");
  }

  @Test
  void theTitleIsSearchTextAndTheMarkerIsNot() {
    RenderedBody body = render("> [!WARNING] Mains voltage\n> Unplug it.\n");
    assertThat(body.text()).contains("Mains voltage", "Unplug it.").doesNotContain("[!");
    assertThat(List.of(body.text().split("\n"))).doesNotContain("Advertencia");
  }
}
