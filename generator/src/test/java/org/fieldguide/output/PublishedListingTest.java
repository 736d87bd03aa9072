package org.fieldguide.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Updates in place guided by the last build's listing of the published site, on real folders:
 * files added by hand are still found and removed, and folders that did not change are not read.
 */
class PublishedListingTest {
  @TempDir Path dir;

  private static final Map<String, String> SITE = new TreeMap<>(Map.of(
      "index.html", "home", "en/a/index.html", "a", "en/a/images/x.svg", "<svg/>", "en/b/index.html", "b", "es/index.html", "es"));

  @Test
  void filesAddedByHandAreRemovedByAnUpdateGuidedByTheListing() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    listedSite(out, listing);
    // Into a folder the listing has, and into a folder it does not know below one it has.
    Files.writeString(out.resolve("en/a/stray.html"), "by hand");
    Files.createDirectories(out.resolve("en/new/deep"));
    Files.writeString(out.resolve("en/new/deep/x.html"), "by hand");
    assertThat(update(out, listing)).isEqualTo("in place: 0 files written, 2 removed, 5 unchanged");
    assertThat(files(out)).containsExactlyElementsOf(SITE.keySet());
  }

  @Test
  void aFolderWhoseTimeIsTheRecordedOneIsNotRead() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    listedSite(out, listing);
    // A file put into a folder whose time is then set back: only a folder's time tells a listed
    // folder changed, and this one says it did not, so it is taken as listed.
    Path images = out.resolve("en/a/images");
    hideIn(images);
    assertThat(update(out, listing)).isEqualTo("in place: 0 files written, 0 removed, 5 unchanged");
    assertThat(Files.exists(images.resolve("hidden.svg"))).isTrue();

    // Without the listing every folder is read, and the file is found.
    assertThat(update(out, dir.resolve("none.bin"))).isEqualTo("in place: 0 files written, 1 removed, 5 unchanged");
    assertThat(files(out)).containsExactlyElementsOf(SITE.keySet());
  }

  @Test
  void foldersTheUpdateChangedAreReadAgainByTheNext() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    listedSite(out, listing);
    Path a = out.resolve("en/a");
    FileTime seen = Files.getLastModifiedTime(a);
    StagedOutput s = StagedOutput.create(out, true, Optional.of(listing));
    SITE.forEach(s::write);
    s.write("en/a/index.html", "a, edited");
    assertThat(s.commit()).isEmpty();
    save(s, listing);
    // The update wrote into en/a, changing its time from the one its scan saw: that time is not
    // recorded, so a file added since is found even with the folder's time set back to it.
    Files.writeString(a.resolve("stray.html"), "by hand");
    Files.setLastModifiedTime(a, seen);
    StagedOutput next = StagedOutput.create(out, true, Optional.of(listing));
    SITE.forEach(next::write);
    next.write("en/a/index.html", "a, edited");
    assertThat(next.commit()).isEmpty();
    assertThat(next.summary()).isEqualTo("in place: 0 files written, 1 removed, 5 unchanged");
  }

  /**
   * A folder the update's scan found changed less than two seconds before the scan started (by
   * hand here: the update itself writes and removes nothing there) is recorded without its time,
   * so the next build reads it whatever its time says: a second change within the file system's
   * time step would leave the folder's time as the scan saw it.
   */
  @Test
  void aFolderChangedJustBeforeAnUpdatesScanIsReadAgainByTheNext() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    listedSite(out, listing);
    Path images = out.resolve("en/a/images");
    // Its time changes, its files do not: the update finds nothing to do there.
    Files.writeString(images.resolve("passing.svg"), "by hand");
    Files.delete(images.resolve("passing.svg"));
    assertThat(update(out, listing)).isEqualTo("in place: 0 files written, 0 removed, 5 unchanged");
    // Behind the time the scan saw: taken as listed if that time had been recorded.
    hideIn(images);
    assertThat(update(out, listing)).isEqualTo("in place: 0 files written, 1 removed, 5 unchanged");
    assertThat(files(out)).containsExactlyElementsOf(SITE.keySet());
  }

  @Test
  void aListingOfAnotherPublicationIsNotUsed() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    listedSite(out, listing);
    // Another build publishes in place and keeps no listing: the one saved describes the publication before.
    update(out, dir.resolve("elsewhere.bin"));
    Path images = out.resolve("en/a/images");
    hideIn(images);
    assertThat(update(out, listing)).isEqualTo("in place: 0 files written, 1 removed, 5 unchanged");
  }

  @Test
  void theListingAfterAnUpdateHasTheFoldersAndFilesReadingThemGives() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    Map<String, String> v1 = new TreeMap<>(SITE);
    v1.putAll(Map.of("old/deep/y.txt", "y", "f/index.html", "f", "en/c/d/index.html", "d"));
    StagedOutput first = StagedOutput.create(out, false);
    v1.forEach(first::write);
    assertThat(first.commit()).isEmpty();
    age(out);
    StagedOutput same = StagedOutput.create(out, true, Optional.of(listing));
    v1.forEach(same::write);
    assertThat(same.commit()).isEmpty();
    save(same, listing);
    // Folders emptied (old/deep, old; en/a/images), a file where a folder was (f), new folders
    // below new ones (new/x/y) and below one that stays (en/c/e), a file rewritten.
    Map<String, String> v2 = new TreeMap<>(SITE);
    v2.remove("en/a/images/x.svg");
    v2.putAll(Map.of("f", "a file now", "new/x/y/z.html", "z", "en/c/d/index.html", "d", "en/c/e/index.html", "e", "en/b/index.html", "b, edited"));
    StagedOutput update = StagedOutput.create(out, true, Optional.of(listing));
    v2.forEach(update::write);
    assertThat(update.commit()).isEmpty();
    assertThat(files(out)).containsExactlyElementsOf(v2.keySet());
    PublishedListing read = PublishedListing.after("", List.of(), List.of(), PublishedListing.scan(out, Optional.empty()));
    assertThat(update.listing().orElseThrow().structure()).isEqualTo(read.structure());
  }

  @Test
  void aRecordedFolderThatIsGoneDespiteItsParentsTimeMakesTheScanReadEverything() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    listedSite(out, listing);
    // en/a loses its folder images and gains a file, its time set back: the listing is wrong
    // about en/a, which a missing folder shows; then no record is trusted, and the stray file
    // (which only reading en/a finds) is removed.
    Path a = out.resolve("en/a");
    behindItsTime(a, () -> {
      Files.delete(a.resolve("images/x.svg"));
      Files.delete(a.resolve("images"));
      Files.writeString(a.resolve("stray.html"), "by hand");
    });
    assertThat(update(out, listing)).isEqualTo("in place: 1 files written, 1 removed, 4 unchanged");
    assertThat(files(out)).containsExactlyElementsOf(SITE.keySet());
  }

  /**
   * Taking over published files (as a rebuild does with pages whose render key is the same), the
   * listing answers whether each is still there: one in a folder whose time is the recorded one
   * is the file the last build published, kept without its attributes being asked (the offline
   * stage has them from its history); one in a folder read anew comes with the attributes read
   * then; one deleted by hand, or replaced by a link, is not kept, so the build writes it again.
   */
  @Test
  void takenOverFilesAreKeptAsTheListingFindsThem() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    listedSite(out, listing);
    Files.delete(out.resolve("en/b/index.html"));
    Files.delete(out.resolve("en/a/images/x.svg"));
    Files.createSymbolicLink(out.resolve("en/a/images/x.svg"), out.resolve("index.html"));
    StagedOutput s = StagedOutput.create(out, true, Optional.of(listing));
    Map<String, Boolean> reused = new TreeMap<>();
    for (String path : SITE.keySet()) {
      boolean kept = s.reuse(path, out.resolve(path));
      reused.put(path, kept);
      if (!kept) s.write(path, SITE.get(path));
    }
    assertThat(reused).isEqualTo(Map.of(
        "index.html", true, "en/a/index.html", true, "en/a/images/x.svg", false, "en/b/index.html", false, "es/index.html", true));
    Map<String, Boolean> withAttributes = new TreeMap<>();
    s.eachFile((path, attrs) -> withAttributes.put(path, attrs != null));
    // The top folder is always read; en/a and es are as recorded; the others were written.
    assertThat(withAttributes).isEqualTo(Map.of(
        "index.html", true, "en/a/index.html", false, "en/a/images/x.svg", true, "en/b/index.html", true, "es/index.html", false));
    assertThat(s.commit()).isEmpty();
    assertThat(s.summary()).isEqualTo("in place: 2 files written, 0 removed, 3 unchanged");
    assertThat(files(out)).containsExactlyElementsOf(SITE.keySet());
    assertThat(Files.isSymbolicLink(out.resolve("en/a/images/x.svg"))).isFalse();
  }

  /**
   * A listing started ahead of the update (while the build checks the site) is taken when the
   * folder still holds the publication it was started on, and not when another build published
   * there meanwhile: then the folder is listed again, without the last listing (which describes
   * the publication before), and a file put there by hand is found.
   */
  @Test
  void aListingStartedAheadIsTakenOnlyForThePublicationItWasStartedOn() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    listedSite(out, listing);
    Path images = out.resolve("en/a/images");
    StagedOutput.Ahead same = StagedOutput.scanAhead(out, Optional.of(listing));
    same.await();
    // Not seen by the listing taken (done before it came), as by one started with the update.
    hideIn(images);
    assertThat(update(out, listing, same)).isEqualTo("in place: 0 files written, 0 removed, 5 unchanged");

    StagedOutput.Ahead before = StagedOutput.scanAhead(out, Optional.of(listing));
    before.await();
    // Another build publishes (removing the file, which its listing found); its listing goes elsewhere.
    assertThat(update(out, dir.resolve("elsewhere.bin"))).isEqualTo("in place: 0 files written, 1 removed, 5 unchanged");
    hideIn(images);
    assertThat(update(out, listing, before)).isEqualTo("in place: 0 files written, 1 removed, 5 unchanged");
    assertThat(files(out)).containsExactlyElementsOf(SITE.keySet());
    assertThat(StagedOutput.scanAhead(dir.resolve("nothing-here"), Optional.empty())).isSameAs(StagedOutput.Ahead.NONE);
  }

  /**
   * A whole site swapped in, by a build with a cache, leaves the listing the offline stage's walk
   * of its staging folder saw: every folder below the site's top ones, with the files and folders
   * reading it gives. The next build, an update in place, takes a folder whose time is the
   * recorded one as recorded (a file hidden behind its time is not found), reads one that
   * changed, and reads the top folders, which swapping the site in moved.
   */
  @Test
  void aWholeSiteSwappedInLeavesTheListingOfTheFoldersItsWalkSaw() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    StagedOutput whole = StagedOutput.create(out, false, Optional.of(listing));
    SITE.forEach(whole::write);
    ageStaging(out);
    whole.eachFile(org.fieldguide.concurrent.Tasks.SEQUENTIAL, (path, attrs) -> {});
    assertThat(whole.commit()).isEmpty();
    assertThat(whole.summary()).isEqualTo("whole site swapped in");
    save(whole, listing);
    Map<String, List<String>> belowTheTop = new TreeMap<>(PublishedListing.after("", List.of(), List.of(), PublishedListing.scan(out, Optional.empty())).structure());
    belowTheTop.keySet().removeIf(folder -> !folder.contains("/"));
    assertThat(PublishedListing.read(listing).orElseThrow().structure()).isEqualTo(belowTheTop).containsKeys("en/a", "en/a/images", "en/b");

    hideIn(out.resolve("en/a/images"));
    hideIn(out.resolve("en"));
    Files.writeString(out.resolve("en/b/stray.html"), "by hand");
    assertThat(update(out, listing)).isEqualTo("in place: 0 files written, 2 removed, 5 unchanged");
    assertThat(Files.exists(out.resolve("en/a/images/hidden.svg"))).isTrue();
    assertThat(Files.exists(out.resolve("en/hidden.svg"))).isFalse();
  }

  /**
   * Folders changed less than two seconds before the walk started are recorded without their
   * time (a change within a file system's time step would not show), so the next build reads
   * them; a build without a cache keeps no listing at all.
   */
  @Test
  void aWholeSiteWrittenJustBeforeItsWalkHasItsFoldersReadAgain() throws Exception {
    Path out = dir.resolve("public");
    Path listing = dir.resolve("published.bin");
    StagedOutput whole = StagedOutput.create(out, false, Optional.of(listing));
    SITE.forEach(whole::write);
    whole.eachFile((path, attrs) -> {});
    assertThat(whole.commit()).isEmpty();
    save(whole, listing);
    hideIn(out.resolve("en/a/images"));
    assertThat(update(out, listing)).isEqualTo("in place: 0 files written, 1 removed, 5 unchanged");

    StagedOutput uncached = StagedOutput.create(dir.resolve("other"), false, Optional.empty());
    SITE.forEach(uncached::write);
    uncached.eachFile(org.fieldguide.concurrent.Tasks.SEQUENTIAL, (path, attrs) -> {});
    assertThat(uncached.commit()).isEmpty();
    assertThat(uncached.listing()).isEmpty();
  }

  @Test
  void aDamagedListingIsNotUsed() throws Exception {
    Path listing = dir.resolve("published.bin");
    Files.write(listing, new byte[] {0, 0, 0, 1, 0, 9, 'x'});
    assertThat(PublishedListing.read(listing)).isEmpty();
    assertThat(PublishedListing.read(dir.resolve("missing.bin"))).isEmpty();
  }

  /** {@link #SITE} published whole, its folders aged, then updated in place leaving a listing in {@code listing}. */
  private static void listedSite(Path out, Path listing) throws Exception {
    publishWhole(out);
    age(out);
    assertThat(update(out, listing)).isEqualTo("in place: 0 files written, 0 removed, 5 unchanged");
  }

  private interface Change {
    void run() throws IOException;
  }

  /** Puts a file {@code hidden.svg} into {@code folder} behind its time: only reading the folder finds it. */
  private static void hideIn(Path folder) throws IOException {
    behindItsTime(folder, () -> Files.writeString(folder.resolve("hidden.svg"), "<svg/>"));
  }

  /** Makes {@code change} in {@code folder}, then sets the folder's time back to what it was: a change its time does not tell. */
  private static void behindItsTime(Path folder, Change change) throws IOException {
    FileTime before = Files.getLastModifiedTime(folder);
    change.run();
    Files.setLastModifiedTime(folder, before);
  }

  private static void publishWhole(Path out) throws Exception {
    StagedOutput s = StagedOutput.create(out, false);
    SITE.forEach(s::write);
    assertThat(s.commit()).isEmpty();
  }

  /** Publishes {@link #SITE} again in place, guided by {@code listing} and leaving its own there; the summary. */
  private static String update(Path out, Path listing) throws Exception {
    return update(out, listing, StagedOutput.Ahead.NONE);
  }

  /** As {@link #update(Path, Path)}, offered the listing {@code ahead}. */
  private static String update(Path out, Path listing, StagedOutput.Ahead ahead) throws Exception {
    StagedOutput s = StagedOutput.create(out, true, Optional.of(listing), ahead);
    SITE.forEach(s::write);
    assertThat(s.commit()).isEmpty();
    save(s, listing);
    return s.summary();
  }

  private static void save(StagedOutput s, Path listing) throws IOException {
    assertThat(s.listing()).isPresent();
    try (OutputStream raw = Files.newOutputStream(listing); DataOutputStream data = new DataOutputStream(raw)) {
      s.listing().get().writeTo(data);
    }
  }

  /**
   * Sets the time of every folder of the site an hour back: a folder changed less than a second
   * before a build looked at it is read again by the next whatever its time, and a test is fast.
   */
  private static void age(Path out) throws IOException {
    FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path p : walk.filter(p -> !p.equals(out) && Files.isDirectory(p) && !out.relativize(p).toString().startsWith(".fieldguide-")).toList()) {
        Files.setLastModifiedTime(p, hourAgo);
      }
    }
  }

  /** As {@link #age}, for the folders of the staging folder of the build writing into {@code out}. */
  private static void ageStaging(Path out) throws IOException {
    FileTime hourAgo = FileTime.from(Instant.now().minusSeconds(3600));
    try (Stream<Path> stagings = Files.list(out)) {
      Path staging = stagings.filter(p -> p.getFileName().toString().startsWith(".fieldguide-staging-")).findFirst().orElseThrow();
      try (Stream<Path> walk = Files.walk(staging)) {
        for (Path p : walk.filter(p -> !p.equals(staging) && Files.isDirectory(p)).toList()) Files.setLastModifiedTime(p, hourAgo);
      }
    }
  }

  private static List<String> files(Path out) throws IOException {
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).filter(p -> !p.startsWith(".fieldguide-")).sorted().toList();
    }
  }
}
