package org.fieldguide.link.external;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.IoReason;
import org.fieldguide.diagnostic.Severity;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Checks external {@code http(s)} links and reports each problem at every place the link is
 * written.
 *
 * <p>Each distinct address (without fragment) is requested at most once per run; addresses with
 * a fresh result in the {@link LinkCache} are not requested at all. Requests go out at most
 * {@link ExternalLinkPolicy#perHostConcurrency()} at a time per host and {@link
 * ExternalLinkPolicy#globalConcurrency()} in total, on worker threads this instance owns: {@link
 * #close()} it when done. {@link #check} returns by {@link ExternalLinkPolicy#deadline()} however
 * slow the servers are; what is still pending then is reported as timed out. After the run the
 * cache is pruned of stale results and saved (not in offline mode, which never writes).
 *
 * <p>One check at a time per instance; a further {@code check} waits for the running one.
 */
public final class ExternalLinkChecker implements AutoCloseable {
  private final ExternalLinkPolicy policy;
  private final LinkCache cache;
  private final Clock clock;
  private final Progress progress;
  private final ExecutorService workers;
  private final ExecutorService clientThreads;
  private final HttpProbe probe;

  /**
   * A checker with its own worker threads and HTTP client, for one or more runs; close it when done.
   *
   * @param cache results of earlier runs, updated and saved by every online run
   * @param clock the time results are stamped with and their freshness is judged by; the run's
   *     deadline and waits use the system's monotonic time instead
   */
  public ExternalLinkChecker(ExternalLinkPolicy policy, LinkCache cache, Clock clock, Progress progress) {
    this.policy = policy;
    this.cache = cache;
    this.clock = clock;
    this.progress = progress;
    this.workers = Executors.newFixedThreadPool(policy.globalConcurrency(), daemonThreads("fieldguide-links-"));
    // The JDK 17 client has no close(); giving it threads we own is how its work stops with ours.
    this.clientThreads = Executors.newFixedThreadPool(Math.max(2, policy.globalConcurrency()), daemonThreads("fieldguide-http-"));
    HttpClient client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER) // followed by hand: every hop is seen and the chain is bounded
        .connectTimeout(policy.connectTimeout())
        .executor(clientThreads)
        .build();
    this.probe = new HttpProbe(client, policy, clock);
  }

  /** One address as requested: all the ways it is written, and the fragments to look for. */
  private static final class Target {
    final URI uri;
    final List<WebAddress> addresses = new ArrayList<>();
    final SortedSet<String> fragments = new TreeSet<>();
    final CompletableFuture<LinkStatus> result = new CompletableFuture<>();
    boolean fromCache;
    boolean skipped;

    Target(URI uri) {
      this.uri = uri;
    }

    String base() {
      return addresses.get(0).base();
    }
  }

  /** Checks {@code links}; see the class description for what is requested and when. */
  public synchronized ExternalLinkReport check(List<ExternalLink> links) {
    Run run = new Run(System.nanoTime() + policy.deadline().toNanos(), clock.instant());
    reportCacheProblem(run.diagnostics);
    run.plan(links);
    List<Target> toRequest = run.answerFromCache();
    run.startProgress(toRequest.size());
    request(toRequest, run.deadline, run::finished);
    run.collect();
    if (!policy.offline()) saveCache(run.now, run.diagnostics);
    return run.report();
  }

  /**
   * Says when the cache could not be read. Online that costs only time; offline the cache is all
   * there is, so an unusable one is an error: "0 broken" would claim links were checked.
   */
  private void reportCacheProblem(List<Diagnostic> diagnostics) {
    SourcePos where = SourcePos.file(cacheName());
    if (cache.problem().isPresent()) {
      diagnostics.add(policy.offline()
          ? Diagnostic.error(where, Messages.cacheUnusableOffline(cache.problem().get()))
          : Diagnostic.warning(where, Messages.cacheUnreadable(cache.problem().get())));
    } else if (policy.offline() && cache.isMissing()) {
      diagnostics.add(Diagnostic.warning(where, Messages.noCacheOffline()));
    }
  }

  private String cacheName() {
    return cache.file().map(p -> p.toString().replace('\\', '/')).orElse("link cache");
  }

  /**
   * The state of one {@link #check}: addresses grouped into targets, counts and diagnostics.
   * Only the thread running {@code check} touches it, except {@link #finished}, which workers call.
   */
  private final class Run {
    final long deadline;
    final Instant now;
    final Map<String, List<SourcePos>> placesByUrl = new TreeMap<>();
    final Map<String, Target> targets = new TreeMap<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final AtomicInteger done = new AtomicInteger();
    final AtomicInteger brokenTargets = new AtomicInteger();
    int ok, broken, redirected, skipped, timedOut, fromCache;

    Run(long deadline, Instant now) {
      this.deadline = deadline;
      this.now = now;
    }

    /** Groups occurrences by address and addresses by what is requested; skips and rejects early. */
    void plan(List<ExternalLink> links) {
      for (ExternalLink l : links) placesByUrl.computeIfAbsent(l.url(), u -> new ArrayList<>()).add(l.pos());
      for (Map.Entry<String, List<SourcePos>> e : placesByUrl.entrySet()) {
        String url = e.getKey();
        if (policy.isIgnored(url)) {
          skipped++;
          continue;
        }
        try {
          WebAddress a = WebAddress.parse(url);
          Target t = targets.computeIfAbsent(a.base(), b -> new Target(a.uri()));
          t.addresses.add(a);
          if (policy.checkFragments() && isVerifiable(a.fragment())) t.fragments.add(a.fragment());
        } catch (WebAddress.InvalidAddressException ex) {
          broken++;
          for (SourcePos pos : e.getValue()) diagnostics.add(broken(pos, Messages.invalid(url, ex.getMessage())));
        }
      }
    }

    /** Completes targets with a fresh cached result, marks the rest skipped when offline; returns what to request. */
    List<Target> answerFromCache() {
      List<Target> toRequest = new ArrayList<>();
      for (Target t : targets.values()) {
        Optional<LinkStatus> cached = cache.get(t.base())
            .filter(s -> s.isFresh(now, policy) && (!s.isReachable() || s.covers(t.fragments)));
        if (cached.isPresent()) {
          t.fromCache = true;
          t.result.complete(cached.get());
        } else if (policy.offline()) {
          t.skipped = true;
        } else {
          toRequest.add(t);
        }
      }
      return toRequest;
    }

    void startProgress(int pending) {
      // Skipped (offline, not cached) addresses are not checked: they never count as done.
      done.set((int) targets.values().stream().filter(t -> t.fromCache).count());
      brokenTargets.set((int) targets.values().stream().filter(t -> isBroken(t.result.getNow(null))).count());
      progress.update(done.get(), targets.size(), brokenTargets.get());
    }

    /** Called by a worker for each requested target, before its result is completed. */
    void finished(LinkStatus s) {
      int b = isBroken(s) ? brokenTargets.incrementAndGet() : brokenTargets.get();
      progress.update(done.incrementAndGet(), targets.size(), b);
    }

    /** Turns each target's result into counts and diagnostics at every place it is written. */
    void collect() {
      int finished = 0;
      int brokenAtEnd = 0;
      for (Target t : targets.values()) {
        LinkStatus s = t.result.getNow(null); // read once: a worker cancelled at the deadline may still finish
        if (s != null) finished++;
        if (isBroken(s)) brokenAtEnd++;
        for (WebAddress a : t.addresses) {
          List<SourcePos> places = placesByUrl.get(a.written());
          if (t.skipped) {
            skipped++;
          } else if (s == null) {
            timedOut++;
            for (SourcePos pos : places) diagnostics.add(Diagnostic.warning(pos, Messages.timedOut(a.written(), policy.deadline())));
          } else {
            collect(a, s, places);
            if (t.fromCache) fromCache++;
          }
        }
      }
      progress.finish(finished, targets.size(), brokenAtEnd);
    }

    private void collect(WebAddress a, LinkStatus s, List<SourcePos> places) {
      String written = a.written();
      if (!s.isReachable()) {
        broken++;
        String message = s.error() != null ? Messages.failed(written, s.error()) : Messages.badStatus(a, s);
        for (SourcePos pos : places) diagnostics.add(broken(pos, message));
        return;
      }
      if (s.permanentRedirect()) {
        for (SourcePos pos : places) diagnostics.add(Diagnostic.warning(pos, Messages.permanentRedirect(written, s.finalUrl())));
      }
      if (!a.fragment().isEmpty() && s.isMissing(a.fragment())) {
        broken++;
        for (SourcePos pos : places) diagnostics.add(broken(pos, Messages.missingFragment(written, a.fragment())));
      } else if (s.permanentRedirect()) {
        redirected++;
      } else {
        ok++;
      }
    }

    ExternalLinkReport report() {
      diagnostics.sort(null);
      return new ExternalLinkReport(diagnostics,
          new ExternalLinkSummary(ok + broken + redirected, ok, broken, redirected, skipped, timedOut, fromCache));
    }
  }

  /**
   * Shuts down the worker threads. Call it after the last {@link #check}; a check still running in
   * another thread then reports its pending links as timed out at its deadline.
   */
  @Override
  public void close() {
    workers.shutdownNow();
    clientThreads.shutdownNow();
    try {
      workers.awaitTermination(1, TimeUnit.SECONDS);
      clientThreads.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Requests every target, returning by the deadline. Targets are queued per host and worked off
   * by at most {@code perHostConcurrency} lanes per host, so a site with hundreds of links cannot
   * occupy every worker while other hosts wait; lanes are started host by host in turn.
   */
  private void request(List<Target> targets, long deadline, Consumer<LinkStatus> onDone) {
    if (targets.isEmpty()) return;
    Map<String, Queue<Target>> byHost = new TreeMap<>();
    for (Target t : targets) byHost.computeIfAbsent(WebAddress.hostKey(t.uri), h -> new ConcurrentLinkedQueue<>()).add(t);
    HostLimits hosts = new HostLimits(policy.perHostConcurrency());
    // Lane counts are fixed before the first lane starts: a running lane shrinks its queue.
    record HostQueue(Queue<Target> queue, int lanes) {}
    List<HostQueue> queues = byHost.values().stream()
        .map(q -> new HostQueue(q, Math.min(policy.perHostConcurrency(), q.size()))).toList();
    List<Future<?>> lanes = new ArrayList<>();
    for (int lane = 0; lane < policy.perHostConcurrency(); lane++) {
      for (HostQueue h : queues) {
        if (h.lanes() > lane) lanes.add(workers.submit(() -> work(h.queue(), hosts, onDone)));
      }
    }
    CompletableFuture<?> all = CompletableFuture.allOf(targets.stream().map(t -> t.result).toArray(CompletableFuture[]::new));
    try {
      all.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // Past the deadline: what is unfinished is reported as timed out by the caller.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("results are completed normally only", e);
    } finally {
      for (Future<?> f : lanes) f.cancel(true);
    }
  }

  private void work(Queue<Target> queue, HostLimits hosts, Consumer<LinkStatus> onDone) {
    for (Target t = queue.poll(); t != null && !Thread.currentThread().isInterrupted(); t = queue.poll()) {
      LinkStatus s;
      boolean cacheable = true;
      try {
        s = probe.probe(t.uri, t.fragments, hosts);
      } catch (InterruptedException e) {
        return; // cancelled at the deadline
      } catch (RuntimeException e) {
        // A bug or a refused task must not silence the rest of this host's queue until the deadline.
        s = LinkStatus.failed("unexpected " + e, clock.instant());
        cacheable = false;
      }
      // A failure caused by the cancellation itself says nothing about the link.
      if (Thread.currentThread().isInterrupted()) return;
      if (cacheable) cache.put(t.base(), s);
      onDone.accept(s); // before completing: check() may return as soon as the last result is complete
      t.result.complete(s);
    }
  }

  private void saveCache(Instant now, List<Diagnostic> diagnostics) {
    cache.removeIf(s -> !s.isFresh(now, policy));
    try {
      cache.save();
    } catch (IOException | RuntimeException e) {
      String reason = e instanceof IOException io ? IoReason.of(io) : String.valueOf(e.getMessage());
      diagnostics.add(Diagnostic.warning(SourcePos.file(cacheName()), Messages.cacheNotSaved(reason)));
    }
  }

  private Diagnostic broken(SourcePos pos, String message) {
    return new Diagnostic(policy.failOnBroken() ? Severity.ERROR : Severity.WARNING, pos, message);
  }

  /** A result that makes the address broken for every fragment (progress counts addresses). */
  private static boolean isBroken(LinkStatus s) {
    return s != null && !s.isReachable();
  }

  /**
   * Whether a fragment names an element to look for. Browsers scroll to the top for {@code
   * #top} without one, and {@code #:~:text=} is a text fragment, not an id.
   */
  private static boolean isVerifiable(String fragment) {
    return !fragment.isEmpty() && !fragment.equalsIgnoreCase("top") && !fragment.startsWith(":~:");
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
