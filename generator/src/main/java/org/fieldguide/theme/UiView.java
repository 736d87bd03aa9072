package org.fieldguide.theme;

import java.util.Map;
import org.fieldguide.highlight.Highlighter;
import org.fieldguide.i18n.UiStrings;

/**
 * Interface strings for one page, called from templates as {@code ui.t("key")}, {@code
 * ui.t("key", count)} or {@code ui.t("key", "name", value)}; and code highlighted as the page
 * bodies' code blocks are, {@code ${ui.highlight("promql", expr)?no_esc}}.
 */
public final class UiView {
  private final UiStrings strings;
  private final String language;
  private final Highlighter highlighter;

  UiView(UiStrings strings, String language, Highlighter highlighter) {
    this.strings = strings;
    this.language = language;
    this.highlighter = highlighter;
  }

  /** {@code code} as HTML, escaped, with the tokens of {@code language} marked (see {@link Highlighter}). */
  public String highlight(String language, String code) {
    return highlighter.html(language, code);
  }

  /**
   * The same strings in another language of the site, for pages that speak to readers of every
   * language at once (the 404 page served at any address): {@code ui.in("es").t("key")}.
   */
  public UiView in(String otherLanguage) {
    return new UiView(strings, otherLanguage, highlighter);
  }

  /** The language these strings are in. */
  public String language() {
    return language;
  }

  public String t(String key) {
    return strings.format(language, key);
  }

  /** A message with a {@code count} argument, for plurals. */
  public String t(String key, Number count) {
    return strings.format(language, key, Map.of("count", count));
  }

  /** A message with one named argument. */
  public String t(String key, String name, Object value) {
    return strings.format(language, key, Map.of(name, value));
  }

  /** A message with two named arguments. */
  public String t(String key, String name1, Object value1, String name2, Object value2) {
    return strings.format(language, key, Map.of(name1, value1, name2, value2));
  }
}
