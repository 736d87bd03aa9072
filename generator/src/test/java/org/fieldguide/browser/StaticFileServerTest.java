package org.fieldguide.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFileServerTest {
  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private StaticFileServer server;

  @BeforeEach
  void start() throws IOException {
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("en/a"));
    Files.writeString(site.resolve("en/a/index.html"), "<p>A</p>");
    Files.writeString(site.resolve("404.html"), "<p>Not here</p>");
    Files.writeString(site.resolve("app.js"), "1");
    Files.writeString(dir.resolve("secret.txt"), "secret");
    server = StaticFileServer.serve(site);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesIndexHtmlForAFolder() throws Exception {
    HttpResponse<String> r = get("en/a/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("<p>A</p>");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  /**
   * A response cut in two by {@code pauseAfter}: the first part (up to the end of the text) comes
   * at once, the rest after the pause, and the whole is the file as it is. Read off the socket, to
   * see when each part arrives.
   */
  @Test
  void aResponseCutInTwoArrivesInTwoPartsAndWhole() throws Exception {
    server.pauseAfter("<p>", java.time.Duration.ofMillis(600));
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write("GET /en/a/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      StringBuilder first = new StringBuilder();
      while (!first.toString().endsWith("\r\n\r\n<p>")) first.append((char) in.read());
      long firstAt = System.nanoTime();
      String rest = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      assertThat(rest).isEqualTo("A</p>");
      assertThat(System.nanoTime() - firstAt).as("the pause between the parts").isGreaterThan(400_000_000L);
      assertThat(first.toString()).startsWith("HTTP/1.1 200 ").contains("Content-length: 8");
    }
    server.pauseAfter(null, java.time.Duration.ZERO);
    assertThat(get("en/a/").body()).isEqualTo("<p>A</p>");
  }

  @Test
  void redirectsAFolderWithoutItsFinalSlash() throws Exception {
    HttpResponse<String> r = get("en/a");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).hasValue("/en/a/");
  }

  @Test
  void sendsItsOwnContentTypes() throws Exception {
    assertThat(get("app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    assertThat(StaticFileServer.contentType("site.CSS")).isEqualTo("text/css; charset=utf-8");
    assertThat(StaticFileServer.contentType("rack.svg")).isEqualTo("image/svg+xml");
    assertThat(StaticFileServer.contentType("rack.png")).isEqualTo("image/png");
    assertThat(StaticFileServer.contentType("index.json")).isEqualTo("application/json");
    assertThat(StaticFileServer.contentType("README")).isEqualTo("application/octet-stream");
  }

  @Test
  void answersAMissingFileWithTheSites404Page() throws Exception {
    HttpResponse<String> r = get("en/nothing/");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).isEqualTo("<p>Not here</p>");
  }

  @Test
  void refusesPathsOutsideTheRoot() throws Exception {
    // Sent raw: HTTP clients would tidy the dots away before sending.
    for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/en/../../secret.txt", "/..%2fsecret.txt"}) {
      assertThat(rawGet(path)).as(path).startsWith("HTTP/1.1 404").endsWith("<p>Not here</p>");
    }
  }

  @Test
  void refusesASymbolicLinkThatLeavesTheRoot() throws Exception {
    Files.createSymbolicLink(server.root().resolve("link.txt"), dir.resolve("secret.txt"));
    assertThat(get("link.txt").statusCode()).isEqualTo(404);
  }

  @Test
  void servesFilesWrittenAfterItStarted() throws Exception {
    Files.writeString(server.root().resolve("late.txt"), "late");
    assertThat(get("late.txt").body()).isEqualTo("late");
  }

  @Test
  void allowsOnlyGetAndHead() throws Exception {
    HttpResponse<String> post =
        http.send(HttpRequest.newBuilder(server.uri("app.js")).POST(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    HttpResponse<Void> head =
        http.send(HttpRequest.newBuilder(server.uri("app.js")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(200);
  }

  private String rawGet(String path) throws IOException {
    URI uri = server.uri("");
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      try (InputStream in = socket.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
