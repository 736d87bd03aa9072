package org.fieldguide.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/** A test's listener on the server's event stream, as a page's {@code EventSource} would be. */
final class EventStream implements AutoCloseable {
  private final Socket socket;
  private final BufferedReader in;
  private final ObjectMapper json = new ObjectMapper();

  EventStream(URI events) throws IOException {
    socket = new Socket(events.getHost(), events.getPort());
    socket.getOutputStream().write(
        ("GET " + events.getRawPath() + " HTTP/1.1\r\nHost: " + events.getHost() + ":" + events.getPort() + "\r\nAccept: text/event-stream\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Reads states until one matches. */
  LiveReload.State await(Predicate<LiveReload.State> condition) throws IOException {
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.startsWith("data: ")) continue;
      LiveReload.State state = json.readValue(line.substring("data: ".length()), LiveReload.State.class);
      if (condition.test(state)) return state;
    }
    throw new IOException("the event stream ended");
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
