package org.fieldguide.link.external;

import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;

/**
 * What one external link check found.
 *
 * @param diagnostics one per problem per place the link is written, sorted by position
 */
public record ExternalLinkReport(List<Diagnostic> diagnostics, ExternalLinkSummary summary) {
  public ExternalLinkReport {
    diagnostics = List.copyOf(diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
