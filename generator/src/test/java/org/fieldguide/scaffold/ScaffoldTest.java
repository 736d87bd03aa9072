package org.fieldguide.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.frontmatter.PageMeta.Risk;
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
    Optional<Risk> risk = type == ContentType.RUNBOOK ? Optional.of(Risk.MEDIUM) : Optional.empty();
    Path file = scaffolder.create(dir, dir.resolve("content/guides/replace-psu.md"), type, risk, d).orElseThrow();
    assertThat(Files.readString(file)).startsWith("---\ntitle: \"Replace psu\"\ntype: " + type.id() + "\n");
    site.check().assertOk();
  }

  @Test
  void refusesToOverwriteOrWriteOutsideContent() throws Exception {
    Files.createDirectories(dir.resolve("content"));
    Files.writeString(dir.resolve("content/a.md"), "x");
    Diagnostics d = new Diagnostics();
    assertThat(scaffolder.create(dir, dir.resolve("content/a.md"), ContentType.RUNBOOK, Optional.of(Risk.LOW), d)).isEmpty();
    assertThat(scaffolder.create(dir, dir.resolve("notes/b.md"), ContentType.RUNBOOK, Optional.of(Risk.LOW), d)).isEmpty();
    assertThat(d.sorted()).extracting(Object::toString).containsExactly(
        "content/a.md: error: the file already exists; choose another name.",
        "notes/b.md: error: a new page must be a .md file under content/, such as content/runbooks/replace-psu.md.");
  }

  @Test
  void aRunbookGetsTheRiskTheWriterChose() throws Exception {
    Path file = scaffolder.create(dir, dir.resolve("content/runbooks/replace-psu.md"), ContentType.RUNBOOK, Optional.of(Risk.HIGH), new Diagnostics())
        .orElseThrow();
    assertThat(Files.readString(file)).contains("\nrisk: high\n");
  }

  @Test
  void aRunbookWithoutAChosenRiskIsNotWritten() {
    assertThatThrownBy(() -> scaffolder.create(dir, dir.resolve("content/runbooks/x.md"), ContentType.RUNBOOK, Optional.empty(), new Diagnostics()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("content/runbooks/x.md")).doesNotExist();
  }

  @Test
  void refusesCapitalsAndSpacesInNamesAndSaysWhichNameToUse() throws Exception {
    Diagnostics d = new Diagnostics();
    assertThat(scaffolder.create(dir, dir.resolve("content/Runbooks/Replace  PSU.md"), ContentType.PAGE, Optional.empty(), d)).isEmpty();
    assertThat(scaffolder.create(dir, dir.resolve("content/guides/First login.es.md"), ContentType.PAGE, Optional.empty(), d)).isEmpty();
    assertThat(d.sorted()).extracting(Object::toString).containsExactly(
        "content/Runbooks/Replace  PSU.md: error: file and folder names become the page's web address, where capitals and spaces break"
            + " links (letter case matters on the web server, and a space becomes %20). Use content/runbooks/replace-psu.md instead.",
        "content/guides/First login.es.md: error: file and folder names become the page's web address, where capitals and spaces break"
            + " links (letter case matters on the web server, and a space becomes %20). Use content/guides/first-login.es.md instead.");
    assertThat(dir.resolve("content")).doesNotExist();
  }

  @Test
  void aFolderThatExistsKeepsItsName() throws Exception {
    Files.createDirectories(dir.resolve("content/HW"));
    assertThat(scaffolder.create(dir, dir.resolve("content/HW/r640.md"), ContentType.PAGE, Optional.empty(), new Diagnostics())).isPresent();
  }

  @Test
  void everyPlaceholderIsWrittenByAnOutlineWhereItSaysAndAtMostOncePerPage() throws Exception {
    java.util.List<String> outlines = java.util.Arrays.stream(ContentType.values())
        .map(type -> PageOutlines.of(type, "T", java.time.LocalDate.of(2026, 1, 1), Optional.of(Risk.LOW)))
        .toList();
    for (OutlinePlaceholder p : OutlinePlaceholder.values()) {
      String written = switch (p.place()) {
        case FRONT_MATTER -> p.field().orElseThrow().equals("questions") ? ": " + p.text() + "\n" : p.field().orElseThrow() + ": ";
        case PARAGRAPH -> "\n" + p.text() + "\n";
        case CHECKLIST_ITEM -> "- [ ] " + p.text() + "\n";
      };
      assertThat(outlines).as(p.name()).anySatisfy(o -> assertThat(o).contains(written).contains(p.text()));
      for (String o : outlines) assertThat(o.split(java.util.regex.Pattern.quote(p.text()), -1).length).as(p.name()).isLessThanOrEqualTo(2);
    }
  }
}
