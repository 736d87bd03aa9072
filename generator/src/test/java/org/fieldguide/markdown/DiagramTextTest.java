package org.fieldguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.fieldguide.html.FragmentSanitizer;
import org.junit.jupiter.api.Test;

/** What a diagram says is searchable; its syntax is not. */
class DiagramTextTest {
  @Test
  void labelsMessagesAndTitlesAreTheWordsOfADiagram() {
    assertThat(DiagramText.of("""
        ---
        title: Test path
        config:
          theme: forest
        ---
        %% a comment
        flowchart LR
          R[Edge router] -->|uplink| S{Core switch}
          S --> M(("Measurement <b>server</b>"))
          S --> DB[(Results)]
        """)).isEqualTo("Test path\nEdge router\nuplink\nCore switch\nMeasurement server\nResults\n");
    assertThat(DiagramText.of("sequenceDiagram\n  Client->>Server: download test\n  Server-->>Client: result 42\n  Note over A: 1234\n"))
        .isEqualTo("download test\nresult 42\n");
    assertThat(DiagramText.of("pie title Disk use\n  \"Logs\" : 42\n")).isEqualTo("Logs\n");
    assertThat(DiagramText.of("stateDiagram-v2\n  title Disk states\n  Failed : replace \"now\"\n")).isEqualTo("Disk states\nnow\nreplace\n");
    // Linear: a long line of what the patterns look for ends at once.
    assertThat(DiagramText.of(":".repeat(200_000) + "[".repeat(200_000) + "(".repeat(200_000))).isEmpty();
    assertThat(DiagramText.of("[" + "<".repeat(200_000) + "x]").endsWith("x\n")).isTrue();
  }

  @Test
  void aPagesSearchTextHoldsItsDiagramsWordsButNotTheirSyntax() {
    RenderedBody body = new MarkdownEngine().render(new BodyInput("Path:\n\n```mermaid\nflowchart LR\n  A[Edge router] -->|uplink| B\n```\n\nEnd.\n",
        "content/a.md", 5, new BodyInput.Labels("Link", Map.of()), FragmentSanitizer.Mode.SANITISE, false));
    assertThat(body.text()).contains("Edge router", "uplink", "Path:", "End.").doesNotContain("flowchart", "-->");
  }
}
