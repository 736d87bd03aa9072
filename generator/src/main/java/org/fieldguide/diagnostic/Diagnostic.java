package org.fieldguide.diagnostic;

/**
 * One problem found in a writer's input, with where it is and what to do about it.
 *
 * @param message what is wrong and what to do, written for the writer, not the developer
 */
public record Diagnostic(Severity severity, SourcePos pos, String message)
    implements Comparable<Diagnostic> {

  public static Diagnostic error(SourcePos pos, String message) {
    return new Diagnostic(Severity.ERROR, pos, message);
  }

  public static Diagnostic warning(SourcePos pos, String message) {
    return new Diagnostic(Severity.WARNING, pos, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Diagnostic o) {
    int c = pos.compareTo(o.pos);
    if (c != 0) return c;
    c = severity.compareTo(o.severity);
    return c != 0 ? c : message.compareTo(o.message);
  }

  /** The one-line form printed to writers: {@code file:line:col: error: message}. */
  @Override
  public String toString() {
    return pos + ": " + severity.label() + ": " + message;
  }
}
