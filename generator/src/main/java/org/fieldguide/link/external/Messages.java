package org.fieldguide.link.external;

import java.time.Duration;
import java.util.Locale;

/** The writer-facing texts of external link diagnostics: what is wrong, then what to do. */
final class Messages {
  private Messages() {}

  static String badStatus(WebAddress address, LinkStatus s) {
    String written = address.written();
    String code = statusText(s.status());
    String via = s.finalUrl() != null && !s.finalUrl().equals(address.uri().toString())
        ? " (after redirecting to " + s.finalUrl() + ")" : "";
    String head = "external link " + written + " returned " + code + via + ". ";
    int c = s.status();
    if (c == 401 || c == 403) {
      return head + "The site may refuse automated checks: open the link in a browser; if it works there, add it to the "
          + "ignore patterns, otherwise fix or remove the link.";
    }
    if (c == 429) return head + "The site is limiting requests; rerun the check later.";
    if (c >= 500) return head + "The site may be down only for now: rerun the check later, and fix or remove the link if it stays broken.";
    return head + "Fix or remove the link.";
  }

  static String failed(String written, String error) {
    return "external link " + written + " could not be checked: " + error + ". Check the address; if the site is down only for now, "
        + "rerun the check later.";
  }

  static String invalid(String written, String reason) {
    return "external link " + written + " cannot be checked: " + reason + ". Fix the link.";
  }

  static String permanentRedirect(String written, String finalUrl) {
    return "external link " + written + " permanently redirects to " + finalUrl + "; update the link.";
  }

  static String missingFragment(String written, String fragment) {
    return "external link " + written + " points to '#" + fragment + "', but the page has no element with that id or name. "
        + "Link to an existing heading, or remove the fragment.";
  }

  static String timedOut(String written, Duration deadline) {
    return "external link " + written + " was not checked: the whole check ran out of time (" + describe(deadline) + "). "
        + "Rerun the check, or allow it more time with --deadline, for example --deadline " + option(deadline.multipliedBy(2)) + ".";
  }

  static String cacheNotSaved(String reason) {
    return "could not save the external link cache (" + reason + "); the next run will check every link again.";
  }

  static String cacheUnreadable(String reason) {
    return "could not read the external link cache (" + reason + "), so every link is checked again and the cache is written anew.";
  }

  static String cacheUnusableOffline(String reason) {
    return "could not read the external link cache (" + reason + "), and --offline uses nothing else, so no external link was checked."
        + " Run the check once without --offline to rebuild it.";
  }

  static String noCacheOffline() {
    return "there is no external link cache yet, and --offline uses nothing else, so no external link was checked."
        + " Run the check once without --offline to fill it.";
  }

  /** A duration as the --deadline option takes it: {@code 45s}, {@code 10m}, {@code 1h30m}. */
  static String option(Duration d) {
    long s = Math.max(1, (d.toMillis() + 999) / 1000);
    StringBuilder out = new StringBuilder();
    if (s >= 3600) out.append(s / 3600).append('h');
    if (s % 3600 >= 60) out.append(s % 3600 / 60).append('m');
    if (s % 60 > 0) out.append(s % 60).append('s');
    return out.toString();
  }

  /** {@code 404 Not Found}; just the number for codes without a well-known name. */
  static String statusText(int status) {
    String reason = switch (status) {
      case 200 -> "OK";
      case 204 -> "No Content";
      case 300 -> "Multiple Choices";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 408 -> "Request Timeout";
      case 410 -> "Gone";
      case 414 -> "URI Too Long";
      case 429 -> "Too Many Requests";
      case 451 -> "Unavailable For Legal Reasons";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "";
    };
    return reason.isEmpty() ? String.valueOf(status) : status + " " + reason;
  }

  /** A duration as a writer reads it: {@code 300 ms}, {@code 20 s}, {@code 1.5 s}, {@code 5 min}. */
  static String describe(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) return ms + " ms";
    if (ms < 60_000) {
      return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long s = d.toSeconds();
    if (s < 3600) return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
    return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
  }
}
