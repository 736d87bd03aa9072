package org.fieldguide.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.serve.BrowserOpener;
import org.fieldguide.serve.CannotServeException;
import org.fieldguide.serve.FullRebuilder;
import org.fieldguide.serve.ServeSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code fieldguide serve}: builds, serves on 127.0.0.1, rebuilds on every change, reloads open pages. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Build the site, serve it on 127.0.0.1, and rebuild it on every change.",
      "It is served under its published path; open pages reload by themselves and show errors over the page.",
      "Ctrl-C stops and removes the build."
    })
final class ServeCommand implements Callable<Integer> {
  static final int DEFAULT_PORT = 8040;

  @Mixin SiteOptions site;

  @Option(names = "--port", paramLabel = "N", description = "The port on 127.0.0.1 (default: " + DEFAULT_PORT + "; 0: any free port).")
  int port = DEFAULT_PORT;

  @Option(names = "--open", description = "Open the site in the browser once it is built.")
  boolean open;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port + ".");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path siteDir = site.site.toAbsolutePath().normalize();
    Drafts drafts = site.drafts ? Drafts.INCLUDE : Drafts.EXCLUDE;
    ServeSession session;
    try {
      session = ServeSession.open(ServeSession.Settings.of(siteDir, port, site.verbose), dir -> new FullRebuilder(siteDir, dir, drafts), out, err);
    } catch (CannotServeException e) {
      err.println("fieldguide serve: " + e.getMessage());
      err.flush();
      return e.exitCode();
    }
    // Ctrl-C (SIGINT) and SIGTERM run shutdown hooks: stop, and remove the temporary build.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      session.close();
      out.println("fieldguide: stopped; the temporary build was removed.");
      out.flush();
    }, "fieldguide-serve-stop"));
    session.serve();
    if (open) BrowserOpener.ofSystem().open(session.url()).ifPresent(problem -> {
      err.println("fieldguide: " + problem);
      err.flush();
    });
    session.awaitClosed();
    return 0;
  }
}
