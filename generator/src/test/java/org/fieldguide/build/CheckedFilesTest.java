package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.build.BuildOptions.Cache;
import org.fieldguide.build.BuildOptions.Mode;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build with a cache takes over the link checks' findings for files that did not change, in a
 * site whose link facts did not change ({@code validate.CheckedFiles}, {@code link.LinkUniverse}).
 * Each step below changes one fact that other files' links depend on, and the findings of a build
 * that reuses what it can must be exactly those of a build that checks everything.
 */
class CheckedFilesTest {
  @TempDir Path tmp;

  private static final String DISK =
      """
      ---
      title: Replace a disk
      ---
      ## Steps

      See [the front](rack.md#front), [power](power.md), [the fan](fan.md), [the manual](files/manual.pdf),
      [the old address](/runbooks/old-rack/), [the Spanish rack](rack.es.md) and [these steps](#steps).

      #### Too deep
      """;
  private static final String RACK =
      """
      ---
      title: Rack
      aliases: [/runbooks/old-rack/]
      ---
      ## Front

      The front.
      """;

  @BeforeEach
  void site() {
    TestSite.in(tmp)
        .page("content/_index.md", "Home", "Welcome.")
        .page("content/runbooks/_index.md", "Runbooks", "All runbooks.")
        .with("content/runbooks/disk.md", DISK)
        .with("content/runbooks/rack.md", RACK)
        .page("content/runbooks/rack.es.md", "Rack (es)", "## Frente\n\nEl frente.")
        .page("content/runbooks/power.md", "Power", "Turn it off.")
        .page("content/runbooks/fan.md", "Fan", "It spins.")
        .page("content/runbooks/power.es.md", "Energía", "Vea [el rack](rack.en.md) y [el disco](disk.md#steps).")
        .with("content/runbooks/files/manual.pdf", "%PDF-1.4 not really")
        .writeFiles();
  }

  private BuildResult check(Cache cache) {
    return new SiteBuild(2).run(new BuildOptions(tmp, tmp.resolve("public"), Drafts.EXCLUDE, Mode.CHECK, ExternalLinkOptions.OFF, cache));
  }

  /** The findings of a build with the cache, checked against a build that checks everything; how many files it took over. */
  private int sameAsFresh() {
    BuildResult reused = check(Cache.USE);
    List<Diagnostic> fresh = check(Cache.IGNORE).diagnostics();
    assertThat(reused.diagnostics()).isEqualTo(fresh);
    return reused.timings().stream().filter(t -> t.stage().equals("validate")).flatMap(t -> t.details().stream())
        .map(line -> Integer.parseInt(line.substring(0, line.indexOf(' ')))).findFirst().orElse(0);
  }

  private void write(String path, String text) throws IOException {
    Files.writeString(tmp.resolve(path), text, StandardCharsets.UTF_8);
  }

  private void delete(String path) throws IOException {
    Files.delete(tmp.resolve(path));
  }

  /** Where the count of files starts in a checked.bin: after two texts (FORMAT, the universe), each a length and its bytes. */
  private static int headerLength(byte[] file) {
    int second = 2 + unsignedShort(file, 0);
    return second + 2 + unsignedShort(file, second);
  }

