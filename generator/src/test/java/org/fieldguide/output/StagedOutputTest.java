package org.fieldguide.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fieldguide.testing.OutputSnapshot.snapshot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.testing.Unwritable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staged write and swap, on real folders: kills, failures, leftovers, links and modes. */
class StagedOutputTest {
  @TempDir Path dir;

  private static final Map<String, String> V1 = site(
      "index.html", "v1 home", "en/a/index.html", "v1 a", "en/a/images/x.svg", "<svg/>", "old.txt", "only in v1", ".nojekyll", "");
  private static final Map<String, String> V2 = site(
      "index.html", "v2 home", "en/a/index.html", "v2 a", "en/b/index.html", "v2 b", "es/index.html", "v2 es", ".nojekyll", "");

  /** What a kill does to a process: it stops, and runs no clean-up of its own. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed(String step) {
      super("killed after " + step);
    }
  }

  @Test
  void aKillAfterAnyStepOfTheSwapIsUndoneByTheNextBuild() throws Exception {
    BuildOwner killedBuild = StagingHolder.deadOwner();
    List<String> allSteps = new ArrayList<>();
    for (int k = 0; ; k++) {
      Path out = dir.resolve("kill-" + k).resolve("public");
      publish(out, V1);
      Map<String, String> v1 = snapshot(out);
      List<String> done = new ArrayList<>();
      int stopAfter = k;
      StagedOutput s = StagedOutput.create(out, killedBuild, step -> {
        done.add(step);
        if (done.size() == stopAfter + 1) throw new Killed(step);
      }, false);
      write(s, V2);
      try {
        s.commit();
        assertThat(snapshot(out)).as("a swap that was not stopped").isEqualTo(content(V2));
        break;
      } catch (Killed e) {
        s.releaseLocksAsAKillWould();
      }
      allSteps.add(done.get(done.size() - 1));
      assertThat(out).as("the output folder is never missing").isDirectory();

      Diagnostics next = new Diagnostics();
      StagedOutput.recover(out, next);

      boolean published = done.contains("deleting " + SwapJournal.FILE);
      assertThat(snapshot(out)).as("after a kill after '%s'", allSteps.get(k)).isEqualTo(published ? content(V2) : v1);
      assertThat(controlEntries(out)).as("leftovers after a kill after '%s'", allSteps.get(k)).containsExactly(StagedOutput.MARKER);
      // Before the journal is written nothing has moved, and after it is deleted the new site stands: nothing to undo.
      boolean undone = done.contains("writing " + SwapJournal.FILE) && !published;
      assertThat(next.sorted()).extracting(Diagnostic::toString).isEqualTo(undone ? List.of(out
          + ": warning: an earlier build was stopped while publishing the site; its changes were undone, so this folder holds the site from before that build.") : List.of());
    }
    assertThat(allSteps).containsExactly(
        "creating the folder for the previous site's files",
        "writing .fieldguide-swap",
        "moving .nojekyll aside", "moving the new .nojekyll in",
        "moving en aside", "moving the new en in",
        "moving the new es in",
        "moving index.html aside", "moving the new index.html in",
        "moving old.txt aside",
        "marking the folder as published",
        "deleting .fieldguide-swap");
  }

  /** A site where files become folders and folders files. */
  private static final Map<String, String> V3 = site(
      "index.html", "v3 home", "en/a", "en/a is a file now", "old.txt/index.html", "old.txt is a folder now", ".nojekyll", "");

