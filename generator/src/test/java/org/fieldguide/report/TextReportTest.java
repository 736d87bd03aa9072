package org.fieldguide.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void groupsByFileInOrderWithACountLine() {
    assertThat(Samples.render(ReportFormat.TEXT, Samples.MIXED)).isEqualTo("""
        content/a,b:c.md
          2:1: warning: column unknown | pipe *star* _u_ `code` [x](y)

        content/ar/شبكة.md
          error: العنوان مفقود: أضف title

        content/runbooks/deploy.md
          3:1: error: link target 'a,b:c.md' not found; 100% sure <script> & friends
            second line
          12:5: warning: external link https://example.org/a returned 404 Not Found. Fix or remove the link.

        2 errors, 2 warnings in 3 files
        """);
  }

  @Test
  void singularCounts() {
    assertThat(Samples.render(ReportFormat.TEXT, List.of(Diagnostic.error(new SourcePos("a.md", 1, 1), "x"))))
        .isEqualTo("a.md\n  1:1: error: x\n\n1 error, 0 warnings in 1 file\n");
  }

  @Test
  void noDiagnosticsIsJustTheCountLine() {
    assertThat(Samples.render(ReportFormat.TEXT, List.of())).isEqualTo("0 errors, 0 warnings\n");
  }
}
