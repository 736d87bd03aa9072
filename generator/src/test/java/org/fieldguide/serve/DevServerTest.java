package org.fieldguide.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The development server over real HTTP on 127.0.0.1: base path, 404, types, caching, and what it refuses. */
class DevServerTest {
  private static final String SECRET = "secret outside the output";

  @TempDir Path siteDir;
  private final HttpClient http = HttpClient.newHttpClient();
  private OutputFolder output;
  private LiveReload live;
  private DevServer server;

  @BeforeEach
  void start() throws Exception {
    output = OutputFolder.create(siteDir);
    Path site = output.site();
    write(site.resolve("index.html"), "<!DOCTYPE html><html><head><title>Root</title></head><body>root</body></html>");
    write(site.resolve("404.html"), "<!DOCTYPE html><html><head><title>404</title></head><body>Page not found</body></html>");
    write(site.resolve("en/a/index.html"), "<!DOCTYPE html><html><HEAD><title>A</title></HEAD><body>Page A</body></html>");
    Files.createDirectories(site.resolve("en/empty"));
    for (String ext : new String[] {"css", "js", "mjs", "svg", "webmanifest", "json", "png", "woff2", "xml", "txt", "wasm", "bin"}) {
      write(site.resolve("static/file." + ext), "x");
    }
    write(siteDir.resolve("secret.txt"), SECRET);
    live = new LiveReload();
    live.published(false);
    server = DevServer.start(InetAddress.getLoopbackAddress(), 0, output, live, "/docs/");
  }

