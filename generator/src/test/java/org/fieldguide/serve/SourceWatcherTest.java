package org.fieldguide.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher reports changes in every source folder, including folders made after it started. */
@Timeout(60)
class SourceWatcherTest {
  @TempDir Path site;
  private final ChangeBatcher batcher = new ChangeBatcher(Duration.ofMillis(20), Duration.ofSeconds(1));
  private SourceWatcher watcher;

  @BeforeEach
  void start() throws Exception {
    Files.createDirectories(site.resolve("content/runbooks"));
    Files.createDirectories(site.resolve("themes/default/templates"));
    Files.createDirectories(site.resolve("public"));
    Files.writeString(site.resolve("site.yaml"), "title: T\n");
    watcher = SourceWatcher.start(new SiteSources(site), batcher);
  }

  @AfterEach
  void stop() throws Exception {
    watcher.close();
  }

  /** Waits for batches until {@code expected} were all reported. */
  private Set<Path> awaitPaths(Path... expected) throws InterruptedException {
    Set<Path> seen = new HashSet<>();
    while (!seen.containsAll(Set.of(expected))) seen.addAll(batcher.next().orElseThrow().paths());
    return seen;
  }

  @Test
  void reportsAPageWrittenInAWatchedFolder() throws Exception {
    Path page = Files.writeString(site.resolve("content/runbooks/a.md"), "---\ntitle: A\n---\n");
    assertThat(awaitPaths(page)).contains(page);
  }

  @Test
  void reportsSiteYamlButNotOtherFilesOfTheSiteFolder() throws Exception {
    Files.writeString(site.resolve("README.md"), "x");
    Files.writeString(site.resolve("public/index.html"), "x");
    Path yaml = Files.writeString(site.resolve("site.yaml"), "title: T2\n");
    assertThat(awaitPaths(yaml)).doesNotContain(site.resolve("README.md"), site.resolve("public/index.html"));
  }

  @Test
  void watchesFoldersCreatedLaterAndTheFilesAlreadyInThem() throws Exception {
    Path section = site.resolve("content/training/advanced");
    Files.createDirectories(section);
    Path page = Files.writeString(section.resolve("a.md"), "---\ntitle: A\n---\n");
    awaitPaths(page);
    // The new folder is watched from now on.
    Path second = Files.writeString(section.resolve("b.md"), "---\ntitle: B\n---\n");
    assertThat(awaitPaths(second)).contains(second);
  }

  @Test
  void watchesASourceFolderThatDidNotExistAtTheStart() throws Exception {
    Path strings = site.resolve("translations/es.yaml");
    Files.createDirectories(strings.getParent());
    Files.writeString(strings, "edit_page: Editar\n");
    awaitPaths(strings);
    Path more = Files.writeString(site.resolve("translations/fr.yaml"), "edit_page: Modifier\n");
    assertThat(awaitPaths(more)).contains(more);
  }

  @Test
  void reportsDeletions() throws Exception {
    Path page = Files.writeString(site.resolve("content/runbooks/a.md"), "x");
    awaitPaths(page);
    Files.delete(page);
    assertThat(awaitPaths(page)).contains(page);
  }
}
