package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.model.SiteAssembler.Drafts;

/** A source repository written inline, imported, then built and checked with the current build. */
final class ImportFixture {
  private final Path source;
  private final Path out;
  private Diagnostics diagnostics;
  ImportResult result;

  ImportFixture(Path dir) {
    this.source = dir.resolve("src");
    this.out = dir.resolve("site");
  }

  ImportFixture with(String path, String text) {
    return withBytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  ImportFixture withBytes(String path, byte[] bytes) {
    try {
      Path p = source.resolve(path);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  ImportFixture importAs(SourceTool tool) {
    diagnostics = new Diagnostics();
    try {
      result = new SiteImporter().run(tool, source, "src", out, diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** What the import left for a person, as printed. */
  List<String> left() {
    return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
  }

  /** What the import left for a person, exactly. */
  ImportFixture assertLeft(String... expected) {
    assertThat(left()).containsExactly(expected);
    return this;
  }

  String file(String path) {
    try {
      return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  boolean exists(String path) {
    return Files.exists(out.resolve(path));
  }

  /** Builds the imported site, then checks it: both without a single problem. */
  ImportFixture assertBuildsAndChecksCleanly() {
    return assertBuildsAndChecksWith();
  }

  /**
   * Building and checking the imported site report exactly {@code expected}: for what the import
   * left for a person that the build warns about too (another tool's syntax, shown as text).
   */
  ImportFixture assertBuildsAndChecksWith(String... expected) {
    for (BuildOptions.Mode mode : List.of(BuildOptions.Mode.BUILD, BuildOptions.Mode.CHECK)) {
      BuildResult r = new SiteBuild(2).run(new BuildOptions(out, out.resolve("public"), Drafts.EXCLUDE, mode));
      assertThat(r.diagnostics().stream().map(Diagnostic::toString).toList()).as(mode + " of the imported site").containsExactly(expected);
    }
    return this;
  }

  /** What checking the imported site reports, for sites that keep something the check warns about. */
  List<String> checkReports() {
    BuildResult r = new SiteBuild(2).run(new BuildOptions(out, out.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.CHECK));
    return r.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  String published(String path) {
    return file("public/" + path);
  }
}
