package org.fieldguide.theme;

import java.util.Map;
import org.fieldguide.i18n.UiStrings;

/**
 * Interface strings for one page, called from templates as {@code ui.t("key")}, {@code
 * ui.t("key", count)} or {@code ui.t("key", "name", value)}.
 */
public final class UiView {
  private final UiStrings strings;
  private final String language;

  UiView(UiStrings strings, String language) {
    this.strings = strings;
    this.language = language;
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
