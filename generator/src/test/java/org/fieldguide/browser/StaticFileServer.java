package org.fieldguide.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A static file server for browser tests: serves a built site over HTTP on 127.0.0.1 and a free
 * port, as a web host would (service workers, {@code localStorage} per origin and the clipboard
 * need {@code http:}, not {@code file:}).
 *
 * <p>Files are looked up on every request, so a rebuild into the same folder is served at once.
 * A folder is served as its {@code index.html} (a folder address without the final slash is
 * redirected, so relative links resolve as on a real host); a missing file is a 404 with the
 * site's {@code 404.html} when there is one. Paths that leave the root, by {@code ..} or a
 * symbolic link, are refused with 404. Responses are never cached, so a reload after a rebuild
 * always sees the new files. Content types come from a fixed map, never from the operating
 * system's MIME files, so tests behave the same everywhere.
 */
public final class StaticFileServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("wasm", "application/wasm"),
          Map.entry("pagefind", "application/octet-stream"),
          Map.entry("webmanifest", "application/manifest+json"));
  private static final String DEFAULT_TYPE = "application/octet-stream";

  private final Path root;
  private final String basePath;
  private volatile long slowMillis;
  private volatile java.util.Set<String> slowTypes = java.util.Set.of();
  private volatile java.util.function.Predicate<String> held = path -> false;
  private volatile java.util.concurrent.CountDownLatch heldUntil = new java.util.concurrent.CountDownLatch(0);
  /** Where a response is cut in two ({@link #pauseAfter}): after the first occurrence of this text, if any. */
  private volatile String pauseMarker;
  private volatile long pauseMillis;
  private final HttpServer server;
  private final ExecutorService executor;

  private StaticFileServer(Path root, String basePath, HttpServer server, ExecutorService executor) {
    this.root = root;
    this.basePath = basePath;
    this.server = server;
    this.executor = executor;
  }

  /** Starts serving {@code root} (which may not exist yet) on 127.0.0.1 and a free port. */
  /** Builds {@code site} (which must build cleanly) and serves its output. */
  public static StaticFileServer serveBuilt(org.fieldguide.testing.TestSite site) throws IOException {
    site.build().assertOk();
    return serve(site.out());
  }

  public static StaticFileServer serve(Path root) throws IOException {
    return serveUnder(root, "/");
  }

  /**
   * Serves {@code root} under {@code basePath} (such as {@code /fieldguide/}), as GitHub Pages
   * serves a project's site: an address outside it gets the root {@code 404.html}, like every
   * missing one.
   */
  public static StaticFileServer serveUnder(Path root, String basePath) throws IOException {
    return serveUnder(root, basePath, 0);
  }

  /**
   * Serves {@code root} on {@code port} again after a server there was closed: the same origin,
   * so the browser's service worker and storage for it still apply (a site republished while
   * the reader was offline).
   */
  public static StaticFileServer serveOnPort(Path root, int port) throws IOException {
    return serveUnder(root, "/", port);
  }

  private static StaticFileServer serveUnder(Path root, String basePath, int port) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    // The default executor handles one request at a time; a browser opens several at once.
    ExecutorService executor = Executors.newCachedThreadPool();
    StaticFileServer files = new StaticFileServer(root.toAbsolutePath().normalize(), basePath, server, executor);
    server.createContext("/", files::handle);
    server.setExecutor(executor);
    server.start();
    return files;
  }

  /** The address of {@code path} (relative to the root, such as {@code en/runbooks/a/}), under the base path. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port() + basePath + path.replaceFirst("^/+", ""));
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public Path root() {
    return root;
  }

  /**
   * Answers requests for files with these extensions (such as {@code js}, {@code svg}) only after
   * {@code delay}, as a slow mobile link would: the browser then paints the page before those
   * files arrive, so whatever they change happens after the first paint, where a layout shift
   * counts. {@code Duration.ZERO} sends everything at once again.
   */
  public StaticFileServer slowDown(java.time.Duration delay, String... extensions) {
    slowTypes = java.util.Set.of(extensions);
    slowMillis = delay.toMillis();
    return this;
  }

  /**
   * Answers requests whose path matches {@code paths} only after {@link #release()} (at most 15
   * seconds later): a test sees what a page shows before those files arrive.
   */
  public StaticFileServer hold(java.util.function.Predicate<String> paths) {
    heldUntil = new java.util.concurrent.CountDownLatch(1);
    held = paths;
    return this;
  }

  /**
   * Sends any response whose body holds {@code text} in two parts: up to the end of its first
   * occurrence, then, after {@code pause}, the rest, as a slow link delivers a page. The browser
   * parses and runs what it has in between, so a script sees the page cut there.
   */
  public StaticFileServer pauseAfter(String text, java.time.Duration pause) {
    pauseMarker = text;
    pauseMillis = pause.toMillis();
    return this;
  }

  /** Answers the requests held by {@link #hold}, and later ones at once. */
  public void release() {
    held = path -> false;
    heldUntil.countDown();
  }

  /** The content type this server sends for {@code fileName}. */
  static String contentType(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, DEFAULT_TYPE);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8), false);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      Optional<Path> found = path.startsWith(basePath) ? resolve(path.substring(basePath.length() - 1)) : Optional.empty();
      if (found.isPresent() && Files.isDirectory(found.get())) {
        if (!path.endsWith("/")) {
          String query = exchange.getRequestURI().getRawQuery();
          exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/" + (query == null ? "" : "?" + query));
          send(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
          return;
        }
        found = found.map(dir -> dir.resolve("index.html"));
      }
      if (found.isPresent() && Files.isRegularFile(found.get())) {
        Path file = found.get();
        String name = file.getFileName().toString();
        if (held.test(path)) {
          try {
            heldUntil.await(15, java.util.concurrent.TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        if (slowMillis > 0 && slowTypes.contains(name.substring(name.lastIndexOf('.') + 1))) {
          try {
            Thread.sleep(slowMillis);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        send(exchange, 200, contentType(file.getFileName().toString()), Files.readAllBytes(file), head);
        return;
      }
      Path notFound = root.resolve("404.html");
      if (Files.isRegularFile(notFound)) send(exchange, 404, contentType("404.html"), Files.readAllBytes(notFound), head);
      else send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8), head);
    }
  }

  private void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    if (head || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    String marker = pauseMarker;
    int cut = marker == null ? -1 : indexOf(body, marker.getBytes(StandardCharsets.UTF_8));
    try (OutputStream out = exchange.getResponseBody()) {
      if (cut < 0) {
        out.write(body);
        return;
      }
      out.write(body, 0, cut);
      out.flush();
      Thread.sleep(pauseMillis);
      out.write(body, cut, body.length - cut);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Where the first {@code text} in {@code body} ends; -1 when it has none. */
  private static int indexOf(byte[] body, byte[] text) {
    outer:
    for (int i = 0; i + text.length <= body.length; i++) {
      for (int j = 0; j < text.length; j++) if (body[i + j] != text[j]) continue outer;
      return i + text.length;
    }
    return -1;
  }

  /** The file or folder for a decoded URL path, if it lies inside the root. */
  private Optional<Path> resolve(String urlPath) {
    if (urlPath == null || !urlPath.startsWith("/") || urlPath.indexOf('\0') >= 0 || urlPath.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    try {
      Path candidate = root.resolve(urlPath.substring(1)).normalize();
      if (!candidate.startsWith(root) || !Files.exists(candidate)) return Optional.empty();
      // A symbolic link inside the root may still point outside it.
      if (!candidate.toRealPath().startsWith(root.toRealPath())) return Optional.empty();
      return Optional.of(candidate);
    } catch (InvalidPathException | IOException e) {
      return Optional.empty();
    }
  }
}
