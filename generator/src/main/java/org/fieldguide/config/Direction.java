package org.fieldguide.config;

import java.util.Locale;

/** Writing direction of a language. */
public enum Direction {
  LTR,
  RTL;

  /** The value of an HTML {@code dir} attribute. */
  public String html() {
    return name().toLowerCase(Locale.ROOT);
  }
}
