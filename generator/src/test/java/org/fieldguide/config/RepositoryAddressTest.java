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
    assertThat(RepositoryAddress.of("https://github.com/org/guides").view("edit", "content/a.md"))
        .isEqualTo("https://github.com/org/guides/edit/main/content/a.md");
    assertThat(RepositoryAddress.of("https://github.com/org/guides/").view("blob", "monitoring/x.yml"))
        .isEqualTo("https://github.com/org/guides/blob/main/monitoring/x.yml");
  }

  @Test
  void aFolderAddressNamesTheBranchAndTheSitesFolder() {
    assertThat(RepositoryAddress.of("https://github.com/org/guides/tree/master/docs").view("edit", "content/a.md"))
        .isEqualTo("https://github.com/org/guides/edit/master/docs/content/a.md");
    assertThat(RepositoryAddress.of("https://github.com/org/guides/tree/stable/")).isEqualTo(
        new RepositoryAddress("https://github.com/org/guides/", "stable", "", false));
    // GitLab puts its views after "/-/".
    assertThat(RepositoryAddress.of("https://gitlab.com/group/sub/guides/-/tree/develop/site").view("edit", "content/a.md"))
        .isEqualTo("https://gitlab.com/group/sub/guides/-/edit/develop/site/content/a.md");
  }

  @Test
  void gitLabsViewsComeAfterItsDashAndItsNewFileFormTakesFileName() {
    RepositoryAddress plain = RepositoryAddress.of("https://gitlab.com/group/guides");
    assertThat(plain.view("edit", "content/a.md")).isEqualTo("https://gitlab.com/group/guides/-/edit/main/content/a.md");
    assertThat(plain.newFile("content", "a.es.md")).isEqualTo("https://gitlab.com/group/guides/-/new/main/content?file_name=a.es.md");
    assertThat(RepositoryAddress.of("https://gitlab.example.org/ops/guides/").view("blob", "x.yml"))
        .isEqualTo("https://gitlab.example.org/ops/guides/-/blob/main/x.yml");
    // Another host name: known from the /-/ of the folder's address.
    assertThat(RepositoryAddress.of("https://git.example.org/ops/guides/-/tree/stable/docs").newFile("content", "a.fr.md"))
        .isEqualTo("https://git.example.org/ops/guides/-/new/stable/docs/content?file_name=a.fr.md");
    assertThat(RepositoryAddress.of("https://github.com/org/guides").newFile("content", "a.es.md"))
        .isEqualTo("https://github.com/org/guides/new/main/content?filename=a.es.md");
  }

  @Test
  void aRepositoryNamedTreeOrAnAddressWithAQueryIsTakenAsItIs() {
    assertThat(RepositoryAddress.of("https://example.org/tree/").view("edit", "a.md")).isEqualTo("https://example.org/tree/edit/main/a.md");
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
}
