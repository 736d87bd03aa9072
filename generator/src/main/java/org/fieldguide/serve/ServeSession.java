package org.fieldguide.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.fieldguide.config.ConfigLoader;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.OutOfHeap;
import org.fieldguide.yaml.YamlReader;

/**
 * One run of {@code fieldguide serve}, from start to Ctrl-C:
 *
 * <pre>
 * site.yaml (base path) → temporary output folder → HTTP server → watcher + snapshot
 *   → first build → [ batch of changes → classify → rebuild → tell the pages ]…
 * </pre>
 *
 * <p>The watcher starts before the first build, so edits made while it runs are rebuilt after it.
 * Rebuilds run one at a time on one thread, in the order the batches come. {@link #close()} waits
 * for a rebuild in progress, so the output folder is removed only once nothing writes to it.
 */
public final class ServeSession implements AutoCloseable {
  private final Settings settings;
  private final OutputFolder output;
  private final LiveReload live;
  private final DevServer server;
  private final ChangeBatcher batcher;
  private final SourceSnapshot snapshot;
  private final SiteSources sources;
  private final ChangeClassifier classifier;
  private final SourceWatcher watcher;
  private final Rebuilder rebuilder;
  private final ServeLog log;
  private final Thread loop;
  private final CountDownLatch closed = new CountDownLatch(1);
  // Held while a build runs; close() takes it so the output folder is removed only once nothing writes to it.
  private final ReentrantLock building = new ReentrantLock();
  private boolean isClosed;

  /**
   * How to serve.
   *
   * @param port 0 for any free port
   * @param quiet how long the sources must stay unchanged before a rebuild starts
   * @param longest how long a rebuild may wait for the sources to stay unchanged
   */
  public record Settings(Path siteDir, InetAddress address, int port, Duration quiet, Duration longest, boolean verbose) {
    /** Loopback, and a debounce that covers editors' save bursts (milliseconds apart) without adding a noticeable wait. */
    public static Settings of(Path siteDir, int port, boolean verbose) {
      return new Settings(siteDir.toAbsolutePath().normalize(), InetAddress.getLoopbackAddress(), port,
          Duration.ofMillis(50), Duration.ofSeconds(1), verbose);
    }
  }

  private ServeSession(Settings settings, SiteSources sources, OutputFolder output, LiveReload live, DevServer server,
      ChangeBatcher batcher, SourceSnapshot snapshot, SourceWatcher watcher, Rebuilder rebuilder, ServeLog log) {
    this.settings = settings;
    this.output = output;
    this.live = live;
    this.server = server;
    this.batcher = batcher;
    this.snapshot = snapshot;
    this.sources = sources;
    this.classifier = new ChangeClassifier(sources, snapshot);
    this.watcher = watcher;
    this.rebuilder = rebuilder;
    this.log = log;
    this.loop = new Thread(this::rebuildLoop, "fieldguide-serve-rebuild");
    loop.setDaemon(true);
  }

  /** {@link #open} then {@link #serve}. */
  public static ServeSession start(Settings settings, Function<Path, Rebuilder> rebuilders, PrintWriter out, PrintWriter err)
      throws CannotServeException {
    ServeSession session = open(settings, rebuilders, out, err);
    session.serve();
    return session;
  }

  /**
   * Reads the base path from site.yaml, creates the temporary output folder, binds the server and
   * starts watching; nothing is built yet. From here on, {@link #close()} cleans up.
   *
   * @param rebuilders makes the rebuilder for the output folder it must write the site to
   */
  public static ServeSession open(Settings settings, Function<Path, Rebuilder> rebuilders, PrintWriter out, PrintWriter err)
      throws CannotServeException {
    ServeLog log = new ServeLog(out, err, settings.verbose());
    String basePath = basePath(settings.siteDir(), log)
        .orElseThrow(() -> new CannotServeException("site.yaml has errors (above). Fix them and start fieldguide serve again.", 1));
    SiteSources sources = new SiteSources(settings.siteDir());
    OutputFolder output;
    try {
      output = OutputFolder.create(settings.siteDir());
    } catch (IOException e) {
      throw new CannotServeException("cannot create a temporary folder for the build: " + e.getMessage(), 1);
    }
    LiveReload live = new LiveReload();
    DevServer server = null;
    SourceWatcher watcher = null;
    try {
      server = DevServer.start(settings.address(), settings.port(), output, live, basePath);
      ChangeBatcher batcher = new ChangeBatcher(settings.quiet(), settings.longest());
      watcher = SourceWatcher.start(sources, batcher);
      SourceSnapshot snapshot = new SourceSnapshot(sources);
      snapshot.takeAll();
      return new ServeSession(settings, sources, output, live, server, batcher, snapshot, watcher, rebuilders.apply(output.site()), log);
    } catch (DevServer.PortInUseException e) {
      cleanUp(output, server, watcher);
      throw new CannotServeException(
          "port " + e.port() + " on 127.0.0.1 is already in use (is another fieldguide serve running?). Stop that program, or choose another port:"
              + " --port " + (e.port() + 1) + ", or --port 0 for any free port.", 2);
    } catch (IOException | RuntimeException e) {
      cleanUp(output, server, watcher);
      throw new CannotServeException("cannot serve: " + e.getMessage(), 1);
    }
  }

