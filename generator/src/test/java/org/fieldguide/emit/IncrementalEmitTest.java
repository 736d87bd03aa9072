package org.fieldguide.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.ExternalLinkOptions;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.build.StageTiming;
import org.fieldguide.testing.TestSite;
import org.fieldguide.testing.TestSite.Built;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds take a page from the last output by its render key when what its view is made of did
 * not change ({@link RenderKeys}). Whatever they take must be what a fresh build writes: after
 * each kind of edit that shows on other pages (a title in navigation and breadcrumbs, checklist
 * counts in a section's list, an image's size where it is shown, an anchor a link names, a new
 * page, a draft), the site rebuilt in place is compared file by file with a fresh build of it.
 */
class IncrementalEmitTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .page("content/_index.md", "Site Host Guides", "Welcome.")
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\nAll runbooks.\n")
        .with("content/runbooks/deploy.md", """
            ---
            title: Deploy a server
            summary: Rack and start it.
            estimated_time: 30m
            ---
            ## Rack it

            - [ ] Rack the server
            - [ ] Connect [the power](restart.md#power)

            ![The rack](images/rack.svg)
            """)
        .with("content/runbooks/deploy.es.md", "---\ntitle: Instalar un servidor\n---\n- [ ] Montar el servidor\n")
        .with("content/runbooks/restart.md", "---\ntitle: Restart a server\n---\n## Power {#power}\n\n- [ ] Switch it off\n")
        .with("content/runbooks/images/rack.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"/>")
        .page("content/hardware/_index.md", "Hardware", "Guides about hardware.")
        .page("content/hardware/fans.md", "Fans", "Clean the fans. See [deploy](../runbooks/deploy.md).");
  }

  /** Every file of a built site (the build's own control files aside), by path. */
  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString();
        if (rel.startsWith(".fieldguide-")) continue;
        files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private static String emitDetail(Built built) {
    StageTiming emit = built.result().timings().stream().filter(t -> t.stage().equals("emit")).findFirst().orElseThrow();
    return String.join("\n", emit.details());
  }

  private static List<String> stageDetails(Built built, String stage) {
    return built.result().timings().stream().filter(t -> t.stage().equals(stage)).findFirst().orElseThrow().details();
  }

  private static List<String> sitemapDetails(Built built) {
    return stageDetails(built, "site files").stream().filter(d -> d.contains("sitemap")).toList();
  }

  private int fresh;

  /** Rebuilds in place, and compares that with a build of the same site into a new folder. */
  private Built rebuildAndCompare(TestSite site) throws IOException {
    Built rebuilt = site.build().assertOk();
    Built whole = site.buildInto(dir.resolve("fresh-" + fresh++)).assertOk();
    assertThat(files(rebuilt.out())).isEqualTo(files(whole.out()));
    return rebuilt;
  }

  @Test
  void aBodyEditTakesEveryOtherPageByItsKeyAndEqualsAFreshBuild() throws IOException {
    TestSite site = site();
    site.build().assertOk();
    site.with("content/hardware/fans.md", "---\ntitle: Fans\n---\nClean the fans twice a year.\n");
    Built rebuilt = rebuildAndCompare(site);
    // fans in en and its fallback in es are made again; every other page is known by its key.
    int pages = rebuilt.result().pagesByLanguage().values().stream().mapToInt(Integer::intValue).sum();
    assertThat(emitDetail(rebuilt)).isEqualTo((pages - 2) + " pages as the last build wrote them (" + (pages - 2) + " known by their render key alone)");
  }

  /**
   * Builds the site as it is on disk, in place, keeping the cache ({@link TestSite#build} writes
   * every file again first, which gives each a new modification time).
   */
  private Built buildAsItIs() {
    Path out = dir.resolve("public");
    return new Built(new SiteBuild(2).run(new BuildOptions(dir, out, Drafts.EXCLUDE, BuildOptions.Mode.BUILD)), out).assertOk();
  }

  /**
   * A copied image is kept while its size and time are those the last build published it for,
   * and copied again when either changed: also when its size stays the same, and when it is put
   * back as it was with its old time (the folder then holds the edited copy).
   */
  @Test
  void aCopiedImageIsKeptByItsSizeAndTimeAndCopiedAgainWhenEitherChanged() throws IOException {
    TestSite site = site();
    site.build().assertOk();
    Path image = dir.resolve("content/runbooks/images/rack.svg");
    String before = Files.readString(image);
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(image);
    // Published beside its page in both languages.
    assertThat(stageDetails(buildAsItIs(), "site files")).contains("2 copied files as the last build published them");
    // The same size (one digit for another), a new time.
    Files.writeString(image, before.replace("width=\"40\"", "width=\"50\""));
    Built edited = buildAsItIs();
    assertThat(stageDetails(edited, "site files")).noneMatch(d -> d.contains("copied files"));
    assertThat(edited.file("en/runbooks/images/rack.svg")).contains("width=\"50\"");
    Files.writeString(image, before);
    Files.setLastModifiedTime(image, time);
    Built restored = buildAsItIs();
    assertThat(stageDetails(restored, "site files")).noneMatch(d -> d.contains("copied files"));
    assertThat(restored.file("en/runbooks/images/rack.svg")).isEqualTo(before);
    assertThat(restored.file("es/runbooks/images/rack.svg")).isEqualTo(before);
    Path freshOut = dir.resolve("fresh");
    new SiteBuild(2).run(new BuildOptions(dir, freshOut, Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, BuildOptions.Cache.IGNORE));
    assertThat(files(restored.out())).isEqualTo(files(freshOut));
  }

  @Test
  void editsThatShowOnOtherPagesAreSeenThere() throws IOException {
    TestSite site = site();
    site.build().assertOk();
    // A title: navigation, breadcrumbs, previous/next, the language switcher.
    site.with("content/runbooks/restart.md", "---\ntitle: Reboot a server\n---\n## Power {#power}\n\n- [ ] Switch it off\n");
    rebuildAndCompare(site);
    // A checklist item: the count a section's list shows.
    site.with("content/runbooks/restart.md", "---\ntitle: Reboot a server\n---\n## Power {#power}\n\n- [ ] Switch it off\n- [ ] Wait\n");
    rebuildAndCompare(site);
    // Front matter shown elsewhere: a summary and an estimated time.
    site.with("content/runbooks/deploy.md", Files.readString(dir.resolve("content/runbooks/deploy.md")).replace("30m", "45m")
        .replace("Rack and start it.", "Rack it, then start it."));
    rebuildAndCompare(site);
    // An image's size, which the page showing it reserves.
    site.with("content/runbooks/images/rack.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"80\" height=\"20\"/>");
    rebuildAndCompare(site);
    // The anchor a link names moves to another heading of the same page.
    site.with("content/runbooks/restart.md", "---\ntitle: Reboot a server\n---\n## Before\n\nText.\n\n## Power {#power}\n\n- [ ] Switch it off\n");
    rebuildAndCompare(site);
    // A translation appears: the fallback page it replaces, and the language switcher of the original.
    site.with("content/hardware/fans.es.md", "---\ntitle: Ventiladores\n---\nLimpie los ventiladores.\n");
    rebuildAndCompare(site);
    // A new page, and one turned into a draft (links to it now fail, so it is one nobody links to).
    site.page("content/hardware/disks.md", "Disks", "Replace them.");
    rebuildAndCompare(site);
    site.with("content/hardware/disks.md", "---\ntitle: Disks\ndraft: true\n---\nReplace them.\n");
    rebuildAndCompare(site);
    // The original of a translation changes: the translation's checklist scope may follow it.
    site.with("content/runbooks/deploy.md", Files.readString(dir.resolve("content/runbooks/deploy.md")).replace("Rack the server", "Rack the new server"));
    rebuildAndCompare(site);
    // The type a section gives its pages: their front matter reads to another type, though no
    // byte of their own changed (a render key digests what front matter was read from, type included).
    site.with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: page\n---\nAll runbooks.\n");
    rebuildAndCompare(site);
  }

  /**
   * Rebuilds in place, and compares that with a build into a new folder without the cache: the
   * cache's output history then stays that of the folder rebuilt (a build into another folder
   * would make it that folder's, and the next rebuild could take nothing over).
   */
  private Built rebuildAndCompareKeepingHistory(TestSite site) throws IOException {
    Built rebuilt = site.build().assertOk();
    Path freshOut = dir.resolve("fresh-" + fresh++);
    BuildResult whole = new SiteBuild(2).run(
        new BuildOptions(dir, freshOut, Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, BuildOptions.Cache.IGNORE));
    assertThat(whole.diagnostics()).isEmpty();
    assertThat(files(rebuilt.out())).isEqualTo(files(freshOut));
    return rebuilt;
  }

  /**
   * A rebuild whose scan of the published site finds its folders as the last build listed them
   * keeps pages without asking the file system about each (StagedOutput.keepPublished): its
   * offline bundles, made with what the last build recorded of the pages kept, are those of a
   * fresh build, and a page deleted by hand from the output is written again. A page rewritten
   * by hand where it stands is not noticed, as no build notices it (pages are taken by their
   * render key): it stays as edited, and the bundles hold the page as the build published it.
   */
  @Test
  void pagesKeptAsTheListingOfThePublishedSiteFindsThemMakeTheBundlesOfAFreshBuild() throws IOException {
    TestSite site = site();
    Path out = site.build().assertOk().out();
    age(out);
    site.build().assertOk(); // lists the aged folders with their times
    Path deploy = out.resolve("en/runbooks/deploy/index.html");
    Path restart = out.resolve("en/runbooks/restart/index.html");
    assertThat(deploy).exists();
    Files.delete(restart);
    Files.writeString(deploy, "edited by hand"); // the same file: its folder's time stays
    site.with("content/hardware/fans.md", "---\ntitle: Fans\n---\nClean the fans twice a year.\n");
    Built rebuilt = site.build().assertOk();
    Path freshOut = dir.resolve("fresh");
    BuildResult whole = new SiteBuild(2).run(
        new BuildOptions(dir, freshOut, Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, BuildOptions.Cache.IGNORE));
    assertThat(whole.diagnostics()).isEmpty();
    Map<String, String> expected = files(freshOut);
    expected.put("en/runbooks/deploy/index.html", "edited by hand");
    assertThat(files(rebuilt.out())).isEqualTo(expected);
  }

  /**
   * Sets the time of every folder of the output an hour back: a folder changed less than two
   * seconds before a build looked at it is read again by the next (PublishedListing), and a
   * test is quicker than that.
   */
  private static void age(Path out) throws IOException {
    java.nio.file.attribute.FileTime hourAgo = java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600));
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(p -> !p.equals(out) && Files.isDirectory(p) && !out.relativize(p).toString().startsWith(".fieldguide-")).toList()) {
        Files.setLastModifiedTime(p, hourAgo);
      }
    }
  }

  @Test
  void theSitemapIsKeptWhileWhatItListsIsTheSameAndWrittenAgainWhenNot() throws IOException {
    TestSite site = site();
    assertThat(sitemapDetails(site.build().assertOk())).isEmpty();
    // The text of a page: the sitemap lists no text.
    site.with("content/hardware/fans.md", "---\ntitle: Fans\n---\nClean the fans twice a year.\n");
    assertThat(sitemapDetails(rebuildAndCompareKeepingHistory(site))).containsExactly("sitemap as the last build wrote it");
    // A review date is the sitemap's lastmod.
    site.with("content/hardware/fans.md", "---\ntitle: Fans\nlast_reviewed: 2026-11-01\n---\nClean the fans twice a year.\n");
    Built reviewed = rebuildAndCompareKeepingHistory(site);
    assertThat(sitemapDetails(reviewed)).isEmpty();
    assertThat(reviewed.file("sitemap.xml")).contains("<lastmod>2026-11-01</lastmod>");
    assertThat(sitemapDetails(rebuildAndCompareKeepingHistory(site))).containsExactly("sitemap as the last build wrote it");
    // A new page.
    site.page("content/hardware/disks.md", "Disks", "Replace them.");
    assertThat(sitemapDetails(rebuildAndCompareKeepingHistory(site))).isEmpty();
    // The site's address.
    site.with("site.yaml", Files.readString(dir.resolve("site.yaml")).replace("https://guides.example.org/", "https://docs.example.net/"));
    Built moved = rebuildAndCompareKeepingHistory(site);
    assertThat(sitemapDetails(moved)).isEmpty();
    assertThat(moved.file("sitemap.xml")).contains("https://docs.example.net/").doesNotContain("guides.example.org");
  }
}
