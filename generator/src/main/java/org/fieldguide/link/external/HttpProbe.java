package org.fieldguide.link.external;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Requests one address the way a careful link checker does: HEAD first, GET when HEAD is
 * refused, redirects followed by hand (to see every hop and to bound the chain), {@code 429} and
 * {@code 503} retried after {@code Retry-After}, {@code 500}, {@code 502}, {@code 504} and
 * connection failures after an exponential backoff. Thread-safe; blocking; stops with {@link InterruptedException} when the
 * checker's deadline cancels it.
 */
final class HttpProbe {
  /** Statuses servers give for a HEAD they do not implement, or for clients they distrust. */
  private static final Set<Integer> HEAD_REFUSED = Set.of(403, 405, 501);

  private final HttpClient client;
  private final ExternalLinkPolicy policy;
  private final Clock clock;

  HttpProbe(HttpClient client, ExternalLinkPolicy policy, Clock clock) {
    this.client = client;
    this.policy = policy;
    this.clock = clock;
  }

  /** A reason a link cannot work that no retry changes (redirect loop, bad redirect target). */
  private static final class Unusable extends Exception {
    private static final long serialVersionUID = 1L;

    Unusable(String reason) {
      super(reason);
    }
  }

  /** The last response of a redirect chain. */
  private record Answer(int status, URI finalUri, boolean permanent, HttpHeaders headers, SortedMap<String, Boolean> fragments) {}

  /** One request and its response, before redirects are followed. */
  private record Exchange(int status, HttpHeaders headers, SortedMap<String, Boolean> fragments) {}

