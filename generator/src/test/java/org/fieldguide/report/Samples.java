package org.fieldguide.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;

/** Diagnostics that exercise every escaping rule, deliberately out of order. */
final class Samples {
  private Samples() {}

  static final List<Diagnostic> MIXED = List.of(
      Diagnostic.warning(new SourcePos("content/runbooks/deploy.md", 12, 5),
          "external link https://example.org/a returned 404 Not Found. Fix or remove the link."),
      Diagnostic.error(new SourcePos("content/runbooks/deploy.md", 3, 1),
          "link target 'a,b:c.md' not found; 100% sure <script> & friends\nsecond line"),
      Diagnostic.error(SourcePos.file("content/ar/شبكة.md"), "العنوان مفقود: أضف title"),
      Diagnostic.warning(new SourcePos("content/a,b:c.md", 2, 0), "column unknown | pipe *star* _u_ `code` [x](y)"));

  static String render(ReportFormat format, List<Diagnostic> diagnostics) {
    return render(ReportWriter.of(format, ReportOptions.none()), diagnostics);
  }

  static String render(ReportWriter writer, List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    try {
      writer.write(diagnostics, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
