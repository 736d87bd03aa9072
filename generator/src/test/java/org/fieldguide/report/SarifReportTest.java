package org.fieldguide.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifReportTest {

  @Test
  void minimalLogWithOneRulePerSeverity() {
    String sarif = Samples.render(ReportWriter.of(ReportFormat.SARIF, new ReportOptions("1.2.3", null)), Samples.MIXED);
    assertThat(sarif).isEqualTo("""
        {
          "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [
            {
              "tool": {
                "driver": {
                  "name": "fieldguide",
                  "version": "1.2.3",
                  "rules": [
                    {
                      "id": "fieldguide/error",
                      "shortDescription": {
                        "text": "A problem that fails the build."
                      },
                      "defaultConfiguration": {
                        "level": "error"
                      }
                    },
                    {
                      "id": "fieldguide/warning",
                      "shortDescription": {
                        "text": "A problem worth fixing that does not fail the build."
                      },
                      "defaultConfiguration": {
                        "level": "warning"
                      }
                    }
                  ]
                }
              },
              "columnKind": "utf16CodeUnits",
              "results": [
                {
                  "ruleId": "fieldguide/warning",
                  "ruleIndex": 1,
                  "level": "warning",
                  "message": {
                    "text": "column unknown | pipe *star* _u_ `code` [x](y)"
                  },
                  "locations": [
                    {
                      "physicalLocation": {
                        "artifactLocation": {
                          "uri": "content/a,b%3Ac.md"
                        },
                        "region": {
                          "startLine": 2
                        }
                      }
                    }
                  ]
                },
                {
                  "ruleId": "fieldguide/error",
                  "ruleIndex": 0,
                  "level": "error",
                  "message": {
                    "text": "العنوان مفقود: أضف title"
                  },
                  "locations": [
                    {
                      "physicalLocation": {
                        "artifactLocation": {
                          "uri": "content/ar/%D8%B4%D8%A8%D9%83%D8%A9.md"
                        }
                      }
                    }
                  ]
                },
                {
                  "ruleId": "fieldguide/error",
                  "ruleIndex": 0,
                  "level": "error",
                  "message": {
                    "text": "link target 'a,b:c.md' not found; 100% sure <script> & friends\\nsecond line"
                  },
                  "locations": [
                    {
                      "physicalLocation": {
                        "artifactLocation": {
                          "uri": "content/runbooks/deploy.md"
                        },
                        "region": {
                          "startLine": 3,
                          "startColumn": 1
                        }
                      }
                    }
                  ]
                },
                {
                  "ruleId": "fieldguide/warning",
                  "ruleIndex": 1,
                  "level": "warning",
                  "message": {
                    "text": "external link https://example.org/a returned 404 Not Found. Fix or remove the link."
                  },
                  "locations": [
                    {
                      "physicalLocation": {
                        "artifactLocation": {
                          "uri": "content/runbooks/deploy.md"
                        },
                        "region": {
                          "startLine": 12,
                          "startColumn": 5
                        }
                      }
                    }
                  ]
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void everyResultPointsAtTheRuleItNames() throws Exception {
    JsonNode run = new ObjectMapper().readTree(Samples.render(ReportFormat.SARIF, Samples.MIXED)).path("runs").get(0);
    JsonNode rules = run.path("tool").path("driver").path("rules");
    for (JsonNode result : run.path("results")) {
      assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asText()).isEqualTo(result.path("ruleId").asText());
    }
    assertThat(run.path("tool").path("driver").has("version")).isFalse();
  }

  @Test
  void pathsBecomeUriReferences() {
    assertThat(SarifReport.uri("content/my page.md")).isEqualTo("content/my%20page.md");
    assertThat(SarifReport.uri("c:x/100%.md")).isEqualTo("c%3Ax/100%25.md");
    assertThat(SarifReport.uri("/tmp/out")).isEqualTo("file:///tmp/out");
  }

  @Test
  void noDiagnosticsStillHasTheRunAndRules() throws Exception {
    JsonNode root = new ObjectMapper().readTree(Samples.render(ReportFormat.SARIF, List.of()));
    assertThat(root.path("runs").get(0).path("results").size()).isZero();
    assertThat(root.path("runs").get(0).path("tool").path("driver").path("rules").size()).isEqualTo(2);
  }
}
