package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An update (what {@code fieldguide serve} does after an edit) leaves the output exactly as a
 * fresh full build of the same files would, byte for byte, while redoing only what the edit
 * touches. Runs on a copy of the repository's own site: five languages, translations, runbooks
 * with alerts, sections several levels deep.
 */
class SiteUpdateTest {
  @TempDir Path dir;
  private Path site;

  @BeforeEach
  void copyRepositorySite() throws IOException {
    site = copySite(dir.resolve("site"));
  }

  @Test
  void editsOfTextAndFrontMatterMatchAFreshBuild() throws IOException {
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();

      // A body edit of an original that has translations: theirs become outdated.
      Path cabling = site.resolve("content/hardware/cabling-power.md");
      append(cabling, "\nOne more paragraph about power strips.\n");
      assertUpdatedLikeAFreshBuild(build, cabling);
      assertThat(Files.readString(site.resolve("public/en/hardware/cabling-power/index.html"))).contains("power strips");
      assertThat(Files.readString(site.resolve("public/es/hardware/cabling-power/index.html"))).contains("notice-outdated");

      // The translator brings a translation up to date and stamps it with the original's new
      // digest: the original did not change, and the translation is no longer outdated.
      Path cablingEs = site.resolve("content/hardware/cabling-power.es.md");
      org.fieldguide.diagnostic.Diagnostics stamping = new org.fieldguide.diagnostic.Diagnostics();
      assertThat(new org.fieldguide.scaffold.Translations(session.configLoader.load(site, stamping).orElseThrow(), site)
          .stamp(cablingEs, stamping)).isTrue();
      assertUpdatedLikeAFreshBuild(build, cablingEs);
      assertThat(Files.readString(site.resolve("public/es/hardware/cabling-power/index.html"))).doesNotContain("notice-outdated");
      assertThat(Files.readString(site.resolve("public/fr/hardware/cabling-power/index.html"))).contains("notice-outdated");

      // A title shown in the navigation of every other page of its section.
      Path spares = site.resolve("content/hardware/spares.md");
      Files.writeString(spares, Files.readString(spares).replaceFirst("(?m)^title: .*$", "title: Spare parts, renamed"));
      assertUpdatedLikeAFreshBuild(build, spares);
      assertThat(Files.readString(site.resolve("public/en/hardware/supported-servers/index.html"))).contains("Spare parts, renamed");

      // A weight that moves a page to the top of its section's list.
      Path oob = site.resolve("content/hardware/out-of-band-management.md");
      Files.writeString(oob, Files.readString(oob).replaceFirst("(?m)^---$", "---\nweight: -100").replaceFirst("(?m)^weight: (?!-100).*\\n", ""));
      assertUpdatedLikeAFreshBuild(build, oob);

      // A top-level section's title, which is in every page's navigation, and a translation of it.
      Path hardware = site.resolve("content/hardware/_index.md");
      Path hardwareEs = site.resolve("content/hardware/_index.es.md");
      Files.writeString(hardware, Files.readString(hardware).replaceFirst("(?m)^title: .*$", "title: Hardware, renamed"));
      Files.writeString(hardwareEs, Files.readString(hardwareEs).replaceFirst("(?m)^title: .*$", "title: Equipos, renombrado"));
      assertUpdatedLikeAFreshBuild(build, hardware, hardwareEs);
      assertThat(Files.readString(site.resolve("public/en/training/index.html"))).contains("Hardware, renamed");
    }
  }

  @Test
  void editsInALongSectionWithBoundedNavigationMatchAFreshBuild() throws IOException {
    // More pages than the navigation lists: each page shows its neighbours only, so an edit
    // reaches the pages within reach of the edited page's place before and after it.
    int pages = org.fieldguide.theme.PageViewFactory.NAV_LIMIT + 5;
    Files.createDirectories(site.resolve("content/long"));
    Files.writeString(site.resolve("content/long/_index.md"), "---\ntitle: Long\n---\n");
    for (int i = 0; i < pages; i++) {
      Files.writeString(site.resolve("content/long/p%02d.md".formatted(i)), "---\ntitle: P%02d\nweight: %d\n---\nText.\n".formatted(i, i + 1));
    }
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();

      // A retitle in the middle: shown by its neighbours only.
      Path p20 = site.resolve("content/long/p20.md");
      Files.writeString(p20, Files.readString(p20).replace("title: P20", "title: P20, renamed"));
      assertUpdatedLikeAFreshBuild(build, p20);

      // A weight that moves a page from the end to the top: every place in between moves.
      Path last = site.resolve("content/long/p%02d.md".formatted(pages - 1));
      Files.writeString(last, Files.readString(last).replace("weight: " + pages, "weight: -100"));
      assertUpdatedLikeAFreshBuild(build, last);
    }
  }

  @Test
  void aBodyEditRewritesThatPageInEveryLanguageItAppearsInAndNotItsNeighbours() throws IOException {
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Map<String, Object> before = fileKeys(site.resolve("public"));

      // spares.md has no translation: the other four languages show it as a fallback copy.
      Path spares = site.resolve("content/hardware/spares.md");
      append(spares, "\nOne more paragraph about spare fans.\n");
      BuildResult result = build.update(options(site), Set.of(spares));
      assertThat(result.written()).isTrue();

      assertThat(rewrittenPages(before))
          .containsExactlyInAnyOrder(
              "en/hardware/spares/index.html", "es/hardware/spares/index.html", "fr/hardware/spares/index.html",
              "pt/hardware/spares/index.html", "ar/hardware/spares/index.html");
      assertThat(result.rewritten()).hasValue(5);
      assertThat(Files.readString(site.resolve("public/es/hardware/spares/index.html"))).contains("spare fans");
      assertSameAsFreshBuild();
    }
  }

  @Test
  void aRetitleRewritesItsNeighboursAndItsSectionButNotTheRestOfTheSite() throws IOException {
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Map<String, Object> before = fileKeys(site.resolve("public"));

      Path spares = site.resolve("content/hardware/spares.md");
      Files.writeString(spares, Files.readString(spares).replaceFirst("(?m)^title: .*$", "title: Spare parts, renamed"));
      BuildResult result = build.update(options(site), Set.of(spares));
      assertThat(result.written()).isTrue();

      List<String> rewritten = rewrittenPages(before);
      // The section page lists it; its neighbours show it in their navigation and previous/next links.
      assertThat(rewritten).contains("en/hardware/index.html", "en/hardware/spares/index.html", "en/hardware/cabling-power/index.html");
      assertThat(Files.readString(site.resolve("public/en/hardware/switches-transceivers/index.html"))).contains("Spare parts, renamed");
      // Two runbooks name it as a prerequisite, with its title; no other page of another section shows it.
      assertThat(rewritten).contains("en/runbooks/decommission-site/index.html", "en/runbooks/replace-failed-disk/index.html");
      assertThat(rewritten).filteredOn(p -> p.startsWith("en/runbooks/") || p.startsWith("en/training/"))
          .containsExactlyInAnyOrder("en/runbooks/decommission-site/index.html", "en/runbooks/replace-failed-disk/index.html");
      assertSameAsFreshBuild();
    }
  }

  @Test
  void aRetitleInALongSectionRewritesThePagesWhoseBoundedNavigationShowsIt() throws IOException {
    // More pages than a page's navigation lists: each page shows its ten neighbours on each side.
    Path folder = site.resolve("content/hardware/parts");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("_index.md"), "---\ntitle: Parts\n---\nEvery part we stock.\n");
    for (int i = 0; i < 60; i++) {
      Files.writeString(folder.resolve(String.format("part-%02d.md", i)), String.format("---\ntitle: Part %02d\n---\nA part.\n", i));
    }
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Map<String, Object> before = fileKeys(site.resolve("public"));

      // Part 30 becomes the last of the list: the pages between its old and new places move up one.
      Path part = folder.resolve("part-30.md");
      Files.writeString(part, Files.readString(part).replace("title: Part 30", "title: Part 99"));
      assertUpdatedLikeAFreshBuild(build, part);

      List<String> rewritten = rewrittenPages(before);
      assertThat(rewritten).contains("en/hardware/parts/index.html", "en/hardware/parts/part-30/index.html",
          "en/hardware/parts/part-20/index.html", "en/hardware/parts/part-59/index.html");
      // Far from both of its places, a page's list of neighbours is the same as before.
      assertThat(rewritten).doesNotContain("en/hardware/parts/part-05/index.html", "en/hardware/parts/part-10/index.html");
    }
  }

  @Test
  void aTemplateEditMakesEveryPageAgainWithoutIndexingOrCheckingAgain() throws IOException {
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      // The site's own copy of a partial every page includes, overriding the theme's.
      Path partial = site.resolve("templates/partials/breadcrumbs.ftlh");
      Files.createDirectories(partial.getParent());
      Files.writeString(partial, Files.readString(Path.of("../themes/default/templates/partials/breadcrumbs.ftlh")) + "<!-- edited partial -->\n");
      BuildResult result = build.update(options(site), Set.of(partial));
      assertThat(result.written()).isTrue();
      assertThat(stages(result)).doesNotContain("discovery", "index", "assembly", "validate", "search index", "offline").contains("emit");
      assertThat(Files.readString(site.resolve("public/fr/hardware/spares/index.html"))).contains("<!-- edited partial -->");
      assertSameAsFreshBuild();
    }
  }

  @Test
  void aTranslationStringEditMakesEveryPageAgainWithoutIndexing() throws IOException {
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Path strings = site.resolve("translations/es.yaml");
      Files.createDirectories(strings.getParent());
      Files.writeString(strings, "next: Página siguiente\n");
      BuildResult result = build.update(options(site), Set.of(strings));
      assertThat(result.written()).isTrue();
      assertThat(stages(result)).doesNotContain("discovery", "index").contains("emit");
      assertThat(Files.readString(site.resolve("public/es/hardware/cabling-power/index.html"))).contains("Página siguiente");
      assertSameAsFreshBuild();
    }
  }

  @Test
  void aStringThatPageBodiesContainIsAFullBuild() throws IOException {
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Path strings = site.resolve("translations/es.yaml");
      Files.createDirectories(strings.getParent());
      Files.writeString(strings, "admonition_note: Nota bene\n");
      BuildResult result = build.update(options(site), Set.of(strings));
      assertThat(result.written()).isTrue();
      assertThat(stages(result)).as("admonition titles are part of the bodies made by the index stage").contains("discovery", "index");
      assertSameAsFreshBuild();
    }
  }

  @Test
  void aBrokenTemplateLeavesTheLastGoodSiteAndFixingItBuildsAgain() throws IOException {
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Map<String, byte[]> before = SiteBuildTest.snapshot(site.resolve("public"));
      Path partial = site.resolve("templates/partials/breadcrumbs.ftlh");
      Files.createDirectories(partial.getParent());
      Files.writeString(partial, "<p>${no_such_value}</p>\n");
      BuildResult broken = build.update(options(site), Set.of(partial));
      assertThat(broken.written()).isFalse();
      assertThat(broken.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::toString)
          .anySatisfy(d -> assertThat(d).startsWith("templates/partials/breadcrumbs.ftlh:1:").contains("no_such_value"));
      // Nothing written, and nothing left half-written beside the pages.
      assertThat(SiteBuildTest.snapshot(site.resolve("public"))).containsExactlyInAnyOrderEntriesOf(before);

      Files.writeString(partial, Files.readString(Path.of("../themes/default/templates/partials/breadcrumbs.ftlh")));
      assertThat(build.update(options(site), Set.of(partial)).written()).isTrue();
      assertSameAsFreshBuild();
    }
  }

  @Test
  void aRunbookWithAlertsUpdatesTheAlertIndexToo() throws IOException {
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Path runbook;
      try (Stream<Path> walk = Files.walk(site.resolve("content/runbooks"))) {
        runbook = walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().contains("."  + "es.")).filter(p -> {
          try {
            return Files.readString(p).contains("\nalerts:");
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).sorted().findFirst().orElseThrow();
      }
      Files.writeString(runbook, Files.readString(runbook).replaceFirst("(?m)^title: .*$", "title: Runbook, renamed"));
      assertUpdatedLikeAFreshBuild(build, runbook);
    }
  }

  /** The site's first diagram decides whether the library that draws diagrams is published: a full build; the next one is an update. */
  @Test
  void aPageThatGivesTheSiteItsFirstDiagramIsAFullBuild() throws IOException {
    Path library = site.resolve("public/static/vendor/mermaid/mermaid.min.js");
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      assertThat(library).doesNotExist();

      Path cabling = site.resolve("content/hardware/cabling-power.md");
      append(cabling, "\n```mermaid\nflowchart LR\n  PDU --> Server\n```\n");
      BuildResult first = build.update(options(site), Set.of(cabling));
      assertThat(first.hasErrors()).isFalse();
      assertThat(stages(first)).contains("discovery");
      assertThat(library).exists();
      assertSameAsFreshBuild();

      Path runbook;
      try (Stream<Path> walk = Files.walk(site.resolve("content/runbooks"))) {
        runbook = walk.filter(p -> p.getFileName().toString().matches("[^.]+\\.md") && !p.getFileName().toString().startsWith("_")).sorted().findFirst().orElseThrow();
      }
      append(runbook, "\n```mermaid\nflowchart LR\n  Alert --> Runbook\n```\n");
      assertUpdatedLikeAFreshBuild(build, runbook);
      assertThat(library).exists();
    }
  }

  @Test
  void anEditWithAnErrorWritesNothingAndTheNextEditBuildsEverything() throws IOException {
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Map<String, byte[]> before = SiteBuildTest.snapshot(site.resolve("public"));

      Path spares = site.resolve("content/hardware/spares.md");
      String text = Files.readString(spares);
      Files.writeString(spares, text + "\nSee [the missing page](no-such-page.md).\n");
      BuildResult broken = build.update(options(site), Set.of(spares));
      assertThat(broken.written()).isFalse();
      assertThat(broken.diagnostics()).filteredOn(Diagnostic::isError).extracting(Diagnostic::toString)
          .anySatisfy(d -> assertThat(d).startsWith("content/hardware/spares.md:").contains("no-such-page.md"));
      assertThat(SiteBuildTest.snapshot(site.resolve("public"))).containsExactlyInAnyOrderEntriesOf(before);

      // The writer fixes it: the site the next build writes is the site a fresh build writes.
      Files.writeString(spares, text + "\nSee [the cabling page](cabling-power.md).\n");
      BuildResult fixed = build.update(options(site), Set.of(spares));
      assertThat(stages(fixed)).as("after a failed update the next one is a full build").contains("discovery");
      assertSameAsFreshBuild();
    }
  }

  @Test
  void aLinkToAnAnchorIsCheckedAgainWhenTheHeadingGoesAway() throws IOException {
    Path target = site.resolve("content/hardware/spares.md");
    Path linking = site.resolve("content/hardware/cabling-power.md");
    append(target, "\n## Keeping a spare disk\n\nText.\n");
    append(linking, "\nSee [spare disks](spares.md#keeping-a-spare-disk).\n");
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Files.writeString(target, Files.readString(target).replace("## Keeping a spare disk", "## Spare disks"));
      BuildResult result = build.update(options(site), Set.of(target));
      assertThat(stages(result)).doesNotContain("discovery");
      assertThat(result.diagnostics()).extracting(Diagnostic::toString)
          .anySatisfy(d -> assertThat(d).startsWith("content/hardware/cabling-power.md:").contains("keeping-a-spare-disk"));
      assertThat(result.written()).isFalse();
    }
  }

  @Test
  void aStylesheetEditIsCopiedAloneAndPagesAreLeftAsTheyAre() throws IOException {
    Path css = site.resolve("static/css/site.css");
    Files.createDirectories(css.getParent());
    Files.writeString(css, "body { color: black; }\n");
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Path page = site.resolve("public/en/hardware/spares/index.html");
      long modified = Files.getLastModifiedTime(page).toMillis();
      Files.writeString(css, "body { color: navy; }\n");
      BuildResult result = build.update(options(site), Set.of(css));
      assertThat(result.written()).isTrue();
      assertThat(stages(result)).containsExactly("static files");
      assertThat(Files.readString(site.resolve("public/static/css/site.css"))).contains("navy");
      assertThat(Files.getLastModifiedTime(page).toMillis()).isEqualTo(modified);
      assertSameAsFreshBuild();
    }
  }

  @Test
  void aNewPageIsAFullBuild() throws IOException {
    try (BuildSession session = new BuildSession(2)) {
      SiteBuild build = new SiteBuild(session);
      assertThat(build.run(options(site)).hasErrors()).isFalse();
      Path added = site.resolve("content/hardware/racks.md");
      Files.writeString(added, "---\ntitle: Racks\n---\nFour posts.\n");
      BuildResult result = build.update(options(site), Set.of(added));
      assertThat(stages(result)).contains("discovery");
      assertThat(site.resolve("public/en/hardware/racks/index.html")).exists();
      assertSameAsFreshBuild();
    }
  }

  private void assertUpdatedLikeAFreshBuild(SiteBuild build, Path... changed) throws IOException {
    BuildResult result = build.update(options(site), Set.of(changed));
    assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isEmpty();
    assertThat(result.written()).isTrue();
    assertThat(stages(result)).as("an edit of existing pages is redone alone").doesNotContain("discovery").contains("emit");
    BuildResult fresh = assertSameAsFreshBuild();
    // The counts an update reports are those the last full build made (LastBuild): as a fresh build's, in language order.
    assertThat(result.pagesByLanguage()).containsExactlyEntriesOf(fresh.pagesByLanguage());
    assertThat(result.translatedByLanguage()).containsExactlyEntriesOf(fresh.translatedByLanguage());
  }

  /** Builds the same files afresh elsewhere, with no cache, and compares every byte; that build's result. */
  private BuildResult assertSameAsFreshBuild() throws IOException {
    Path fresh = dir.resolve("fresh");
    if (Files.exists(fresh)) deleteTree(fresh);
    copyTree(site, fresh, Set.of("public", ".fieldguide-cache"));
    BuildResult result = new SiteBuild(2).run(
        new BuildOptions(fresh, fresh.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, BuildOptions.Cache.IGNORE));
    assertThat(result.hasErrors()).isFalse();
    Map<String, byte[]> expected = SiteBuildTest.snapshot(fresh.resolve("public"));
    Map<String, byte[]> actual = SiteBuildTest.snapshot(site.resolve("public"));
    // The offline files (lists, bundles, the service worker with the site version) and the search
    // indexes are those of the first build until the next full build: an update rewrites pages
    // only (README, serve and Offline).
    java.util.function.Predicate<String> pagesAndFiles =
        k -> !(k.startsWith("downloads/") || k.startsWith("offline/") || k.equals("sw.js") || k.startsWith("search/"));
    assertThat(actual.keySet().stream().filter(pagesAndFiles)).containsExactlyElementsOf(expected.keySet().stream().filter(pagesAndFiles).toList());
    for (String k : expected.keySet()) {
      if (!pagesAndFiles.test(k)) continue;
      assertThat(new String(actual.get(k), java.nio.charset.StandardCharsets.UTF_8)).as(k)
          .isEqualTo(new String(expected.get(k), java.nio.charset.StandardCharsets.UTF_8));
    }
    return result;
  }

  /** Each file of the output by its file key: an update replaces a file it writes with a new one. */
  private static Map<String, Object> fileKeys(Path root) throws IOException {
    Map<String, Object> keys = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        keys.put(root.relativize(p).toString().replace('\\', '/'), Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
      }
    }
    return keys;
  }

  /** The pages (HTML files) of the output that were written again since {@code before}. */
  private List<String> rewrittenPages(Map<String, Object> before) throws IOException {
    Map<String, Object> now = fileKeys(site.resolve("public"));
    return now.entrySet().stream()
        .filter(e -> e.getKey().endsWith(".html") && !java.util.Objects.equals(before.get(e.getKey()), e.getValue()))
        .map(Map.Entry::getKey).toList();
  }

  private static List<String> stages(BuildResult result) {
    return result.timings().stream().map(StageTiming::stage).toList();
  }

  private static BuildOptions options(Path site) {
    return new BuildOptions(site, site.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, BuildOptions.Cache.IGNORE);
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, Files.readString(file) + text);
  }

  /** The repository's site: its configuration, content and alert rules (the theme is built in). */
  private static Path copySite(Path to) throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    Files.createDirectories(to);
    Files.copy(root.resolve("site.yaml"), to.resolve("site.yaml"));
    copyTree(root.resolve("content"), to.resolve("content"), Set.of());
    copyTree(root.resolve("monitoring"), to.resolve("monitoring"), Set.of());
    return to;
  }

  private static void copyTree(Path from, Path to, Set<String> skip) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path rel = from.relativize(p);
        if (rel.getNameCount() > 0 && skip.contains(rel.getName(0).toString())) continue;
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