  private static void cleanUp(OutputFolder output, DevServer server, SourceWatcher watcher) {
    if (server != null) server.close();
    try {
      if (watcher != null) watcher.close();
    } catch (IOException e) {
      // Closing a watch service does not fail in practice; the output folder matters more.
    }
    try {
      output.close();
    } catch (IOException e) {
      // Left in the temporary folder, where the system cleans it.
    }
  }

  /** Builds the site, then rebuilds on every change until closed; returns once the first build is served. */
  public void serve() {
    building.lock();
    try {
      if (isClosed) return;
      log.line("building " + settings.siteDir() + " …");
      RebuildOutcome outcome = rebuilder.buildAll();
      watchElsewhere();
      publish(outcome, false);
      log.rebuilt("", outcome);
      log.line("serving " + url() + " (press Ctrl-C to stop)");
      loop.start();
    } finally {
      building.unlock();
    }
  }

  /** The address of the site's home page. */
  public URI url() {
    return server.url();
  }

  /** The temporary folder holding the build; gone after {@link #close()}. */
  public Path outputDir() {
    return output.dir();
  }

  /** Waits until the session is closed (from another thread, such as a shutdown hook). */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  private void rebuildLoop() {
    try {
      while (true) {
        Optional<ChangeBatcher.Batch> batch = batcher.next();
        if (batch.isEmpty()) return;
        building.lock();
        try {
          if (isClosed) return;
          rebuild(batch.get());
        } catch (RuntimeException | OutOfMemoryError e) {
          // A bug, or a site that outgrew the heap, not a writer's mistake: say which where the
          // writer looks, and keep watching (the failed build's memory is free again, and the next
          // save may well build). Out of heap, this thread died before, and saves went unheard.
          String problem = OutOfHeap.in(e) ? OutOfHeap.message() : "internal error: " + e + ". Please report it with the change you made.";
          log.problem(problem);
          live.failed(List.of("fieldguide: " + problem));
        } finally {
          building.unlock();
        }
      }
    } catch (InterruptedException e) {
      // Closing.
    }
  }

  private void rebuild(ChangeBatcher.Batch batch) {
    if (batch.everything()) {
      // The system dropped file events: what changed is unknown, so everything is rebuilt.
      snapshot.takeAll();
      RebuildOutcome outcome = rebuilder.buildAll();
      watchElsewhere();
      publish(outcome, false);
      log.rebuilt("many files changed at once", outcome);
      refreshBasePath();
      return;
    }
    Optional<ChangeSet> changes = classifier.classify(batch.paths());
    if (changes.isEmpty()) return;
    RebuildOutcome outcome = rebuilder.rebuild(changes.get());
    watchElsewhere();
    // Pages hear of it before the terminal line is printed: that is the latency writers feel.
    publish(outcome, changes.get().onlyStylesheets());
    log.rebuilt(changes.get().summary(), outcome);
    if (changes.get().kinds().contains(ChangeKind.SITE_CONFIG)) refreshBasePath();
  }

  /**
   * After a build: watch what it read outside the source folders (alert rule files, repository
   * files pages link to), before pages hear of it, so a save right after is not missed.
   */
  private void watchElsewhere() {
    Elsewhere inputs = rebuilder.elsewhere();
    sources.elsewhere(inputs);
    watcher.watchElsewhere(inputs);
    snapshot.takeElsewhere(inputs.files());
  }

  private void publish(RebuildOutcome outcome, boolean stylesheetsOnly) {
    if (outcome.written()) live.published(stylesheetsOnly);
    else live.failed(outcome.errors().stream().map(Diagnostic::toString).toList());
  }

  /** After site.yaml changed: serve under its new base path, if it has one. */
  private void refreshBasePath() {
    basePath(settings.siteDir(), null).filter(p -> !p.equals(server.basePath())).ifPresent(p -> {
      server.basePath(p);
      log.line("site.yaml changed the published path: now serving " + url());
    });
  }

  /** The path of {@code base_url}, such as {@code /fieldguide/}; with a log, its errors are printed. */
  private static Optional<String> basePath(Path siteDir, ServeLog log) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<SiteConfig> config = new ConfigLoader(new YamlReader()).load(siteDir, diagnostics);
    if (log != null) diagnostics.sorted().stream().filter(Diagnostic::isError).forEach(log::diagnostic);
    return config.map(c -> {
      String path = c.baseUrl().getPath();
      return path == null || path.isEmpty() ? "/" : path;
    });
  }

  /**
   * Stops watching, waits for a rebuild in progress, stops the server and removes the temporary
   * output folder. Safe to call more than once, and from a shutdown hook.
   */
  @Override
  public void close() {
    batcher.close();
    try {
      watcher.close();
    } catch (IOException e) {
      // Closing the watch service cannot fail in a way that matters here.
    }
    if (!building.tryLock()) {
      log.line("stopping once the build in progress ends…");
      building.lock();
    }
    try {
      if (isClosed) return;
      isClosed = true;
    } finally {
      building.unlock();
    }
    server.close();
    rebuilder.close();
    try {
      output.close();
    } catch (IOException e) {
      log.problem("could not remove the temporary build " + output.dir() + ": " + e.getMessage());
    }
    closed.countDown();
  }
}
