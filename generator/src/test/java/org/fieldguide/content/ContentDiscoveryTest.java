package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.fieldguide.output.StagedOutput;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is read from content/: regular files inside the site folder, with names that stay distinct everywhere. */
class ContentDiscoveryTest {
  @TempDir Path dir;

  private static final String OUTSIDE = "this is a symbolic link to a place outside the site folder, so it is not read or published."
      + " Copy what it links to into the site folder instead.";

  private TestSite site() {
    return TestSite.in(dir.resolve("site")).page("content/a.md", "A", "Body.");
  }

  /** A file outside the site folder whose text must never appear anywhere. */
  private Path secret() throws Exception {
    return Files.writeString(dir.resolve("passwd"), "root:x:0:0:SECRET-LINE\n");
  }

  @Test
  void aLinkToAFileOutsideTheSiteIsAnErrorAndNotPublished() throws Exception {
    TestSite site = site();
    site.writeFiles();
    Files.createSymbolicLink(site.dir().resolve("content/x.txt"), secret());
    Files.createSymbolicLink(site.dir().resolve("content/notes.md"), secret());
    TestSite.Built b = site.build();
    b.assertDiagnostics("content/notes.md: error: " + OUTSIDE, "content/x.txt: error: " + OUTSIDE);
    assertThat(String.join("\n", b.messages())).doesNotContain("SECRET");
    assertThat(site.out()).doesNotExist();
  }

  @Test
  void aLinkToAFolderOutsideTheSiteIsAnError() throws Exception {
    TestSite site = site();
    site.writeFiles();
    secret();
    Files.createSymbolicLink(site.dir().resolve("content/etc"), dir);
    site.check().assertDiagnostics("content/etc: error: " + OUTSIDE);
  }

  @Test
  void aContentFolderThatIsALinkOutsideTheSiteIsAnError() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("a.md"), "---\ntitle: A\n---\n");
    Path siteDir = Files.createDirectories(dir.resolve("site"));
    Files.writeString(siteDir.resolve("site.yaml"), TestSite.SITE_YAML);
    Files.createSymbolicLink(siteDir.resolve("content"), elsewhere);
    TestSite.in(siteDir).check().assertDiagnostics("content: error: " + OUTSIDE);
  }

  @Test
  void linksThatStayInsideTheSiteAreFollowed() throws Exception {
    TestSite site = site().with("shared/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    site.writeFiles();
    Files.createSymbolicLink(site.dir().resolve("content/b.md"), Path.of("a.md"));
    Files.createSymbolicLink(site.dir().resolve("content/images"), Path.of("../shared"));
    TestSite.Built b = site.build().assertOk();
    assertThat(b.file("en/b/index.html")).contains("Body.");
    assertThat(b.file("en/images/logo.svg")).contains("<svg");
  }

  @Test
  void aLinkThatLeadsNowhereIsAnError() throws Exception {
    TestSite site = site();
    site.writeFiles();
    Files.createSymbolicLink(site.dir().resolve("content/gone.md"), Path.of("nothing-here.md"));
    site.check().assertDiagnostics("content/gone.md: error: this symbolic link leads nowhere: what it links to does not exist."
        + " Remove the link, or make it lead to a file in the site folder.");
  }

  @Test
  void aLinkLoopIsAnError() throws Exception {
    TestSite site = site().page("content/runbooks/b.md", "B", "x");
    site.writeFiles();
    Files.createSymbolicLink(site.dir().resolve("content/runbooks/again"), Path.of(".."));
    site.check().assertDiagnostics("content/runbooks/again: error: this symbolic link leads back to a folder that contains it, so"
        + " the folder would never end. Remove the link.");
  }

  @Test
  void aNamedPipeIsAnErrorAndNeverRead() throws Exception {
    TestSite site = site();
    site.writeFiles();
    Process p = new ProcessBuilder("mkfifo", site.dir().resolve("content/pipe.md").toString()).start();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo works here");
    site.check().assertDiagnostics("content/pipe.md: error: this is not a regular file (it is a named pipe, a socket or a device),"
        + " so it cannot be published. Remove it.");
  }

  @Test
  void namesThatDifferOnlyInLetterCaseAreErrors() {
    site().page("content/A.md", "Upper", "x")
        .page("content/runbooks/deploy.md", "D", "x")
        .page("content/Runbooks/other.md", "O", "x")
        .with("content/img/Rack.PNG", "png").with("content/img/rack.png", "png")
        .check().assertDiagnostics(
            "content/A.md:1:1: warning: the file name 'A.md' has spaces or capital letters, which become part of the page's address"
                + " (where letter case matters and a space is %20); rename it to 'a.md' and update links to it.",
            "content/a.md: error: 'a.md' and 'A.md' in content/ differ only in letter case, so they are one and the same on Windows"
                + " and macOS checkouts and one replaces the other. Rename one of them.",
            "content/img/rack.png: error: 'rack.png' and 'Rack.PNG' in content/img/ differ only in letter case, so they are one and"
                + " the same on Windows and macOS checkouts and one replaces the other. Rename one of them.",
            "content/runbooks: error: 'runbooks' and 'Runbooks' in content/ differ only in letter case, so they are one and the same"
                + " on Windows and macOS checkouts and one replaces the other. Rename one of them.");
  }

  @Test
  void namesThatDifferOnlyInHowAccentsAreEncodedAreErrors() {
    site().page("content/caf\u00e9.md", "Composed", "x").page("content/cafe\u0301.md", "Decomposed", "x")
        .check().assertDiagnostics("content/caf\u00e9.md: error: 'caf\u00e9.md' and 'cafe\u0301.md' in content/ differ only in how"
            + " accented letters are encoded, so they are one and the same on Windows and macOS checkouts and one replaces the other."
            + " Rename one of them.");
  }

  @Test
  void anOutputFolderInsideContentIsAnErrorAndNotReadBack() throws Exception {
    TestSite site = site();
    site.build().assertOk();
    TestSite inside = TestSite.in(site.dir());
    Files.move(site.out(), site.dir().resolve("content/public"));
    inside.check().assertDiagnostics("content/public: error: this folder is a site that fieldguide built (it holds"
        + " .fieldguide-output), so it is not read as content. Delete it, and build with an --out folder outside content/.");
  }

  @Test
  void theOutputMarkerIsTheOneStagedOutputWrites() {
    assertThat(ContentWalker.OUTPUT_MARKER).isEqualTo(StagedOutput.MARKER);
  }
}
