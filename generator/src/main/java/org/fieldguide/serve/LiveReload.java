package org.fieldguide.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells open pages about rebuilds over Server-Sent Events. Every page the server sends carries
 * the generation of the site it shows (see {@link PageInjector}); the one event, {@code state},
 * says which generation the server has now, from which generation on a full reload is needed
 * (older generations differ only in stylesheets, which a page swaps in place), and the errors of
 * the last rebuild, which a page shows over itself. The state is sent when a page connects and
 * after every rebuild, so a page that connects late, or reconnects after sleeping, catches up.
 *
 * <p>Thread-safe: rebuilds publish from one thread while pages connect from the server's threads.
 */
final class LiveReload implements AutoCloseable {
  /** What a page is told; the names are read by {@code live.js}. */
  record State(String server, long generation, long reloadFrom, List<String> errors) {}

  private final ObjectMapper json = new ObjectMapper();
  private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
  // A new identity per session, so a page left open from an earlier session reloads.
  private State state = new State(UUID.randomUUID().toString(), 0, 0, List.of());

  synchronized State state() {
    return state;
  }

  /**
   * A rebuild wrote a new site.
   *
   * @param stylesheetsOnly only stylesheets changed, so pages may swap them instead of reloading
   */
  synchronized void published(boolean stylesheetsOnly) {
    long generation = state.generation() + 1;
    state = new State(state.server(), generation, stylesheetsOnly ? state.reloadFrom() : generation, List.of());
    broadcast();
  }

  /** A rebuild failed with these errors (one line each, as printed in the terminal); the last good site stays. */
  synchronized void failed(List<String> errors) {
    state = new State(state.server(), state.generation(), state.reloadFrom(), List.copyOf(errors));
    broadcast();
  }

  /** Answers an {@code EventSource} request: keeps the response open and sends the state now and after each rebuild. */
  void connect(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    synchronized (this) {
      // retry: how soon a page reconnects when the stream breaks, such as across a restart of serve.
      if (send(out, "retry: 1000\n" + event())) clients.add(out);
    }
  }

  private void broadcast() {
    String event = event();
    for (OutputStream out : clients) {
      if (!send(out, event)) clients.remove(out);
    }
  }

  private String event() {
    try {
      return "event: state\ndata: " + json.writeValueAsString(state) + "\n\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record of strings and numbers is always JSON", e);
    }
  }

  /** Writes one event; false when the page has gone (its tab was closed). */
  private static boolean send(OutputStream out, String text) {
    try {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return true;
    } catch (IOException e) {
      closeQuietly(out);
      return false;
    }
  }

  /** Ends every open event stream, so the server can stop at once. */
  @Override
  public synchronized void close() {
    for (OutputStream out : clients) closeQuietly(out);
    clients.clear();
  }

  private static void closeQuietly(OutputStream out) {
    try {
      out.close();
    } catch (IOException e) {
      // The page is gone either way.
    }
  }
}
