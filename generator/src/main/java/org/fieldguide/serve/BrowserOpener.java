package org.fieldguide.serve;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens an address in the writer's browser for {@code serve --open}: the command in the
 * {@code BROWSER} environment variable when set (the convention of Python's {@code webbrowser}
 * and many tools), else the system's opener ({@code open} on macOS, {@code xdg-open} elsewhere on
 * Unix, the URL handler on Windows).
 */
public final class BrowserOpener {
  private final Optional<String> browserVariable;
  private final String osName;

  public BrowserOpener(Optional<String> browserVariable, String osName) {
    this.browserVariable = browserVariable.filter(s -> !s.isBlank());
    this.osName = osName.toLowerCase(Locale.ROOT);
  }

  /** The opener of this machine and user. */
  public static BrowserOpener ofSystem() {
    return new BrowserOpener(Optional.ofNullable(System.getenv("BROWSER")), System.getProperty("os.name", ""));
  }

  /** The command that opens {@code url}. */
  List<String> command(URI url) {
    if (browserVariable.isPresent()) {
      // BROWSER may list several commands separated by ':'; the first is tried.
      String first = browserVariable.get().split(":")[0].trim();
      return first.contains("%s") ? List.of("sh", "-c", first.replace("%s", "\"$0\""), url.toString()) : List.of(first, url.toString());
    }
    if (osName.contains("mac")) return List.of("open", url.toString());
    if (osName.contains("win")) return List.of("rundll32", "url.dll,FileProtocolHandler", url.toString());
    return List.of("xdg-open", url.toString());
  }

  /**
   * Starts the browser and does not wait for it.
   *
   * @return empty, or why it could not be started
   */
  public Optional<String> open(URI url) {
    List<String> command = command(url);
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("could not start '" + command.get(0) + "' to open a browser (" + e.getMessage() + "); open " + url + " yourself");
    }
  }
}
