package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.testing.ScriptAudit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes a whole tiny site: one page of a two-language site (its file name and its bytes, front
 * matter and body) through every stage of a real build, templates and link resolution included,
 * where {@code PagePipelineFuzzTest} stops at the index. No input may end in an exception, and no
 * page written may hold anything a browser would run ({@link ScriptAudit}); 20 s per input at
 * most. Slower than the index fuzz test (a build per input); fuzz it with {@code ./mvnw -B -ntp
 * test -Pfuzz -Dfuzz.test=SiteFuzzTest}.
 */
class SiteFuzzTest {
  private static final String[] NAMES = {"page.md", "_index.md", "page.es.md", "javascript:x.md", "a b.md"};

  @TempDir Path dir;
  private int run;

  @FuzzTest(maxDuration = "60s")
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  @DictionaryEntries({
    "---", "title: ", "type: runbook", "risk: low", "permalink: /", "aliases: [/", "prerequisites: [../x/b.md]",
    "tags: [", "](b.md)", "](../x/b.md#", "](/x/b/)", "](javascript:", "![i](", "{#", "{.", "<a href=\"",
    "<img src=\"", " onerror=", "javascript:", "*/", "/*", "&#", "<!--", "- [ ] ", "!!! note"
  })
  void tinySite(FuzzedDataProvider data) throws IOException {
    String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
    byte[] page = data.consumeRemainingAsBytes();
    Path site = dir.resolve("site-" + run++);
    write(site.resolve("site.yaml"), "title: Fuzz\nbase_url: https://guides.example.org/docs/\nlanguages:\n  en: {name: English}\n  es: {name: Español}\n");
    write(site.resolve("content/_index.md"), "---\ntitle: Home\n---\n[x](x/_index.md)\n");
    write(site.resolve("content/x/b.md"), "---\ntitle: B\n---\n## Step {#step}\n");
    Files.write(site.resolve("content/x/" + name), page);
    Path out = site.resolve("public");
    try {
      BuildResult result =
          new SiteBuild(1).run(new BuildOptions(site, out, Drafts.INCLUDE, BuildOptions.Mode.BUILD, ExternalLinkOptions.OFF, BuildOptions.Cache.IGNORE));
      assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.pos()).as(d.toString()).isNotNull());
      if (Files.isDirectory(out)) assertThat(ScriptAudit.ofFolder(out)).isEmpty();
    } finally {
      delete(site);
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) return;
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = new ArrayList<>(walk.toList());
    }
    Collections.reverse(paths);
    for (Path p : paths) Files.deleteIfExists(p);
  }
}