  private static int unsignedShort(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  private static byte[] withInt(byte[] b, int at, int value) {
    byte[] copy = b.clone();
    java.nio.ByteBuffer.wrap(copy).putInt(at, value);
    return copy;
  }

  private List<String> messages() {
    return check(Cache.USE).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void anEditOfAPagesTextChecksThatPageAlone() throws IOException {
    assertThat(sameAsFresh()).isZero();
    assertThat(messages()).anyMatch(m -> m.contains("heading level jumps")).anyMatch(m -> m.contains("although a translation exists"));
    write("content/runbooks/power.md", "---\ntitle: Power\n---\nTurn it off, then wait.\n");
    // Eight files with text; the edited one is checked again.
    assertThat(sameAsFresh()).isEqualTo(7);
    write("content/runbooks/disk.md", DISK.replace("[power](power.md)", "[power](powr.md)"));
    assertThat(sameAsFresh()).isEqualTo(7);
    assertThat(messages()).anyMatch(m -> m.contains("disk.md") && m.contains("powr.md"));
  }

  @Test
  void aHeadingOthersLinkToChangesTheirFindings() throws IOException {
    sameAsFresh();
    write("content/runbooks/rack.md", RACK.replace("## Front", "## Back"));
    assertThat(sameAsFresh()).isZero();
    assertThat(messages()).anyMatch(m -> m.contains("disk.md") && m.contains("anchor '#front' not found"));
    write("content/runbooks/rack.md", RACK);
    sameAsFresh();
    assertThat(messages()).noneMatch(m -> m.contains("anchor"));
  }

  @Test
  void aPageRemovedOrMadeADraftChangesTheFindingsOfThoseLinkingToIt() throws IOException {
    sameAsFresh();
    delete("content/runbooks/fan.md");
    sameAsFresh();
    assertThat(messages()).anyMatch(m -> m.contains("disk.md") && m.contains("fan.md"));
    write("content/runbooks/fan.md", "---\ntitle: Fan\ndraft: true\n---\nIt spins.\n");
    sameAsFresh();
    assertThat(messages()).anyMatch(m -> m.contains("disk.md") && m.contains("points to a draft"));
  }

  @Test
  void aTranslationRemovedChangesTheWarningOfALinkToTheOriginal() throws IOException {
    sameAsFresh();
    delete("content/runbooks/rack.es.md");
    sameAsFresh();
    assertThat(messages()).noneMatch(m -> m.contains("although a translation exists"));
  }

  @Test
  void anAliasOrAnAssetRemovedChangesTheFindingsOfThoseLinkingToIt() throws IOException {
    sameAsFresh();
    write("content/runbooks/rack.md", RACK.replace("aliases: [/runbooks/old-rack/]\n", ""));
    sameAsFresh();
    assertThat(messages()).anyMatch(m -> m.contains("old-rack"));
    write("content/runbooks/rack.md", RACK);
    delete("content/runbooks/files/manual.pdf");
    sameAsFresh();
    assertThat(messages()).anyMatch(m -> m.contains("manual.pdf"));
  }

  /**
   * Whether a file of the repository outside content/ exists is not a fact of the index: a file
   * that links to one is checked on every build, so the link is found broken once the file is
   * gone, and whole again once it is back.
   */
  @Test
  void aFileLinkingToTheRepositorysFilesIsCheckedEveryTime() throws IOException {
    write("site.yaml", TestSite.SITE_YAML + "repository: https://github.com/example/guides\n");
    Files.createDirectories(tmp.resolve("monitoring"));
    write("monitoring/rules.yml", "groups: []\n");
    write("content/runbooks/power.md", "---\ntitle: Power\n---\nTurn it off. The [alert rules](../../monitoring/rules.yml).\n");
    assertThat(sameAsFresh()).isZero();
    // power.md is checked again; the seven others are taken over.
    assertThat(sameAsFresh()).isEqualTo(7);
    assertThat(messages()).noneMatch(m -> m.contains("rules.yml"));
    delete("monitoring/rules.yml");
    assertThat(sameAsFresh()).isEqualTo(7);
    assertThat(messages()).anyMatch(m -> m.contains("power.md") && m.contains("monitoring/rules.yml in the site's folder, which does not exist"));
    write("monitoring/rules.yml", "groups: []\n");
    sameAsFresh();
    assertThat(messages()).noneMatch(m -> m.contains("rules.yml"));
  }

  @Test
  void aChangedSiteYamlChecksEverything() throws IOException {
    sameAsFresh();
    write("site.yaml", TestSite.SITE_YAML.replace("https://guides.example.org/", "https://guides.example.org/docs/"));
    assertThat(sameAsFresh()).isZero();
  }

  @Test
  void aFileWithMoreFindingsThanAFileShowsIsCheckedEveryTime() throws IOException {
    StringBuilder links = new StringBuilder("---\ntitle: Many\n---\n");
    for (int i = 0; i < 120; i++) links.append("[gone ").append(i).append("](gone-").append(i).append(".md)\n\n");
    write("content/runbooks/many.md", links.toString());
    assertThat(sameAsFresh()).isZero();
    // The others' findings are taken over; those of many.md, held back past the first 100, are not known whole.
    assertThat(sameAsFresh()).isEqualTo(8);
    assertThat(messages()).anyMatch(m -> m.contains("many.md") && m.contains("and 20 more problems in this file"));
  }

  @Test
  void aCacheOfAnotherFormatCutShortOrDamagedIsNotUsed() throws IOException {
    sameAsFresh();
    Path saved = tmp.resolve(".fieldguide-cache/index/checked.bin");
    assertThat(saved).isRegularFile();
    byte[] bytes = Files.readAllBytes(saved);
    Files.write(saved, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(sameAsFresh()).isZero();
    Files.writeString(saved, "something else");
    assertThat(sameAsFresh()).isZero();
    // Damaged after a header of this universe: a negative count of files, then of findings.
    byte[] whole = Files.readAllBytes(saved);
    int count = headerLength(whole);
    Files.write(saved, withInt(whole, count, -100));
    assertThat(sameAsFresh()).isZero();
    whole = Files.readAllBytes(saved);
    int firstPath = count + 4;
    int firstFindings = firstPath + 2 + unsignedShort(whole, firstPath);
    firstFindings += 2 + unsignedShort(whole, firstFindings); // past the file's digest
    Files.write(saved, withInt(whole, firstFindings, -7));
    assertThat(sameAsFresh()).isZero();
    // Nothing changed since: every file's findings are taken over.
    assertThat(sameAsFresh()).isEqualTo(8);
  }
}
