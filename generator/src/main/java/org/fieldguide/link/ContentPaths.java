package org.fieldguide.link;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.config.SiteConfig;

/** Path arithmetic inside {@code content/}, with forward slashes and no file system access. */
final class ContentPaths {
  private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("(.+)\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.md");

  private ContentPaths() {}

  /**
   * Resolves {@code written} against the content folder {@code folder}; a leading {@code /} means
   * the top of {@code content/}. Empty when the path climbs out of {@code content/}.
   */
  static Optional<String> resolve(String folder, String written) {
    return UrlPaths.resolve(written.startsWith("/") ? "" : folder, written);
  }

  /** The path of {@code target} relative to the folder {@code folder}, as a writer would type it. */
  static String relative(String folder, String target) {
    String[] from = folder.isEmpty() ? new String[0] : folder.split("/");
    String[] to = target.split("/");
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) common++;
    StringBuilder sb = new StringBuilder();
    for (int i = common; i < from.length; i++) sb.append("../");
    for (int i = common; i < to.length; i++) {
      sb.append(to[i]);
      if (i < to.length - 1) sb.append('/');
    }
    return sb.toString();
  }

  /** {@code a/x.es.md} → {@code a/x.md} and {@code es}, when {@code es} is a site language. */
  static Split splitLanguage(String path, SiteConfig config) {
    Matcher m = LANGUAGE_SUFFIX.matcher(path);
    if (m.matches() && config.hasLanguage(m.group(2))) {
      return new Split(m.group(1) + ".md", Optional.of(m.group(2)));
    }
    return new Split(path, Optional.empty());
  }

  record Split(String neutralPath, Optional<String> language) {}
}
