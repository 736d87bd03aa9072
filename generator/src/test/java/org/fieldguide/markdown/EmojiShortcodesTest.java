package org.fieldguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fieldguide.html.FragmentSanitizer;
import org.junit.jupiter.api.Test;

class EmojiShortcodesTest {
  @Test
  void aNameGitHubKnowsBecomesItsEmoji() {
    assertThat(EmojiShortcodes.replace(":warning: Power off")).isEqualTo("⚠️ Power off");
    assertThat(EmojiShortcodes.replace("done :white_check_mark:")).isEqualTo("done ✅");
    assertThat(EmojiShortcodes.replace(":+1::-1:")).isEqualTo("👍👎");
  }

  @Test
  void otherColonsStayAsWritten() {
    String text = "at 10:30:00, :not_an_emoji:, :Warning:, ::, a: b: c, :";
    assertThat(EmojiShortcodes.replace(text)).isSameAs(text);
    assertThat(EmojiShortcodes.replace("no colon")).isEqualTo("no colon");
  }

  @Test
  void aColonThatClosedNoNameMayOpenTheNext() {
    assertThat(EmojiShortcodes.replace(":not_one::rocket:")).isEqualTo(":not_one:🚀");
    assertThat(EmojiShortcodes.replace("(:rocket:)")).isEqualTo("(🚀)");
  }

  @Test
  void aNameTouchingALetterOrDigitStaysSoAddressesReadAsWritten() {
    // :a:, :b:, :cd: and :ab: are emoji names.
    for (String address : new String[] {"2001:db8:a:b::1", "fe80::cd:1", "00:ab:cd:ef:01:02", "ready:rocket:", "10:30:rocket:"}) {
      assertThat(EmojiShortcodes.replace(address)).isSameAs(address);
    }
  }

  @Test
  void calloutAndAdmonitionTitlesHaveTheirEmojiToo() {
    MarkdownEngine engine = new MarkdownEngine();
    BodyInput.Labels labels = new BodyInput.Labels("Link", Map.of());
    assertThat(engine.render(new BodyInput("> [!TIP] :bulb: Spare fuses\n> In the box.\n", "content/a.md", 5, labels,
        FragmentSanitizer.Mode.SANITISE, false)).html()).contains("<p class=\"admonition-title\">💡 Spare fuses</p>");
    assertThat(engine.render(new BodyInput("!!! warning \":warning: Mains\"\n    Unplug.\n", "content/a.md", 5, labels,
        FragmentSanitizer.Mode.SANITISE, false)).html()).contains("<p class=\"admonition-title\">⚠️ Mains</p>");
  }

  @Test
  void inAPageTextLinksAndHeadingsChangeButCodeAndAddressesDoNot() {
    RenderedBody body = new MarkdownEngine().render(new BodyInput(
        "## Deploy :rocket:\n\n:warning: Run `echo :warning:` then [read :bulb:](tips.md#x:y:).\n\n```\n:warning:\n```\n",
        "content/a.md", 5, new BodyInput.Labels("Link", Map.of()), FragmentSanitizer.Mode.SANITISE, false));
    assertThat(body.html()).contains("Deploy 🚀", "<p>⚠️ Run <code>echo :warning:</code> then ", "read 💡</a>", "<code>:warning:\n</code>");
    assertThat(body.links()).extracting(LinkRef::url).containsExactly("tips.md#x:y:");
    assertThat(body.headings()).extracting(PageHeading::text).containsExactly("Deploy 🚀");
    assertThat(body.text()).contains("⚠️ Run").doesNotContain(":rocket:");
  }
}
