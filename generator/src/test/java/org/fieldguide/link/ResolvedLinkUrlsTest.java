package org.fieldguide.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The URLs links are written with, which {@link Resolution} makes only when a page is written
 * (the checks never ask for them): a fragment kept only where the page reached shows the text the
 * writer meant, a query and an asset's fragment kept as written.
 */
class ResolvedLinkUrlsTest {
  @TempDir Path dir;

  @Test
  void aFragmentIsKeptOnlyWhereThePageReachedShowsTheTextItNames() {
    TestSite.Built b = TestSite.in(dir)
        .page("content/runbooks/disk.md", "Disk", "## Swap the disk {#swap}\n\nText.\n")
        .with("content/runbooks/disk.es.md", "---\ntitle: Disco\n---\n## Cambiar el disco {#cambiar}\n\nTexto.\n")
        .page("content/runbooks/deploy.md", "Deploy", "[a](disk.md#swap) [b](/runbooks/disk/?view=all#swap) [c](images/rack.png#part)\n")
        .with("content/runbooks/images/rack.png", "png")
        .build().assertOk();
    assertThat(b.file("en/runbooks/deploy/index.html"))
        .contains("<a href=\"../disk/#swap\">a</a>", "<a href=\"../disk/?view=all#swap\">b</a>", "<a href=\"../images/rack.png#part\">c</a>");
    // deploy is not translated: the Spanish site shows its English text, whose #swap is not a
    // heading of the Spanish disk page, which the link reaches there.
    assertThat(b.file("es/runbooks/deploy/index.html"))
        .contains("<a href=\"../disk/\">a</a>", "<a href=\"../disk/?view=all\">b</a>", "<a href=\"../images/rack.png#part\">c</a>");
  }
}
