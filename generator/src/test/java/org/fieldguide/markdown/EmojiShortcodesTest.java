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
    assertThat(EmojiShortcodes.replace("ready:rocket:")).isEqualTo("ready🚀");
    assertThat(EmojiShortcodes.replace("10:30:rocket:")).isEqualTo("10:30🚀");
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
