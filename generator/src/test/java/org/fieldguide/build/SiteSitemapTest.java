package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.fieldguide.emit.OutputHistory;
import org.fieldguide.output.StagedOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sitemap in parts (a site past 50,000 addresses) is kept whole or not at all: the index and
 * every part the last build recorded under the key, never the index without a part it names.
 */
class SiteSitemapTest {
  @TempDir Path dir;

  /** The last build's files, taken from here into a new site staged for {@code public/}. */
  private Path last() throws java.io.IOException {
    return Files.createDirectories(dir.resolve("last"));
  }

  private static final Map<String, String> LAST = Map.of(
      "sitemap.xml", "sitemap K", "sitemap-1.xml", "sitemap K", "sitemap-2.xml", "sitemap K",
      // A page whose address starts with "sitemap" is no part of it.
      "sitemap/index.html", "0123abcd");

  private SiteSitemap sitemap(Optional<String> key) throws Exception {
    for (String f : new String[] {"sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"}) {
      if (!Files.exists(last().resolve(f))) Files.writeString(last().resolve(f), f);
    }
    Path out = dir.resolve("public");
    OutputHistory history = new OutputHistory(out, LAST, "publication", true);
    StagedOutput output = StagedOutput.create(out, false);
    try {
      SiteSitemap sitemap = SiteSitemap.of(output, last(), history, key);
      recorded = history.current();
      return sitemap;
    } finally {
      output.abandon();
    }
  }

  private Map<String, String> recorded;

  @Test
  void theIndexAndEveryPartAreKeptUnderTheSameKey() throws Exception {
    assertThat(sitemap(Optional.of("K")).kept()).isTrue();
    assertThat(recorded).isEqualTo(Map.of("sitemap.xml", "sitemap K", "sitemap-1.xml", "sitemap K", "sitemap-2.xml", "sitemap K"));
  }

  @Test
  void aPartGoneKeepsNothing() throws Exception {
    // sitemap-2.xml is written by sitemap() unless it exists: a folder in its place cannot be linked.
    Files.createDirectory(last().resolve("sitemap-2.xml"));
    assertThat(sitemap(Optional.of("K")).kept()).isFalse();
    assertThat(recorded).isEmpty();
  }

  @Test
  void anotherKeyOrNoneKeepsNothing() throws Exception {
    assertThat(sitemap(Optional.of("L")).kept()).isFalse();
    assertThat(recorded).isEmpty();
    SiteSitemap withoutKey = sitemap(Optional.empty());
    assertThat(withoutKey.kept()).isFalse();
    assertThat(recorded).isEmpty();
  }
}
