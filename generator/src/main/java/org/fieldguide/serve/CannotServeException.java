package org.fieldguide.serve;

/** {@code serve} cannot start; the message says why and what to do, for the terminal. */
public final class CannotServeException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CannotServeException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** 1 when the site's own files are at fault (site.yaml), 2 for a mistake in the command (a taken port). */
  public int exitCode() {
    return exitCode;
  }
}
