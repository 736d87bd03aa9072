package org.fieldguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fieldguide.config.Direction;
import org.fieldguide.config.LanguageConfig;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentScannerTest {
  @TempDir Path dir;

  private final SiteConfig config =
      new SiteConfig("T", "", java.net.URI.create("https://x.example/"), "en",
          List.of(new LanguageConfig("en", "English", Direction.LTR), new LanguageConfig("es", "Español", Direction.LTR)),
          "default", Optional.empty(), false, org.fieldguide.config.ExternalLinksConfig.DEFAULT);

  private List<SourceFile> scan(Diagnostics d, String... paths) throws Exception {
    for (String p : paths) {
      Path f = dir.resolve("content").resolve(p);
      Files.createDirectories(f.getParent());
      Files.writeString(f, "x");
    }
    return new ContentScanner().scan(dir, config, d);
  }

  @Test
  void discoveryKeepsTheSizeAndTimeItReadOfEveryFileItFound() throws Exception {
    scan(new Diagnostics(), "runbooks/deploy.md", "runbooks/images/rack.png");
    Files.writeString(dir.resolve("content/runbooks/deploy.md"), "a longer text");
    Files.setLastModifiedTime(dir.resolve("content/runbooks/deploy.md"), java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_123L));
    // Through a link to a file inside the site: the target's size and time.
    Files.createSymbolicLink(dir.resolve("content/runbooks/linked.md"), dir.resolve("content/runbooks/deploy.md"));

    ContentScanner.Discovery found = new ContentScanner().discover(dir, config, new Diagnostics(), org.fieldguide.concurrent.Tasks.SEQUENTIAL);

    assertThat(found.files()).extracting(SourceFile::contentPath).containsExactly("runbooks/deploy.md", "runbooks/images/rack.png", "runbooks/linked.md");
    assertThat(found.stats().get("runbooks/deploy.md")).isEqualTo(new FileStats.Stat(13, 1_700_000_000_123_000_000L));
    assertThat(found.stats().get("runbooks/linked.md")).isEqualTo(new FileStats.Stat(13, 1_700_000_000_123_000_000L));
    assertThat(found.stats().get("runbooks/images/rack.png").size()).isEqualTo(1);
    assertThat(found.stats().get("runbooks/missing.md")).isNull();
    assertThat(FileStats.NONE.get("runbooks/deploy.md")).isNull();
  }

  @Test
  void classifiesPagesSectionsTranslationsAndAssets() throws Exception {
    List<SourceFile> files =
        scan(new Diagnostics(), "_index.md", "runbooks/_index.es.md", "runbooks/deploy.md", "runbooks/deploy.es.md",
            "runbooks/images/rack.png", "hardware/switches/sfp.md");
    assertThat(files).extracting(f -> f.kind() + " " + f.key() + " " + f.language())
        .containsExactly(
            "SECTION_INDEX  en",
            "PAGE hardware/switches/sfp en",
            "SECTION_INDEX runbooks es",
            "PAGE runbooks/deploy es",
            "PAGE runbooks/deploy en",
            "ASSET runbooks/images/rack.png en");
  }

  /** A site's files live as long as its build: a page's translations share one key, a language's files one code. */
  @Test
  void translationsShareTheirKeyAndFilesTheirLanguage() throws Exception {
    List<SourceFile> files = scan(new Diagnostics(), "runbooks/deploy.md", "runbooks/deploy.es.md", "runbooks/other.es.md");
    SourceFile es = files.stream().filter(f -> f.contentPath().equals("runbooks/deploy.es.md")).findFirst().orElseThrow();
    SourceFile en = files.stream().filter(f -> f.contentPath().equals("runbooks/deploy.md")).findFirst().orElseThrow();
    SourceFile other = files.stream().filter(f -> f.contentPath().equals("runbooks/other.es.md")).findFirst().orElseThrow();
    assertThat(es.key()).isSameAs(en.key());
    assertThat(es.language()).isSameAs(other.language());
  }

  /** Every file keeps the one content folder it was found in; its own path is made from that when asked. */
  @Test
  void filesShareTheirContentFolderAndFindTheirFileOnDisk() throws Exception {
    List<SourceFile> files = scan(new Diagnostics(), "runbooks/deploy.md", "runbooks/images/rack.png");
    assertThat(files.get(0).contentRoot()).isSameAs(files.get(1).contentRoot());
    assertThat(files).extracting(SourceFile::path)
        .containsExactly(dir.resolve("content/runbooks/deploy.md"), dir.resolve("content/runbooks/images/rack.png"));
    assertThat(files).allSatisfy(f -> assertThat(f.path()).isRegularFile());
  }

  /** Folders walked several at once find the same files, in the same order, with the same errors. */
  @Test
  void aWalkOfSeveralFoldersAtOnceFindsWhatOneAtATimeFinds() throws Exception {
    List<String> paths = new java.util.ArrayList<>();
    for (int s = 0; s < 6; s++) {
      paths.add("s%d/_index.md".formatted(s));
      for (int p = 0; p < 30; p++) paths.add("s%d/sub%d/page-%02d.md".formatted(s, p % 3, p));
      paths.add("s%d/sub0/Page-00.md".formatted(s)); // differs only in letter case: an error
    }
    scan(new Diagnostics(), paths.toArray(String[]::new));
    Files.createSymbolicLink(dir.resolve("content/s0/sub1/loop"), dir.resolve("content/s0"));
    org.fieldguide.concurrent.Tasks atOnce = new org.fieldguide.concurrent.Tasks() {
      @Override
      public <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> work) {
        return items.parallelStream().map(work).toList();
      }
    };
    Diagnostics oneByOne = new Diagnostics();
    Diagnostics several = new Diagnostics();
    List<SourceFile> expected = new ContentScanner().scan(dir, config, oneByOne);
    for (int run = 0; run < 5; run++) {
      Diagnostics d = run == 0 ? several : new Diagnostics();
      assertThat(new ContentScanner().discover(dir, config, d, atOnce).files()).isEqualTo(expected);
      assertThat(d.sorted()).isEqualTo(oneByOne.sorted());
    }
    assertThat(expected).hasSize(6 * 32);
    assertThat(oneByOne.sorted()).extracting(x -> x.pos().file())
        .contains("content/s0/sub1/loop", "content/s0/sub0/page-00.md", "content/s5/sub0/page-00.md");
  }

  @Test
  void skipsHiddenAndUnderscoreFiles() throws Exception {
    List<SourceFile> files = scan(new Diagnostics(), ".draft.md", "_partials/x.md", "runbooks/.swp", "runbooks/a.md");
    assertThat(files).extracting(SourceFile::contentPath).containsExactly("runbooks/a.md");
  }

  @Test
  void warnsAboutSuffixThatIsNotALanguage() throws Exception {
    Diagnostics d = new Diagnostics();
    List<SourceFile> files = scan(d, "notes.de.md");
    assertThat(files.get(0).key()).isEqualTo("notes.de");
    assertThat(d.sorted().get(0).toString())
        .isEqualTo("content/notes.de.md: warning: 'de' looks like a language suffix but is not a language in site.yaml, so this is published as the page 'notes.de'. Add 'de' to languages in site.yaml if it is a translation.");
  }

  /**
   * Markdown under another extension (.MD in capitals, Jekyll's and Hugo's .markdown and kin, Docusaurus's .mdx) is
   * published as a file, as every non-.md file is, but said: a writer who moved it in from another
   * site would otherwise look for a page that is not there. Other files, and names that only end
   * in such letters, are not.
   */
  @Test
  void markdownUnderAnotherExtensionIsAnAssetWithAWarning() throws Exception {
    Diagnostics d = new Diagnostics();
    List<SourceFile> files =
        scan(d, "guides/setup.markdown", "guides/intro.MDX", "guides/images/rack.png", "guides/notes.txt", "guides/mdx", "guides/TODO.MD");
    assertThat(files).extracting(f -> f.kind() + " " + f.contentPath())
        .containsExactly("ASSET guides/TODO.MD", "ASSET guides/images/rack.png", "ASSET guides/intro.MDX", "ASSET guides/mdx",
            "ASSET guides/notes.txt", "ASSET guides/setup.markdown");
    assertThat(d.sorted()).extracting(Object::toString).containsExactly(
        "content/guides/TODO.MD: warning: only .md files are read as pages, so this .MD file is published as a file to download."
            + " Rename it to 'TODO.md', and links to it too.",
        "content/guides/intro.MDX: warning: an MDX file is not read as a page (only .md files are), so it is published as a file to"
            + " download. If it holds Markdown alone, rename it to 'intro.md'; write what its components show as Markdown or HTML.",
        "content/guides/setup.markdown: warning: only .md files are read as pages, so this .markdown file is published as a file to"
            + " download. Rename it to 'setup.md', and links to it too.");
  }
}
