package org.fieldguide.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

  @Test
  void countsAndSortedDiagnosticsWithoutLineForWholeFiles() {
    assertThat(Samples.render(ReportFormat.JSON, Samples.MIXED)).isEqualTo("""
        {
          "errors": 2,
          "warnings": 2,
          "diagnostics": [
            {
              "file": "content/a,b:c.md",
              "line": 2,
              "severity": "warning",
              "message": "column unknown | pipe *star* _u_ `code` [x](y)"
            },
            {
              "file": "content/ar/شبكة.md",
              "severity": "error",
              "message": "العنوان مفقود: أضف title"
            },
            {
              "file": "content/runbooks/deploy.md",
              "line": 3,
              "column": 1,
              "severity": "error",
              "message": "link target 'a,b:c.md' not found; 100% sure <script> & friends\\nsecond line"
            },
            {
              "file": "content/runbooks/deploy.md",
              "line": 12,
              "column": 5,
              "severity": "warning",
              "message": "external link https://example.org/a returned 404 Not Found. Fix or remove the link."
            }
          ]
        }
        """);
  }

  @Test
  void readsBackAsTheSameText() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Samples.render(ReportFormat.JSON, Samples.MIXED));
    assertThat(root.path("diagnostics").get(2).path("message").asText())
        .isEqualTo("link target 'a,b:c.md' not found; 100% sure <script> & friends\nsecond line");
  }

  @Test
  void noDiagnostics() {
    assertThat(Samples.render(ReportFormat.JSON, List.of()))
        .isEqualTo("{\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"diagnostics\": []\n}\n");
  }
}