  /**
   * Requests {@code uri}; when {@code fragments} is not empty, with GET, looking for them in the
   * page.
   *
   * @param hosts the per-host limit of the current run; every request holds a permit of its host
   */
  LinkStatus probe(URI uri, Set<String> fragments, HostLimits hosts) throws InterruptedException {
    boolean useGet = !fragments.isEmpty();
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= policy.maxAttempts();
      Answer a;
      try {
        if (useGet) {
          a = follow(uri, "GET", fragments, hosts);
        } else {
          try {
            a = follow(uri, "HEAD", Set.of(), hosts);
          } catch (IOException e) {
            if (!isProtocolError(e)) throw e;
            useGet = true; // some servers drop the connection on HEAD
            a = follow(uri, "GET", fragments, hosts);
          }
          if (HEAD_REFUSED.contains(a.status())) {
            useGet = true;
            a = follow(uri, "GET", fragments, hosts);
          }
        }
      } catch (IOException e) {
        if (last && e instanceof HttpTimeoutException) return LinkStatus.timedOut(describe(e), clock.instant());
        if (last || e instanceof SSLHandshakeException) return LinkStatus.failed(describe(e), clock.instant());
        Thread.sleep(backoff(attempt).toMillis());
        continue;
      } catch (Unusable e) {
        return LinkStatus.failed(e.getMessage(), clock.instant());
      }
      if (!last && (a.status() == 429 || a.status() == 503)) {
        Duration wait = RetryAfter.parse(a.headers().firstValue("retry-after").orElse(null), clock.instant(), policy.maxRetryAfter())
            .orElse(backoff(attempt));
        Thread.sleep(wait.toMillis());
        continue;
      }
      if (!last && isTransient(a.status())) {
        Thread.sleep(backoff(attempt).toMillis());
        continue;
      }
      return new LinkStatus(a.status(), a.finalUri().toString(), a.permanent(), null, a.fragments(), clock.instant());
    }
  }

  private Answer follow(URI start, String method, Set<String> fragments, HostLimits hosts)
      throws IOException, InterruptedException, Unusable {
    URI current = start;
    boolean permanent = false;
    for (int hop = 0; ; hop++) {
      Exchange ex = exchange(current, method, fragments, hosts);
      String location = ex.headers().firstValue("location").orElse(null);
      if (!isRedirect(ex.status()) || location == null) {
        return new Answer(ex.status(), current, permanent, ex.headers(), ex.fragments());
      }
      if (hop >= policy.maxRedirects()) throw new Unusable("it redirects more than " + policy.maxRedirects() + " times");
      permanent |= ex.status() == 301 || ex.status() == 308;
      try {
        current = WebAddress.resolve(current, location);
      } catch (WebAddress.InvalidAddressException e) {
        throw new Unusable(e.getMessage());
      }
    }
  }

  private Exchange exchange(URI uri, String method, Set<String> fragments, HostLimits hosts)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(policy.requestTimeout())
        .header("User-Agent", policy.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .build();
    Semaphore permit = hosts.of(uri);
    permit.acquire();
    long sent = System.nanoTime();
    try {
      if (method.equals("HEAD")) {
        HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
        return new Exchange(r.statusCode(), r.headers(), new TreeMap<>());
      }
      HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      // Closing the stream right after the status tells the client not to download the body.
      try (InputStream body = r.body()) {
        boolean success = r.statusCode() >= 200 && r.statusCode() < 300;
        SortedMap<String, Boolean> found =
            success && !fragments.isEmpty() ? findFragments(body, r.headers(), uri, fragments, sent) : new TreeMap<>();
        return new Exchange(r.statusCode(), r.headers(), found);
      }
    } finally {
      permit.release();
    }
  }

  /** Fragment → found in the page; fragments that cannot be verified count as found. */
  private SortedMap<String, Boolean> findFragments(InputStream body, HttpHeaders headers, URI uri, Set<String> fragments, long sent)
      throws IOException {
    SortedMap<String, Boolean> found = new TreeMap<>();
    String type = headers.firstValue("content-type").orElse("").toLowerCase(Locale.ROOT);
    if (!type.startsWith("text/html") && !type.startsWith("application/xhtml+xml")) {
      for (String f : fragments) found.put(f, true); // not a page: a fragment means something else here
      return found;
    }
    int cap = (int) Math.min(policy.maxBodyBytes(), Integer.MAX_VALUE - 1);
    byte[] bytes = readWithin(body, cap + 1, sent);
    boolean truncated = bytes.length > cap;
    Document doc = Jsoup.parse(new ByteArrayInputStream(bytes, 0, Math.min(bytes.length, cap)), charset(type), uri.toString());
    Set<String> targets = new HashSet<>();
    for (Element e : doc.select("[id]")) targets.add(e.id());
    for (Element e : doc.select("a[name]")) targets.add(e.attr("name"));
    // A fragment missing from a truncated page may be in the part not read: give it the benefit of the doubt.
    for (String f : fragments) found.put(f, truncated || targets.contains(f));
    return found;
  }

  /**
   * Reads up to {@code max} bytes of a page, giving up when the request's time ({@link
   * ExternalLinkPolicy#requestTimeout()}, counted from {@code sent}) is over: a server that sends
   * its page a byte at a time must not hold the run. The client's own timeout ends with the
   * headers, and a blocked read has no timeout of its own, so an alarm closes the stream.
   */
  private byte[] readWithin(InputStream body, int max, long sent) throws IOException {
    long left = policy.requestTimeout().toNanos() - (System.nanoTime() - sent);
    AtomicBoolean expired = new AtomicBoolean();
    CompletableFuture<Void> alarm = CompletableFuture.runAsync(() -> {
      expired.set(true);
      try {
        body.close();
      } catch (IOException e) {
        // closed already
      }
    }, CompletableFuture.delayedExecutor(Math.max(0, left), TimeUnit.NANOSECONDS, Runnable::run));
    try {
      byte[] bytes = body.readNBytes(max);
      if (expired.get()) throw new PageTimeoutException(policy.requestTimeout());
      return bytes;
    } catch (IOException e) {
      if (expired.get()) throw new PageTimeoutException(policy.requestTimeout());
      throw e;
    } finally {
      alarm.cancel(false);
    }
  }

  /** The page did not arrive within the request's time, although its headers did. */
  private static final class PageTimeoutException extends HttpTimeoutException {
    private static final long serialVersionUID = 1L;

    PageTimeoutException(Duration limit) {
      super("the page did not arrive within " + Messages.describe(limit));
    }
  }

  private static String charset(String contentType) {
    int at = contentType.indexOf("charset=");
    if (at < 0) return null; // Jsoup then reads the BOM or <meta charset>, else UTF-8
    String name = contentType.substring(at + "charset=".length()).split(";", 2)[0].strip().replace("\"", "");
    try {
      return Charset.isSupported(name) ? name : null;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private Duration backoff(int attempt) {
    return policy.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
  }

  /** Server errors that may pass; 501, 505 and the like will not. */
  private static boolean isTransient(int status) {
    return status == 500 || status == 502 || status == 504;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** A failure of the exchange itself, as opposed to reaching the server at all. */
  private static boolean isProtocolError(IOException e) {
    return !(e instanceof HttpTimeoutException) && !(e instanceof ConnectException) && !(e instanceof SSLException)
        && !hasCause(e, UnresolvedAddressException.class) && !hasCause(e, UnknownHostException.class);
  }

  /** Why there was no usable response, for writers. */
  private String describe(IOException e) {
    if (e instanceof PageTimeoutException) return e.getMessage();
    if (e instanceof HttpConnectTimeoutException) return "no connection within " + Messages.describe(policy.connectTimeout());
    if (e instanceof HttpTimeoutException) return "no answer within " + Messages.describe(policy.requestTimeout());
    if (hasCause(e, UnresolvedAddressException.class) || hasCause(e, UnknownHostException.class)) return "its host name was not found";
    if (e instanceof ConnectException) return "the connection was refused or the server is unreachable";
    if (e instanceof SSLException) return "the secure connection failed (" + detail(e) + ")";
    return "the connection failed (" + detail(e) + ")";
  }

  private static String detail(Throwable e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) if (type.isInstance(t)) return true;
    return false;
  }
}
