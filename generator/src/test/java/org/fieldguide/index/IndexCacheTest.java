package org.fieldguide.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.ExternalLinkOptions;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts kept between builds, through whole builds in fresh sessions (as separate runs of the
 * command are): a small edit appends to {@code facts.log} instead of writing {@code facts.bin}
 * again, and what the next build reads from both is what a build without the cache makes.
 */
class IndexCacheTest {
  @TempDir Path dir;

  private Path site;
  private Path cache;

  private void write(String path, String title, String body) throws IOException {
    Path p = site.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "---\ntitle: " + title + "\n---\n" + body, StandardCharsets.UTF_8);
  }

  private static String steps(String text) {
    return text + "\n\n## Steps\n\n- [ ] Read [the first runbook](r0.md#steps)\n- [x] " + text + "\n";
  }

  private void setUp() throws IOException {
    site = dir.resolve("site");
    cache = site.resolve(IndexCache.FOLDER);
    Files.createDirectories(site);
    Files.writeString(site.resolve("site.yaml"), TestSite.SITE_YAML, StandardCharsets.UTF_8);
    write("content/runbooks/_index.md", "Runbooks", "All runbooks.");
    // Headings, links and checklist items too: they are kept beside the bodies in the packs.
    for (int i = 0; i < 5; i++) write("content/runbooks/r" + i + ".md", "Runbook " + i, steps("Step " + i + "."));
  }

  @Test
  void smallEditsAreAppendedAndReadBackAsABuildWithoutTheCacheMakesThem() throws IOException {
    setUp();
    build(BuildOptions.Cache.USE, "public");
    byte[] base = Files.readAllBytes(cache.resolve("facts.bin"));
    assertThat(cache.resolve("facts.log")).doesNotExist();

    write("content/runbooks/r1.md", "Runbook one", "Changed.");
    build(BuildOptions.Cache.USE, "public");
    assertThat(Files.readAllBytes(cache.resolve("facts.bin"))).as("facts.bin after one edit").isEqualTo(base);
    byte[] log = Files.readAllBytes(cache.resolve("facts.log"));

    // No change: nothing is written.
    build(BuildOptions.Cache.USE, "public");
    assertThat(Files.readAllBytes(cache.resolve("facts.log"))).isEqualTo(log);

    // A build killed while appending leaves half a segment: it is ignored, and overwritten by the next append.
    try (FileChannel f = FileChannel.open(cache.resolve("facts.log"), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      f.write(java.nio.ByteBuffer.wrap(new byte[] {0, 0, 1, 0, 42, 42}));
    }
    Files.delete(site.resolve("content/runbooks/r4.md"));
    write("content/runbooks/r2.md", "Runbook two", "Changed too.");
    build(BuildOptions.Cache.USE, "public");
    assertThat(Files.readAllBytes(cache.resolve("facts.bin"))).isEqualTo(base);
    assertThat(Files.size(cache.resolve("facts.log"))).isGreaterThan(log.length);

    // A fresh session reads facts.bin and the log: every file is taken from them, and the site is
    // the one a build without the cache makes.
    BuildResult cached = build(BuildOptions.Cache.USE, "public");
    build(BuildOptions.Cache.IGNORE, "fresh");
    assertThat(snapshot(site.resolve("public"))).isEqualTo(snapshot(site.resolve("fresh")));
    assertThat(cached.diagnostics()).isEmpty();
    assertThat(Files.readString(site.resolve("public/en/runbooks/r2/index.html"))).contains("Changed too.");
    assertThat(site.resolve("public/en/runbooks/r4/index.html")).doesNotExist();

    // Each build leaves a pack of the bodies it rendered: after a run of edits, the few live
    // bodies of small packs are copied into the newest, and the first build's pack stays.
    for (int edit = 0; edit < 6; edit++) {
      write("content/runbooks/r" + (edit % 3) + ".md", "Runbook", steps("Edit " + edit + "."));
      build(BuildOptions.Cache.USE, "public");
    }
    try (Stream<Path> packs = Files.list(cache)) {
      assertThat(packs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("bodies-")).toList())
          .hasSizeLessThanOrEqualTo(5).contains("bodies-0.pack");
    }
    build(BuildOptions.Cache.USE, "public");
    build(BuildOptions.Cache.IGNORE, "fresh");
    assertThat(snapshot(site.resolve("public"))).isEqualTo(snapshot(site.resolve("fresh")));
  }

  @Test
  void pagesWhoseBodiesPackIsGoneAreReadAgain() throws IOException {
    setUp();
    build(BuildOptions.Cache.USE, "public");
    write("content/runbooks/r1.md", "Runbook one", steps("Edited."));
    build(BuildOptions.Cache.USE, "public");
    // The first build's pack holds every body but r1's; whether it is there is asked once per
    // pack, and its pages are read again, as a build without the cache reads them.
    Files.delete(cache.resolve("bodies-0.pack"));
    build(BuildOptions.Cache.USE, "public");
    build(BuildOptions.Cache.IGNORE, "fresh");
    assertThat(snapshot(site.resolve("public"))).isEqualTo(snapshot(site.resolve("fresh")));
    assertThat(Files.readString(site.resolve("public/en/runbooks/r3/index.html"))).contains("Step 3.");
  }

  @Test
  void aLogLeftBesideANewerFactsFileIsNotApplied() throws IOException {
    setUp();
    build(BuildOptions.Cache.USE, "public");
    write("content/runbooks/r1.md", "Runbook one", "First edit.");
    build(BuildOptions.Cache.USE, "public");
    byte[] staleLog = Files.readAllBytes(cache.resolve("facts.log"));
    // Once the log has grown to a quarter of facts.bin, facts.bin is written anew (and the log deleted) ...
    byte[] base = Files.readAllBytes(cache.resolve("facts.bin"));
    for (int edit = 0; edit < 10 && java.util.Arrays.equals(base, Files.readAllBytes(cache.resolve("facts.bin"))); edit++) {
      for (int i = 0; i < 5; i++) write("content/runbooks/r" + i + ".md", "Runbook " + i, "Rewritten " + i + " " + edit + ".");
      build(BuildOptions.Cache.USE, "public");
    }
    assertThat(Files.readAllBytes(cache.resolve("facts.bin"))).isNotEqualTo(base);
    assertThat(cache.resolve("facts.log")).doesNotExist();
    // ... and a log of the old facts.bin, as a build killed before deleting it would leave, is ignored.
    Files.write(cache.resolve("facts.log"), staleLog);
    build(BuildOptions.Cache.USE, "public");
    assertThat(Files.readString(site.resolve("public/en/runbooks/r1/index.html"))).contains("Rewritten 1 ").doesNotContain("First edit.");
  }

  private BuildResult build(BuildOptions.Cache cacheUse, String out) {
    BuildResult r = new SiteBuild(2).run(new BuildOptions(
        site, site.resolve(out), Drafts.EXCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, cacheUse));
    assertThat(r.diagnostics()).isEmpty();
    return r;
  }

  private static Map<String, String> snapshot(Path root) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(p).toString();
        if (!rel.startsWith(".fieldguide-")) files.put(rel, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
