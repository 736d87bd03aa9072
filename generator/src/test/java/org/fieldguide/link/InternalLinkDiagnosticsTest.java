package org.fieldguide.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every internal link diagnostic, with its exact position in the Markdown source. */
class InternalLinkDiagnosticsTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .page("content/runbooks/disk.md", "Disk", "## Swap the disk {#swap}\n\nText.\n")
        .page("content/hardware/r640.md", "R640", "## BIOS settings\n")
        .with("content/hardware/images/rack.png", "png");
  }

  @Test
  void resolvesLinksToPagesAnchorsAndAssets() {
    TestSite.Built b =
        site().page("content/runbooks/deploy.md", "Deploy",
                "See [disk](disk.md#swap), [bios](../hardware/r640.md#bios-settings), ![rack](../hardware/images/rack.png),"
                    + " [top](#intro) and [hardware](../hardware/_index.md).\n\n## Intro\n")
            .build()
            .assertOk();
    assertThat(b.file("en/runbooks/deploy/index.html"))
        .contains("<a href=\"../disk/#swap\">disk</a>", "<a href=\"../../hardware/r640/#bios-settings\">bios</a>",
            "<img src=\"../../hardware/images/rack.png\" alt=\"rack\" loading=\"lazy\" />", "<a href=\"#intro\">top</a>",
            "<a href=\"../../hardware/\">hardware</a>");
    assertThat(b.exists("en/hardware/images/rack.png")).isTrue();
    assertThat(b.exists("es/hardware/images/rack.png")).isTrue();
  }

  @Test
  void missingPage() {
    site().page("content/runbooks/deploy.md", "Deploy", "Text\n\nSee [x](missing-page.md).\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:6:5: error: link target 'missing-page.md' not found. Check the file name, or create the page.");
  }

  @Test
  void nearMissGetsSuggestion() {
    site().page("content/runbooks/deploy.md", "Deploy", "[x](dsk.md)\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:4:1: error: link target 'dsk.md' not found; did you mean 'disk.md'?");
  }

  /**
   * A link typed with composed letters to a file whose name stores them as a letter and a
   * separate accent mark (as some macOS tools save names), and one the other way round: the same
   * name to a reader, two addresses to a web server. Said so, with which of the two to type again,
   * rather than a "did you mean" that shows the same name twice (or nothing: an accent stored
   * apart is one edit more than the closeness a short name allows).
   */
  @Test
  void aNameThatDiffersOnlyInHowItsAccentsAreStoredSaysWhichToTypeAgain() {
    site().page("content/runbooks/cafe\u0301.md", "Café", "Text.\n")
        .page("content/runbooks/r\u00e9seau.md", "Réseau", "Text.\n")
        .page("content/runbooks/deploy.md", "Deploy", "[a](caf\u00e9.md) [b](re\u0301seau.md)\n").check().assertDiagnostics(
            "content/runbooks/deploy.md:4:1: error: link target 'caf\u00e9.md' not found; content/runbooks/cafe\u0301.md is this name with its"
                + " accented letters stored as letters followed by separate accent marks (as some macOS tools save names), and the link's as"
                + " typed: a web server takes them for two addresses. Rename the file, typing its name again.",
            "content/runbooks/deploy.md:4:14: error: link target 're\u0301seau.md' not found; content/runbooks/r\u00e9seau.md is this name with"
                + " its accented letters stored as typed, and the link's as letters followed by separate accent marks: a web server takes them"
                + " for two addresses. Type the link again.");
  }

  @Test
  void caseMismatchIsAnErrorWithExplanation() {
    site().page("content/runbooks/deploy.md", "Deploy", "[x](../hardware/R640.md)\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:4:1: error: link target '../hardware/R640.md' not found; did you mean '../hardware/r640.md'? Letter case matters on the web server even where it does not on your computer.");
  }

  @Test
  void missingAnchor() {
    site().page("content/runbooks/deploy.md", "Deploy", "[x](disk.md#swp)\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:4:1: error: anchor '#swp' not found in content/runbooks/disk.md; did you mean 'swap'?");
  }

  @Test
  void missingAnchorOnSamePage() {
    site().page("content/runbooks/deploy.md", "Deploy", "## Steps\n\n[x](#nothing-like-it)\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:6:1: error: anchor '#nothing-like-it' not found in this page. Link to a heading id of the page, or give the heading an explicit {#nothing-like-it}.");
  }

  @Test
  void missingImage() {
    site().page("content/runbooks/deploy.md", "Deploy", "- item\n  - ![diagram](images/none.png)\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:5:5: error: image target 'images/none.png' not found. Check the path, relative to this page's folder.");
  }

  @Test
  void linkInsideTableBlockquoteAdmonitionAndFootnote() {
    site().page("content/runbooks/deploy.md", "Deploy",
            "| a |\n|---|\n| [t](t.md) |\n\n> [q](q.md)\n\n!!! note \"N\"\n    [a](a1.md)\n\nText[^1]\n\n[^1]: [f](f1.md)\n")
        .check()
        .assertDiagnostics(
            "content/runbooks/deploy.md:6:3: error: link target 't.md' not found. Check the file name, or create the page.",
            "content/runbooks/deploy.md:8:3: error: link target 'q.md' not found. Check the file name, or create the page.",
            "content/runbooks/deploy.md:11:5: error: link target 'a1.md' not found. Check the file name, or create the page.",
            "content/runbooks/deploy.md:15:7: error: link target 'f1.md' not found. Check the file name, or create the page.");
  }

  @Test
  void referenceDefinitionIsReportedWhereTheUrlIsWritten() {
    site().page("content/runbooks/deploy.md", "Deploy", "See [the guide][g].\n\n[g]: ../nowhere.md\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:6:1: error: link target '../nowhere.md' not found. Check the file name, or create the page.");
  }

  @Test
  void linkOutsideContentWithoutARepositorySaysWhereItLeadsAndHowToLinkIt() {
    site().with("README.md", "# Guides\n")
        .page("content/runbooks/deploy.md", "Deploy", "[x](../../README.md) [y](../../../../etc/passwd) [z](/../x) [w](../../READM.md)\n")
        .check()
        .assertDiagnostics(
            "content/runbooks/deploy.md:4:1: error: link '../../README.md' points outside content/, to README.md in the site's folder, which is"
                + " not published with the site. Name the repository in site.yaml (repository: its https:// address) to have such links"
                + " lead to the file on the code-hosting site, link to the file's https:// address, or move it under content/ to publish it.",
            "content/runbooks/deploy.md:4:22: error: link '../../../../etc/passwd' points outside content/. Link to a page or file inside content/.",
            "content/runbooks/deploy.md:4:50: error: link '/../x' points outside content/. Link to a page or file inside content/.",
            "content/runbooks/deploy.md:4:61: error: link '../../READM.md' points outside content/, to READM.md in the site's folder, which does"
                + " not exist; did you mean '../../README.md'?");
  }

  /**
   * With site.yaml's repository, a link to another file of the repository works as it does on the
   * code-hosting site: it leads there, to the file (blob/) or the folder (tree/), with its line
   * anchor; in raw HTML too.
   */
  @Test
  void linkToAFileOfTheRepositoryLeadsToItOnTheCodeHostingSite() {
    TestSite.Built b = site().with("site.yaml", TestSite.SITE_YAML + "repository: https://github.com/example/guides\nallow_raw_html: true\n")
        .with("monitoring/rules/node disk.yml", "groups: []\n")
        .with("scripts/setup.sh", "#!/bin/sh\n")
        .with("README.md", "# Guides\n\n## Install\n")
        .page("content/runbooks/deploy.md", "Deploy",
            "The [rule](<../../monitoring/rules/node disk.yml#L2>), the [scripts](../../scripts/), [read me](../../README.md#install)"
                + " and <a href=\"../../scripts/setup.sh\">setup</a>.\n")
        .build()
        .assertOk();
    assertThat(b.file("en/runbooks/deploy/index.html")).contains(
        "<a href=\"https://github.com/example/guides/blob/main/monitoring/rules/node%20disk.yml#L2\">rule</a>",
        "<a href=\"https://github.com/example/guides/tree/main/scripts\">scripts</a>",
        "<a href=\"https://github.com/example/guides/blob/main/README.md#install\">read me</a>",
        "<a href=\"https://github.com/example/guides/blob/main/scripts/setup.sh\">setup</a>");
    assertThat(b.file("es/runbooks/deploy/index.html")).contains("https://github.com/example/guides/tree/main/scripts");
  }

  /** A path no file can have (%00 decodes to NUL) leads nowhere, as a link out of the repository does: an error, not a crash. */
  @Test
  void aLinkOutOfContentNoFileCanHaveIsAnError() {
    site().page("content/runbooks/deploy.md", "Deploy", "[x](../../a%00b) [y](../../a%00b.md)\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:4:1: error: link '../../a%00b' points outside content/. Link to a page or file inside content/.",
        "content/runbooks/deploy.md:4:18: error: link '../../a%00b.md' points outside content/. Link to a page or file inside content/.");
  }

  /** Out of content/ and back in, as some writers link on the code-hosting site: the page or file it names. */
  @Test
  void aLinkOutOfContentAndBackInLeadsToThePage() {
    TestSite.Built b = site().page("content/runbooks/deploy.md", "Deploy",
            "[disk](../../content/runbooks/disk.md#swap) ![rack](../../content/hardware/images/rack.png) [home](../../content/)\n")
        .build()
        .assertOk();
    assertThat(b.file("en/runbooks/deploy/index.html")).contains("<a href=\"../disk/#swap\">disk</a>",
        "<img src=\"../../hardware/images/rack.png\"", "<a href=\"../../\">home</a>");
  }

  @Test
  void aMissingRepositoryFileAnImageAndAPrerequisiteThereAreErrors() {
    site().with("site.yaml", TestSite.SITE_YAML + "repository: https://github.com/example/guides\n")
        .with("docs/rack.png", "png")
        .with("content/runbooks/deploy.md",
            "---\ntitle: Deploy\ntype: runbook\nprerequisites: [../../docs/rack.png]\n---\n[rule](../../monitoring/node.yml) ![rack](../../docs/rack.png)\n")
        .check()
        .assertDiagnostics(
            "content/runbooks/deploy.md:4:17: error: '../../docs/rack.png' is not a page. A prerequisite must be the path of a .md page.",
            "content/runbooks/deploy.md:6:1: error: link '../../monitoring/node.yml' points outside content/, to monitoring/node.yml in the"
                + " site's folder, which does not exist. Check the path, relative to this page's folder.",
            "content/runbooks/deploy.md:6:35: error: image '../../docs/rack.png' is docs/rack.png in the site's folder, outside content/, which"
                + " is not published with the site: a page's images are, so that they show offline too. Move or copy the image under content/.");
  }

  /**
   * A site in a folder of its repository, named by the folder's address: a link may climb above
   * the site's folder as far as the repository's top, as it does on the code-hosting site.
   */
  @Test
  void aSiteInAFolderOfItsRepositoryLinksFilesAboveIt() throws java.io.IOException {
    Path docs = dir.resolve("docs");
    java.nio.file.Files.writeString(dir.resolve("README.md"), "# Project\n");
    TestSite.Built b = TestSite.in(docs)
        .with("site.yaml", TestSite.SITE_YAML + "repository: https://gitlab.com/group/guides/-/tree/stable/docs\n")
        .page("content/runbooks/deploy.md", "Deploy", "[project](../../../README.md) [above](../../../../x)\n")
        .check()
        .assertDiagnostics("content/runbooks/deploy.md:4:31: error: link '../../../../x' points outside content/. Link to a page or file inside content/.");
    TestSite.in(docs)
        .with("site.yaml", TestSite.SITE_YAML + "repository: https://gitlab.com/group/guides/-/tree/stable/docs\n")
        .page("content/runbooks/deploy.md", "Deploy", "[project](../../../README.md) and [the site's](../../site.yaml)\n")
        .build()
        .assertOk();
    assertThat(java.nio.file.Files.readString(docs.resolve("public/en/runbooks/deploy/index.html"))).contains(
        "<a href=\"https://gitlab.com/group/guides/-/blob/stable/README.md\">project</a>",
        "<a href=\"https://gitlab.com/group/guides/-/blob/stable/docs/site.yaml\">the site's</a>");
  }

  @Test
  void linkToDraft() {
    site().with("content/runbooks/wip.md", "---\ntitle: WIP\ndraft: true\n---\n")
        .page("content/runbooks/deploy.md", "Deploy", "[x](wip.md)\n")
        .check()
        .assertDiagnostics(
            "content/runbooks/deploy.md:4:1: error: link 'wip.md' points to a draft, which is not published. Remove the link or publish the page (draft: false).");
  }

  @Test
  void brokenPrerequisiteInFrontMatter() {
    site().with("content/runbooks/deploy.md", "---\ntitle: Deploy\ntype: runbook\nprerequisites: [disk.md, ../nope.md]\n---\n")
        .check()
        .assertDiagnostics(
            "content/runbooks/deploy.md:4:26: error: prerequisite target '../nope.md' not found. Check the file name, or create the page.");
  }

  @Test
  void externalLinksAreNotCheckedByBuild() {
    site().page("content/runbooks/deploy.md", "Deploy", "[x](https://example.org/nowhere) <mailto:a@example.org>\n").check().assertOk();
  }

  @Test
  void duplicateExplicitIds() {
    site().page("content/runbooks/deploy.md", "Deploy", "## One {#step}\n\n## Two {#step}\n").check().assertDiagnostics(
        "content/runbooks/deploy.md:6:8: error: the id 'step' is used twice in this page, so links to #step are ambiguous. Give each heading its own id.");
  }

  @Test
  void linksInRawHtmlAreCheckedAndRewritten() {
    TestSite.Built b = site()
        .with("site.yaml", TestSite.SITE_YAML + "allow_raw_html: true\n")
        .page("content/runbooks/deploy.md", "Deploy", "Text\n\n<div class=\"box\">\n  See <a href=\"disk.md#swap\">disk</a> and <img src=\"../hardware/images/rack.png\" alt=\"rack\">\n</div>\n")
        .build()
        .assertOk();
    assertThat(b.file("en/runbooks/deploy/index.html")).contains("<a href=\"../disk/#swap\">disk</a>", "<img src=\"../../hardware/images/rack.png\" alt=\"rack\">");
  }

  @Test
  void brokenRawHtmlLinkIsReportedAtItsMarkdownPosition() {
    site().with("site.yaml", TestSite.SITE_YAML + "allow_raw_html: true\n")
        .page("content/runbooks/deploy.md", "Deploy", "<div>\n  <a href=\"nowhere.md\">x</a>\n</div>\n\nInline <a href=\"gone.md\">y</a>.\n")
        .check()
        .assertDiagnostics(
            "content/runbooks/deploy.md:5:3: error: link target 'nowhere.md' not found. Check the file name, or create the page.",
            "content/runbooks/deploy.md:8:8: error: link target 'gone.md' not found. Check the file name, or create the page.");
  }
}
