package org.fieldguide.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a link out of content/ leads in the repository, and what is there. */
class RepositoryFilesTest {
  @TempDir Path dir;

  private RepositoryFiles files(Path siteDir, String repository) throws IOException {
    Files.createDirectories(siteDir);
    Files.writeString(siteDir.resolve("site.yaml"), TestSite.SITE_YAML + (repository.isEmpty() ? "" : "repository: " + repository + "\n"));
    SiteConfig config = new org.fieldguide.config.ConfigLoader(new org.fieldguide.yaml.YamlReader()).load(siteDir, new Diagnostics()).orElseThrow();
    return RepositoryFiles.of(siteDir, config);
  }

  @Test
  void aPathClimbsAsFarAsTheRepositorysTop() throws IOException {
    RepositoryFiles top = files(dir, "https://github.com/org/guides");
    assertThat(top.sitePath("runbooks/disk", "../../../rules/x.yml")).contains("rules/x.yml");
    assertThat(top.sitePath("", "../README.md")).contains("README.md");
    assertThat(top.sitePath("", "../../README.md")).isEmpty();
    // The site's folder itself is no file to link.
    assertThat(top.sitePath("runbooks", "../../")).isEmpty();

    RepositoryFiles nested = files(dir.resolve("ops/docs"), "https://github.com/org/guides/tree/main/ops/docs");
    assertThat(nested.sitePath("runbooks", "../../../README.md")).contains("../README.md");
    assertThat(nested.sitePath("runbooks", "../../../../README.md")).contains("../../README.md");
    assertThat(nested.sitePath("runbooks", "../../../../ops/docs/scripts/a.sh")).contains("scripts/a.sh");
    assertThat(nested.sitePath("runbooks", "../../../../other/b.sh")).contains("../../other/b.sh");
    assertThat(nested.sitePath("runbooks", "../../../../../x")).isEmpty();
    assertThat(files(dir.resolve("plain"), "").sitePath("", "../../x")).isEmpty();
  }

  @Test
  void whatIsThereAndWhatIsClose() throws IOException {
    RepositoryFiles top = files(dir, "");
    Files.createDirectories(dir.resolve("scripts"));
    Files.writeString(dir.resolve("scripts/setup.sh"), "#!/bin/sh\n");
    Files.writeString(dir.resolve("scripts/setup.py"), "pass\n");
    assertThat(top.kind("scripts")).isEqualTo(RepositoryFiles.Kind.FOLDER);
    assertThat(top.kind("scripts/setup.sh")).isEqualTo(RepositoryFiles.Kind.FILE);
    assertThat(top.kind("scripts/setup.rb")).isEqualTo(RepositoryFiles.Kind.NONE);
    assertThat(top.address()).isEmpty();
    // Both are one letter off: the first by name, whatever order the folder lists them in.
    assertThat(top.closest("scripts/setup.sy")).isEqualTo(Optional.of("scripts/setup.py"));
    assertThat(top.closest("scripts/Setup.sh")).contains("scripts/setup.sh");
    assertThat(top.closest("nowhere/setup.sh")).isEmpty();
  }
}
