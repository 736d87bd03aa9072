package org.fieldguide.offline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineWriterTest {
  @TempDir Path dir;
  private final OfflineSite site = new OfflineSite(List.of(
      new OfflineSite.Language("en", "Site \"Host\" Guides", "Runbooks", false),
      new OfflineSite.Language("ar", "أدلة", "", true)));

  private void write(Path root, String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private Path sampleSite(Path root) throws IOException {
    write(root, "index.html", "<a href=\"en/\">English</a>");
    write(root, "404.html", "not found");
    write(root, "favicon.ico", "ico");
    write(root, ".nojekyll", "");
    write(root, "sitemap.xml", "<urlset/>");
    write(root, "en/index.html", "<a href=\"runbooks/disk/\">Disk</a> <a href=\"../ar/\">ar</a>");
    write(root, "en/runbooks/disk/index.html", "<a href=\"../../\">Home</a> <a href=\"#s\">s</a> <a href=\"../\">Up</a>");
    write(root, "en/404.html", "not found");
    write(root, "en/runbooks/images/rack.svg", "<svg/>");
    write(root, "ar/index.html", "<a href=\"../en/\">en</a>");
    write(root, "static/css/site.css", "body{}");
    write(root, "static/js/search.js", "search");
    write(root, "search/en/index.js", "en index");
    write(root, "search/ar/index.js", "ar index");
    return root;
  }

  /** What one run of the offline stage wrote (the zips are written into {@code root} too, as a build stages them). */
  private record Run(Map<String, byte[]> out, OfflineHistory history, List<OfflineWriter.Bundle> bundles) {}

  private Map<String, byte[]> run(Path root) {
    return run(root, OfflineHistory.NONE).out();
  }

  /** As the build keeps it in its cache folder. */
  private static void save(OfflineHistory history, Path file, String key) throws IOException {
    Files.createDirectories(file.getParent());
    try (java.io.DataOutputStream out = new java.io.DataOutputStream(Files.newOutputStream(file))) {
      history.writeTo(out, key);
    }
  }

  private Run run(Path root, OfflineHistory previous) {
    return run(root, previous, (path, last) -> false);
  }

  /** As {@link #run(Path, OfflineHistory)}, offering {@code keep} each last bundle that would be written again byte for byte. */
  private Run run(Path root, OfflineHistory previous, java.util.function.BiPredicate<String, Path> keep) {
    Map<String, byte[]> out = new TreeMap<>();
    OfflineWriter writer = new OfflineWriter(1);
    writer.manifests(site, Set.of("icon-192.png", "favicon.svg"), (p, b) -> {
      out.put(p, b);
      try {
        Files.write(root.resolve(p), b);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    OfflineWriter.Sources sources = writer.sources(PublishedFiles.scan(root), previous);
    List<OfflineWriter.Bundle> bundles = site.languages().stream().map(l -> writer.bundle(l, sources, path -> new java.io.ByteArrayOutputStream() {
      @Override
      public void close() {
        out.put(path, toByteArray());
        try {
          Files.createDirectories(root.resolve(path).getParent());
          Files.write(root.resolve(path), toByteArray());
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }, keep, org.fieldguide.concurrent.Tasks.SEQUENTIAL)).toList();
    String version = writer.version(sources);
    for (OfflineWriter.Bundle b : bundles) writer.write(b, version, out::put);
    writer.serviceWorker(version, out::put);
    return new Run(out, writer.history(sources, bundles), bundles);
  }

  /**
   * The staging folder of the next build of the site published in {@code published}, as a build
   * makes it: every file taken over as a hard link (not the offline files, written anew), except
   * {@code changed}, written as new files.
   */
  private Path nextBuild(Path published, Path staging, Map<String, String> changed) throws IOException {
    try (var walk = Files.walk(published)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = published.relativize(p).toString();
        if (rel.startsWith("downloads") || rel.endsWith("site.webmanifest") || changed.containsKey(rel)) continue;
        Files.createDirectories(staging.resolve(rel).getParent());
        Files.createLink(staging.resolve(rel), p);
      }
    }
    for (Map.Entry<String, String> c : changed.entrySet()) write(staging, c.getKey(), c.getValue());
    return staging;
  }

  /** A copy of {@code from} in new files, without its offline files. */
  private Path copy(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = from.relativize(p).toString();
        if (rel.startsWith("downloads") || rel.endsWith("site.webmanifest")) continue;
        write(to, rel, Files.readString(p));
      }
    }
    return to;
  }

  private static final List<String> OFFLINE_FILES =
      List.of("downloads/fieldguide-en.zip", "downloads/fieldguide-ar.zip", "offline/en.json", "offline/ar.json", "sw.js");

  @Test
  void aRebuildCopiesTheEntriesOfUnchangedFilesFromTheLastBundlesAndWritesWhatAFreshBuildWrites() throws IOException {
    Path published = sampleSite(dir.resolve("published"));
    Path kept = dir.resolve("cache/offline.bin");
    save(run(published, OfflineHistory.NONE).history(), kept, "key");

    // One page changed; the theme's style sheet copied anew (the same bytes in a new file).
    Map<String, String> changed = Map.of(
        "en/runbooks/disk/index.html", "<a href=\"../../\">Home, changed</a>", "static/css/site.css", "body{}");
    Path staging = nextBuild(published, dir.resolve("staging"), changed);
    Run rebuilt = run(staging, OfflineHistory.read(kept).under("key", published));
    Run fresh = run(copy(staging, dir.resolve("fresh")), OfflineHistory.NONE);

    for (String f : OFFLINE_FILES) assertThat(rebuilt.out().get(f)).as(f).isEqualTo(fresh.out().get(f));
    assertThat(entries(rebuilt.out().get("downloads/fieldguide-en.zip")).get("fieldguide-en/en/runbooks/disk/index.html"))
        .isEqualTo("<a href=\"../../index.html\">Home, changed</a>");
    // Every entry but the changed page's and the opener's was copied.
    assertThat(rebuilt.bundles()).extracting(OfflineWriter.Bundle::copied).containsExactly(8, 6);
    assertThat(fresh.bundles()).extracting(OfflineWriter.Bundle::copied).containsExactly(0, 0);
    assertThat(new String(rebuilt.out().get("sw.js"), StandardCharsets.UTF_8))
        .isNotEqualTo(new String(run(sampleSite(dir.resolve("first")), OfflineHistory.NONE).out().get("sw.js"), StandardCharsets.UTF_8));
  }

  @Test
  void theLastBundleIsKeptOnlyWhenItListsTheSameFilesEachAsItWas() throws IOException {
    Path published = sampleSite(dir.resolve("published"));
    Path kept = dir.resolve("cache/offline.bin");
    save(run(published, OfflineHistory.NONE).history(), kept, "key");

    // Nothing changed: both bundles are offered to be kept, and nothing is written for them.
    List<String> offered = new ArrayList<>();
    Run same = run(nextBuild(published, dir.resolve("same"), Map.of()), OfflineHistory.read(kept).under("key", published),
        (path, last) -> offered.add(path) && last.equals(published.resolve(path)));
    assertThat(offered).containsExactly("downloads/fieldguide-en.zip", "downloads/fieldguide-ar.zip");
    assertThat(same.out()).doesNotContainKeys("downloads/fieldguide-en.zip", "downloads/fieldguide-ar.zip");

    // A page gone (every other file as it was): the English bundle lists less and is written again.
    offered.clear();
    Path fewer = nextBuild(published, dir.resolve("fewer"), Map.of());
    Files.delete(fewer.resolve("en/runbooks/disk/index.html"));
    Run rebuilt = run(fewer, OfflineHistory.read(kept).under("key", published), (path, last) -> offered.add(path));
    assertThat(offered).containsExactly("downloads/fieldguide-ar.zip");
    assertThat(entries(rebuilt.out().get("downloads/fieldguide-en.zip"))).doesNotContainKey("fieldguide-en/en/runbooks/disk/index.html");
  }

  @Test
  void aPublishedFileEditedInPlaceAfterTheBuildIsReadAgainNotCopiedFromTheLastBundle() throws IOException {
    Path published = sampleSite(dir.resolve("published"));
    Path kept = dir.resolve("cache/offline.bin");
    save(run(published, OfflineHistory.NONE).history(), kept, "key");
    // The same file (a hard link of the next build shares it), the same size, other bytes, later.
    Path page = published.resolve("en/404.html");
    Files.writeString(page, "NOT FOUND");
    Files.setLastModifiedTime(page, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() + 2000));

    Path staging = nextBuild(published, dir.resolve("staging"), Map.of());
    Run rebuilt = run(staging, OfflineHistory.read(kept).under("key", published));
    Run fresh = run(copy(staging, dir.resolve("fresh")), OfflineHistory.NONE);

    for (String f : OFFLINE_FILES) assertThat(rebuilt.out().get(f)).as(f).isEqualTo(fresh.out().get(f));
    assertThat(entries(rebuilt.out().get("downloads/fieldguide-en.zip")).get("fieldguide-en/en/404.html")).isEqualTo("NOT FOUND");
    assertThat(rebuilt.bundles()).extracting(OfflineWriter.Bundle::copied).containsExactly(8, 6);
  }

  @Test
  void aHistoryKeptUnderAnotherKeyIsNotUsed() throws IOException {
    Path published = sampleSite(dir.resolve("published"));
    Path kept = dir.resolve("cache/offline.bin");
    save(run(published, OfflineHistory.NONE).history(), kept, "key");
    Path staging = nextBuild(published, dir.resolve("staging"), Map.of());
    Run rebuilt = run(staging, OfflineHistory.read(kept).under("another key", published));
    assertThat(rebuilt.bundles()).extracting(OfflineWriter.Bundle::copied).containsExactly(0, 0);
  }

  @Test
  void theListNamesEveryFileOfTheLanguageAsReadersAskForIt() throws IOException {
    Map<String, byte[]> out = run(sampleSite(dir));
    JsonNode list = new ObjectMapper().readTree(out.get("offline/en.json"));
    List<String> urls = new ArrayList<>();
    list.get("urls").forEach(u -> urls.add(u.asText()));
    assertThat(urls).containsExactly(
        "en/404.html", "en/", "en/runbooks/disk/", "en/runbooks/images/rack.svg", "en/site.webmanifest",
        "favicon.ico", "search/en/index.js", "static/css/site.css", "static/js/search.js");
    assertThat(list.get("language").asText()).isEqualTo("en");
    assertThat(list.get("version").asText()).hasSize(16).matches("[0-9a-f]+");
    long bytes = 0;
    for (String path : List.of("en/404.html", "en/index.html", "en/runbooks/disk/index.html", "en/runbooks/images/rack.svg",
        "en/site.webmanifest", "favicon.ico", "search/en/index.js", "static/css/site.css", "static/js/search.js")) {
      bytes += Files.size(dir.resolve(path));
    }
    assertThat(list.get("bytes").asLong()).isEqualTo(bytes);
    assertThat(list.get("bundle").get("url").asText()).isEqualTo("downloads/fieldguide-en.zip");
    assertThat(list.get("bundle").get("bytes").asLong()).isEqualTo(out.get("downloads/fieldguide-en.zip").length);
    assertThat(new String(out.get("sw.js"), StandardCharsets.UTF_8)).contains("const VERSION = \"" + list.get("version").asText() + "\";");
  }

  @Test
  void theManifestNamesTheLanguageItsDirectionAndTheIconsTheThemeHas() throws IOException {
    Map<String, byte[]> out = run(sampleSite(dir));
    JsonNode en = new ObjectMapper().readTree(out.get("en/site.webmanifest"));
    assertThat(en.get("name").asText()).isEqualTo("Site \"Host\" Guides");
    assertThat(en.get("lang").asText()).isEqualTo("en");
    assertThat(en.get("dir").asText()).isEqualTo("ltr");
    assertThat(en.get("start_url").asText()).isEqualTo("./");
    assertThat(en.get("scope").asText()).isEqualTo("../");
    assertThat(en.get("description").asText()).isEqualTo("Runbooks");
    assertThat(en.get("icons")).hasSize(2);
    assertThat(en.get("icons").get(0).get("src").asText()).isEqualTo("../static/icon-192.png");
    assertThat(en.get("icons").get(0).get("sizes").asText()).isEqualTo("192x192");
    assertThat(en.get("icons").get(1).get("type").asText()).isEqualTo("image/svg+xml");
    JsonNode ar = new ObjectMapper().readTree(out.get("ar/site.webmanifest"));
    assertThat(ar.get("dir").asText()).isEqualTo("rtl");
    assertThat(ar.has("description")).isFalse();
  }

  @Test
  void theBundleHoldsTheLanguageWithLinksToIndexHtml() throws IOException {
    Map<String, byte[]> out = run(sampleSite(dir));
    Map<String, String> entries = entries(out.get("downloads/fieldguide-en.zip"));
    assertThat(entries.keySet()).containsExactly(
        "fieldguide-en/index.html", "fieldguide-en/en/404.html", "fieldguide-en/en/index.html", "fieldguide-en/en/runbooks/disk/index.html",
        "fieldguide-en/en/runbooks/images/rack.svg", "fieldguide-en/en/site.webmanifest", "fieldguide-en/favicon.ico",
        "fieldguide-en/search/en/index.js", "fieldguide-en/static/css/site.css", "fieldguide-en/static/js/search.js");
    assertThat(entries.get("fieldguide-en/en/runbooks/disk/index.html"))
        .isEqualTo("<a href=\"../../index.html\">Home</a> <a href=\"#s\">s</a> <a href=\"../index.html\">Up</a>");
    assertThat(entries.get("fieldguide-en/index.html")).contains("url=en/index.html").contains("Site \"Host\" Guides");
    assertThat(entries.get("fieldguide-en/static/css/site.css")).isEqualTo("body{}");
  }

  @Test
  void theSameSiteGivesTheSameBytesAndAChangeGivesANewVersion() throws IOException {
    Map<String, byte[]> first = run(sampleSite(dir.resolve("a")));
    Map<String, byte[]> second = run(sampleSite(dir.resolve("b")));
    assertThat(first.keySet()).isEqualTo(second.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));

    write(dir.resolve("b"), "static/css/site.css", "body{color:red}");
    for (String p : List.of("offline", "downloads", "sw.js")) deleteAll(dir.resolve("b").resolve(p));
    Map<String, byte[]> changed = run(dir.resolve("b"));
    assertThat(new String(changed.get("sw.js"), StandardCharsets.UTF_8)).isNotEqualTo(new String(first.get("sw.js"), StandardCharsets.UTF_8));
  }

  /**
   * A file that no bundle holds (a sitemap part, the site's largest files) counts in the version
   * as every other: it is read a block at a time, so a change past the first block counts too.
   */
  @Test
  void aChangeToAFileInNoBundleGivesANewVersion() throws IOException {
    String sitemap = "<urlset>" + "<url><loc>https://example.org/en/</loc></url>\n".repeat(5_000);
    Path a = sampleSite(dir.resolve("a"));
    write(a, "sitemap.xml", sitemap + "</urlset>");
    Path b = sampleSite(dir.resolve("b"));
    write(b, "sitemap.xml", sitemap + "</urlsex>");
    assertThat(Files.size(a.resolve("sitemap.xml"))).isGreaterThan(3 << 16);
    String first = new String(run(a).get("sw.js"), StandardCharsets.UTF_8);
    String second = new String(run(b).get("sw.js"), StandardCharsets.UTF_8);
    assertThat(second).isNotEqualTo(first);
    for (String p : List.of("offline", "downloads", "sw.js")) deleteAll(b.resolve(p));
    write(b, "sitemap.xml", sitemap + "</urlset>");
    assertThat(new String(run(b).get("sw.js"), StandardCharsets.UTF_8)).isEqualTo(first);
  }

  private static void deleteAll(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (var walk = Files.walk(p)) {
      for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }

  private static Map<String, String> entries(byte[] zip) throws IOException {
    Map<String, String> entries = new java.util.LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }
}
