package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.link.LinkUniverse;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LinkUniverse}, on sites taken through the build's own stages: what a link check reads of
 * other pages changes the digest, what it does not read leaves it, and the number of threads never
 * matters. ({@code CheckedFilesTest} shows the same through whole builds' findings.)
 */
class LinkUniverseTest {
  @TempDir Path dir;

  @BeforeEach
  void site() {
    TestSite.in(dir)
        .page("content/_index.md", "Home", "Welcome.")
        .page("content/runbooks/_index.md", "Runbooks", "All runbooks.")
        .with("content/runbooks/rack.md", "---\ntitle: Rack\n---\n## Front\n\nThe front.\n")
        .page("content/runbooks/rack.es.md", "Rack (es)", "## Frente\n")
        .page("content/runbooks/disk.md", "Disk", "See [the front](rack.md#front).")
        .with("content/runbooks/files/manual.pdf", "%PDF-1.4 not really")
        .writeFiles();
  }

  private String digest(int threads) {
    try (BuildSession session = new BuildSession(threads); Parallel parallel = new Parallel(threads)) {
      Diagnostics diagnostics = new Diagnostics();
      AssembledSite site = AssembledSite.of(dir, session, parallel, diagnostics);
      // Every step below is a site without mistakes: what changes the digest is the fact changed.
      assertThat(diagnostics.sorted()).filteredOn(d -> d.isError()).isEmpty();
      return LinkUniverse.digest(site.tree(), "inputs", parallel);
    }
  }

  private String digest() {
    return digest(2);
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void theSameSiteHasTheSameDigestOnAnyNumberOfThreads() {
    assertThat(digest(1)).isEqualTo(digest(2)).isEqualTo(digest(4)).hasSize(32);
  }

  @Test
  void whatNoLinkCheckReadsOfAnotherPageLeavesIt() throws IOException {
    String before = digest();
    write("content/runbooks/disk.md", "---\ntitle: Disk\n---\nSee [the front](rack.md#front), then pull the tray.\n");
    write("content/runbooks/rack.md", "---\ntitle: The rack\nsummary: Where servers live.\n---\n## Front\n\nThe front, cleaned.\n");
    assertThat(digest()).isEqualTo(before);
  }

  @Test
  void everyFactALinkCheckReadsChangesIt() throws IOException {
    String last = digest();
    // Each step changes one fact; each digest differs from every one before it.
    java.util.Set<String> seen = new java.util.HashSet<>(java.util.List.of(last));
    write("content/runbooks/rack.md", "---\ntitle: Rack\n---\n## Back\n\nThe back.\n"); // an id
    assertThat(seen.add(digest())).as("a heading's id").isTrue();
    write("content/runbooks/rack.md", "---\ntitle: Rack\naliases: [/old-rack/]\n---\n## Back\n"); // an alias
    assertThat(seen.add(digest())).as("an alias").isTrue();
    write("content/runbooks/fan.md", "---\ntitle: Fan\n---\nIt spins.\n"); // a page
    assertThat(seen.add(digest())).as("a page").isTrue();
    write("content/runbooks/fan.md", "---\ntitle: Fan\ndraft: true\n---\nIt spins.\n"); // a draft
    assertThat(seen.add(digest())).as("a draft").isTrue();
    write("content/runbooks/disk.es.md", "---\ntitle: Disco\n---\nTexto.\n"); // a translation for a fallback
    assertThat(seen.add(digest())).as("a translation").isTrue();
    write("content/runbooks/files/photo.pdf", "%PDF-1.4"); // an asset
    assertThat(seen.add(digest())).as("an asset").isTrue();
    write("content/runbooks/rack.md", "---\ntitle: Rack\nurl: /racks/\naliases: [/old-rack/]\n---\n## Back\n"); // an address
    assertThat(seen.add(digest())).as("an address").isTrue();
  }

  @Test
  void whatElseDecidesTheChecksIsPartOfIt() {
    try (BuildSession session = new BuildSession(2); Parallel parallel = new Parallel(2)) {
      AssembledSite site = AssembledSite.of(dir, session, parallel, new Diagnostics());
      assertThat(LinkUniverse.digest(site.tree(), "inputs", parallel)).isNotEqualTo(LinkUniverse.digest(site.tree(), "other inputs", parallel));
    }
  }
}
