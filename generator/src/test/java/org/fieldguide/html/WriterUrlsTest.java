package org.fieldguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.ScriptAudit;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Addresses a writer controls outside Markdown's own link syntax (permalinks, aliases, file names)
 * reach every page's navigation as relative URLs. A relative URL whose first segment has a colon
 * is read by browsers as a scheme, so a page published at {@code javascript:alert(1)/*∕*∕} would
 * run script from its parent's links; these tests build such sites and audit every page.
 */
class WriterUrlsTest {
  @TempDir Path dir;

  @Test
  void aPermalinkThatLooksLikeAScriptUrlStaysARelativeLink() {
    TestSite.Built b = TestSite.in(dir)
        .with("content/trap.md", "---\ntitle: Trap\npermalink: \"/javascript:alert(1)/*/*/\"\n---\nText.\n")
        .page("content/_index.md", "Home", "[Trap](/javascript:alert(1)/*/*/) and [again](trap.md)\n")
        .build().assertOk();
    assertThat(b.file("en/index.html"))
        .contains("<a href=\"./javascript:alert(1)/*/*/\">Trap</a> and <a href=\"./javascript:alert(1)/*/*/\">again</a>")
        .doesNotContain("href=\"javascript:");
    assertThat(ScriptAudit.ofFolder(b.out())).isEmpty();
  }

  @Test
  void aFileNameThatLooksLikeAScriptUrlStaysARelativeLink() {
    TestSite.Built b = TestSite.in(dir)
        .page("content/x/_index.md", "X", "[file](./javascript:alert(1).txt) <a href=\"./javascript:alert(2).txt\">raw</a>\n")
        .with("content/x/javascript:alert(1).txt", "text")
        .with("content/x/javascript:alert(2).txt", "text")
        .build().assertOk();
    assertThat(b.file("en/x/index.html"))
        .contains("<a href=\"./javascript:alert(1).txt\">file</a>", "<a href=\"./javascript:alert(2).txt\">raw</a>");
    assertThat(ScriptAudit.ofFolder(b.out())).isEmpty();
  }

  @Test
  void aliasesWithMarkupCharactersAreEscapedInRedirectPages() {
    TestSite.Built b = TestSite.in(dir)
        .with("content/a.md", "---\ntitle: \"A</title><script>alert(1)</script>\"\naliases: [\"/old/\\\"><img/src=x/onerror=alert(1)>/\"]\n---\nText.\n")
        .build().assertOk();
    String redirect = b.file("en/old/\"><img/src=x/onerror=alert(1)>/index.html");
    assertThat(redirect)
        .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"" + FragmentSanitizer.escapeAttribute(HtmlPolicy.CONTENT_SECURITY_POLICY) + "\">")
        .contains("<title>A&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>");
    assertThat(ScriptAudit.ofFolder(b.out())).isEmpty();
  }
}
