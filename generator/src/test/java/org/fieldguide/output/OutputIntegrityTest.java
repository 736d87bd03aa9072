package org.fieldguide.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldguide.testing.OutputSnapshot.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.fieldguide.testing.TestSite;
import org.fieldguide.testing.Unwritable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole builds against output folders that are interrupted, unwritable, linked or shared. */
class OutputIntegrityTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .page("content/runbooks/_index.md", "Runbooks", "All runbooks.")
        .page("content/runbooks/deploy.md", "Deploy", "Steps.")
        .with("content/runbooks/images/rack.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
  }

  @Test
  void aSwapKilledHalfWayIsUndoneByTheNextBuildEvenWhenThatFailsOnContent() throws Exception {
    TestSite site = site();
    Path out = site.out();
    site.build().assertOk();
    Map<String, String> before = snapshot(out);

    // A build killed after it had moved its new en/ files and index.html in (in place), but before it finished.
    StagedOutput killed = StagedOutput.create(out, StagingHolder.deadOwner(), step -> {
      if (step.equals("moving the new index.html in")) throw new Error("killed");
    }, true);
    for (String f : before.keySet()) if (!f.startsWith(".")) killed.write(f, "from the killed build");
    try {
      killed.commit();
    } catch (Error e) {
      killed.releaseLocksAsAKillWould();
    }
    assertThat(out.resolve("index.html")).hasContent("from the killed build");

    site.with("content/runbooks/broken.md", "oops").build().assertDiagnostics(
        out + ": warning: an earlier build was stopped while publishing the site; its changes were undone, so this folder holds the site from before that build.",
        "content/runbooks/broken.md:1:1: error: no front matter: a page must start with a line '---', YAML such as 'title: …', and another '---' (line 1 is 'oops'). Add the front matter at the top of the file.");
    assertThat(snapshot(out)).isEqualTo(before);
    assertThat(fieldguideEntries(out)).containsExactly(StagedOutput.MARKER);
  }

  @Test
  void anUnwritableOutputFolderFailsWithTheReasonAndTheSiteUntouched() throws Exception {
    TestSite site = site();
    Path out = site.out();
    site.build().assertOk();
    Map<String, String> before = snapshot(out);
    try (Unwritable u = Unwritable.make(out)) {
      TestSite.Built b = site.page("content/runbooks/new.md", "New", "x").build();
      b.assertDiagnostics(out + ": error: cannot write into the output folder " + out + ": " + Unwritable.refusal()
          + ". Nothing was written; the previous site is untouched.");
      assertThat(b.result().written()).isFalse();
    }
    assertThat(snapshot(out)).isEqualTo(before);
  }

  @Test
  void anUnwritableParentOfANewOutputFolderFailsWithTheReason() throws Exception {
    Path parent = Files.createDirectories(dir.resolve("www"));
    Path out = parent.resolve("public");
    try (Unwritable u = Unwritable.make(parent)) {
      site().buildInto(out).assertDiagnostics(
          out + ": error: cannot create the output folder: " + out + ": " + Unwritable.refusal() + ". Nothing was written.");
    }
    assertThat(out).doesNotExist();
  }

  @Test
  void anOldSiteThatCannotBeDeletedIsAWarningAfterPublishing() throws Exception {
    TestSite site = site();
    Path out = site.out();
    site.build().assertOk();
    try (Unwritable u = Unwritable.make(out.resolve("en/runbooks"))) {
      TestSite.Built b = site.page("content/runbooks/new.md", "New", "x").build();
      assertThat(b.result().written()).isTrue();
      assertThat(b.file("en/runbooks/new/index.html")).contains("<h1");
      if (Unwritable.isRoot()) {
        // Immutable even for its owner: the copy of the old site stays, and the build says where.
        Path old;
        try (Stream<Path> list = Files.list(out)) {
          old = list.filter(p -> p.getFileName().toString().startsWith(StagedOutput.OLD_PREFIX)).findFirst().orElseThrow();
        }
        u.movedTo(old.resolve("en/runbooks"));
        b.assertDiagnostics(out + ": warning: the site was published, but some of the previous site's files could not be deleted ("
            + old.resolve("en/runbooks/deploy") + ": operation not permitted); delete " + old + " by hand.");
      } else {
        // A folder its owner made read-only is made writable again and deleted.
        b.assertOk();
        assertThat(fieldguideEntries(out)).containsExactly(StagedOutput.MARKER);
      }
    }
  }

  @Test
  void aLinkedOutputFolderIsPublishedIntoAndStaysALink() throws Exception {
    Path target = Files.createDirectories(dir.resolve("www/guides"));
    Path link = Files.createSymbolicLink(dir.resolve("public"), target);
    TestSite site = site();
    site.build().assertOk();
    site.page("content/runbooks/new.md", "New", "x").build().assertOk();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(target.resolve("en/runbooks/new/index.html")).exists();
  }

  @Test
  void publishedFilesAndFoldersHaveANewFilesModeSoOthersCanReadThem() throws Exception {
    Path probe = Files.createDirectories(dir.resolve("probe/folder"));
    String folderMode = mode(probe);
    String fileMode = mode(Files.createFile(probe.resolve("file")));
    TestSite site = site();
    site.writeFiles();
    Files.setPosixFilePermissions(dir.resolve("content/runbooks/images/rack.svg"), PosixFilePermissions.fromString("rw-------"));
    // An output folder left private by an earlier fieldguide, which published a createTempDirectory folder.
    Files.createDirectories(site.out());
    Files.writeString(site.out().resolve(StagedOutput.MARKER), "");
    Files.setPosixFilePermissions(site.out(), PosixFilePermissions.fromString("rwx------"));

    site.build().assertOk();
    try (Stream<Path> walk = Files.walk(site.out())) {
      for (Path p : walk.toList()) assertThat(mode(p)).as(p.toString()).isEqualTo(Files.isDirectory(p) ? folderMode : fileMode);
    }
    if (folderMode.equals("rwxr-xr-x")) assertThat(fileMode).isEqualTo("rw-r--r--"); // umask 022, the usual one
  }

  @Test
  void twoBuildsIntoOneFolderAtOnceBothPublishWholeSites() throws Exception {
    TestSite a = TestSite.in(dir.resolve("a")).page("content/x.md", "From A", "a");
    TestSite b = TestSite.in(dir.resolve("b")).page("content/x.md", "From B", "b");
    Map<String, String> alone = snapshot(a.buildInto(dir.resolve("alone-a")).assertOk().out());
    Map<String, String> aloneB = snapshot(b.buildInto(dir.resolve("alone-b")).assertOk().out());
    Path shared = dir.resolve("shared");
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 3; round++) {
        Future<TestSite.Built> fa = threads.submit(() -> a.buildInto(shared));
        Future<TestSite.Built> fb = threads.submit(() -> b.buildInto(shared));
        fa.get().assertOk();
        fb.get().assertOk();
        assertThat(snapshot(shared)).isIn(alone, aloneB);
        assertThat(fieldguideEntries(shared)).containsExactly(StagedOutput.MARKER);
      }
    } finally {
      threads.shutdown();
    }
  }

  @Test
  void aRebuildReplacesOnlyTheFilesThatChangedAndEqualsAFreshBuild() throws Exception {
    TestSite site = site().page("content/runbooks/restart.md", "Restart", "Turn it off.");
    Path out = site.out();
    site.build().assertOk();
    Map<String, Object> first = fileKeys(out);
    // Nothing changed: nothing is written again.
    site.build().assertOk();
    Map<String, Object> before = fileKeys(out);
    assertThat(before).isEqualTo(first);
    site.page("content/runbooks/restart.md", "Restart", "Turn it off and on again.").build().assertOk();
    Map<String, Object> after = fileKeys(out);
    List<String> replaced = after.keySet().stream().filter(f -> !after.get(f).equals(before.get(f))).sorted().toList();
    // The page in both languages (es shows the English page), what lists or holds its text, and
    // what carries the site version. The search chunk holding its text is renamed with its group.
    assertThat(replaced).containsExactly(
        "downloads/fieldguide-en.zip", "downloads/fieldguide-es.zip", "en/runbooks/restart/index.html", "es/runbooks/restart/index.html",
        "offline/en.json", "offline/es.json", "search/en/d<group>-0.js", "search/en/index.js", "search/en/t<shard>.js", "search/es/d<group>-0.js",
        "search/es/index.js", "search/es/t<shard>.js", "site-manifest.json", "sw.js");
    assertThat(after.keySet()).isEqualTo(before.keySet()).hasSize(53);
    assertThat(snapshot(out)).isEqualTo(snapshot(site.buildInto(dir.resolve("fresh")).assertOk().out()));
  }

  /** Every file of a published site with its identity on disk (a file written again gets a new one). */
  private static Map<String, Object> fileKeys(Path out) throws java.io.IOException {
    Map<String, Object> keys = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        // A group of search page chunks is named by a digest of what it holds.
        String rel = out.relativize(p).toString().replaceFirst("^(search/[a-z]+/d)[0-9a-f]{12}-", "$1<group>-")
            .replaceFirst("^(search/[a-z]+/t)[0-9a-f]{12}\\.js$", "$1<shard>.js");
        if (rel.startsWith(".fieldguide-")) continue;
        var attrs = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
        keys.put(rel, attrs.fileKey() + " " + attrs.lastModifiedTime());
      }
    }
    return keys;
  }

  private static String mode(Path p) throws java.io.IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
  }

  private static List<String> fieldguideEntries(Path out) throws java.io.IOException {
    try (Stream<Path> list = Files.list(out)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".fieldguide-")).sorted().toList();
    }
  }
}
