package org.fieldguide.yaml;

import org.fieldguide.diagnostic.Diagnostic;

/** YAML that cannot be read at all: bad syntax or a duplicate key. Carries the diagnostic. */
public final class YamlException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Diagnostic diagnostic;

  public YamlException(Diagnostic diagnostic) {
    super(diagnostic.toString());
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
