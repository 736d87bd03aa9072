package org.fieldguide.config;

/**
 * One language of the site.
 *
 * @param code the suffix of translated files and the URL prefix, such as {@code es}
 * @param name the language's name in itself, shown in the language switcher
 */
public record LanguageConfig(String code, String name, Direction direction) {}
