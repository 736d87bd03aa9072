package org.fieldguide.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A whole serve session on a real site: first build, watch, rebuild, events, and a clean stop. */
@Timeout(120)
class ServeSessionTest {
  private static final String SITE_YAML =
      "title: Test Site\nbase_url: https://guides.example.org/docs/\ndefault_language: en\nlanguages:\n  en: { name: English }\n  es: { name: Español }\n";

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final HttpClient http = HttpClient.newHttpClient();
  private ServeSession session;

  @AfterEach
  void stop() {
    if (session != null) session.close();
  }

  private TestSite site() {
    return TestSite.in(dir).with("site.yaml", SITE_YAML).page("content/a.md", "A", "First text.\n").page("content/b.md", "B", "## Part {#part}\n");
  }

  private ServeSession start() throws CannotServeException {
    ServeSession.Settings settings = new ServeSession.Settings(
        dir, InetAddress.getLoopbackAddress(), 0, Duration.ofMillis(20), Duration.ofSeconds(1), false);
    session = ServeSession.start(settings, o -> new FullRebuilder(dir, o, Drafts.EXCLUDE), new PrintWriter(out), new PrintWriter(err));
    return session;
  }

  private String get(URI uri) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
  }

  /**
   * Waits until the terminal shows {@code text}: pages hear of a rebuild before the terminal line
   * is printed, so a test that saw the event may be a moment ahead of the terminal.
   */
  private static String awaitTerminal(StringWriter terminal, String text) throws InterruptedException {
    while (!terminal.toString().contains(text) || !terminal.toString().endsWith("\n")) Thread.sleep(10);
    return terminal.toString();
  }

  private EventStream events() throws IOException {
    return new EventStream(session.url().resolve("__fieldguide/events"));
  }

  @Test
  void servesTheFirstBuildAndRebuildsAfterAnEdit() throws Exception {
    site().writeFiles();
    start();
    assertThat(session.url().getPath()).isEqualTo("/docs/");
    assertThat(get(session.url().resolve("en/a/"))).contains("First text.");
    try (EventStream events = events()) {
      events.await(s -> s.generation() == 1);
      Files.writeString(dir.resolve("content/a.md"), "---\ntitle: A\n---\nSecond text.\n");
      LiveReload.State state = events.await(s -> s.generation() == 2);
      assertThat(state.reloadFrom()).isEqualTo(2);
    }
    assertThat(get(session.url().resolve("en/a/"))).contains("Second text.");
    assertThat(awaitTerminal(out, "page body content/a.md → updated")).matches(
        "(?s)fieldguide: building .*\nfieldguide: built 6 pages in \\d+ ms\nfieldguide: serving http://127\\.0\\.0\\.1:\\d+/docs/ \\(press Ctrl-C to stop\\)\n"
            + "fieldguide: page body content/a.md → updated [1-6] of 6 pages in \\d+ ms\n");
  }

  /**
   * A rebuild that runs out of heap (thrown here by the rebuilder) is said as such, in the terminal and on open pages, and serve keeps watching: the next save
   * builds. (The rebuild thread died of it before, and later saves went unheard.)
   */
  @Test
  void aRebuildOutOfHeapIsSaidSoAndTheNextSaveStillBuilds() throws Exception {
    site().writeFiles();
    ServeSession.Settings settings = new ServeSession.Settings(
        dir, InetAddress.getLoopbackAddress(), 0, Duration.ofMillis(20), Duration.ofSeconds(1), false);
    java.util.concurrent.atomic.AtomicBoolean outOfHeap = new java.util.concurrent.atomic.AtomicBoolean(true);
    session = ServeSession.start(settings, o -> new Rebuilder() {
      private final FullRebuilder real = new FullRebuilder(dir, o, Drafts.EXCLUDE);

      @Override
      public RebuildOutcome buildAll() {
        return real.buildAll();
      }

      @Override
      public RebuildOutcome rebuild(ChangeSet changes) {
        if (outOfHeap.getAndSet(false)) throw new OutOfMemoryError("Java heap space");
        return real.rebuild(changes);
      }

      @Override
      public void close() {
        real.close();
      }
    }, new PrintWriter(out), new PrintWriter(err));
    try (EventStream events = events()) {
      Files.writeString(dir.resolve("content/a.md"), "---\ntitle: A\n---\nSecond text.\n");
      LiveReload.State failed = events.await(s -> !s.errors().isEmpty());
      assertThat(failed.errors()).singleElement().asString()
          .startsWith("fieldguide: out of memory: this site needs more than the ").contains("FIELDGUIDE_MAX_HEAP=2g");
      assertThat(awaitTerminal(err, "out of memory")).isEqualTo(failed.errors().get(0) + "\n");
      assertThat(get(session.url().resolve("en/a/"))).contains("First text.");

      Files.writeString(dir.resolve("content/a.md"), "---\ntitle: A\n---\nThird text.\n");
      events.await(s -> s.errors().isEmpty() && s.generation() == 2);
    }
    assertThat(get(session.url().resolve("en/a/"))).contains("Third text.");
  }

  @Test
  void aBrokenLinkReachesOpenPagesWithTheTerminalTextAndTheLastGoodSiteStays() throws Exception {
    site().writeFiles();
    start();
    try (EventStream events = events()) {
      Files.writeString(dir.resolve("content/a.md"), "---\ntitle: A\n---\nSee [B](b.md#nowhere).\n");
      LiveReload.State broken = events.await(s -> !s.errors().isEmpty());
      // The engine words the message; serve passes it on unchanged, as the terminal shows it.
      assertThat(broken.errors()).hasSize(1);
      assertThat(broken.errors().get(0)).startsWith("content/a.md:4:5: error: anchor '#nowhere' not found in content/b.md");
      awaitTerminal(out, "fieldguide: page body content/a.md → 1 error, 0 warnings in ");
      assertThat(err.toString()).isEqualTo(broken.errors().get(0) + "\n");
      assertThat(get(session.url().resolve("en/a/"))).contains("First text.");

      Files.writeString(dir.resolve("content/a.md"), "---\ntitle: A\n---\nSee [B](b.md#part).\n");
      LiveReload.State fixed = events.await(s -> s.errors().isEmpty());
      assertThat(fixed.generation()).isEqualTo(2);
    }
    assertThat(get(session.url().resolve("en/a/"))).contains("See <a href=\"../b/#part\">B</a>");
  }

  @Test
  void onlyStylesheetChangesLetPagesSwapThemInPlace() throws Exception {
    site().with("themes/default/static/css/extra.css", "body { margin: 0 }").writeFiles();
    start();
    try (EventStream events = events()) {
      Files.writeString(dir.resolve("themes/default/static/css/extra.css"), "body { margin: 1px }");
      LiveReload.State state = events.await(s -> s.generation() == 2);
      assertThat(state.reloadFrom()).isEqualTo(1);
    }
    assertThat(get(session.url().resolve("static/css/extra.css"))).isEqualTo("body { margin: 1px }");
    awaitTerminal(out, "fieldguide: static file themes/default/static/css/extra.css → updated 0 of 6 pages in ");
  }

  @Test
  void theSitesOwnThemeIsReadFromDiskAtEachRebuild() throws Exception {
    site().with("themes/default/templates/partials/breadcrumbs.ftlh", "<p class=\"crumbs\">crumbs v1</p>\n").writeFiles();
    start();
    assertThat(get(session.url().resolve("en/a/"))).contains("crumbs v1");
    try (EventStream events = events()) {
      Files.writeString(dir.resolve("themes/default/templates/partials/breadcrumbs.ftlh"), "<p class=\"crumbs\">crumbs v2</p>\n");
      events.await(s -> s.generation() == 2);
    }
    assertThat(get(session.url().resolve("en/a/"))).contains("crumbs v2");
    // Every page made again with the new template, without indexing the content again.
    awaitTerminal(out, "fieldguide: template themes/default/templates/partials/breadcrumbs.ftlh → updated 6 of 6 pages in ");
  }

  /**
   * An alert rule file is read from outside the folders serve watches whole: saving it checks the
   * alerts again (a new alert without a runbook is an error on open pages), and so does a new
   * rule file that the glob matches.
   */
  @Test
  void savingAnAlertRuleFileChecksTheAlertsAgain() throws Exception {
    ruleFilesAreWatched("monitoring/rules/*.yml", "monitoring/rules/disk.yml");
  }

  /** A glob that reaches into subfolders: its folder is watched whole, new subfolders too. */
  @Test
  void ruleFilesInSubfoldersOfAGlobAreWatched() throws Exception {
    ruleFilesAreWatched("'monitoring/**/*.yml'", "monitoring/extra/disks/disk.yml");
  }

  /**
   * Serves a site whose rules ({@code glob}) are in monitoring/rules/node.yml: an alert renamed
   * there is an error on open pages, named back it is not, and a rule file made at {@code
   * newFile} (its folders too) is read.
   */
  private void ruleFilesAreWatched(String glob, String newFile) throws Exception {
    site().with("site.yaml", SITE_YAML + "alerts:\n  rules: [" + glob + "]\n")
        .with("monitoring/rules/node.yml", RULES)
        .with("content/runbooks/server-down.md", "---\ntitle: Server down\ntype: runbook\nalerts: [InstanceDown]\n---\nCheck the power.\n")
        .writeFiles();
    start();
    try (EventStream events = events()) {
      assertThat(events.await(s -> s.generation() >= 1 || !s.errors().isEmpty()).errors()).isEmpty();
      Files.writeString(dir.resolve("monitoring/rules/node.yml"), RULES.replace("InstanceDown", "HostDown"));
      LiveReload.State broken = events.await(s -> !s.errors().isEmpty());
      assertThat(String.join("\n", broken.errors())).contains("HostDown");
      awaitTerminal(out, "fieldguide: file outside content/ monitoring/rules/node.yml → ");
      Files.writeString(dir.resolve("monitoring/rules/node.yml"), RULES);
      events.await(s -> s.errors().isEmpty() && s.generation() == 2);
      Files.createDirectories(dir.resolve(newFile).getParent());
      Files.writeString(dir.resolve(newFile), RULES.replace("InstanceDown", "DiskFull"));
      assertThat(String.join("\n", events.await(s -> !s.errors().isEmpty()).errors())).contains("DiskFull");
    }
  }

  private static final String RULES =
      "groups:\n  - name: node\n    rules:\n      - alert: InstanceDown\n        expr: up == 0\n        labels:\n          severity: critical\n"
          + "        annotations:\n          runbook_url: https://guides.example.org/docs/en/runbooks/server-down/\n";

  /**
   * A file of the repository that a page links to (see link.RepositoryFiles) is watched where it
   * is: deleted, the link is an error on open pages; back, the site builds again.
   */
  @Test
  void aLinkedRepositoryFileDeletedOrMadeAgainIsSeen() throws Exception {
    site().with("site.yaml", SITE_YAML + "repository: https://github.com/example/guides\n")
        .with("scripts/setup.sh", "#!/bin/sh\n")
        .page("content/a.md", "A", "Run [the script](../scripts/setup.sh).\n")
        .writeFiles();
    start();
    assertThat(get(session.url().resolve("en/a/"))).contains("https://github.com/example/guides/blob/main/scripts/setup.sh");
    try (EventStream events = events()) {
      assertThat(events.await(s -> s.generation() >= 1 || !s.errors().isEmpty()).errors()).isEmpty();
      Files.delete(dir.resolve("scripts/setup.sh"));
      LiveReload.State broken = events.await(s -> !s.errors().isEmpty());
      assertThat(broken.errors()).singleElement().asString()
          .startsWith("content/a.md:4:5: error: link '../scripts/setup.sh' points outside content/, to scripts/setup.sh in the site's folder, which does not exist");
      Files.writeString(dir.resolve("scripts/setup.sh"), "#!/bin/sh\n");
      events.await(s -> s.errors().isEmpty() && s.generation() == 2);

      // A link to a file in a folder that does not exist yet: seen once the folder and file are made.
      Files.writeString(dir.resolve("content/a.md"), "---\ntitle: A\n---\nRun [the check](../tools/check.sh).\n");
      assertThat(events.await(s -> !s.errors().isEmpty()).errors()).singleElement().asString().contains("tools/check.sh in the site's folder, which does not exist");
      Files.createDirectories(dir.resolve("tools"));
      Files.writeString(dir.resolve("tools/check.sh"), "#!/bin/sh\n");
      events.await(s -> s.errors().isEmpty() && s.generation() == 3);
    }
  }

  @Test
  void closingRemovesTheTemporaryBuildAndLeavesNothingInTheSiteFolder() throws Exception {
    site().writeFiles();
    List<Path> before = files(dir);
    start();
    Path output = session.outputDir();
    assertThat(output).exists();
    assertThat(output.startsWith(dir)).as("the build lies outside the site folder").isFalse();
    try (EventStream events = events()) {
      Files.writeString(dir.resolve("content/a.md"), "---\ntitle: A\n---\nSecond text.\n");
      events.await(s -> s.generation() == 2);
    }
    session.close();
    assertThat(output).doesNotExist();
    assertThat(files(dir)).isEqualTo(before);
  }

  @Test
  void aChangedBaseUrlMovesTheSite() throws Exception {
    site().writeFiles();
    start();
    try (EventStream events = events()) {
      Files.writeString(dir.resolve("site.yaml"), SITE_YAML.replace("/docs/", "/guides/"));
      events.await(s -> s.generation() == 2);
    }
    // The base path is read once the rebuild has been announced.
    while (!session.url().getPath().equals("/guides/")) Thread.sleep(10);
    assertThat(get(session.url().resolve("en/a/"))).contains("First text.");
  }

  @Test
  void siteYamlErrorsStopServeBeforeItStarts() throws Exception {
    TestSite.in(dir).with("site.yaml", "title: T\n").page("content/a.md", "A", "x").writeFiles();
    assertThatThrownBy(this::start)
        .isInstanceOf(CannotServeException.class)
        .hasMessage("site.yaml has errors (above). Fix them and start fieldguide serve again.")
        .extracting(e -> ((CannotServeException) e).exitCode()).isEqualTo(1);
    assertThat(err.toString()).startsWith("site.yaml:");
  }

  @Test
  void aTakenPortIsExplainedWithAWayOut() throws Exception {
    site().writeFiles();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      ServeSession.Settings settings = new ServeSession.Settings(
          dir, InetAddress.getLoopbackAddress(), port, Duration.ofMillis(20), Duration.ofSeconds(1), false);
      assertThatThrownBy(() -> ServeSession.start(settings, o -> new FullRebuilder(dir, o, Drafts.EXCLUDE), new PrintWriter(out), new PrintWriter(err)))
          .isInstanceOf(CannotServeException.class)
          .hasMessage("port " + port + " on 127.0.0.1 is already in use (is another fieldguide serve running?). Stop that program,"
              + " or choose another port: --port " + (port + 1) + ", or --port 0 for any free port.")
          .extracting(e -> ((CannotServeException) e).exitCode()).isEqualTo(2);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.map(root::relativize).sorted().toList();
    }
  }
}
