package org.fieldguide.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.build.StageTiming;
import org.fieldguide.testing.TestSite;
import org.fieldguide.testing.TestSite.Built;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole build writes an index per language, fallback pages included, from the facts of the index stage. */
class SiteSearchTest {
  /** How the verbose line of a language ends when its index was taken over as its pages' key gave it (SearchVersions). */
  private static final String KNOWN_BY_KEY = ", unchanged since the last build (known by its pages' key)";

  @TempDir Path dir;

  private Built build() {
    return TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", "## Find the disk {#find}\n\nPull the *failed* disk.\n\n```bash\nsudo mdadm --detail /dev/md0\n```\n")
        .page("content/runbooks/disk.es.md", "Reemplazar un disco", "Saque el disco.\n")
        .page("content/hardware/fans.md", "Fans", "Clean the fans.\n")
        .build()
        .assertOk();
  }

  /** The term shard of a language's index in {@code out} (these sites are small enough for one). */
  private static Path shardFile(Path out, String language) {
    try (java.util.stream.Stream<Path> files = Files.list(out.resolve("search/" + language))) {
      List<Path> shards = files.filter(f -> f.getFileName().toString().matches("t[0-9a-f]{12}\\.js")).toList();
      assertThat(shards).hasSize(1);
      return shards.get(0);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String shard(Built site, String language) {
    try {
      return Files.readString(shardFile(site.out(), language));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** What {@code --verbose} says of the search stage of {@code built}. */
  private static StageTiming searchStage(Built built) {
    return built.result().timings().stream().filter(t -> t.stage().equals("search index")).findFirst().orElseThrow();
  }

  /** Every page chunk of a language's index, one after the other in the order of their names. */
  private static String chunks(Built site, String language) {
    try (java.util.stream.Stream<Path> files = Files.list(site.out().resolve("search/" + language))) {
      StringBuilder all = new StringBuilder();
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("d")).sorted().toList()) all.append(Files.readString(f));
      return all.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void writesAnIndexForEveryLanguage() {
    Built site = build();
    assertThat(site.file("search/en/index.js")).startsWith("fieldguideSearchData(\"en/index\",").contains("\"stemmer\":\"english\"");
    assertThat(site.file("search/es/index.js")).startsWith("fieldguideSearchData(\"es/index\",").contains("\"stemmer\":\"spanish\"");
  }

  @Test
  void indexesTheTextOfTheBodyWithoutCodeAndTheCommandsOfItsCode() {
    String pages = chunks(build(), "en");
    assertThat(pages).contains("\"Replace a disk\"", "Find the disk\\nPull the failed disk.").doesNotContain("/dev/md0", "heading-anchor");
    assertThat(shard(build(), "en")).contains("\"mdadm\"");
  }

  @Test
  void fallbackPagesAreInEveryLanguagesIndexAndSaySo() {
    String pages = chunks(build(), "es");
    assertThat(pages).contains("[\"es/hardware/fans/\",\"Fans\",\"Hardware\",\"page\",\"\",\"Clean the fans.\",\"en\"]");
    assertThat(pages).contains("\"Reemplazar un disco\"");
  }

  @Test
  void verboseOutputGivesTheSizeOfEachIndex() {
    StageTiming stage = searchStage(build());
    assertThat(stage.details()).hasSize(2);
    assertThat(stage.details().get(0)).startsWith("en: 5 pages, ");
    assertThat(stage.details().get(1)).startsWith("es: 5 pages, ");
  }

  @Test
  void aLanguageWhosePagesDidNotChangeKeepsTheLastBuildsFiles() throws IOException {
    TestSite site = TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", "Pull the failed disk.\n")
        .page("content/runbooks/disk.es.md", "Reemplazar un disco", "Saque el disco.\n");
    site.build().assertOk();
    Path en = site.out().resolve("search/en/index.js");
    Object enFile = Files.getAttribute(en, "unix:ino");
    String es = Files.readString(site.out().resolve("search/es/index.js"));

    site.page("content/runbooks/disk.es.md", "Reemplazar un disco", "Saque el disco dañado.\n");
    Built again = site.build().assertOk();
    // The same file, linked into the new output: nothing was indexed or written for English.
    assertThat(Files.getAttribute(site.out().resolve("search/en/index.js"), "unix:ino")).isEqualTo(enFile);
    assertThat(again.file("search/es/index.js")).isNotEqualTo(es);
    assertThat(chunks(again, "es")).contains("Saque el disco dañado.");
    StageTiming stage = searchStage(again);
    assertThat(stage.details().get(0)).startsWith("en: 3 pages, ").endsWith(KNOWN_BY_KEY);
    assertThat(stage.details().get(1)).startsWith("es: 3 pages, ").doesNotContain("unchanged");
  }

  @Test
  void aSecondBuildCountsTheTermsOfUnchangedPagesFromTheCache() throws IOException {
    TestSite site = TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", "Pull the failed disk.\n")
        .page("content/hardware/fans.md", "Fans", "Clean the fans.\n");
    Built first = site.build().assertOk();
    String shard = shard(first, "en");
    assertThat(dir.resolve(".fieldguide-cache/index/search-terms-en.bin")).isRegularFile();
    // Another output folder: nothing to take over, so the index is made again, from the cache.
    Built second = site.buildInto(dir.resolve("other")).assertOk();
    StageTiming stage = searchStage(second);
    int pages = Integer.parseInt(stage.details().get(0).replaceFirst("^en: (\\d+) pages, .*", "$1"));
    assertThat(stage.details().get(0)).endsWith(", terms of " + pages + " pages from the cache");
    assertThat(shard(second, "en")).isEqualTo(shard);
    // Every file, page chunks too: their text is read from the store when a group is written.
    assertThat(indexFiles(second.out(), "en")).isEqualTo(indexFiles(first.out(), "en"));

    site.page("content/hardware/fans.md", "Fans", "Clean the noisy fans.\n");
    Built third = site.buildInto(dir.resolve("third")).assertOk();
    StageTiming after = searchStage(third);
    assertThat(after.details().get(0)).endsWith(", terms of " + (pages - 1) + " pages from the cache");
    assertThat(shard(third, "en")).contains("\"noisi\"");
  }

  @Test
  void anEditedHeadingGivesTheIndexANewVersionThoughOutlinesNoLongerReadHeadings() throws IOException {
    // The index's version is made from outlines, which stand for a page's headings by the key of
    // its cached facts: a heading edited, and nothing else, must still change it.
    TestSite site = TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", "## Find the disk\n\nPull it.\n")
        .page("content/hardware/fans.md", "Fans", "Clean the fans.\n");
    String index = site.build().assertOk().file("search/en/index.js");
    site.page("content/runbooks/disk.md", "Replace a disk", "## Locate the enclosure\n\nPull it.\n");
    Built again = site.build().assertOk();
    StageTiming stage = searchStage(again);
    assertThat(stage.details().get(0)).doesNotContain("unchanged");
    assertThat(again.file("search/en/index.js")).isNotEqualTo(index);
    assertThat(shard(again, "en")).contains("\"enclosur\"", "\"locat\"").doesNotContain("\"find\"");
    // And the same terms as a build into another folder, with nothing to take over.
    assertThat(shard(again, "en")).isEqualTo(shard(site.buildInto(dir.resolve("fresh")).assertOk(), "en"));
  }

  @Test
  void filesOfAnotherBuildInTheOutputAreNotTakenOver() throws IOException {
    TestSite site = TestSite.in(dir).page("content/a.md", "A", "Text.\n");
    site.build().assertOk();
    String indexScript = site.build().assertOk().file("search/en/index.js");
    // As if another build had left an index of another version in the folder: the history of
    // what this site's last build published is not there to vouch for the files.
    Path index = site.out().resolve("search/en/index.js");
    Files.writeString(index, Files.readString(index).replaceFirst("\",\"[0-9a-f]{12}\"", "\",\"000000000000\""));
    Files.delete(dir.resolve(".fieldguide-cache/index/outputs.bin"));
    Built again = site.build().assertOk();
    assertThat(again.file("search/en/index.js")).isEqualTo(indexScript);
    StageTiming stage = searchStage(again);
    assertThat(stage.details().get(0)).doesNotContain("unchanged");
  }

  @Test
  void anIndexMissingAFileTheLastBuildPublishedIsMadeAgain() throws IOException {
    TestSite site = TestSite.in(dir).page("content/a.md", "A", "Text.\n");
    String shard = shard(site.build().assertOk(), "en");
    Files.delete(shardFile(site.out(), "en"));
    Built again = site.build().assertOk();
    assertThat(shard(again, "en")).isEqualTo(shard);
    StageTiming stage = searchStage(again);
    assertThat(stage.details().get(0)).doesNotContain("unchanged");
    // Recorded again as written: the next build takes the whole index over.
    Built third = site.build().assertOk();
    StageTiming after = searchStage(third);
    assertThat(after.details().get(0)).endsWith(KNOWN_BY_KEY);
    assertThat(shard(third, "en")).isEqualTo(shard);
  }

  @Test
  void anEditOfATranslatedPageLeavesTheOtherLanguagesIndexKnownByItsPagesKey() throws IOException {
    // The version of a language's index is known without reading its pages' outlines when its
    // pages are as a build last saw them (SearchVersions); the files are then taken over.
    TestSite site = translatedDisk().page("content/hardware/fans.md", "Fans", "Clean the fans.\n");
    site.build().assertOk();
    assertThat(dir.resolve(".fieldguide-cache/index/search-versions.bin")).isRegularFile();
    Built same = site.build().assertOk();
    assertThat(searchStage(same).details()).allMatch(line -> line.endsWith(KNOWN_BY_KEY));

    // The English original of a translated page: the Spanish pages show nothing of its text.
    site.page("content/runbooks/disk.md", "Replace a disk", "Pull the broken disk.\n");
    Built edited = site.build().assertOk();
    StageTiming stage = searchStage(edited);
    assertThat(stage.details().get(0)).startsWith("en: ").doesNotContain("unchanged");
    assertThat(stage.details().get(1)).startsWith("es: ").endsWith(KNOWN_BY_KEY);
    assertSameAsAFreshBuild(site, edited, "fresh", "es", "en");

    // A page with no Spanish translation: the Spanish fallback page shows its text, so the
    // Spanish index changes with it. (Built into the site's folder once more first: the fresh
    // build's history is the cache's now, under which nothing of the site's folder is taken over.)
    site.build().assertOk();
    site.page("content/hardware/fans.md", "Fans", "Clean the noisy fans.\n");
    Built fallback = site.build().assertOk();
    StageTiming after = searchStage(fallback);
    assertThat(after.details().get(0)).startsWith("en: ").doesNotContain("unchanged");
    assertThat(after.details().get(1)).startsWith("es: ").doesNotContain("unchanged");
    assertThat(chunks(fallback, "es")).contains("Clean the noisy fans.");
    assertSameAsAFreshBuild(site, fallback, "fresh2", "es");
  }

  /** A runbook in English and its Spanish translation. */
  private TestSite translatedDisk() {
    return TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", "Pull the failed disk.\n")
        .page("content/runbooks/disk.es.md", "Reemplazar un disco", "Saque el disco.\n");
  }

  /** The index files of {@code languages} in {@code built} are those a build into the new folder {@code folder} writes. */
  private void assertSameAsAFreshBuild(TestSite site, Built built, String folder, String... languages) throws IOException {
    java.util.Map<String, java.util.Map<String, String>> before = new java.util.TreeMap<>();
    for (String language : languages) before.put(language, indexFiles(built.out(), language));
    Path fresh = site.buildInto(dir.resolve(folder)).assertOk().out();
    for (String language : languages) assertThat(before.get(language)).as(language).isEqualTo(indexFiles(fresh, language));
  }

  @Test
  void aTitleEditChangesEveryLanguagesPagesKeyAndTheVersionIsFoundFromTheOutlines() throws IOException {
    // A title is in the site's outline: it may show as another page's section, in any language.
    TestSite site = translatedDisk().page("content/runbooks/_index.md", "Runbooks", "All runbooks.\n");
    site.build().assertOk();
    site.page("content/runbooks/_index.md", "Runbook collection", "All runbooks.\n");
    Built renamed = site.build().assertOk();
    StageTiming stage = searchStage(renamed);
    // The Spanish fallback of the section page shows the new title: its index changes too.
    assertThat(stage.details()).noneMatch(line -> line.contains("known by its pages' key"));
    assertThat(chunks(renamed, "es")).contains("Runbook collection");
    assertSameAsAFreshBuild(site, renamed, "fresh", "es");
    // Learned again: the next build into the site's folder with nothing changed knows both.
    site.build().assertOk();
    assertThat(searchStage(site.build().assertOk()).details()).allMatch(line -> line.endsWith(KNOWN_BY_KEY));
  }

  @Test
  void aDamagedVersionsFileOnlyCostsTheOutlines() throws IOException {
    TestSite site = TestSite.in(dir).page("content/a.md", "A", "Text.\n");
    String index = site.build().assertOk().file("search/en/index.js");
    Files.write(dir.resolve(".fieldguide-cache/index/search-versions.bin"), new byte[] {0, 0, 0, 1, 0, 0, 0, 9, 1});
    Built again = site.build().assertOk();
    assertThat(searchStage(again).details().get(0)).endsWith(", unchanged since the last build");
    assertThat(again.file("search/en/index.js")).isEqualTo(index);
    assertThat(searchStage(site.build().assertOk()).details().get(0)).endsWith(KNOWN_BY_KEY);
  }

  /** The files of a language's index in a built site, by name. */
  private static java.util.Map<String, String> indexFiles(Path out, String language) throws IOException {
    java.util.Map<String, String> files = new java.util.TreeMap<>();
    try (java.util.stream.Stream<Path> list = Files.list(out.resolve("search/" + language))) {
      for (Path f : list.toList()) files.put(f.getFileName().toString(), Files.readString(f));
    }
    return files;
  }

  @Test
  void anEditPastWhatAResultShowsKeepsThePageChunksAndGivesTheIndexAFreshBuildWrites() throws IOException {
    // A result shows the first 2,000 characters of a page's text: an edit after them changes the
    // terms, not the page chunks, whose group is then taken over from the last build.
    String longText = "Check the disk. ".repeat(200);
    TestSite site = TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", longText + "\n")
        .page("content/hardware/fans.md", "Fans", "Clean the fans.\n");
    site.build().assertOk();
    java.util.Map<String, String> before = indexFiles(site.out(), "en");
    site.page("content/runbooks/disk.md", "Replace a disk", longText + "\n\nThen reboot.\n");
    Built again = site.build().assertOk();
    java.util.Map<String, String> after = indexFiles(site.out(), "en");
    assertThat(after.get("index.js")).isNotEqualTo(before.get("index.js"));
    assertThat(after.entrySet()).filteredOn(e -> e.getKey().startsWith("d")).containsExactlyElementsOf(
        before.entrySet().stream().filter(e -> e.getKey().startsWith("d")).toList());
    StageTiming stage = searchStage(again);
    assertThat(stage.details().get(0)).doesNotContain("unchanged");
    // Kept, not encoded again: every page chunk file (the edit changed the one shard).
    long chunkFiles = after.keySet().stream().filter(n -> n.startsWith("d")).count();
    assertThat(stage.details().get(0)).endsWith(", " + chunkFiles + " files kept from the last build");
    assertThat(after).isEqualTo(indexFiles(site.buildInto(dir.resolve("fresh")).assertOk().out(), "en"));
  }

  @Test
  void aTextEditPatchesThePublishedIndexIntoTheOneAFreshBuildWrites() throws IOException {
    TestSite site = TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", "## Find the disk\n\nPull the failed disk.\n")
        .page("content/hardware/fans.md", "Fans", "Clean the fans.\n");
    site.build().assertOk();
    assertThat(dir.resolve(".fieldguide-cache/index/search-state-en.bin")).isRegularFile();
    // Of the same length: on a site this small, a longer text would move the average length a
    // step, and so every score (the index is then made from every page).
    site.page("content/hardware/fans.md", "Fans", "Clean the vent.\n");
    Built again = site.build().assertOk();
    StageTiming stage = searchStage(again);
    assertThat(stage.details().get(0)).contains(", the last build's patched for 1 changed pages");
    assertThat(shard(again, "en")).contains("\"vent\"");
    assertThat(indexFiles(again.out(), "en")).isEqualTo(indexFiles(site.buildInto(dir.resolve("fresh")).assertOk().out(), "en"));

    // A state file damaged, or of another format: the index is made from every page, the same.
    Files.write(dir.resolve(".fieldguide-cache/index/search-state-en.bin"), new byte[] {0, 0, 0, 1, 0, 3, 'a', 'b'});
    site.page("content/hardware/fans.md", "Fans", "Clean the fans.\n");
    Built third = site.build().assertOk();
    StageTiming after = searchStage(third);
    assertThat(after.details().get(0)).doesNotContain("patched");
    assertThat(indexFiles(third.out(), "en")).isEqualTo(indexFiles(site.buildInto(dir.resolve("fresh2")).assertOk().out(), "en"));
  }

  @Test
  void aPublishedShardChangedSinceTheLastBuildIsNotPatchedFrom() throws IOException {
    TestSite site = TestSite.in(dir)
        .page("content/runbooks/disk.md", "Replace a disk", "Pull the failed disk.\n")
        .page("content/hardware/fans.md", "Fans", "Clean the fans.\n");
    site.build().assertOk();
    // Someone edits the published shard (its version as it was): the history no longer vouches
    // for what it holds, so the index is made from every page, not patched from that file.
    Path shard = shardFile(site.out(), "en");
    Files.writeString(shard, Files.readString(shard).replace("\"disk\"", "\"dusk\""));
    site.page("content/hardware/fans.md", "Fans", "Clean the vent.\n");
    Built again = site.build().assertOk();
    assertThat(searchStage(again).details().get(0)).doesNotContain("patched");
    assertThat(shard(again, "en")).contains("\"disk\"", "\"vent\"").doesNotContain("\"dusk\"");
    assertThat(indexFiles(again.out(), "en")).isEqualTo(indexFiles(site.buildInto(dir.resolve("fresh")).assertOk().out(), "en"));
  }

  @Test
  void aGroupMissingAFileTheLastBuildPublishedIsWrittenAgain() throws IOException {
    String longText = "Check the disk. ".repeat(200);
    TestSite site = TestSite.in(dir).page("content/a.md", "A", longText + "\n").page("content/b.md", "B", "Other text.\n");
    site.build().assertOk();
    java.util.Map<String, String> before = indexFiles(site.out(), "en");
    String chunk = before.keySet().stream().filter(n -> n.startsWith("d")).findFirst().orElseThrow();
    Files.delete(site.out().resolve("search/en/" + chunk));
    // A term changes past what a result shows, so the index is made again with the same page
    // chunks; but one of them is gone.
    site.page("content/a.md", "A", longText + "\n\nThen reboot.\n");
    Built again = site.build().assertOk();
    StageTiming stage = searchStage(again);
    assertThat(stage.details().get(0)).doesNotContain("kept from the last build");
    java.util.Map<String, String> after = indexFiles(site.out(), "en");
    assertThat(after.get(chunk)).isEqualTo(indexFiles(site.buildInto(dir.resolve("fresh")).assertOk().out(), "en").get(chunk)).isNotNull();
  }

  @Test
  void checkWritesNoIndex() {
    TestSite site = TestSite.in(dir).page("content/a.md", "A", "Text.\n");
    site.check().assertOk();
    assertThat(site.out().resolve("search")).doesNotExist();
  }
}
