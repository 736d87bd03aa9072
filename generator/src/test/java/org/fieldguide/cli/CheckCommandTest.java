package org.fieldguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** check: report formats and external links against a real server on loopback. */
class CheckCommandTest {
  @TempDir Path dir;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  /** Lets requests to /hang finish, when the test is over. */
  private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      if (exchange.getRequestURI().getPath().equals("/hang")) {
        try {
          released.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      int status = exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    released.countDown();
    server.stop(0);
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private int run(String... args) {
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    return cmd.execute(args);
  }

  private void site() {
    TestSite.in(dir).page("content/a.md", "A", "Good: [ok](" + url("/ok") + ")\n\nGone: [gone](" + url("/gone") + ")\n").writeFiles();
  }

  @Test
  void externalLinksAreWarningsByDefault() {
    site();
    assertThat(run("check", "--site", dir.toString(), "--external")).isZero();
    assertThat(err.toString()).contains("content/a.md:6:7: warning: external link " + url("/gone") + " returned 404");
    assertThat(Files.exists(dir.resolve(".fieldguide-cache/external-links.json"))).isTrue();
  }

  @Test
  void failOnExternalMakesThemErrors() {
    site();
    assertThat(run("check", "--site", dir.toString(), "--external", "--fail-on-external")).isEqualTo(1);
    assertThat(err.toString()).contains("content/a.md:6:7: error: external link " + url("/gone") + " returned 404");
  }

  @Test
  void offlineRequestsNothing() {
    site();
    assertThat(run("check", "--site", dir.toString(), "--offline")).isZero();
    assertThat(requests.get()).isZero();
  }

  @Test
  void theDeadlineCanBeSetAndTheMessageSaysHow() {
    TestSite.in(dir).page("content/a.md", "A", "[slow](" + url("/hang") + ")\n").writeFiles();
    assertThat(run("check", "--site", dir.toString(), "--external", "--deadline", "1s")).isZero();
    assertThat(err.toString()).contains("content/a.md:4:1: warning: external link " + url("/hang") + " was not checked: the whole check"
        + " ran out of time (1 s). Rerun the check, or allow it more time with --deadline, for example --deadline 2s.\n");
  }

  @Test
  void theDeadlineIsADurationForTheExternalCheck() {
    assertThat(run("check", "--site", dir.toString(), "--deadline", "1m")).isEqualTo(2);
    assertThat(err.toString()).startsWith("--deadline applies to --external; add --external, or leave --deadline out.\n");
    err.getBuffer().setLength(0);
    assertThat(run("check", "--site", dir.toString(), "--external", "--deadline", "soon")).isEqualTo(2);
    assertThat(err.toString()).startsWith("Invalid value for option '--deadline': 'soon' is not a duration such as 90s, 10m or 1h30m\n");
  }

  @Test
  void offlineWithACorruptCacheFailsTheCheck() throws Exception {
    site();
    Path cache = Files.createDirectories(dir.resolve(".fieldguide-cache")).resolve("external-links.json");
    Files.writeString(cache, "{ corrupt");
    assertThat(run("check", "--site", dir.toString(), "--offline")).isEqualTo(1);
    assertThat(err.toString()).isEqualTo(cache + ": error: could not read the external link cache (it is not valid JSON (line 1,"
        + " column 3)), and --offline uses nothing else, so no external link was checked. Run the check once without --offline to"
        + " rebuild it.\n");
    assertThat(requests.get()).isZero();
  }

  @Test
  void withoutExternalNothingIsRequested() {
    site();
    assertThat(run("check", "--site", dir.toString())).isZero();
    assertThat(requests.get()).isZero();
  }

  @Test
  void ignorePatternsFromSiteYaml() {
    TestSite.in(dir)
        .with("site.yaml", TestSite.SITE_YAML + "external_links:\n  ignore: [\"/gone$\"]\n")
        .page("content/a.md", "A", "[gone](" + url("/gone") + ")\n")
        .writeFiles();
    assertThat(run("check", "--site", dir.toString(), "--external", "--fail-on-external")).isZero();
  }

  @Test
  void githubFormatAnnotatesTheMarkdownLine() {
    TestSite.in(dir).page("content/a.md", "A", "[x](missing.md)\n").writeFiles();
    assertThat(run("check", "--site", dir.toString(), "--format", "github")).isEqualTo(1);
    assertThat(out.toString()).startsWith(
        "::error file=content/a.md,line=4,col=1,title=fieldguide::link target 'missing.md' not found. Check the file name, or create the page.");
  }

  @Test
  void jsonFormatKeepsStdoutMachineReadable() {
    TestSite.in(dir).page("content/a.md", "A", "[x](missing.md)\n").writeFiles();
    assertThat(run("check", "--site", dir.toString(), "--format", "json")).isEqualTo(1);
    assertThat(out.toString()).startsWith("{").contains("\"errors\"");
    assertThat(err.toString()).contains("fieldguide: 1 error, 0 warnings");
  }

  @Test
  void unknownFormatIsAUsageError() {
    assertThat(run("check", "--format", "xml")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown report format 'xml'");
  }

  @Test
  void checkHtmlChecksAnyFolder() throws Exception {
    Files.writeString(dir.resolve("index.html"), "<a href=\"missing/\">m</a>");
    assertThat(run("check-html", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("index.html:1:1: error: link 'missing/' points to nothing: missing does not exist.");
  }
}
