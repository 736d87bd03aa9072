package org.fieldguide.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.model.SiteAssembler.Drafts;

/**
 * A whole site written inline in a test (after Hugo's test sites): files are given as path and
 * text, the site is built into a temporary folder, and the result is asserted on.
 *
 * <pre>
 * TestSite.in(tmp).with("content/a.md", "---\ntitle: A\n---\nBody").build().assertOk();
 * </pre>
 */
public final class TestSite {
  public static final String SITE_YAML =
      """
      title: Test Site
      base_url: https://guides.example.org/
      default_language: en
      languages:
        en: { name: English }
        es: { name: Español }
      """;

  private final Path dir;
  private final Map<String, String> files = new LinkedHashMap<>();

  private TestSite(Path dir) {
    this.dir = dir;
    files.put("site.yaml", SITE_YAML);
  }

  /** A site in {@code dir} with a two-language {@code site.yaml} (en, es). */
  public static TestSite in(Path dir) {
    return new TestSite(dir);
  }

  public TestSite with(String path, String text) {
    files.put(path, text);
    return this;
  }

  /** A page with the given title and Markdown body. */
  public TestSite page(String path, String title, String body) {
    return with(path, "---\ntitle: " + title + "\n---\n" + body);
  }

  public Path dir() {
    return dir;
  }

  public Path out() {
    return dir.resolve("public");
  }

  public Built build() {
    return run(BuildOptions.Mode.BUILD, Drafts.EXCLUDE);
  }

  public Built check() {
    return run(BuildOptions.Mode.CHECK, Drafts.EXCLUDE);
  }

  public Built run(BuildOptions.Mode mode, Drafts drafts) {
    return run(mode, drafts, out());
  }

  /** Builds into {@code out} instead of {@code public/} in the site folder. */
  public Built buildInto(Path out) {
    return run(BuildOptions.Mode.BUILD, Drafts.EXCLUDE, out);
  }

  private Built run(BuildOptions.Mode mode, Drafts drafts, Path out) {
    writeFiles();
    BuildResult result = new SiteBuild(2).run(new BuildOptions(dir, out, drafts, mode));
    return new Built(result, out);
  }

  public void writeFiles() {
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The outcome of building a test site. */
  public record Built(BuildResult result, Path out) {

    public Built assertOk() {
      assertThat(result.diagnostics()).as("diagnostics").isEmpty();
      return this;
    }

    public List<String> messages() {
      return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    /** The diagnostics, exactly, as writers see them. */
    public Built assertDiagnostics(String... expected) {
      assertThat(messages()).containsExactly(expected);
      return this;
    }

    public String file(String path) {
      try {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public boolean exists(String path) {
      return Files.exists(out.resolve(path));
    }
  }
}
