package org.fieldguide.scaffold;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fieldguide.config.SiteConfig;

/** Paths of a page and its translations: {@code x.md} ↔ {@code x.es.md}. */
final class SourceOfTranslation {
  private static final Pattern TRANSLATION = Pattern.compile("(.+)\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.md");

  private SourceOfTranslation() {}

  /** The default-language file a translation was made from, when the name has a language suffix. */
  static Optional<Path> sourceOf(Path translation, SiteConfig config) {
    Matcher m = TRANSLATION.matcher(translation.getFileName().toString());
    if (!m.matches() || !config.hasLanguage(m.group(2)) || m.group(2).equals(config.defaultLanguage())) {
      return Optional.empty();
    }
    return Optional.of(translation.resolveSibling(m.group(1) + ".md"));
  }

  /** The translation file of {@code source} into {@code language}. */
  static Path translationOf(Path source, String language) {
    String name = source.getFileName().toString();
    return source.resolveSibling(name.substring(0, name.length() - 3) + "." + language + ".md");
  }
}
