package org.fieldguide.config;

import java.util.Optional;

/**
 * One language of the site.
 *
 * @param code the suffix of translated files and the URL prefix, such as {@code es}
 * @param name the language's name in itself, shown in the language switcher
 * @param title the site title in this language, when it differs from the site's {@code title}
 */
public record LanguageConfig(String code, String name, Direction direction, Optional<String> title) {

  public LanguageConfig(String code, String name, Direction direction) {
    this(code, name, direction, Optional.empty());
  }
}
