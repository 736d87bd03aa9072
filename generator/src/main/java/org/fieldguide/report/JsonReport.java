package org.fieldguide.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;

/**
 * {@code {"errors": n, "warnings": n, "diagnostics": [{"file", "line", "column", "severity",
 * "message"}]}}, sorted by position. {@code line} and {@code column} are left out for a
 * diagnostic about the whole file, {@code column} alone when it is unknown.
 */
final class JsonReport implements ReportWriter {
  private final PrettyJson json = new PrettyJson();

  @Override
  public void write(List<Diagnostic> diagnostics, Appendable out) throws IOException {
    List<Diagnostic> sorted = Counts.sorted(diagnostics);
    Counts counts = Counts.of(sorted);
    ObjectNode root = json.object();
    root.put("errors", counts.errors());
    root.put("warnings", counts.warnings());
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : sorted) {
      SourcePos pos = d.pos();
      ObjectNode n = list.addObject();
      n.put("file", pos.file());
      if (Counts.hasLine(pos)) n.put("line", pos.line());
      if (Counts.hasColumn(pos)) n.put("column", pos.column());
      n.put("severity", d.severity().label());
      n.put("message", d.message());
    }
    out.append(json.write(root));
  }
}
