package org.fieldguide.report;

import java.io.IOException;
import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;

/**
 * Diagnostics grouped by file, for people: a header line per file, then {@code
 * line:col: severity: message} indented by two spaces (just {@code severity: message} for the
 * whole file), a blank line between files, and a final count line. Further lines of a multi-line
 * message are indented by four spaces.
 */
final class TextReport implements ReportWriter {

  @Override
  public void write(List<Diagnostic> diagnostics, Appendable out) throws IOException {
    List<Diagnostic> sorted = Counts.sorted(diagnostics);
    String file = null;
    for (Diagnostic d : sorted) {
      SourcePos pos = d.pos();
      if (!pos.file().equals(file)) {
        if (file != null) out.append('\n');
        file = pos.file();
        out.append(file).append('\n');
      }
      out.append("  ");
      if (Counts.hasLine(pos)) out.append(pos.line() + ":" + Math.max(pos.column(), 1) + ": ");
      out.append(d.severity().label()).append(": ").append(indentContinuations(d.message())).append('\n');
    }
    Counts counts = Counts.of(sorted);
    if (!sorted.isEmpty()) out.append('\n');
    out.append(counts.describe());
    if (counts.files() > 0) out.append(" in ").append(Counts.plural(counts.files(), "file"));
    out.append('\n');
  }

  private static String indentContinuations(String message) {
    return message.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\n    ");
  }
}
