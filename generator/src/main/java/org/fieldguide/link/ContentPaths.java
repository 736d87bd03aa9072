package org.fieldguide.link;

import java.util.Optional;
import org.fieldguide.config.SiteConfig;
import org.fieldguide.content.MarkdownName;

/** Path arithmetic inside {@code content/}, with forward slashes and no file system access. */
final class ContentPaths {
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

  /**
   * {@code a/x.es.md} → {@code a/x.md} and {@code es}, when {@code es} is a site language: the
   * name's last segment before {@code .md} when it is a language tag ({@code [a-z]{2,3}} and
   * {@code -} subtags of 2 to 8 letters or digits) and something comes before it, as the content
   * format reads file names ({@link MarkdownName#languageDot}).
   */
  static Split splitLanguage(String path, SiteConfig config) {
    int dot = MarkdownName.languageDot(path);
    if (dot > 0) {
      String language = path.substring(dot + 1, path.length() - MD.length());
      if (config.hasLanguage(language)) return new Split(path.substring(0, dot) + MD, Optional.of(language));
    }
    return new Split(path, Optional.empty());
  }

  private static final String MD = ".md";

  record Split(String neutralPath, Optional<String> language) {}
}
