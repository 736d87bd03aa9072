package org.fieldguide.link.external;

import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * The per-host request limit of one run: a semaphore per host name and port. Every request,
 * redirect hops included, holds a permit of the host it goes to, so the limit holds even when
 * links on other hosts redirect here.
 */
final class HostLimits {
  private final int permits;
  private final ConcurrentHashMap<String, Semaphore> byHost = new ConcurrentHashMap<>();

  HostLimits(int permits) {
    this.permits = permits;
  }

  Semaphore of(URI uri) {
    return byHost.computeIfAbsent(WebAddress.hostKey(uri), h -> new Semaphore(permits, true));
  }
}
