package org.fieldguide.link.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fieldguide.link.external.TestServer.html;
import static org.fieldguide.link.external.TestServer.redirect;
import static org.fieldguide.link.external.TestServer.respond;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The external link checker against a real HTTP server on 127.0.0.1: no mocks, no outside network. */
class ExternalLinkCheckerTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

  @TempDir Path dir;

  private TestServer server;
  private final TestClock clock = new TestClock(T0);
  private final List<AutoCloseable> toClose = new ArrayList<>();

  /** Fast retries and short timeouts, so every test runs in well under a few seconds. */
  private ExternalLinkPolicy policy = ExternalLinkPolicy.defaults()
      .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(2))
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(30));

  @BeforeEach
  void startServer() throws IOException {
    server = TestServer.start()
        .route("/ok", (ex, n) -> respond(ex, 200))
        .route("/missing", (ex, n) -> respond(ex, 404))
        .route("/old", (ex, n) -> redirect(ex, 301, "/older"))
        .route("/older", (ex, n) -> redirect(ex, 301, server.url("/new")))
        .route("/new", (ex, n) -> respond(ex, 200))
        .route("/moved-away", (ex, n) -> redirect(ex, 308, "/missing"))
        .route("/temporary", (ex, n) -> redirect(ex, 302, "/ok"))
        .route("/loop", (ex, n) -> redirect(ex, 302, "/loop"))
        .route("/no-head", (ex, n) -> respond(ex, ex.getRequestMethod().equals("HEAD") ? 405 : 200))
        .route("/head-drops", (ex, n) -> {
          if (!ex.getRequestMethod().equals("HEAD")) respond(ex, 200);
          // A HEAD gets no response at all: the connection just closes.
        })
        .route("/busy", (ex, n) -> {
          if (n == 1) respond(ex, 429, "Retry-After", "1");
          else respond(ex, 200);
        })
        .route("/flaky", (ex, n) -> respond(ex, n == 1 ? 500 : 200))
        .route("/down", (ex, n) -> respond(ex, 503))
        .route("/not-implemented", (ex, n) -> respond(ex, 501))
        .route("/hang", (ex, n) -> server.hang())
        .route("/page", (ex, n) -> html(ex, "<h2 id=\"present\">Present</h2><p><a name=\"legacy\">old anchor</a></p>"
            + "<h2 id=\"\u0627\u0644\u0634\u0628\u0643\u0629\">Arabic heading</h2>"))
        .route("/drip", (ex, n) -> {
          // Refuses HEAD, then sends its page a byte at a time, for as long as anyone listens.
          if (ex.getRequestMethod().equals("HEAD")) {
            respond(ex, 405);
            return;
          }
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          try (java.io.OutputStream body = ex.getResponseBody()) {
            for (int i = 0; i < 100_000 && !server.isClosing(); i++) {
              body.write('a');
              body.flush();
              sleep(20);
            }
          } catch (IOException e) {
            // the client gave up
          }
        })
        .route("/slow/", (ex, n) -> {
          sleep(150);
          respond(ex, 200);
        });
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : toClose) c.close();
    server.close();
  }

  // --- statuses and redirects -------------------------------------------------------------

  @Test
  void workingLinkHasNoDiagnostic() {
    ExternalLinkReport r = check(link("/ok"));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.summary()).isEqualTo(new ExternalLinkSummary(1, 1, 0, 0, 0, 0, 0));
    assertThat(server.count("HEAD", "/ok")).isEqualTo(1);
    assertThat(server.count("GET", "/ok")).isZero();
  }

  @Test
  void notFoundIsAWarningAtTheLinkWithWhatToDo() {
    assertThat(messages(check(link("/missing"))))
        .containsExactly("content/runbooks/x.md:12:5: warning: external link " + url("/missing")
            + " returned 404 Not Found. Fix or remove the link.");
  }

  @Test
  void failOnBrokenMakesBrokenLinksErrors() {
    policy = policy.withFailOnBroken(true);
    ExternalLinkReport r = check(link("/missing"), link("/old"));
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.diagnostics()).extracting(d -> d.severity().label()).containsExactlyInAnyOrder("error", "warning");
  }

  @Test
  void permanentRedirectChainIsReportedWithTheFinalAddress() {
    ExternalLinkReport r = check(link("/old"));
    assertThat(messages(r)).containsExactly("content/runbooks/x.md:12:5: warning: external link " + url("/old")
        + " permanently redirects to " + url("/new") + "; update the link.");
    assertThat(r.summary().redirected()).isEqualTo(1);
    assertThat(server.count("/older")).isEqualTo(1);
  }

  @Test
  void temporaryRedirectIsFine() {
    ExternalLinkReport r = check(link("/temporary"));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.summary().ok()).isEqualTo(1);
  }

  @Test
  void brokenTargetOfARedirectNamesWhereTheRedirectEnded() {
    assertThat(messages(check(link("/moved-away")))).containsExactly(
        "content/runbooks/x.md:12:5: warning: external link " + url("/moved-away") + " returned 404 Not Found (after redirecting to "
            + url("/missing") + "). Fix or remove the link.");
  }

  @Test
  void redirectLoopIsReportedAfterTheHopLimit() {
    assertThat(messages(check(link("/loop")))).containsExactly(
        "content/runbooks/x.md:12:5: warning: external link " + url("/loop")
            + " could not be checked: it redirects more than 10 times. Check the address; if the site is down only for now, rerun the check later.");
    assertThat(server.count("/loop")).isEqualTo(11);
  }

  @Test
  void headRefusedFallsBackToGet() {
    assertThat(check(link("/no-head")).diagnostics()).isEmpty();
    assertThat(server.count("HEAD", "/no-head")).isEqualTo(1);
    assertThat(server.count("GET", "/no-head")).isEqualTo(1);
  }

  @Test
  void headDroppingTheConnectionFallsBackToGet() {
    assertThat(check(link("/head-drops")).diagnostics()).isEmpty();
    assertThat(server.count("GET", "/head-drops")).isEqualTo(1);
  }

  // --- retries and time limits ------------------------------------------------------------

  @Test
  void tooManyRequestsWaitsForRetryAfterThenSucceeds() {
    assertThat(check(link("/busy")).diagnostics()).isEmpty();
    assertThat(server.count("/busy")).isEqualTo(2);
  }

  @Test
  void serverErrorIsRetried() {
    assertThat(check(link("/flaky")).diagnostics()).isEmpty();
    assertThat(server.count("/flaky")).isEqualTo(2);
  }

  @Test
  void persistentServerErrorIsReportedAfterEveryAttempt() {
    assertThat(messages(check(link("/down")))).containsExactly(
        "content/runbooks/x.md:12:5: warning: external link " + url("/down") + " returned 503 Service Unavailable. "
            + "The site may be down only for now: rerun the check later, and fix or remove the link if it stays broken.");
    assertThat(server.count("/down")).isEqualTo(3);
  }

  @Test
  void errorsThatRetryingCannotFixAreNotRetried() {
    assertThat(check(link("/not-implemented")).summary().broken()).isEqualTo(1);
    assertThat(server.count("HEAD", "/not-implemented")).isEqualTo(1);
    assertThat(server.count("GET", "/not-implemented")).isEqualTo(1);
  }

  @Test
  @Timeout(20)
  void serverThatNeverAnswersIsBoundedByTheRequestTimeout() {
    policy = policy.withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(1))
        .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(30));
    ExternalLinkReport r = check(link("/hang"), link("/ok"));
    assertThat(messages(r)).containsExactly("content/runbooks/x.md:12:5: warning: external link " + url("/hang")
        + " could not be checked: no answer within 300 ms. Check the address; if the site is down only for now, rerun the check later.");
    assertThat(r.summary()).isEqualTo(new ExternalLinkSummary(2, 1, 1, 0, 0, 0, 0));
  }

  @Test
  @Timeout(20)
  void serverThatNeverAnswersIsCutOffByTheDeadline() {
    // The deadline leaves /ok, on the same host, ample time: only /hang may time out.
    policy = policy.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(2));
    ExternalLinkReport r = check(link("/hang"), link("/ok"));
    assertThat(messages(r)).containsExactly("content/runbooks/x.md:12:5: warning: external link " + url("/hang")
        + " was not checked: the whole check ran out of time (2 s). Rerun the check, or allow it more time with --deadline, for"
        + " example --deadline 4s.");
    assertThat(r.summary()).isEqualTo(new ExternalLinkSummary(1, 1, 0, 0, 0, 1, 0));
  }

  @Test
  @Timeout(20)
  void timedOutLinksStayWarningsAndTheCheckerStaysUsable() throws IOException {
    // One worker thread: the second check can only run if the deadline freed it from the hanging request.
    policy = policy.withFailOnBroken(true).withConcurrency(1, 1)
        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(1));
    ExternalLinkChecker checker = checker(LinkCache.inMemory());
    assertThat(checker.check(List.of(link("/hang"))).hasErrors()).isFalse();
    assertThat(checker.check(List.of(link("/ok"))).summary().ok()).isEqualTo(1);
  }

  @Test
  void unreachableServerIsReported() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    String dead = "http://127.0.0.1:" + closedPort + "/x";
    assertThat(messages(check(new ExternalLink(dead, pos())))).containsExactly("content/runbooks/x.md:12:5: warning: external link "
        + dead + " could not be checked: the connection was refused or the server is unreachable. Check the address; if the site is "
        + "down only for now, rerun the check later.");
  }

  @Test
  void invalidAddressIsReportedWithoutARequest() {
    assertThat(messages(check(new ExternalLink("https://exa mple.org/", pos())))).containsExactly(
        "content/runbooks/x.md:12:5: warning: external link https://exa mple.org/ cannot be checked: it contains a space or another "
            + "blank character; write a space as %20. Fix the link.");
    assertThat(server.totalRequests()).isZero();
  }

  @Test
  @Timeout(20)
  void aServerThatDripsItsPageIsBoundedByTheRequestTimeout() {
    policy = policy.withCheckFragments(true).withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(1))
        .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(500), Duration.ofSeconds(60));
    ExternalLinkReport r = check(link("/drip#x"), link("/ok"));
    assertThat(messages(r)).containsExactly("content/runbooks/x.md:12:5: warning: external link " + url("/drip#x")
        + " could not be checked: the page did not arrive within 500 ms. Check the address; if the site is down only for now, rerun"
        + " the check later.");
    assertThat(r.summary()).isEqualTo(new ExternalLinkSummary(2, 1, 1, 0, 0, 0, 0));
    assertThat(server.count("GET", "/drip")).isEqualTo(2);
  }

  @Test
  @Timeout(20)
  void aDrippingServerIsNotWaitedForWhenOnlyItsStatusMatters() {
    ExternalLinkReport r = check(link("/drip"));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.summary().ok()).isEqualTo(1);
  }

  @Test
  @Timeout(20)
  void aTimeoutIsCachedForAnHourSoTheNextRunDoesNotWaitAgain() throws IOException {
    policy = policy.withRetries(1, Duration.ofMillis(10), Duration.ofSeconds(1))
        .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(30));
    Path file = dir.resolve("cache.json");
    String message = "content/runbooks/x.md:12:5: warning: external link " + url("/hang")
        + " could not be checked: no answer within 300 ms. Check the address; if the site is down only for now, rerun the check later.";
    assertThat(messages(check(LinkCache.load(file), link("/hang")))).containsExactly(message);
    assertThat(Files.readString(file)).contains("\"timedOut\": true");

    clock.advance(Duration.ofMinutes(59));
    ExternalLinkReport second = check(LinkCache.load(file), link("/hang"));
    assertThat(messages(second)).containsExactly(message);
    assertThat(second.summary().fromCache()).isEqualTo(1);
    assertThat(server.count("/hang")).isEqualTo(1);

    clock.advance(Duration.ofMinutes(2));
    check(LinkCache.load(file), link("/hang"));
    assertThat(server.count("/hang")).isEqualTo(2);
  }

  @Test
  void offlineWithACorruptCacheIsAnErrorNotZeroBroken() throws IOException {
    Path file = Files.writeString(dir.resolve("cache.json"), "{\"version\": 1, \"links\": {oops");
    policy = policy.withOffline(true);
    List<String> progress = new ArrayList<>();
    ExternalLinkReport r;
    try (ExternalLinkChecker checker = new ExternalLinkChecker(policy, LinkCache.load(file), clock, recorder(progress))) {
      r = checker.check(List.of(link("/ok"), link("/missing")));
    }
    assertThat(messages(r)).containsExactly(file + ": error: could not read the external link cache (it is not valid JSON (line 1,"
        + " column 26)), and --offline uses nothing else, so no external link was checked. Run the check once without --offline to"
        + " rebuild it.");
    assertThat(r.summary()).isEqualTo(new ExternalLinkSummary(0, 0, 0, 0, 2, 0, 0));
    assertThat(progress).containsExactly("0/2/0", "finish 0/2/0");
    assertThat(Files.readString(file)).endsWith("oops"); // offline never writes
  }

  @Test
  void offlineWithAnUnreadableCacheIsAnError() throws IOException {
    Path file = Files.createDirectories(dir.resolve("cache.json"));
    policy = policy.withOffline(true);
    assertThat(messages(check(LinkCache.load(file), link("/ok")))).containsExactly(file + ": error: could not read the external link"
        + " cache (is a directory), and --offline uses nothing else, so no external link was checked. Run the check once without"
        + " --offline to rebuild it.");
  }

  @Test
  void offlineWithoutACacheSaysThatNothingWasChecked() {
    Path file = dir.resolve("cache.json");
    policy = policy.withOffline(true);
    assertThat(messages(check(LinkCache.load(file), link("/ok")))).containsExactly(file + ": warning: there is no external link cache"
        + " yet, and --offline uses nothing else, so no external link was checked. Run the check once without --offline to fill it.");
  }

  @Test
  void onlineACorruptCacheIsAWarningAndWrittenAnew() throws IOException {
    Path file = Files.writeString(dir.resolve("cache.json"), "not json");
    assertThat(messages(check(LinkCache.load(file), link("/ok")))).containsExactly(file + ": warning: could not read the external link"
        + " cache (it is not valid JSON (line 1, column 1)), so every link is checked again and the cache is written anew.");
    assertThat(Files.readString(file)).startsWith("{\n  \"version\": 1,");
  }

  // --- fragments --------------------------------------------------------------------------

  @Test
  void fragmentsAreFoundByIdAndByAnchorName() {
    policy = policy.withCheckFragments(true);
    ExternalLinkReport r = check(link("/page#present"), link("/page#legacy"), link("/page#top"),
        link("/page#%D8%A7%D9%84%D8%B4%D8%A8%D9%83%D8%A9"));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.summary().ok()).isEqualTo(4);
    assertThat(server.count("GET", "/page")).isEqualTo(1);
    assertThat(server.count("HEAD", "/page")).isZero();
  }

  @Test
  void missingFragmentIsReported() {
    policy = policy.withCheckFragments(true);
    ExternalLinkReport r = check(link("/page#absent"), link("/page#present"));
    assertThat(messages(r)).containsExactly("content/runbooks/x.md:12:5: warning: external link " + url("/page#absent")
        + " points to '#absent', but the page has no element with that id or name. Link to an existing heading, or remove the fragment.");
    assertThat(r.summary()).isEqualTo(new ExternalLinkSummary(2, 1, 1, 0, 0, 0, 0));
  }

  @Test
  void fragmentsAreNotCheckedUnlessAskedFor() {
    assertThat(check(link("/page#absent")).diagnostics()).isEmpty();
    assertThat(server.count("GET", "/page")).isZero();
  }

  @Test
  void fragmentBeyondTheSizeCapIsGivenTheBenefitOfTheDoubt() {
    policy = policy.withCheckFragments(true).withMaxBodyBytes(10);
    assertThat(check(link("/page#absent")).diagnostics()).isEmpty();
  }

  // --- skipping, deduplication, limits ----------------------------------------------------

  @Test
  void ignoredAddressIsSkippedWithoutARequest() {
    policy = policy.withIgnore(List.of("/missing$", "^https://intranet\\."));
    ExternalLinkReport r = check(link("/missing"), new ExternalLink("https://intranet.example.org/x", pos()), link("/ok"));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.summary()).isEqualTo(new ExternalLinkSummary(1, 1, 0, 0, 2, 0, 0));
    assertThat(server.count("/missing")).isZero();
  }

  @Test
  void eachAddressIsRequestedOnceForAllItsOccurrences() {
    ExternalLinkReport r = check(
        new ExternalLink(url("/missing"), new SourcePos("content/a.md", 3, 1)),
        new ExternalLink(url("/missing"), new SourcePos("content/b.md", 7, 2)),
        new ExternalLink(url("/missing"), new SourcePos("content/a.md", 1, 9)));
    assertThat(r.diagnostics()).extracting(d -> d.pos().toString()).containsExactly("content/a.md:1:9", "content/a.md:3:1", "content/b.md:7:2");
    assertThat(server.count("/missing")).isEqualTo(1);
    assertThat(r.summary().broken()).isEqualTo(1);
  }

  @Test
  void addressesDifferingOnlyInFragmentAreRequestedOnce() {
    check(link("/ok#a"), link("/ok#b"), link("/ok"));
    assertThat(server.count("/ok")).isEqualTo(1);
  }

  @Test
  void perHostLimitIsNeverExceeded() {
    ExternalLinkReport r = check(IntStream.range(0, 10).mapToObj(i -> link("/slow/" + i)).toArray(ExternalLink[]::new));
    assertThat(r.summary().ok()).isEqualTo(10);
    assertThat(server.maxInFlight()).isBetween(1, 2);
  }

  @Test
  void globalLimitIsNeverExceeded() throws IOException {
    TestServer other = server.sibling().route("/slow/", (ex, n) -> {
      sleep(150);
      respond(ex, 200);
    });
    toClose.add(other);
    policy = policy.withConcurrency(2, 3);
    List<ExternalLink> links = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      links.add(link("/slow/" + i));
      links.add(new ExternalLink(other.url("/slow/" + i), pos()));
    }
    ExternalLinkReport r = check(links.toArray(ExternalLink[]::new));
    assertThat(r.summary().ok()).isEqualTo(12);
    assertThat(server.maxInFlight()).isBetween(1, 3);
  }

  // --- cache and offline mode -------------------------------------------------------------

  @Test
  void freshCachedResultAvoidsARequest() {
    LinkCache cache = LinkCache.load(dir.resolve("cache.json"));
    check(cache, link("/missing"), link("/ok"));
    int before = server.totalRequests();

    clock.advance(Duration.ofHours(12));
    ExternalLinkReport r = check(LinkCache.load(dir.resolve("cache.json")), link("/missing"), link("/ok"));
    assertThat(server.totalRequests()).isEqualTo(before);
    assertThat(r.summary()).isEqualTo(new ExternalLinkSummary(2, 1, 1, 0, 0, 0, 2));
    assertThat(messages(r)).containsExactly("content/runbooks/x.md:12:5: warning: external link " + url("/missing")
        + " returned 404 Not Found. Fix or remove the link.");
  }

  @Test
  void cachedFailuresExpireAfterADayAndSuccessesAfterAWeek() {
    Path file = dir.resolve("cache.json");
    check(LinkCache.load(file), link("/missing"), link("/ok"));

    clock.advance(Duration.ofDays(2));
    ExternalLinkReport r = check(LinkCache.load(file), link("/missing"), link("/ok"));
    assertThat(server.count("/missing")).isEqualTo(2);
    assertThat(server.count("/ok")).isEqualTo(1);
    assertThat(r.summary().fromCache()).isEqualTo(1);

    clock.advance(Duration.ofDays(6));
    check(LinkCache.load(file), link("/ok"));
    assertThat(server.count("/ok")).isEqualTo(2);
  }

  @Test
  void cacheFileIsSortedAndStable() throws IOException {
    Path file = dir.resolve(".fieldguide-cache/external-links.json");
    check(LinkCache.load(file), link("/old"), link("/missing"));
    String expected = "{\n"
        + "  \"version\": 1,\n"
        + "  \"links\": {\n"
        + "    \"" + url("/missing") + "\": {\n"
        + "      \"status\": 404,\n"
        + "      \"finalUrl\": \"" + url("/missing") + "\",\n"
        + "      \"checkedAt\": \"2026-03-01T10:00:00Z\",\n"
        + "      \"error\": null\n"
        + "    },\n"
        + "    \"" + url("/old") + "\": {\n"
        + "      \"status\": 200,\n"
        + "      \"finalUrl\": \"" + url("/new") + "\",\n"
        + "      \"checkedAt\": \"2026-03-01T10:00:00Z\",\n"
        + "      \"error\": null,\n"
        + "      \"permanentRedirect\": true\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
    assertThat(Files.readString(file)).isEqualTo(expected);
    try (var files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
  }

  @Test
  void cachedResultWithoutTheWantedFragmentIsRequestedAgain() {
    Path file = dir.resolve("cache.json");
    check(LinkCache.load(file), link("/page"));
    policy = policy.withCheckFragments(true);
    check(LinkCache.load(file), link("/page#absent"));
    ExternalLinkReport third = check(LinkCache.load(file), link("/page#absent"));
    assertThat(server.count("GET", "/page")).isEqualTo(1);
    assertThat(third.summary()).isEqualTo(new ExternalLinkSummary(1, 0, 1, 0, 0, 0, 1));
  }

  @Test
  void offlineModeRequestsNothingAndSkipsWhatIsNotCached() {
    Path file = dir.resolve("cache.json");
    check(LinkCache.load(file), link("/missing"));
    int before = server.totalRequests();

    policy = policy.withOffline(true).withFailOnBroken(true);
    ExternalLinkReport r = check(LinkCache.load(file), link("/missing"), link("/ok"), link("/hang"));
    assertThat(server.totalRequests()).isEqualTo(before);
    assertThat(r.summary()).isEqualTo(new ExternalLinkSummary(1, 0, 1, 0, 2, 0, 1));
    assertThat(r.diagnostics()).hasSize(1); // the cached 404; skipped links are not problems
  }

  // --- progress -----------------------------------------------------------------------------

  @Test
  void progressIsReportedForEveryAddress() {
    List<String> updates = new ArrayList<>();
    Progress recorder = new Progress() {
      @Override
      public synchronized void update(int done, int total, int broken) {
        updates.add(done + "/" + total + "/" + broken);
      }

      @Override
      public synchronized void finish(int done, int total, int broken) {
        updates.add("finish " + done + "/" + total + "/" + broken);
      }
    };
    try (ExternalLinkChecker checker = new ExternalLinkChecker(policy.withConcurrency(1, 1), LinkCache.inMemory(), clock, recorder)) {
      checker.check(List.of(link("/ok"), link("/missing")));
    }
    assertThat(updates).containsExactly("0/2/0", "1/2/1", "2/2/1", "finish 2/2/1");
  }

  // --- helpers ------------------------------------------------------------------------------

  private static Progress recorder(List<String> updates) {
    return new Progress() {
      @Override
      public synchronized void update(int done, int total, int broken) {
        updates.add(done + "/" + total + "/" + broken);
      }

      @Override
      public synchronized void finish(int done, int total, int broken) {
        updates.add("finish " + done + "/" + total + "/" + broken);
      }
    };
  }

  private ExternalLinkReport check(ExternalLink... links) {
    return check(LinkCache.inMemory(), links);
  }

  private ExternalLinkReport check(LinkCache cache, ExternalLink... links) {
    try (ExternalLinkChecker checker = new ExternalLinkChecker(policy, cache, clock, Progress.none())) {
      return checker.check(List.of(links));
    }
  }

  private ExternalLinkChecker checker(LinkCache cache) {
    ExternalLinkChecker c = new ExternalLinkChecker(policy, cache, clock, Progress.none());
    toClose.add(c);
    return c;
  }

  private ExternalLink link(String path) {
    return new ExternalLink(url(path), pos());
  }

  private String url(String path) {
    return server.url(path);
  }

  private static SourcePos pos() {
    return new SourcePos("content/runbooks/x.md", 12, 5);
  }

  private static List<String> messages(ExternalLinkReport r) {
    return r.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A clock the test moves by hand. */
  static final class TestClock extends Clock {
    private Instant now;

    TestClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
