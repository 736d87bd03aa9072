package org.fieldguide.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedFilesTest {
  @TempDir Path dir;

  /** Writes a file at each of {@code paths} under {@link #dir}, holding its path. */
  private void write(List<String> paths) throws java.io.IOException {
    for (String p : paths) {
      Path f = dir.resolve(p);
      Files.createDirectories(f.getParent());
      Files.writeString(f, p);
    }
  }

  /** The offline stage keeps each file's checksum by its place in the list, found by its path. */
  @Test
  void aFileIsFoundByItsPathAtItsPlaceInTheList() throws Exception {
    List<String> paths = List.of("en/b/index.html", "en/a b/index.html", "index.html", "static/é.css", "en/a/index.html", ".nojekyll");
    write(paths);
    PublishedFiles scanned = PublishedFiles.scan(dir);
    // As a build lists its staged site: each file with the attributes it was found with.
    PublishedFiles listed = PublishedFiles.of(each -> {
      for (String p : new TreeSet<>(paths)) each.accept(p, Files.readAttributes(dir.resolve(p), BasicFileAttributes.class));
    }, dir::resolve);
    for (PublishedFiles files : List.of(scanned, listed)) {
      assertThat(files.entries()).extracting(PublishedFiles.Entry::path)
          .containsExactly("en/a b/index.html", "en/a/index.html", "en/b/index.html", "index.html", "static/é.css");
      for (int i = 0; i < files.entries().size(); i++) assertThat(files.indexOf(files.entries().get(i).path())).isEqualTo(i);
      assertThat(files.indexOf(".nojekyll")).isNegative();
      assertThat(files.indexOf("en/c/index.html")).isNegative();
      assertThat(files.indexOf("")).isNegative();
    }
  }

  /** A language's bundle holds its pages, its search index, the theme's files and the favicon, in the site's order, and nothing else. */
  @Test
  void theFilesOfALanguageAreItsFoldersTheThemesAndTheFavicon() throws Exception {
    List<String> paths = List.of("es/a/index.html", "es/index.html", "en/a/index.html", "essay/index.html", "favicon.ico", "favicon.ico.bak",
        "index.html", "search/es/index.js", "search/en/index.js", "search/esx/index.js", "sitemap.xml", "static/site.css", "static/é.css",
        "staticky/x.css", "zz/index.html");
    write(paths);
    PublishedFiles files = PublishedFiles.scan(dir);
    assertThat(OfflineWriter.belonging(files, "es")).extracting(PublishedFiles.Entry::path).containsExactly(
        "es/a/index.html", "es/index.html", "favicon.ico", "search/es/index.js", "static/site.css", "static/é.css");
    // As the list of all files, filtered: the same files in the same order, for every language.
    for (String language : List.of("en", "es", "zz", "fr")) {
      assertThat(OfflineWriter.belonging(files, language)).as(language).containsExactlyElementsOf(files.entries().stream()
          .filter(e -> e.path().startsWith(language + "/") || e.path().startsWith("static/") || e.path().startsWith("search/" + language + "/")
              || e.path().equals("favicon.ico"))
          .toList());
    }
  }

  /** A folder left out of a language's files (the diagram library, where none of its pages draws one) is left out whole, and only it. */
  @Test
  void theDiagramLibraryBelongsOnlyToALanguageWithADiagram() throws Exception {
    List<String> paths = List.of("en/index.html", "static/css/site.css", "static/js/diagrams.js", "static/vendor/VENDOR.md",
        "static/vendor/mermaid/LICENSE.txt", "static/vendor/mermaid/mermaid.min.js", "static/vendor/snowball/english.js", "static/z.png");
    write(paths);
    PublishedFiles files = PublishedFiles.scan(dir);
    List<String> library = List.of("static/vendor/mermaid/");
    assertThat(OfflineWriter.belonging(files, "en", List.of())).extracting(PublishedFiles.Entry::path).containsExactlyElementsOf(paths);
    assertThat(OfflineWriter.belonging(files, "en", library)).extracting(PublishedFiles.Entry::path).containsExactly(
        "en/index.html", "static/css/site.css", "static/js/diagrams.js", "static/vendor/VENDOR.md", "static/vendor/snowball/english.js",
        "static/z.png");
    // A theme without the library (a site's own): nothing is left out.
    Files.delete(dir.resolve("static/vendor/mermaid/LICENSE.txt"));
    Files.delete(dir.resolve("static/vendor/mermaid/mermaid.min.js"));
    assertThat(OfflineWriter.belonging(PublishedFiles.scan(dir), "en", library)).hasSize(6);
  }

  /**
   * Listed in the order of the last build's files (the offline history's), with files added and
   * gone since, the files are in the order of their paths; a hint out of order is not trusted.
   */
  @Test
  void theLastBuildsOrderGivesTheOrderOfThePaths() throws Exception {
    List<String> paths = List.of("en/b/index.html", "en/a b/index.html", "index.html", "static/é.css", "en/a/index.html", "search/en/t1.js");
    write(paths);
    PublishedFiles.Listing listing = each -> {
      for (String p : paths) each.accept(p, Files.readAttributes(dir.resolve(p), BasicFileAttributes.class));
    };
    List<String> expected = new java.util.ArrayList<>(new TreeSet<>(paths));
    List<List<String>> hints = List.of(
        List.of(), // no history
        List.of("en/a b/index.html", "en/a/index.html", "en/gone/index.html", "index.html", "static/é.css"), // as the last build's, one gone, two new
        List.of("index.html", "en/a/index.html", "static/é.css")); // not in order: not trusted
    for (List<String> hint : hints) {
      assertThat(PublishedFiles.of(listing, dir::resolve, history(hint)).entries()).as("hint %s", hint).extracting(PublishedFiles.Entry::path)
          .containsExactlyElementsOf(expected);
    }
  }

  /** The last build's offline history, recording {@code paths} in that order (each of size 1, identity "id PATH"). */
  private static OfflineHistory history(List<String> paths) {
    java.util.Map<String, OfflineHistory.Known> files = new java.util.LinkedHashMap<>();
    for (String p : paths) files.put(p, new OfflineHistory.Known(1, "id " + p, 0));
    return new OfflineHistory(null, files, java.util.Map.of());
  }

  /**
   * A file listed without attributes (kept as the last build published it) has the size and
   * identity that build recorded, and is not asked about; one the history lacks is asked.
   */
  @Test
  void aFileListedAsTheLastBuildPublishedItHasTheRecordedSizeAndIdentity() throws Exception {
    write(List.of("en/a/index.html", "en/b/index.html"));
    PublishedFiles.Listing listing = each -> {
      each.accept("en/a/index.html", null);
      each.accept("en/b/index.html", null);
    };
    PublishedFiles files = PublishedFiles.of(listing, dir::resolve, history(List.of("en/a/index.html")));
    BasicFileAttributes b = Files.readAttributes(dir.resolve("en/b/index.html"), BasicFileAttributes.class);
    assertThat(files.entries()).extracting(PublishedFiles.Entry::path, PublishedFiles.Entry::size, PublishedFiles.Entry::identity).containsExactly(
        org.assertj.core.groups.Tuple.tuple("en/a/index.html", 1L, "id en/a/index.html"),
        org.assertj.core.groups.Tuple.tuple("en/b/index.html", b.size(), b.fileKey() + " " + b.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)));
  }

  /** Read a block at a time, a file's checksum is that of all its bytes, whatever its length. */
  @Test
  void aFilesChecksumIsThatOfAllItsBytes() throws Exception {
    java.util.Random random = new java.util.Random(7);
    List<Integer> sizes = List.of(0, 1, 65_535, 65_536, 65_537, 300_001);
    for (int size : sizes) {
      byte[] bytes = new byte[size];
      random.nextBytes(bytes);
      Files.write(dir.resolve(size + ".bin"), bytes);
    }
    PublishedFiles files = PublishedFiles.scan(dir);
    for (int size : sizes) {
      java.util.zip.CRC32 whole = new java.util.zip.CRC32();
      whole.update(Files.readAllBytes(dir.resolve(size + ".bin")));
      assertThat(files.crc(size + ".bin")).as(size + " bytes").isEqualTo(whole.getValue());
    }
  }
}