  @Test
  void aKillAfterAnyStepOfAnInPlaceUpdateIsUndoneByTheNextBuild() throws Exception {
    assertThat(killedInPlace("v2", V2)).containsExactly(
        "creating the folder for the previous site's files",
        "writing .fieldguide-swap",
        "moving en/a/images/x.svg aside", "moving old.txt aside",
        "moving en/a/index.html aside", "moving the new en/a/index.html in",
        "moving the new en/b/index.html in",
        "moving the new es/index.html in",
        "moving index.html aside", "moving the new index.html in",
        "marking the folder as published",
        "deleting .fieldguide-swap");
    assertThat(killedInPlace("v3", V3)).containsExactly(
        "creating the folder for the previous site's files",
        "writing .fieldguide-swap",
        "moving en/a/images/x.svg aside", "moving en/a/index.html aside", "moving old.txt aside",
        "removing the folder en/a", "moving the new en/a in",
        "moving index.html aside", "moving the new index.html in",
        "moving the new old.txt/index.html in",
        "marking the folder as published",
        "deleting .fieldguide-swap");
  }

  /** Updates V1 to {@code next} in place, killed after each step in turn; the steps of the update. */
  private List<String> killedInPlace(String name, Map<String, String> next) throws Exception {
    BuildOwner killedBuild = StagingHolder.deadOwner();
    List<String> allSteps = new ArrayList<>();
    for (int k = 0; ; k++) {
      Path out = dir.resolve(name + "-kill-" + k).resolve("public");
      publish(out, V1);
      Map<String, String> v1 = snapshot(out);
      List<String> v1Folders = folders(out);
      List<String> done = new ArrayList<>();
      int stopAfter = k;
      StagedOutput s = StagedOutput.create(out, killedBuild, step -> {
        done.add(step);
        if (done.size() == stopAfter + 1) throw new Killed(step);
      }, true);
      write(s, next);
      try {
        assertThat(s.commit()).isEmpty();
        assertThat(snapshot(out)).as("an update that was not stopped").isEqualTo(content(next));
        assertThat(folders(out)).as("folders after the update").isEqualTo(folders(published(dir.resolve(name + "-whole"), next)));
        assertThat(controlEntries(out)).containsExactly(StagedOutput.MARKER);
        break;
      } catch (Killed e) {
        s.releaseLocksAsAKillWould();
      }
      allSteps.add(done.get(done.size() - 1));
      Diagnostics next2 = new Diagnostics();
      StagedOutput.recover(out, next2);
      boolean published = done.contains("deleting " + SwapJournal.FILE);
      assertThat(snapshot(out)).as("after a kill after '%s'", allSteps.get(k)).isEqualTo(published ? content(next) : v1);
      if (!published) assertThat(folders(out)).as("folders after a kill after '%s'", allSteps.get(k)).isEqualTo(v1Folders);
      assertThat(controlEntries(out)).as("leftovers after a kill after '%s'", allSteps.get(k)).containsExactly(StagedOutput.MARKER);
    }
    return allSteps;
  }

