package org.fieldguide.link;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Path arithmetic on URL and content paths: forward slashes, {@code .} and {@code ..}, percent escapes. */
public final class UrlPaths {
  private UrlPaths() {}

  /**
   * {@code relative} resolved against the folder {@code folder} (both without a leading slash),
   * with {@code .} and {@code ..} applied and without a trailing slash. Empty when the path climbs
   * above the root.
   */
  public static Optional<String> resolve(String folder, String relative) {
    Deque<String> parts = new ArrayDeque<>();
    for (String s : folder.split("/")) if (!s.isEmpty()) parts.addLast(s);
    for (String s : relative.split("/")) {
      if (s.isEmpty() || s.equals(".")) continue;
      if (s.equals("..")) {
        if (parts.isEmpty()) return Optional.empty();
        parts.removeLast();
      } else {
        parts.addLast(s);
      }
    }
    return Optional.of(String.join("/", parts));
  }

  /** Percent escapes decoded ({@code %20} → space); {@code +} stays a plus, as in a path. */
  public static String decode(String s) {
    if (s.indexOf('%') < 0) return s;
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