  @AfterEach
  void stop() throws IOException {
    if (server != null) server.close();
    output.close();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private int port() {
    return server.address().getPort();
  }

  /** Sends {@code path} exactly as written (no client normalises it) and returns the whole response. */
  private String raw(String path, String host) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String raw(String path) throws IOException {
    return raw(path, "127.0.0.1:" + port());
  }

  @Test
  void servesTheSiteUnderItsBasePath() throws Exception {
    HttpResponse<String> r = get("/docs/en/a/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Page A");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(server.url()).isEqualTo(URI.create("http://127.0.0.1:" + port() + "/docs/"));
  }

  @Test
  void rootAndTheBasePathWithoutSlashRedirectToTheBasePath() throws Exception {
    assertThat(get("/").statusCode()).isEqualTo(302);
    assertThat(get("/").headers().firstValue("Location")).hasValue("/docs/");
    assertThat(get("/docs").headers().firstValue("Location")).hasValue("/docs/");
    assertThat(get("/docs/").body()).contains("root");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/docs/en/missing/", "/docs/nope.css", "/elsewhere/en/a/", "/en/a/", "/docs/en/empty/"})
  void unknownPathsGetTheSite404PageWithStatus404(String path) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("Page not found");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/docs/es/missing/", "/docs/es/runbooks/gone/image.png", "/docs/es/nope.html"})
  void unknownPathsUnderALanguageGetThatLanguages404Page(String path) throws Exception {
    write(output.site().resolve("es/404.html"), "<!DOCTYPE html><html lang=\"es\"><head><title>404</title></head><body>Página no encontrada</body></html>");
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("Página no encontrada");
    assertThat(get("/docs/en/missing/").body()).as("a language without its own 404 page gets the site's").contains("Page not found");
  }

  @Test
  void theSitesFaviconIsAlsoAtTheHostsRoot() throws Exception {
    assertThat(get("/favicon.ico").statusCode()).as("none in the site").isEqualTo(404);
    write(output.site().resolve("favicon.ico"), "icon");
    HttpResponse<String> icon = get("/favicon.ico");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
    assertThat(icon.body()).isEqualTo("icon");
    assertThat(get("/docs/favicon.ico").body()).isEqualTo("icon");
  }

  @Test
  void aFolderIsItsIndexPageOrNotFoundNeverAListing() throws Exception {
    assertThat(get("/docs/en/a").statusCode()).isEqualTo(302);
    assertThat(get("/docs/en/a").headers().firstValue("Location")).hasValue("/docs/en/a/");
    HttpResponse<String> empty = get("/docs/en/empty/");
    assertThat(empty.statusCode()).isEqualTo(404);
    assertThat(empty.body()).doesNotContain("empty");
    HttpResponse<String> folder = get("/docs/static/");
    assertThat(folder.statusCode()).isEqualTo(404);
    assertThat(folder.body()).doesNotContain("file.css");
  }

  @ParameterizedTest
  @CsvSource({
    "file.css, text/css; charset=utf-8",
    "file.js, text/javascript; charset=utf-8",
    "file.mjs, text/javascript; charset=utf-8",
    "file.svg, image/svg+xml",
    "file.webmanifest, application/manifest+json; charset=utf-8",
    "file.json, application/json; charset=utf-8",
    "file.png, image/png",
    "file.woff2, font/woff2",
    "file.xml, application/xml; charset=utf-8",
    "file.txt, text/plain; charset=utf-8",
    "file.wasm, application/wasm",
    "file.bin, application/octet-stream"
  })
  void sendsTheContentTypeOfEachFile(String file, String type) throws Exception {
    HttpResponse<String> r = get("/docs/static/" + file);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(type);
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(r.body()).isEqualTo("x");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/docs/en/a/", "/docs/static/file.css", "/docs/missing", "/", "/docs/__fieldguide/live.js"})
  void nothingIsCached(String path) throws Exception {
    assertThat(get(path).headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "/docs/../secret.txt",
    "/docs/../../secret.txt",
    "/docs/%2e%2e/secret.txt",
    "/docs/%2E%2E/%2e%2e/secret.txt",
    "/docs/..%2fsecret.txt",
    "/docs/%2e%2e%2f%2e%2e%2fsecret.txt",
    "/docs/en/..%5c..%5csecret.txt",
    "/docs/en/%5c..%5c..%5csecret.txt",
    "/docs/./../secret.txt",
    "/docs//secret.txt",
    "/docs/%00/secret.txt",
  })
  void refusesPathsThatLeaveTheOutput(String path) throws Exception {
    String response = raw(path);
    assertThat(response).startsWith("HTTP/1.1 400 ").doesNotContain(SECRET);
  }

  @Test
  void doubleEncodingIsJustAMissingFile() throws Exception {
    String response = raw("/docs/%252e%252e/secret.txt");
    assertThat(response).startsWith("HTTP/1.1 404 ").doesNotContain(SECRET);
  }

  @Test
  void refusesSymbolicLinksThatLeadOutOfTheOutput() throws Exception {
    Path site = output.site();
    Files.createSymbolicLink(site.resolve("link.txt"), siteDir.resolve("secret.txt"));
    Files.createSymbolicLink(site.resolve("outside"), siteDir);
    Files.createSymbolicLink(site.resolve("inside.html"), site.resolve("en/a/index.html"));
    assertThat(get("/docs/link.txt").statusCode()).isEqualTo(404);
    assertThat(get("/docs/link.txt").body()).doesNotContain(SECRET);
    assertThat(get("/docs/outside/secret.txt").statusCode()).isEqualTo(404);
    assertThat(get("/docs/outside/").statusCode()).isEqualTo(404);
    // A link that stays inside the output is an ordinary file.
    assertThat(get("/docs/inside.html").body()).contains("Page A");
  }

  @Test
  void answersOnlyRequestsAddressedToItself() throws Exception {
    // A web page that rebinds its own name to 127.0.0.1 still sends its own name as Host.
    assertThat(raw("/docs/en/a/", "attacker.example:" + port())).startsWith("HTTP/1.1 421 ").doesNotContain("Page A");
    assertThat(raw("/docs/en/a/", "localhost:" + port())).startsWith("HTTP/1.1 200 ");
  }

  @Test
  void onlyGetAndHead() throws Exception {
    HttpResponse<String> post = http.send(
        HttpRequest.newBuilder(server.url()).POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    HttpResponse<Void> head = http.send(
        HttpRequest.newBuilder(server.url().resolve("en/a/")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(200);
  }

  @Test
  void htmlGetsTheLiveScriptAsExternalFilesButTheBuildOutputDoesNot() throws Exception {
    String page = get("/docs/en/a/").body();
    LiveReload.State state = live.state();
    assertThat(page).contains(
        "<link rel=\"stylesheet\" href=\"/docs/__fieldguide/live.css\"><script src=\"/docs/__fieldguide/live.js\" defer"
            + " data-events=\"/docs/__fieldguide/events\" data-server=\"" + state.server() + "\" data-generation=\"1\"></script></HEAD>");
    assertThat(page).doesNotContain("<script>").doesNotContain("style=");
    assertThat(Files.readString(output.site().resolve("en/a/index.html"))).doesNotContain("__fieldguide");
    assertThat(get("/docs/static/file.css").body()).isEqualTo("x");
    HttpResponse<String> script = get("/docs/__fieldguide/live.js");
    assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    assertThat(script.body()).contains("new EventSource(eventsUrl)");
    assertThat(get("/docs/__fieldguide/live.css").body()).contains(".fieldguide-serve-overlay");
  }

  @Test
  @Timeout(30)
  void eventStreamSendsTheStateOnConnectAndAfterEachRebuild() throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
      socket.getOutputStream().write(
          ("GET /docs/__fieldguide/events HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String server = live.state().server();
      assertThat(nextData(in)).isEqualTo("{\"server\":\"" + server + "\",\"generation\":1,\"reloadFrom\":1,\"errors\":[]}");
      live.failed(java.util.List.of("content/a.md:3:5: error: link target 'b.md' not found"));
      assertThat(nextData(in)).isEqualTo(
          "{\"server\":\"" + server + "\",\"generation\":1,\"reloadFrom\":1,\"errors\":[\"content/a.md:3:5: error: link target 'b.md' not found\"]}");
      live.published(true);
      assertThat(nextData(in)).isEqualTo("{\"server\":\"" + server + "\",\"generation\":2,\"reloadFrom\":1,\"errors\":[]}");
      live.published(false);
      assertThat(nextData(in)).isEqualTo("{\"server\":\"" + server + "\",\"generation\":3,\"reloadFrom\":3,\"errors\":[]}");
    }
  }

  /** The data of the next SSE event (HTTP chunk sizes are lines of hex digits, skipped). */
  private static String nextData(BufferedReader in) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.startsWith("data: ")) return line.substring("data: ".length());
    }
    throw new IOException("the event stream ended");
  }

  @Test
  void beforeTheFirstGoodBuildPagesSayWhyAndReloadByThemselves() throws Exception {
    server.close();
    live = new LiveReload();
    server = DevServer.start(InetAddress.getLoopbackAddress(), 0, output, live, "/docs/");
    HttpResponse<String> r = get("/docs/en/a/");
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).contains("No build of this site has succeeded yet", "__fieldguide/live.js");
  }

  @Test
  void refusesToListenOnAnyAddressButLoopback() throws Exception {
    assertThatThrownBy(() -> DevServer.start(InetAddress.getByName("0.0.0.0"), 0, output, live, "/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fieldguide serve listens on the loopback interface only, not on 0.0.0.0");
    Optional<InetAddress> lan = nonLoopbackAddress();
    if (lan.isPresent()) {
      assertThatThrownBy(() -> DevServer.start(lan.get(), 0, output, live, "/")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void cannotBeReachedFromTheNetwork() throws Exception {
    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    Optional<InetAddress> lan = nonLoopbackAddress();
    assumeTrue(lan.isPresent(), "this machine has no network address besides loopback");
    assertThatThrownBy(() -> {
          try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(lan.get(), port()), 5000);
          }
        })
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void saysWhenThePortIsTaken() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> DevServer.start(InetAddress.getLoopbackAddress(), taken.getLocalPort(), output, live, "/"))
          .isInstanceOf(DevServer.PortInUseException.class)
          .hasMessage("port " + taken.getLocalPort() + " on 127.0.0.1 is in use");
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!n.isUp() || n.isLoopback()) continue;
      for (InetAddress a : Collections.list(n.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress()) return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
