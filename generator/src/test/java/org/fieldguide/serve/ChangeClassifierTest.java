package org.fieldguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of change, as an editor makes it on disk, comes out as its ChangeKind. */
class ChangeClassifierTest {
  @TempDir Path site;
  private SiteSources sources;
  private ChangeClassifier classifier;

  @BeforeEach
  void snapshot() throws IOException {
    write("site.yaml", "title: T\nbase_url: https://example.org/docs/\n");
    write("content/runbooks/deploy.md", "---\ntitle: Deploy\nweight: 1\n---\nFirst body.\n");
    write("content/runbooks/images/rack.svg", "<svg/>");
    write("themes/default/templates/page.ftlh", "<p>${page.title}</p>");
    write("themes/default/static/css/site.css", "body {}");
    write("themes/default/i18n/en.yaml", "edit_page: Edit\n");
    sources = new SiteSources(site);
    SourceSnapshot snapshot = new SourceSnapshot(sources);
    snapshot.takeAll();
    classifier = new ChangeClassifier(sources, snapshot);
  }

  private Path write(String rel, String text) throws IOException {
    Path p = site.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private Optional<ChangeSet> classify(String... rels) {
    return classifier.classify(List.of(rels).stream().map(site::resolve).toList());
  }

  private List<String> changes(String... rels) {
    return classify(rels).map(c -> c.changes().stream().map(Change::toString).toList()).orElse(List.of());
  }

  /**
   * Files the last build read outside the source folders (a rule file, a linked script): a
   * change when their bytes change or they go, even one the snapshot never read; nothing when
   * saved as they were, or for a file beside them the build did not read.
   */
  @Test
  void filesTheBuildReadElsewhereAreChangesWhenTheirBytesChange() throws IOException {
    Path rules = write("monitoring/rules/node.yml", "groups: []\n");
    Path script = write("scripts/setup.sh", "#!/bin/sh\n");
    write("scripts/README", "about the scripts");
    Path above = Files.writeString(site.getParent().resolve("outside-" + site.getFileName() + ".yml"), "groups: []\n");
    SourceSnapshot snapshot = new SourceSnapshot(sources);
    snapshot.takeAll();
    ChangeClassifier elsewhere = new ChangeClassifier(sources, snapshot);
    sources.elsewhere(new Elsewhere(List.of(rules.getParent(), script.getParent()), List.of(), java.util.Set.of(script),
        p -> p.equals(script) || p.equals(above) || p.getParent().equals(rules.getParent())));
    snapshot.takeElsewhere(List.of(script));
    java.util.function.Function<Path, List<String>> classify =
        p -> elsewhere.classify(List.of(p)).map(c -> c.changes().stream().map(Change::toString).toList()).orElse(List.of());

    assertThat(classify.apply(script)).isEmpty();
    Files.writeString(script, "#!/bin/sh\nset -e\n");
    assertThat(classify.apply(script)).containsExactly("file outside content/ scripts/setup.sh");
    assertThat(classify.apply(site.resolve("scripts/README"))).isEmpty();
    Files.delete(rules);
    assertThat(classify.apply(rules)).containsExactly("file outside content/ monitoring/rules/node.yml");
    Files.writeString(site.resolve("monitoring/rules/disk.yml"), "groups: []\n");
    assertThat(classify.apply(site.resolve("monitoring/rules/disk.yml"))).containsExactly("file outside content/ monitoring/rules/disk.yml");
    assertThat(classify.apply(site.resolve("monitoring/rules/disk.yml"))).isEmpty();
    // Above the site folder, named by its whole path.
    Files.writeString(above, "groups:\n  - name: x\n");
    assertThat(classify.apply(above)).containsExactly("file outside content/ " + above.toAbsolutePath().normalize());
  }

  @Test
  void anEditOfTheBodyIsAPageBodyChange() throws IOException {
    write("content/runbooks/deploy.md", "---\ntitle: Deploy\nweight: 1\n---\nSecond body.\n");
    assertThat(changes("content/runbooks/deploy.md")).containsExactly("page body content/runbooks/deploy.md");
  }

  @Test
  void anEditOfTheFrontMatterIsAFrontMatterChange() throws IOException {
    write("content/runbooks/deploy.md", "---\ntitle: Deploy a site\nweight: 1\n---\nFirst body.\n");
    assertThat(changes("content/runbooks/deploy.md")).containsExactly("front matter content/runbooks/deploy.md");
  }

  @Test
  void savingTheSameBytesIsNoChange() throws IOException {
    write("content/runbooks/deploy.md", "---\ntitle: Deploy\nweight: 1\n---\nFirst body.\n");
    write("themes/default/static/css/site.css", "body {}");
    assertThat(classify("content/runbooks/deploy.md", "themes/default/static/css/site.css")).isEmpty();
  }

  @Test
  void aSecondEditComparesWithTheFirst() throws IOException {
    write("content/runbooks/deploy.md", "---\ntitle: Deploy\nweight: 1\n---\nSecond body.\n");
    classify("content/runbooks/deploy.md");
    write("content/runbooks/deploy.md", "---\ntitle: Deploy\nweight: 2\n---\nSecond body.\n");
    assertThat(changes("content/runbooks/deploy.md")).containsExactly("front matter content/runbooks/deploy.md");
  }

  @Test
  void aNewPageAndANewLanguageFileArePagesAdded() throws IOException {
    write("content/runbooks/backup.md", "---\ntitle: Backup\n---\nB\n");
    write("content/runbooks/deploy.es.md", "---\ntitle: Desplegar\n---\nCuerpo\n");
    assertThat(changes("content/runbooks/deploy.es.md", "content/runbooks/backup.md"))
        .containsExactly("new page content/runbooks/backup.md", "new page content/runbooks/deploy.es.md");
  }

  @Test
  void aDeletedPageIsAPageDeleted() throws IOException {
    Files.delete(site.resolve("content/runbooks/deploy.md"));
    assertThat(changes("content/runbooks/deploy.md")).containsExactly("deleted page content/runbooks/deploy.md");
  }

  @Test
  void aPageMovedUnchangedIsRenamed() throws IOException {
    Files.createDirectories(site.resolve("content/guides"));
    Files.move(site.resolve("content/runbooks/deploy.md"), site.resolve("content/guides/deploy-a-site.md"));
    assertThat(changes("content/runbooks/deploy.md", "content/guides/deploy-a-site.md"))
        .containsExactly("renamed page content/runbooks/deploy.md → content/guides/deploy-a-site.md");
  }

  @Test
  void aFolderMovedAwayDeletesTheKnownPagesInIt() throws IOException {
    Files.move(site.resolve("content/runbooks"), site.resolve("elsewhere"));
    assertThat(changes("content/runbooks"))
        .containsExactly("deleted page content/runbooks/deploy.md", "asset content/runbooks/images/rack.svg");
  }

  @Test
  void aWholeSaveDanceOfAnEditorIsOneChange() throws IOException {
    // JetBrains' safe write: a temporary file, the page renamed away, the temporary file renamed in.
    Path page = site.resolve("content/runbooks/deploy.md");
    Path tmp = write("content/runbooks/deploy.md___jb_tmp___", "---\ntitle: Deploy\nweight: 1\n---\nNew body.\n");
    Path old = site.resolve("content/runbooks/deploy.md___jb_old___");
    Files.move(page, old);
    Files.move(tmp, page);
    Files.delete(old);
    assertThat(changes("content/runbooks/deploy.md___jb_tmp___", "content/runbooks/deploy.md", "content/runbooks/deploy.md___jb_old___"))
        .containsExactly("page body content/runbooks/deploy.md");
  }

  @Test
  void everySourceFolderHasItsKind() throws IOException {
    write("content/runbooks/images/rack.svg", "<svg></svg>");
    write("themes/default/templates/page.ftlh", "<p>${page.title}!</p>");
    write("themes/default/static/css/site.css", "body { margin: 0 }");
    write("themes/default/i18n/en.yaml", "edit_page: Edit this page\n");
    write("themes/default/theme.yaml", "name: default\n");
    write("translations/es.yaml", "edit_page: Editar\n");
    write("templates/partials/footer.ftlh", "<footer></footer>");
    write("static/favicon.svg", "<svg/>");
    write("site.yaml", "title: T2\nbase_url: https://example.org/docs/\n");
    assertThat(changes(
            "content/runbooks/images/rack.svg", "themes/default/templates/page.ftlh", "themes/default/static/css/site.css",
            "themes/default/i18n/en.yaml", "themes/default/theme.yaml", "translations/es.yaml", "templates/partials/footer.ftlh",
            "static/favicon.svg", "site.yaml"))
        .containsExactly(
            "asset content/runbooks/images/rack.svg",
            "site.yaml site.yaml",
            "static file static/favicon.svg",
            "template templates/partials/footer.ftlh",
            "translation strings themes/default/i18n/en.yaml",
            "static file themes/default/static/css/site.css",
            "template themes/default/templates/page.ftlh",
            "theme themes/default/theme.yaml",
            "translation strings translations/es.yaml");
  }

  @Test
  void editorAndHiddenFilesAndFilesTheBuildSkipsAreNoChange() throws IOException {
    for (String rel : List.of("content/runbooks/.deploy.md.swp", "content/runbooks/deploy.md~", "content/runbooks/4913",
        "content/runbooks/#deploy.md#", "content/runbooks/_draft.md", "content/_includes/x.md", "themes/default/.DS_Store",
        "public/en/index.html", "README.md", "content/runbooks/x.tmp")) {
      write(rel, "x");
    }
    assertThat(classify("content/runbooks/.deploy.md.swp", "content/runbooks/deploy.md~", "content/runbooks/4913",
        "content/runbooks/#deploy.md#", "content/runbooks/_draft.md", "content/_includes/x.md", "themes/default/.DS_Store",
        "public/en/index.html", "README.md", "content/runbooks/x.tmp")).isEmpty();
  }

  @Test
  void sectionIndexPagesArePages() throws IOException {
    write("content/runbooks/_index.md", "---\ntitle: Runbooks\n---\n");
    write("content/runbooks/_index.es.md", "---\ntitle: Procedimientos\n---\n");
    assertThat(changes("content/runbooks/_index.md", "content/runbooks/_index.es.md"))
        .containsExactly("new page content/runbooks/_index.es.md", "new page content/runbooks/_index.md");
  }

  @Test
  void onlyStylesheetChangesCanBeSwappedWithoutAReload() throws IOException {
    write("themes/default/static/css/site.css", "body { margin: 0 }");
    assertThat(classify("themes/default/static/css/site.css").orElseThrow().onlyStylesheets()).isTrue();
    write("themes/default/static/css/site.css", "body { margin: 1px }");
    write("content/runbooks/deploy.md", "---\ntitle: Deploy\nweight: 1\n---\nOther body.\n");
    assertThat(classify("themes/default/static/css/site.css", "content/runbooks/deploy.md").orElseThrow().onlyStylesheets()).isFalse();
  }

  @Test
  void theTerminalSummaryNamesThreeChangesThenCounts() throws IOException {
    for (int i = 0; i < 5; i++) write("content/p" + i + ".md", "---\ntitle: P" + i + "\n---\n");
    assertThat(classify("content/p0.md", "content/p1.md", "content/p2.md", "content/p3.md", "content/p4.md").orElseThrow().summary())
        .isEqualTo("new page content/p0.md, new page content/p1.md, new page content/p2.md and 2 more");
  }
}
