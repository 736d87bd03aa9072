package org.fieldguide.importer;

import java.util.Optional;

/**
 * One language of the source site, as its configuration describes it.
 *
 * @param name the language's name, or "" where the configuration names it by its code only
 * @param title the site's title in this language, where the configuration gives one (Zola's
 *     and Hugo's {@code [languages.fr] title})
 * @param direction the writing direction ({@code rtl}, {@code ltr}) the configuration sets
 *     (Docusaurus's {@code localeConfigs}, Hugo's {@code languageDirection}); without one the language gets fieldguide's default
 */
record SourceLanguage(String name, Optional<String> title, Optional<String> direction) {

  /** A language whose configuration gives no title or writing direction. */
  SourceLanguage(String name) {
    this(name, Optional.empty(), Optional.empty());
  }
}
