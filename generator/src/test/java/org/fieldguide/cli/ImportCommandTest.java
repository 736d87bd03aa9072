package org.fieldguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code fieldguide import}: exit codes, the summary, and what is left on stderr. */
class ImportCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  /** An MkDocs site in {@code old/}: its configuration and its one page. */
  private Path mkdocsSite(String config, String index) throws Exception {
    Path src = dir.resolve("old");
    Files.createDirectories(src.resolve("docs"));
    Files.writeString(src.resolve("mkdocs.yml"), config);
    Files.writeString(src.resolve("docs/index.md"), index);
    return src;
  }

  @Test
  void importsAndSummarises() throws Exception {
    Path src = mkdocsSite("site_name: Old\n", "# Old\n\nSee [missing](nothing.md).\n");
    Path site = dir.resolve("new");
    assertThat(run("import", "mkdocs", src.toString(), "--out", site.toString())).isZero();
    assertThat(err.toString()).isEqualTo(
        "content/_index.md:4:15: warning: link target 'nothing.md' is not a page or file of the imported site; point it at the right .md file, or remove the link.\n"
            + "site.yaml:3:11: warning: the mkdocs configuration does not say where the site is published; replace https://example.org/ with its address.\n");
    assertThat(out.toString()).matches(
        "fieldguide: imported 1 pages \\[en 1\\] and 0 linked files from mkdocs into .*new \\(0 declared fields, 0 ignored keys\\) in \\d+\\.\\d\\d s; "
            + "2 things left for a person\\. Next: fieldguide check --site .*new\\n");
    assertThat(run("check", "--site", site.toString())).isEqualTo(1);
  }

  /** The command the summary suggests next is one a shell runs as shown, whatever the folder's name. */
  @Test
  void theSuggestedCommandQuotesAFolderWithSpaces() throws Exception {
    Path src = mkdocsSite("site_name: Old\nsite_url: https://old.example.org/\n", "# Old\n");
    Path site = dir.resolve("new site's folder");
    assertThat(run("import", "mkdocs", src.toString(), "--out", site.toString())).isZero();
    assertThat(out.toString()).endsWith(". Next: fieldguide check --site '" + dir + "/new site'\\''s folder'\n");
  }

  @Test
  void usageErrorsExitTwo() throws Exception {
    Files.createDirectories(dir.resolve("full"));
    Files.writeString(dir.resolve("full/x"), "x");
    assertThat(run("import", "gitbook", dir.toString())).isEqualTo(2);
    assertThat(run("import", "hugo", dir.resolve("absent").toString())).isEqualTo(2);
    assertThat(run("import", "hugo", dir.toString(), "--out", dir.resolve("full").toString())).isEqualTo(2);
    assertThat(err.toString()).contains(
        "fieldguide import: unknown generator 'gitbook'; use jekyll, hugo, mkdocs, zola, docusaurus, sphinx.",
        "absent is not a folder.",
        "full is not an empty folder; give --out a new or empty folder, so nothing is overwritten.");
  }

  @Test
  void unreadableFrontMatterExitsOneAndImportsTheRest() throws Exception {
    Path src = dir.resolve("old");
    Files.createDirectories(src.resolve("content"));
    Files.writeString(src.resolve("hugo.toml"), "title = \"Old\"\nbaseURL = \"https://old.example.org/\"\n");
    Files.writeString(src.resolve("content/a.md"), "---\ntitle: [unclosed\n---\n");
    Files.writeString(src.resolve("content/b.md"), "---\ntitle: B\n---\nFine.\n");
    assertThat(run("import", "hugo", src.toString(), "--out", dir.resolve("new").toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith(src + "/content/a.md:1:1: error: not imported: its front matter is not valid YAML: ");
    assertThat(dir.resolve("new/content/b.md")).exists();
  }
}
