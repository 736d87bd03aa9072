package org.fieldguide.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links written the way writers of other generators write them (published addresses rather than
 * source files), permalinks and old addresses (aliases): resolved, rewritten and checked like
 * source-path links, with the same positions and "did you mean".
 */
class PublishedAddressLinksTest {
  private static final String SITE_YAML = TestSite.SITE_YAML.replace("https://guides.example.org/", "https://guides.example.org/docs/");

  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .with("site.yaml", SITE_YAML)
        .page("content/runbooks/disk.md", "Disk", "## Swap the disk {#swap}\n\nText.\n")
        .page("content/tests/ndt.md", "NDT", "## Results\n")
        .with("content/tests/images/flow.png", "png");
  }

  @Test
  void publishedAddressesResolveToPagesAndFiles() {
    TestSite.Built b = site().page("content/runbooks/deploy.md", "Deploy", String.join("\n",
            "[a](/runbooks/disk/) [b](/runbooks/disk) [c](/docs/runbooks/disk/#swap) [d](../disk/) [e](/es/runbooks/disk/)",
            "[f](../../tests/ndt/index.html) [g](/tests/ndt.html) [h](/tests/images/flow.png) [i](#top) [j](#) [k](/)",
            "")).build().assertOk();
    assertThat(b.file("en/runbooks/deploy/index.html"))
        .contains("<a href=\"../disk/\">a</a>", "<a href=\"../disk/\">b</a>", "<a href=\"../disk/#swap\">c</a>", "<a href=\"../disk/\">d</a>")
        .contains("<a href=\"../../../es/runbooks/disk/\">e</a>", "<a href=\"../../tests/ndt/\">f</a>", "<a href=\"../../tests/ndt/\">g</a>")
        .contains("<a href=\"../../tests/images/flow.png\">h</a>", "<a href=\"#top\">i</a>", "<a href=\"#\">j</a>", "<a href=\"../../\">k</a>");
  }

  @Test
  void publishedAddressThatLeadsNowhereIsReportedWithTheClosestAddress() {
    site().page("content/runbooks/deploy.md", "Deploy", "[a](/runbooks/dsk/) and [b](/nowhere/at/all/)\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:4:1: error: link target '/runbooks/dsk/' not found; did you mean '/runbooks/disk/'?",
        "content/runbooks/deploy.md:4:25: error: link target '/nowhere/at/all/' not found. Check the address: it is read from the top of the site (with or without /docs/).");
  }

  /** As a source-path link (InternalLinkDiagnosticsTest): the address shown as written the link's way. */
  @Test
  void aPublishedAddressThatDiffersOnlyInHowItsAccentsAreStoredSaysSo() {
    site().page("content/runbooks/cafe\u0301.md", "Café", "Text.\n")
        .page("content/runbooks/deploy.md", "Deploy", "[a](/runbooks/caf\u00e9/)\n").check().assertDiagnostics(
            "content/runbooks/deploy.md:4:1: error: link target '/runbooks/caf\u00e9/' not found; '/runbooks/cafe\u0301/' is this name with its"
                + " accented letters stored as letters followed by separate accent marks (as some macOS tools save names), and the link's as"
                + " typed: a web server takes them for two addresses. Rename the file, typing its name again.");
  }

  @Test
  void aFragmentOfAPublishedAddressIsChecked() {
    site().page("content/runbooks/deploy.md", "Deploy", "[a](/runbooks/disk/#swp)\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:4:1: error: anchor '#swp' not found in content/runbooks/disk.md; did you mean 'swap'?");
  }

  @Test
  void anchorNamedInRawHtmlIsALinkTarget() {
    site().page("content/runbooks/deploy.md", "Deploy", "<a name=\"legacy-step\"></a>\n\nSee [it](#legacy-step).\n").build().assertOk();
  }

  @Test
  void permalinkSetsTheAddressInEveryLanguage() {
    TestSite.Built b = site()
        .with("content/runbooks/deploy.md", "---\ntitle: Deploy\npermalink: /guides/deploy/\n---\nBody.\n")
        .page("content/runbooks/other.md", "Other", "[by source](deploy.md) [by address](/guides/deploy/)\n")
        .build().assertOk();
    assertThat(b.exists("en/guides/deploy/index.html")).isTrue();
    assertThat(b.exists("es/guides/deploy/index.html")).isTrue();
    assertThat(b.exists("en/runbooks/deploy/index.html")).isFalse();
    assertThat(b.file("en/runbooks/other/index.html"))
        .contains("<a href=\"../../guides/deploy/\">by source</a>", "<a href=\"../../guides/deploy/\">by address</a>");
  }

  @Test
  void oldAddressesRedirectAndResolve() {
    TestSite.Built b = site()
        .with("content/runbooks/deploy.md", "---\ntitle: Deploy\naliases: [/old/deploy/, /howto/deploy.html]\n---\nBody.\n")
        .page("content/runbooks/other.md", "Other", "[old](/old/deploy/)\n")
        .build().assertOk();
    assertThat(b.file("en/old/deploy/index.html"))
        .contains("<link rel=\"canonical\" href=\"https://guides.example.org/docs/en/runbooks/deploy/\">")
        .contains("<meta http-equiv=\"refresh\" content=\"0; url=../../runbooks/deploy/\">");
    assertThat(b.file("old/deploy/index.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=../../en/runbooks/deploy/\">");
    assertThat(b.exists("es/howto/deploy/index.html")).isTrue();
    // An old address of a file is also written as that file: /howto/deploy.html is served from howto/deploy.html.
    assertThat(b.file("howto/deploy.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=../en/runbooks/deploy/\">");
    assertThat(b.file("es/howto/deploy.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=../runbooks/deploy/\">");
    assertThat(b.file("sitemap.xml")).doesNotContain("old/deploy");
    assertThat(b.file("en/runbooks/other/index.html")).contains("<a href=\"../deploy/\">old</a>");
  }

  /**
   * A page's own address written as a file (where Sphinx and Jekyll published it: an import keeps
   * it) is an old address like any other: only the file is a redirect, the page stays where it
   * is. Another page's address written so is still an error.
   */
  @Test
  void aPagesOwnAddressAsAFileRedirectsToIt() {
    TestSite.Built b = site()
        .with("content/runbooks/deploy.md", "---\ntitle: Deploy\naliases: [/runbooks/deploy.html]\n---\nBody.\n")
        .page("content/runbooks/other.md", "Other", "[old](/runbooks/deploy.html)\n")
        .build().assertOk();
    assertThat(b.file("en/runbooks/deploy/index.html")).contains("<h1>Deploy</h1>").doesNotContain("http-equiv=\"refresh\"");
    assertThat(b.file("runbooks/deploy.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=../en/runbooks/deploy/\">");
    assertThat(b.file("en/runbooks/deploy.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=deploy/\">");
    assertThat(b.file("runbooks/deploy/index.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=../../en/runbooks/deploy/\">");
    assertThat(b.file("en/runbooks/other/index.html")).contains("<a href=\"../deploy/\">old</a>");

    site()
        .with("content/runbooks/deploy.md", "---\ntitle: Deploy\n---\nBody.\n")
        .with("content/runbooks/other.md", "---\ntitle: Other\naliases: [/runbooks/deploy.html]\n---\nBody.\n")
        .check()
        .assertDiagnostics("content/runbooks/other.md:3:11: error: the old address /runbooks/deploy.html is where content/runbooks/deploy.md"
            + " is published, so it cannot redirect to this page. Remove it from aliases.");
  }

  /**
   * A permalink or old address written with percent escapes (as the "no spaces" error asks) is
   * published where a web server looks for it, in a folder or file named with the space, and
   * linked with one escape, as a page whose file name has a space.
   */
  @Test
  void addressesWrittenWithEscapesArePublishedUnderTheirNames() {
    TestSite.Built b = site()
        .with("content/runbooks/deploy.md", "---\ntitle: Deploy\npermalink: /guides/new%20rack/\naliases: [/old%20rack/, /how%20to.html]\n---\nBody.\n")
        .page("content/runbooks/other.md", "Other", "[by source](deploy.md) [by address](/guides/new%20rack/) [old](/old%20rack/)\n")
        .build().assertOk();
    assertThat(b.exists("en/guides/new rack/index.html")).isTrue();
    assertThat(b.file("en/runbooks/other/index.html")).contains("<a href=\"../../guides/new%20rack/\">by source</a>",
        "<a href=\"../../guides/new%20rack/\">by address</a>", "<a href=\"../../guides/new%20rack/\">old</a>");
    assertThat(b.file("en/old rack/index.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=../guides/new%20rack/\">");
    assertThat(b.file("how to.html")).contains("<meta http-equiv=\"refresh\" content=\"0; url=en/guides/new%20rack/\">");
  }

  @Test
  void addressesThatCollideAreErrorsWhereTheyAreWritten() {
    site()
        .with("content/runbooks/deploy.md", "---\ntitle: Deploy\npermalink: /runbooks/disk/\n---\nBody.\n")
        .with("content/tests/speed.md", "---\ntitle: Speed\naliases:\n  - /tests/ndt/\n  - /es/\n  - /tests/legacy.html\n  - /404.html\n---\nBody.\n")
        .with("content/tests/legacy.html", "<p>The old results page.</p>\n")
        .check()
        .assertDiagnostics(
            "content/runbooks/deploy.md:3:12: error: this page would be published at /en/runbooks/disk/, where content/runbooks/disk.md is published too. Choose another permalink, or remove it.",
            "content/tests/speed.md:4:5: error: the old address /tests/ndt/ is where content/tests/ndt.md is published, so it cannot redirect to this page. Remove it from aliases.",
            "content/tests/speed.md:5:5: error: the old address /es/ cannot redirect: it is the site's root, a language or the theme's files. Remove it from aliases.",
            "content/tests/speed.md:6:5: error: the old address /tests/legacy.html is where content/tests/legacy.html is published, so it cannot redirect to this page. Remove it from aliases, or move the file.",
            "content/tests/speed.md:7:5: error: the old address /404.html cannot redirect: the site's not-found page is published there. Remove it from aliases.");
  }
}