  @Test
  void anInPlaceUpdateLeavesUnchangedFilesAloneAndStagesOnlyWhatDiffers() throws Exception {
    Path out = dir.resolve("public");
    publish(out, V1);
    Object home = Files.readAttributes(out.resolve("index.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    Object image = Files.readAttributes(out.resolve("en/a/images/x.svg"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    StagedOutput s = StagedOutput.create(out);
    s.write("index.html", "v1 home"); // the same bytes: kept
    assertThat(s.reuse("en/a/images/x.svg", out.resolve("en/a/images/x.svg"))).isTrue();
    s.write("en/a/index.html", "v2 a");
    try (java.io.OutputStream zip = s.open("downloads/x.zip")) {
      zip.write("a large file".getBytes(StandardCharsets.UTF_8));
    }
    try (Stream<Path> staged = Files.walk(s.dir())) {
      assertThat(staged.filter(Files::isRegularFile).map(p -> s.dir().relativize(p).toString()))
          .containsExactlyInAnyOrder("en/a/index.html", "downloads/x.zip", StagedOutput.BUILD_LOCK);
    }
    assertThat(files(s)).containsExactly("downloads/x.zip", "en/a/images/x.svg", "en/a/index.html", "index.html");
    assertThat(s.locate("index.html")).isEqualTo(out.toRealPath().resolve("index.html"));
    // What the offline stage takes instead of asking the file system again: the kept files' own
    // attributes, and those of the files staged.
    Map<String, Object> keys = fileKeys(s);
    assertThat(keys).containsOnlyKeys("downloads/x.zip", "en/a/images/x.svg", "en/a/index.html", "index.html");
    assertThat(keys.get("index.html")).isEqualTo(home);
    assertThat(keys.get("en/a/images/x.svg")).isEqualTo(image);
    assertThat(keys.get("en/a/index.html")).isEqualTo(Files.readAttributes(s.dir().resolve("en/a/index.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    assertThat(s.commit()).isEmpty();
    assertThat(snapshot(out)).isEqualTo(content(site(
        "index.html", "v1 home", "en/a/index.html", "v2 a", "en/a/images/x.svg", "<svg/>", "downloads/x.zip", "a large file")));
    assertThat(Files.readAttributes(out.resolve("index.html"), java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(home);
    assertThat(Files.readAttributes(out.resolve("en/a/images/x.svg"), java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(image);

    // A zip streamed again with the same bytes is dropped, and the published one kept.
    Object zipKey = Files.readAttributes(out.resolve("downloads/x.zip"), java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    StagedOutput again = StagedOutput.create(out);
    try (java.io.OutputStream zip = again.open("downloads/x.zip")) {
      zip.write("a large file".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(files(again)).containsExactly("downloads/x.zip");
    assertThat(fileKeys(again)).containsExactly(Map.entry("downloads/x.zip", zipKey));
    assertThat(again.commit()).isEmpty();
    assertThat(snapshot(out)).isEqualTo(content(site("downloads/x.zip", "a large file")));
    assertThat(Files.readAttributes(out.resolve("downloads/x.zip"), java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(zipKey);
    assertThat(folders(out)).containsExactly("downloads");
  }

  @Test
  void aFileReplacedAfterItWasLinkedFromTheSiteBeforeNeverWritesIntoThatSite() throws Exception {
    Path out = dir.resolve("public");
    publish(out, V1);
    StagedOutput s = StagedOutput.create(out, false); // the whole site staged: reused files are hard links
    assertThat(s.reuse("en/a/images/x.svg", out.resolve("en/a/images/x.svg"))).isTrue();
    assertThat(s.reuse("old.txt", out.resolve("old.txt"))).isTrue();
    s.replace("en/a/images/x.svg", "<svg id=\"new\"/>");
    s.replace("index.html", "v2 home"); // never linked: written as it is
    s.remove("old.txt");
    s.replace("old.txt", "written again");
    assertThat(snapshot(out)).isEqualTo(content(V1));
    assertThat(s.commit()).isEmpty();
    assertThat(snapshot(out)).isEqualTo(content(site(
        "index.html", "v2 home", "en/a/images/x.svg", "<svg id=\"new\"/>", "old.txt", "written again")));
  }

  @Test
  void anUpdateInPlaceKnowsWhenAnotherBuildPublishedMeanwhile() throws Exception {
    Path out = dir.resolve("public");
    publish(out, V1);
    StagedOutput inPlace = StagedOutput.create(out);
    StagedOutput whole = StagedOutput.create(out, false);
    assertThat(inPlace.publishedMeanwhile()).isFalse();
    // Another build in the middle of its swap: the files it moved aside are gone before it marks the folder.
    Path journal = Files.writeString(out.resolve(SwapJournal.FILE), "another build's swap");
    assertThat(inPlace.publishedMeanwhile()).isTrue();
    assertThat(whole.publishedMeanwhile()).isFalse();
    Files.delete(journal);
    assertThat(inPlace.publishedMeanwhile()).isFalse();
    publish(out, V2);
    // Files the update in place kept from V1 may be gone now; a whole staged site kept none.
    assertThat(inPlace.publishedMeanwhile()).isTrue();
    assertThat(whole.publishedMeanwhile()).isFalse();
    inPlace.abandon();
    whole.abandon();
    assertThat(snapshot(out)).isEqualTo(content(V2));
  }

  @Test
  void anInPlaceUpdateOfASiteAnotherBuildInPlaceRefusedIsRefused() throws Exception {
    Path out = dir.resolve("public");
    publish(out, V1);
    StagedOutput slow = StagedOutput.create(out);
    slow.write("index.html", "slow home");
    assertThat(slow.reuse("old.txt", out.resolve("old.txt"))).isTrue();
    publish(out, V2);
    assertThatThrownBy(slow::commit).isInstanceOf(StagedOutput.InPlaceRefused.class).hasMessage("cannot publish the site into "
        + out + ": another build published there while this one ran, so the files this build kept from the site before may no longer"
        + " be that site's. Nothing was published.");
    slow.abandon();
    assertThat(snapshot(out)).isEqualTo(content(V2));
    assertThat(controlEntries(out)).containsExactly(StagedOutput.MARKER);
  }

  @Test
  void aFailedSwapIsUndoneAtOnce() throws Exception {
    Path out = dir.resolve("public");
    publish(out, V1);
    Map<String, String> v1 = snapshot(out);
    StagedOutput s = StagedOutput.create(out, BuildOwner.current(), step -> {}, false);
    write(s, V2);
    // en cannot be moved aside, after .nojekyll has already been swapped.
    assertFailsAndIsUndone(s, out, v1, "moving en aside");
  }

  /** {@code s}'s swap fails at {@code step} (the folder en being unwritable), and leaves {@code previous} as it was. */
  private static void assertFailsAndIsUndone(StagedOutput s, Path out, Map<String, String> previous, String step) throws Exception {
    try (Unwritable en = Unwritable.make(out.resolve("en"))) {
      assertThatThrownBy(s::commit).hasMessage("cannot publish the site into " + out + ": " + step + " failed: "
          + Unwritable.refusal() + ". Nothing was published; the previous site is untouched.");
    }
    s.abandon();
    assertThat(snapshot(out)).isEqualTo(previous);
    assertThat(controlEntries(out)).containsExactly(StagedOutput.MARKER);
  }

  @Test
  void aFailedInPlaceUpdateIsUndoneAtOnce() throws Exception {
    Path out = dir.resolve("public");
    publish(out, V1);
    Map<String, String> v1 = snapshot(out);
    StagedOutput s = StagedOutput.create(out);
    write(s, V2);
    // en/b cannot be made, after old files were moved aside and en/a/index.html replaced.
    assertFailsAndIsUndone(s, out, v1, "moving the new en/b/index.html in");
  }

  @Test
  void leftoversOfKilledBuildsAreDeletedButNotThoseOfRunningBuilds() throws Exception {
    Path out = dir.resolve("public");
    publish(out, V1);
    // A build in another process that is still running, and one in another container (its process id unknown here).
    try (Holder running = Holder.start(out, false); Holder elsewhere = Holder.start(out, true)) {
      StagedOutput killed = StagedOutput.create(out, StagingHolder.deadOwner(), step -> {}, true);
      killed.write("index.html", "never published");
      killed.releaseLocksAsAKillWould();
      Files.createDirectories(out.resolve(StagedOutput.OLD_PREFIX + "1-1-0/en"));
      Files.writeString(out.resolve(StagedOutput.OLD_PREFIX + "1-1-0/en/x.html"), "old");
      assertThat(controlEntries(out)).hasSize(5);

      Diagnostics d = new Diagnostics();
      StagedOutput.recover(out, d);
      assertThat(d.sorted()).isEmpty();
      assertThat(controlEntries(out)).containsExactlyInAnyOrder(StagedOutput.MARKER, running.staging, elsewhere.staging);
      assertThat(out.resolve(running.staging).resolve("index.html")).hasContent("staged by another build");
    }
  }

  @Test
  void aDamagedJournalIsAnErrorAndNothingIsMoved() throws Exception {
    Path out = dir.resolve("public");
    publish(out, V1);
    Map<String, String> v1 = snapshot(out);
    Files.writeString(out.resolve(SwapJournal.FILE), "not a journal\n");
    Diagnostics d = new Diagnostics();
    StagedOutput.recover(out, d);
    assertThat(d.sorted()).extracting(Diagnostic::toString).containsExactly(out + ": error: cannot repair the output folder after an"
        + " interrupted build: " + out.resolve(SwapJournal.FILE) + ": the record of an interrupted swap is damaged; compare the folder"
        + " with a fresh build and delete this file. The folder may hold a mix of two builds; fix the cause and build again.");
    assertThat(snapshot(out)).isEqualTo(v1);
  }

  @Test
  void aFolderCreatedForAFailedBuildIsRemovedAgain() throws Exception {
    Path out = dir.resolve("new/public");
    StagedOutput s = StagedOutput.create(out);
    s.write("index.html", "x");
    s.abandon();
    assertThat(out).doesNotExist();
  }

  @Test
  void aLinkedOutputFolderIsFollowedAndStaysALink() throws Exception {
    Path target = dir.resolve("www/site");
    Files.createDirectories(target);
    Path link = Files.createSymbolicLink(dir.resolve("public"), target);
    publish(link, V1);
    publish(link, V2);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(snapshot(target)).isEqualTo(content(V2));
  }

  @Test
  void aLinkToAFolderNotYetMadeIsFollowed() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("public"), Path.of("www/site"));
    publish(link, V1);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(snapshot(dir.resolve("www/site"))).isEqualTo(content(V1));
  }

  @Test
  void copiesGetANewFilesModeNotTheSourcesMode() throws Exception {
    Path secret = Files.writeString(dir.resolve("photo.jpg"), "jpeg");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    Path out = dir.resolve("public");
    StagedOutput s = StagedOutput.create(out);
    s.copy("en/photo.jpg", secret);
    s.commit();
    String fresh = PosixFilePermissions.toString(Files.getPosixFilePermissions(Files.createFile(dir.resolve("fresh"))));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("en/photo.jpg")))).isEqualTo(fresh);
  }

  @Test
  void writingOutsideTheSiteIsRefused() throws Exception {
    StagedOutput s = StagedOutput.create(dir.resolve("public"));
    assertThatThrownBy(() -> s.write("../escape.html", "x")).isInstanceOf(UncheckedIOException.class).cause()
        .hasMessage("cannot write ../escape.html: it is not a path inside the site (this is a bug in fieldguide).");
    assertThatThrownBy(() -> s.write(".fieldguide-swap", "x")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> s.write("en/../../escape.html", "x")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> s.write("en/../.fieldguide-swap", "x")).isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> s.write("", "x")).isInstanceOf(UncheckedIOException.class);
    s.abandon();
    assertThat(dir.resolve("escape.html")).doesNotExist();
  }

  /**
   * A site staged into a new folder is listed by one walk of the staging folder: every file once,
   * with its own attributes, and neither the build's lock nor a link in the folder (the offline
   * stage bundles regular files only).
   */
  @Test
  void aNewSiteListsEveryStagedFileOnceWithItsOwnAttributes() throws Exception {
    Path out = dir.resolve("public");
    StagedOutput s = StagedOutput.create(out);
    s.write("index.html", "home");
    s.write("en/a/index.html", "a");
    try (java.io.OutputStream zip = s.open("downloads/x.zip")) {
      zip.write("zip".getBytes(StandardCharsets.UTF_8));
    }
    Files.createSymbolicLink(s.dir().resolve("en/link.html"), s.dir().resolve("index.html"));
    Map<String, Object> keys = fileKeys(s);
    assertThat(keys).containsOnlyKeys("downloads/x.zip", "en/a/index.html", "index.html");
    for (String path : keys.keySet()) {
      assertThat(keys.get(path)).isNotNull().isEqualTo(Files.readAttributes(s.dir().resolve(path), java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    }
    assertThat(files(s)).containsExactly("downloads/x.zip", "en/a/index.html", "index.html");
    s.abandon();
  }

  @Test
  void pathsThatAreNotPlainAreTheSitePathsTheyNormaliseTo() throws Exception {
    Path out = dir.resolve("public");
    StagedOutput s = StagedOutput.create(out);
    s.write("en/./a//index.html", "a");
    s.write("en/b/../c/index.html", "c");
    s.write("en/..d/index.html", "d"); // a name that starts with two dots is a name
    assertThat(files(s)).containsExactly("en/..d/index.html", "en/a/index.html", "en/c/index.html");
    s.commit();
    assertThat(snapshot(out)).isEqualTo(content(site("en/a/index.html", "a", "en/c/index.html", "c", "en/..d/index.html", "d")));
  }

  @Test
  void aFullDiskIsReportedWithThePathAndTheReason() throws Exception {
    Path devFull = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(devFull), "/dev/full exists here");
    Path out = dir.resolve("public");
    StagedOutput s = StagedOutput.create(out);
    // A file in the staging folder that leads to /dev/full: writing to it fails as a full disk does.
    Files.createDirectories(s.dir().resolve("en"));
    Files.createSymbolicLink(s.dir().resolve("en/index.html"), devFull);
    assertThatThrownBy(() -> s.write("en/index.html", "x")).isInstanceOf(UncheckedIOException.class).cause()
        .hasMessage("cannot write en/index.html into " + out + ": no space left on device. Nothing was published; the previous site is untouched.");
    s.abandon();
  }

  // --- helpers ------------------------------------------------------------------------------

  /** Another process holding a staging folder of {@code out}, until closed. */
  private static final class Holder implements AutoCloseable {
    final Process process;
    final String staging;

    private Holder(Process process, String staging) {
      this.process = process;
      this.staging = staging;
    }

    static Holder start(Path out, boolean asDeadProcess) throws IOException {
      String java = ProcessHandle.current().info().command().orElse("java");
      List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
          StagingHolder.class.getName(), out.toString()));
      if (asDeadProcess) command.add("as-dead-process");
      Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
      assertThat(line).startsWith("ready ");
      return new Holder(p, line.substring("ready ".length()));
    }

    @Override
    public void close() throws Exception {
      process.getOutputStream().close();
      if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly();
    }
  }

  private static Map<String, String> site(String... pathsAndTexts) {
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
    return files;
  }

  /** {@code files} published into a new folder {@code out}. */
  private static Path published(Path out, Map<String, String> files) throws Exception {
    publish(out, files);
    return out;
  }

  /**
   * A new staging folder listed one entry of its second level (or a file at its top) per task,
   * the tasks on threads of their own:
   * the same files with the same attributes as listed in one walk, each given on the calling
   * thread, the build's lock file left out.
   */
  @Test
  void aNewStagingFolderListedInPiecesGivesWhatOneWalkGives() throws Exception {
    Path out = dir.resolve("site");
    StagedOutput s = StagedOutput.create(out, false);
    for (String f : List.of("index.html", "sitemap.xml", "en/a/index.html", "en/a/b/index.html", "es/a/index.html", "search/en/index.js",
        "static/css/site.css", "downloads/x.zip")) {
      s.write(f, "text of " + f);
    }
    org.fieldguide.concurrent.Tasks threads = new org.fieldguide.concurrent.Tasks() {
      @Override
      public <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> work) {
        List<java.util.concurrent.CompletableFuture<R>> started = items.stream()
            .map(item -> java.util.concurrent.CompletableFuture.supplyAsync(() -> work.apply(item), r -> new Thread(r).start())).toList();
        return started.stream().map(java.util.concurrent.CompletableFuture::join).toList();
      }
    };
    Thread caller = Thread.currentThread();
    Map<String, Object> inPieces = new TreeMap<>();
    s.eachFile(threads, (path, attrs) -> {
      assertThat(Thread.currentThread()).isSameAs(caller);
      assertThat(inPieces.put(path, attrs.fileKey())).as("listed once: " + path).isNull();
    });
    assertThat(inPieces).isEqualTo(fileKeys(s)).containsOnlyKeys("index.html", "sitemap.xml", "en/a/index.html", "en/a/b/index.html",
        "es/a/index.html", "search/en/index.js", "static/css/site.css", "downloads/x.zip");
  }

  /**
   * A piece that cannot be walked (here one gone between the listing of the pieces and its walk)
   * fails the listing with the walk's own IOException, not wrapped as it crossed the task, and
   * before any file was given: the offline stage never works from half a listing.
   */
  @Test
  void aPieceThatCannotBeWalkedFailsTheListingWithItsIOException() throws Exception {
    Path out = dir.resolve("site");
    StagedOutput s = StagedOutput.create(out, false);
    for (String f : List.of("index.html", "en/a/index.html", "es/a/index.html", "es/a/b/index.html")) s.write(f, "text of " + f);
    org.fieldguide.concurrent.Tasks removingOnePiece = new org.fieldguide.concurrent.Tasks() {
      @Override
      public <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> work) {
        Path gone = items.stream().map(Path.class::cast).filter(p -> p.endsWith(Path.of("es", "a"))).findFirst().orElseThrow();
        try (Stream<Path> walk = Files.walk(gone)) {
          for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return items.stream().map(work).toList();
      }
    };
    List<String> given = new ArrayList<>();
    assertThatThrownBy(() -> s.eachFile(removingOnePiece, (path, attrs) -> given.add(path)))
        .isInstanceOf(java.nio.file.NoSuchFileException.class)
        .hasMessageEndingWith(Path.of("es", "a").toString());
    assertThat(given).isEmpty();
  }

  /** The paths {@link StagedOutput#eachFile} gives, sorted. */
  private static java.util.SortedSet<String> files(StagedOutput s) throws IOException {
    java.util.SortedSet<String> files = new java.util.TreeSet<>();
    s.eachFile((path, attrs) -> files.add(path));
    return files;
  }

  /** Each file {@link StagedOutput#eachFile} gives, with the file key of the attributes it gives. */
  private static Map<String, Object> fileKeys(StagedOutput s) throws IOException {
    Map<String, Object> keys = new TreeMap<>();
    s.eachFile((path, attrs) -> assertThat(keys.put(path, attrs.fileKey())).as("listed once: " + path).isNull());
    return keys;
  }

  /** The folders under {@code out}, fieldguide's own left out. */
  private static List<String> folders(Path out) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(p -> !p.equals(out) && Files.isDirectory(p)).map(p -> out.relativize(p).toString())
          .filter(p -> !p.startsWith(".fieldguide-")).sorted().toList();
    }
  }

  private static void publish(Path out, Map<String, String> files) throws Exception {
    StagedOutput s = StagedOutput.create(out);
    write(s, files);
    assertThat(s.commit()).isEmpty();
  }

  private static void write(StagedOutput s, Map<String, String> files) {
    files.forEach(s::write);
  }

  /** The files a site consists of, as the snapshot of a published folder shows them. */
  private static Map<String, String> content(Map<String, String> files) {
    Map<String, String> m = new TreeMap<>();
    files.forEach((k, v) -> m.put(k, new String(v.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)));
    m.put(StagedOutput.MARKER, new String(("Written by fieldguide. The site in this folder is replaced on every build;"
        + " entries named .fieldguide-… are fieldguide's own.\n").getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    return m;
  }

  private static List<String> controlEntries(Path out) throws IOException {
    try (Stream<Path> list = Files.list(out)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".fieldguide-")).sorted().toList();
    }
  }
}
