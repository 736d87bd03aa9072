package org.fieldguide.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScaffoldTest {
  @TempDir Path dir;

  private final PageScaffolder scaffolder = new PageScaffolder(Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));

  @ParameterizedTest
  @EnumSource(ContentType.class)
  void everyTypeGetsAPageThatBuildsCleanly(ContentType type) throws Exception {
    TestSite site = TestSite.in(dir);
    site.writeFiles();
    Diagnostics d = new Diagnostics();
    Path file = scaffolder.create(dir, dir.resolve("content/guides/replace-psu.md"), type, d).orElseThrow();
    assertThat(Files.readString(file)).startsWith("---\ntitle: \"Replace psu\"\ntype: " + type.id() + "\n");
    site.check().assertOk();
  }

  @Test
  void refusesToOverwriteOrWriteOutsideContent() throws Exception {
    Files.createDirectories(dir.resolve("content"));
    Files.writeString(dir.resolve("content/a.md"), "x");
    Diagnostics d = new Diagnostics();
    assertThat(scaffolder.create(dir, dir.resolve("content/a.md"), ContentType.RUNBOOK, d)).isEmpty();
    assertThat(scaffolder.create(dir, dir.resolve("notes/b.md"), ContentType.RUNBOOK, d)).isEmpty();
    assertThat(d.sorted()).extracting(Object::toString).containsExactly(
        "content/a.md: error: the file already exists; choose another name.",
        "notes/b.md: error: a new page must be a .md file under content/, such as content/runbooks/replace-psu.md.");
  }
}
