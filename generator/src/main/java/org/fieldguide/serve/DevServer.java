package org.fieldguide.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP side of {@code serve}: the JDK's {@link HttpServer} on the loopback interface only,
 * sending the built site as the web host would, under the site's published base path
 * ({@code /fieldguide/} for a {@code base_url} of {@code https://example.org/fieldguide/}), so every
 * link and the 404 page behave as when published. {@code /} and the base path without its final
 * slash redirect to the base path; any other unknown path gets a 404 page with status 404: the
 * language's {@code <lang>/404.html} for an address under a language's folder, else the site's
 * {@code 404.html}. {@code /favicon.ico}, which browsers ask for at the host's root, is the site's
 * own when the site is published below a path.
 *
 * <p>Safe on a shared machine: it listens on loopback only (other addresses are refused), answers
 * only requests addressed to that host (so a web page cannot reach it through DNS rebinding),
 * refuses {@code ..} in any encoding and symbolic links that lead out of the output, never lists a
 * folder (a folder address gets its {@code index.html} or a 404), and sends
 * {@code Cache-Control: no-store} so a reload always shows the latest build.
 */
final class DevServer implements AutoCloseable {
  /** The folder, below the base path, of the server's own files; no published site has it. */
  static final String INTERNAL = "__fieldguide/";

  private final HttpServer server;
  private final ExecutorService executor;
  private final OutputFolder output;
  private final LiveReload live;
  private final byte[] notBuilt;
  private volatile String basePath;

  private DevServer(HttpServer server, ExecutorService executor, OutputFolder output, LiveReload live, String basePath)
      throws IOException {
    this.notBuilt = resource("not-built.html");
    this.server = server;
    this.executor = executor;
    this.output = output;
    this.live = live;
    this.basePath = basePath;
  }

  /**
   * Starts serving {@code output} under {@code basePath} (which starts and ends with {@code /}).
   *
   * @param port 0 for any free port
   * @throws IllegalArgumentException when {@code address} is not a loopback address: the preview
   *     may hold drafts and is never offered to the network
   * @throws PortInUseException when the port is taken
   */
  static DevServer start(InetAddress address, int port, OutputFolder output, LiveReload live, String basePath)
      throws IOException, PortInUseException {
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException("fieldguide serve listens on the loopback interface only, not on " + address.getHostAddress());
    }
    // The JDK's server leaves Nagle's algorithm on unless told before its first use: then a small
    // response (a page, a script, an event) written after its headers waits for the browser's
    // delayed acknowledgement, 40 ms on Linux (JDK-8294610). Set where the server is made, as
    // the launcher's JVM options may be replaced (FIELDGUIDE_JAVA_OPTS).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(address, port), 0);
    } catch (BindException e) {
      throw new PortInUseException(address, port);
    }
    // Daemon threads: an open event stream must never keep the JVM alive.
    ExecutorService executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fieldguide-serve-http");
      t.setDaemon(true);
      return t;
    });
    DevServer dev = new DevServer(server, executor, output, live, basePath);
    server.createContext("/", dev::handle);
    server.setExecutor(executor);
    server.start();
    return dev;
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  /** The address of the site's home, such as {@code http://127.0.0.1:8040/fieldguide/}. */
  URI url() {
    return URI.create("http://" + hostAndPort() + basePath);
  }

  String basePath() {
    return basePath;
  }

  /** Serves under another base path from now on (after {@code base_url} changed in {@code site.yaml}). */
  void basePath(String path) {
    this.basePath = path;
  }

  private String hostAndPort() {
    InetAddress a = server.getAddress().getAddress();
    String host = a.getHostAddress().contains(":") ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
    return host + ":" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    live.close();
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    boolean keepOpen = false;
    try {
      keepOpen = respond(exchange);
    } catch (IOException e) {
      // The browser went away mid-response (a reload, a closed tab): nothing to answer.
    } finally {
      if (!keepOpen) exchange.close();
    }
  }

  /** Answers one request; true when the response stays open (an event stream). */
  private boolean respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    boolean head = method.equals("HEAD");
    if (!head && !method.equals("GET")) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      sendText(exchange, 405, "method not allowed\n", head);
      return false;
    }
    if (!isOwnHost(exchange.getRequestHeaders().getFirst("Host"))) {
      sendText(exchange, 421, "fieldguide serve answers only at http://" + hostAndPort() + "/\n", head);
      return false;
    }
    String raw = exchange.getRequestURI().getRawPath();
    String path = exchange.getRequestURI().getPath();
    if (raw == null || path == null || isUnsafe(raw, path)) {
      sendText(exchange, 400, "bad request: the path leaves the site\n", head);
      return false;
    }
    String base = basePath;
    if (!base.equals("/") && (path.equals("/") || path.equals(base.substring(0, base.length() - 1)))) {
      redirect(exchange, base, head);
      return false;
    }
    if (!path.startsWith(base)) {
      Optional<Path> icon = path.equals("/favicon.ico") && live.state().generation() > 0 ? output.find("favicon.ico", true) : Optional.empty();
      if (icon.isPresent() && Files.isRegularFile(icon.get())) sendFile(exchange, 200, icon.get(), base, head);
      else notFound(exchange, base, head);
      return false;
    }
    String rel = path.substring(base.length());
    if (rel.startsWith(INTERNAL)) {
      return internal(exchange, rel.substring(INTERNAL.length()), base, head);
    }
    if (live.state().generation() == 0) {
      // No build has succeeded yet: a page that says so, and reloads by itself once one has.
      sendPage(exchange, 503, notBuilt, base, head);
      return false;
    }
    Optional<Path> found = output.find(rel, true);
    if (found.isPresent() && Files.isDirectory(found.get())) {
      if (!rel.isEmpty() && !rel.endsWith("/")) {
        String query = exchange.getRequestURI().getRawQuery();
        redirect(exchange, raw + "/" + (query == null ? "" : "?" + query), head);
        return false;
      }
      found = found.map(dir -> dir.resolve("index.html")).filter(Files::isRegularFile);
    }
    if (found.isEmpty() || !Files.isRegularFile(found.get())) {
      notFound(exchange, rel, base, head);
      return false;
    }
    sendFile(exchange, 200, found.get(), base, head);
    return false;
  }

  /** Refuses {@code ..} and {@code .} segments in any encoding, NUL, backslashes and empty segments. */
  private static boolean isUnsafe(String raw, String decoded) {
    String lowerRaw = raw.toLowerCase(Locale.ROOT);
    if (lowerRaw.contains("%00") || lowerRaw.contains("%5c") || decoded.indexOf('\0') >= 0 || decoded.indexOf('\\') >= 0) return true;
    if (!decoded.startsWith("/") || decoded.contains("//")) return true;
    for (String segment : decoded.split("/")) {
      if (segment.equals("..") || segment.equals(".")) return true;
    }
    return false;
  }

  /** True for a Host header naming this server, as a browser that typed its address sends it. */
  private boolean isOwnHost(String host) {
    if (host == null) return false;
    int port = server.getAddress().getPort();
    for (String name : List.of("127.0.0.1", "localhost", "[::1]")) {
      if (host.equalsIgnoreCase(name + ":" + port) || (port == 80 && host.equalsIgnoreCase(name))) return true;
    }
    return false;
  }

  /** The server's own files; true for the event stream, which stays open. */
  private boolean internal(HttpExchange exchange, String name, String base, boolean head) throws IOException {
    switch (name) {
      case "events" -> {
        if (head) {
          sendText(exchange, 200, "", true);
          return false;
        }
        live.connect(exchange);
        return true;
      }
      case "live.js", "live.css" -> send(exchange, 200, ContentTypes.of(name), resource(name), head);
      default -> notFound(exchange, base, head);
    }
    return false;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = DevServer.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing from the fieldguide build");
      return in.readAllBytes();
    }
  }

  private void notFound(HttpExchange exchange, String base, boolean head) throws IOException {
    notFound(exchange, "", base, head);
  }

  /**
   * The 404 page for {@code rel} (a path below the base path): the one of the language whose
   * folder it is in ({@code es/404.html} for {@code es/runbooks/nope/}), else the site's.
   */
  private void notFound(HttpExchange exchange, String rel, String base, boolean head) throws IOException {
    Optional<Path> page = Optional.empty();
    if (live.state().generation() > 0) {
      int slash = rel.indexOf('/');
      if (slash > 0) page = output.find(rel.substring(0, slash) + "/404.html", true).filter(Files::isRegularFile);
      if (page.isEmpty()) page = output.find("404.html", true);
    }
    if (page.isPresent() && Files.isRegularFile(page.get())) sendFile(exchange, 404, page.get(), base, head);
    else sendText(exchange, 404, "not found\n", head);
  }

  private void redirect(HttpExchange exchange, String location, boolean head) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    sendText(exchange, 302, "", head);
  }

  private void sendFile(HttpExchange exchange, int status, Path file, String base, boolean head) throws IOException {
    String type = ContentTypes.of(file.getFileName().toString());
    if (type.equals(ContentTypes.HTML)) {
      sendPage(exchange, status, Files.readAllBytes(file), base, head);
      return;
    }
    headers(exchange, type);
    long size = Files.size(file);
    if (head || size == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, size);
    try (OutputStream out = exchange.getResponseBody()) {
      Files.copy(file, out);
    }
  }

  private void sendPage(HttpExchange exchange, int status, byte[] html, String base, boolean head) throws IOException {
    // The generation is read before the page was: if a rebuild lands in between, the page is
    // newer than it claims and merely reloads once more.
    send(exchange, status, ContentTypes.HTML, PageInjector.inject(html, PageInjector.tags(base, live.state())), head);
  }

  private static void sendText(HttpExchange exchange, int status, String text, boolean head) throws IOException {
    send(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), head);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head) throws IOException {
    headers(exchange, type);
    if (head || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static void headers(HttpExchange exchange, String type) {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
  }

  /** The port is taken by another program. */
  static final class PortInUseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int port;

    PortInUseException(InetAddress address, int port) {
      super("port " + port + " on " + address.getHostAddress() + " is in use");
      this.port = port;
    }

    int port() {
      return port;
    }
  }
}
