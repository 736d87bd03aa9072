package org.fieldguide.diagnostic;

/** How bad a problem is: errors fail the build, warnings are reported only. */
public enum Severity {
  ERROR,
  WARNING;

  public String label() {
    return this == ERROR ? "error" : "warning";
  }
}
