package org.fieldguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class QuickAutolinksTest {
  private static String html(Extension autolinks, String markdown) {
    List<Extension> extensions = List.of(autolinks);
    return HtmlRenderer.builder().extensions(extensions).build().render(Parser.builder().extensions(extensions).build().parse(markdown));
  }

  @Test
  void linksExactlyWhatTheExtensionLinks() {
    List<String> inputs = List.of(
        "Visit www.example.org today.",
        "Visit WWW.Example.org or wWw.example.com.",
        "Write to site-host@example.org, or to foo@bar.",
        "See https://example.org/a?b=c. And ftp://files.example.org/x",
        "Plain prose. Ratio 1:2, time 10:30, a file name.md and e.g. this.",
        "[www.example.org](https://example.org) and <https://example.org>",
        "`www.example.org` in code\n\n    https://example.org in a code block",
        "www.x and www. and xwww.example.org",
        "- [ ] check www.example.org\n- [x] done\n\n| a | b |\n|---|---|\n| www.example.org | c@d.org |",
        "!!! note\n    Inside an admonition: www.example.org",
        "");
    for (String in : inputs) {
      assertThat(html(new QuickAutolinks(), in)).as(in).isEqualTo(html(AutolinkExtension.create(), in));
    }
    assertThat(html(new QuickAutolinks(), "Visit www.example.org today.")).contains("<a href=\"http://www.example.org\">");
  }

  @Test
  void textWithoutAnyScannersMarkIsLeftAlone() {
    assertThat(QuickAutolinks.mayHoldLink("Plain prose. Ratio 1:2, time 10:30, a file name.md.")).isFalse();
    assertThat(QuickAutolinks.mayHoldLink("")).isFalse();
    assertThat(QuickAutolinks.mayHoldLink("ww.x")).isFalse();
    assertThat(QuickAutolinks.mayHoldLink("www.x")).isTrue();
    assertThat(QuickAutolinks.mayHoldLink("Www.x")).isTrue();
    assertThat(QuickAutolinks.mayHoldLink("a@b")).isTrue();
    assertThat(QuickAutolinks.mayHoldLink("x://y")).isTrue();
  }
}
