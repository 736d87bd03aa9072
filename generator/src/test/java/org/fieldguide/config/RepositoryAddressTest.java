package org.fieldguide.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryAddressTest {
  @TempDir Path dir;

  @Test
  void theRepositoryAloneIsBranchMainWithTheSiteAtItsTop() {
    assertThat(RepositoryAddress.of("https://github.com/org/guides").edit("content/a.md"))
        .isEqualTo("https://github.com/org/guides/edit/main/content/a.md");
    assertThat(RepositoryAddress.of("https://github.com/org/guides/").show("monitoring/x.yml"))
        .isEqualTo("https://github.com/org/guides/blob/main/monitoring/x.yml");
  }

  @Test
  void aFolderAddressNamesTheBranchAndTheSitesFolder() {
    assertThat(RepositoryAddress.of("https://github.com/org/guides/tree/master/docs").edit("content/a.md"))
        .isEqualTo("https://github.com/org/guides/edit/master/docs/content/a.md");
    assertThat(RepositoryAddress.of("https://github.com/org/guides/tree/stable/")).isEqualTo(
        new RepositoryAddress("https://github.com/org/guides/", "stable", "", RepositoryAddress.Forge.GITHUB));
    // GitLab puts its views after "/-/".
    assertThat(RepositoryAddress.of("https://gitlab.com/group/sub/guides/-/tree/develop/site").edit("content/a.md"))
        .isEqualTo("https://gitlab.com/group/sub/guides/-/edit/develop/site/content/a.md");
  }

  @Test
  void gitLabsViewsComeAfterItsDashAndItsNewFileFormTakesFileName() {
    RepositoryAddress plain = RepositoryAddress.of("https://gitlab.com/group/guides");
    assertThat(plain.edit("content/a.md")).isEqualTo("https://gitlab.com/group/guides/-/edit/main/content/a.md");
    assertThat(plain.newFile("content", "a.es.md")).isEqualTo("https://gitlab.com/group/guides/-/new/main/content?file_name=a.es.md");
    assertThat(RepositoryAddress.of("https://gitlab.example.org/ops/guides/").show("x.yml"))
        .isEqualTo("https://gitlab.example.org/ops/guides/-/blob/main/x.yml");
    // Another host name: known from the /-/ of the folder's address.
    assertThat(RepositoryAddress.of("https://git.example.org/ops/guides/-/tree/stable/docs").newFile("content", "a.fr.md"))
        .isEqualTo("https://git.example.org/ops/guides/-/new/stable/docs/content?file_name=a.fr.md");
    assertThat(RepositoryAddress.of("https://github.com/org/guides").newFile("content", "a.es.md"))
        .isEqualTo("https://github.com/org/guides/new/main/content?filename=a.es.md");
  }

  @Test
  void giteaAndForgejoHaveTheirOwnRoutes() {
    RepositoryAddress codeberg = RepositoryAddress.of("https://codeberg.org/ops/guides");
    assertThat(codeberg.edit("content/a.md")).isEqualTo("https://codeberg.org/ops/guides/_edit/main/content/a.md");
    assertThat(codeberg.newFile("content", "a.es.md")).isEqualTo("https://codeberg.org/ops/guides/_new/main/content?filename=a.es.md");
    assertThat(codeberg.show("x.yml")).isEqualTo("https://codeberg.org/ops/guides/src/branch/main/x.yml");
    // Self-hosted under another name: known from the folder's address, which names branch and folder.
    RepositoryAddress folder = RepositoryAddress.of("https://git.example.org/ops/guides/src/branch/stable/docs");
    assertThat(folder).isEqualTo(new RepositoryAddress("https://git.example.org/ops/guides/", "stable", "docs/", RepositoryAddress.Forge.GITEA));
    assertThat(folder.edit("content/a.md")).isEqualTo("https://git.example.org/ops/guides/_edit/stable/docs/content/a.md");
  }

  /** A folder is shown under tree/ where the forge tells files and folders apart; a site in a folder may name files above it. */
  @Test
  void foldersAndFilesAboveTheSitesFolder() {
    RepositoryAddress docs = RepositoryAddress.of("https://github.com/org/guides/tree/stable/ops/docs");
    assertThat(docs.depth()).isEqualTo(2);
    assertThat(docs.showFolder("scripts")).isEqualTo("https://github.com/org/guides/tree/stable/ops/docs/scripts");
    assertThat(docs.show("../README.md")).isEqualTo("https://github.com/org/guides/blob/stable/ops/README.md");
    assertThat(docs.show("../../README.md")).isEqualTo("https://github.com/org/guides/blob/stable/README.md");
    assertThat(docs.showFolder("../..")).isEqualTo("https://github.com/org/guides/tree/stable/");
    assertThat(RepositoryAddress.of("https://gitlab.com/g/guides").showFolder("rules")).isEqualTo("https://gitlab.com/g/guides/-/tree/main/rules");
    assertThat(RepositoryAddress.of("https://codeberg.org/ops/guides").showFolder("rules"))
        .isEqualTo("https://codeberg.org/ops/guides/src/branch/main/rules");
    assertThat(RepositoryAddress.of("https://github.com/org/guides").depth()).isZero();
  }

  @Test
  void aRepositoryNamedTreeOrAnAddressWithAQueryIsTakenAsItIs() {
    assertThat(RepositoryAddress.of("https://example.org/tree/").edit("a.md")).isEqualTo("https://example.org/tree/edit/main/a.md");
    assertThat(RepositoryAddress.of("https://example.org/guides?a=1/tree/x/y").base()).isEqualTo("https://example.org/guides?a=1/tree/x/y/");
  }

  @Test
  void editAndTranslateLinksOfASiteFollowTheBranchAndFolder() {
    TestSite.Built b = TestSite.in(dir)
        .with("site.yaml", TestSite.SITE_YAML + "repository: https://github.com/org/guides/tree/master/docs\n")
        .page("content/runbooks/deploy.md", "Deploy", "Text.\n")
        .build().assertOk();
    assertThat(b.file("en/runbooks/deploy/index.html")).contains("href=\"https://github.com/org/guides/edit/master/docs/content/runbooks/deploy.md\"");
    assertThat(b.file("es/runbooks/deploy/index.html"))
        .contains("href=\"https://github.com/org/guides/new/master/docs/content/runbooks?filename=deploy.es.md\"");
  }

  /** What the importers make site.yaml's address with: another tool's branch and folder, in the repository's own routes. */
  @Test
  void aBranchAndFolderGivenApartTakeTheForgesRoutes() {
    assertThat(RepositoryAddress.of("https://gitlab.cern.ch/hog/Hog").onBranch("develop").showFolder("docs/"))
        .isEqualTo("https://gitlab.cern.ch/hog/Hog/-/tree/develop/docs/");
    assertThat(RepositoryAddress.of("https://git.example.org/infra/guides/-").onBranch("main").showFolder(""))
        .isEqualTo("https://git.example.org/infra/guides/-/tree/main/");
    assertThat(RepositoryAddress.of("https://codeberg.org/infra/guides").onBranch("next").showFolder("docs/"))
        .isEqualTo("https://codeberg.org/infra/guides/src/branch/next/docs/");
    // A folder address already given is left for the repository's top on the other branch.
    assertThat(RepositoryAddress.of("https://github.com/org/guides/tree/main/docs").onBranch("stable").show("README.md"))
        .isEqualTo("https://github.com/org/guides/blob/stable/README.md");
  }
}
