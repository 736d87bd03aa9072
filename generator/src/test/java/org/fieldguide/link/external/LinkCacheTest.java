package org.fieldguide.link.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCacheTest {
  private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path dir;

  @Test
  void roundTripsEveryField() throws Exception {
    Path file = dir.resolve("nested/cache.json");
    LinkCache cache = LinkCache.load(file);
    TreeMap<String, Boolean> fragments = new TreeMap<>();
    fragments.put("b", false);
    fragments.put("a", true);
    cache.put("https://z.example/", new LinkStatus(200, "https://z.example/new", true, null, fragments, T));
    cache.put("https://a.example/", LinkStatus.failed("its host name was not found", T));
    cache.save();

    LinkCache again = LinkCache.load(file);
    assertThat(again.size()).isEqualTo(2);
    assertThat(again.get("https://z.example/")).contains(new LinkStatus(200, "https://z.example/new", true, null, fragments, T));
    assertThat(again.get("https://a.example/")).contains(LinkStatus.failed("its host name was not found", T));
    assertThat(Files.readString(file)).isEqualTo("""
        {
          "version": 1,
          "links": {
            "https://a.example/": {
              "status": 0,
              "finalUrl": null,
              "checkedAt": "2026-03-01T10:00:00Z",
              "error": "its host name was not found"
            },
            "https://z.example/": {
              "status": 200,
              "finalUrl": "https://z.example/new",
              "checkedAt": "2026-03-01T10:00:00Z",
              "error": null,
              "permanentRedirect": true,
              "fragments": {
                "a": true,
                "b": false
              }
            }
          }
        }
        """);
  }

  @Test
  void missingFileIsAnEmptyCache() {
    assertThat(LinkCache.load(dir.resolve("none.json")).size()).isZero();
  }

  @Test
  void corruptFileIsAnEmptyCacheAndIsRepairedBySaving() throws Exception {
    Path file = dir.resolve("cache.json");
    Files.writeString(file, "{\"version\": 1, \"links\": {\"https://x.example/\": ");
    LinkCache cache = LinkCache.load(file);
    assertThat(cache.size()).isZero();
    cache.put("https://x.example/", new LinkStatus(200, "https://x.example/", false, null, new TreeMap<>(), T));
    cache.save();
    assertThat(LinkCache.load(file).size()).isEqualTo(1);
  }

  @Test
  void damagedEntryIsDroppedAndTheRestKept() throws Exception {
    Path file = dir.resolve("cache.json");
    Files.writeString(file, """
        {"version": 1, "links": {
          "https://bad.example/": {"status": 200, "checkedAt": "yesterday"},
          "https://good.example/": {"status": 404, "finalUrl": "https://good.example/", "checkedAt": "2026-03-01T10:00:00Z"}
        }}""");
    LinkCache cache = LinkCache.load(file);
    assertThat(cache.get("https://bad.example/")).isEmpty();
    assertThat(cache.get("https://good.example/")).map(LinkStatus::status).contains(404);
  }

  @Test
  void otherFormatVersionIsIgnored() throws Exception {
    Path file = dir.resolve("cache.json");
    Files.writeString(file, "{\"version\": 2, \"links\": {\"https://x.example/\": {\"status\": 200, \"checkedAt\": \"2026-03-01T10:00:00Z\"}}}");
    assertThat(LinkCache.load(file).size()).isZero();
  }

  @Test
  void unchangedCacheIsNotRewritten() throws Exception {
    Path file = dir.resolve("cache.json");
    LinkCache.load(file).save();
    assertThat(file).doesNotExist();
  }

  @Test
  void inMemoryCacheHasNoFile() throws Exception {
    LinkCache cache = LinkCache.inMemory();
    cache.put("https://x.example/", LinkStatus.failed("x", T));
    cache.save();
    assertThat(cache.file()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }
}
