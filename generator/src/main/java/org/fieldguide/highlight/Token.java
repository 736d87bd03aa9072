package org.fieldguide.highlight;

/** The token classes the theme colours; each is a CSS class {@code hl-<letter>}. */
enum Token {
  COMMENT("c"),
  STRING("s"),
  NUMBER("n"),
  KEYWORD("k"),
  VARIABLE("v"),
  /** Commands, functions, decorators. */
  FUNCTION("f"),
  /** Keys, options, label names, sections. */
  NAME("a");

  private final String cssClass;

  Token(String letter) {
    this.cssClass = "hl-" + letter;
  }

  String cssClass() {
    return cssClass;
  }
}
