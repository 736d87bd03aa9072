package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Diagrams that other generators' themes and plugins write as shortcodes or tags become the
 * {@code ```mermaid} blocks fieldguide draws, source unchanged (Mermaid's {@code {{hexagon}}}
 * nodes included, which look like template output); a {@code ```mermaid} block stays as it is.
 */
class DiagramImportTest {
  @TempDir Path dir;

  private static final String FLOW = "flowchart LR\n  Router -->|uplink| Switch{{Core switch}}\n  Switch --> Server";
  private static final String FENCE = "```mermaid\n" + FLOW + "\n```";

  @Test
  void hugoShortcodesOfEitherKindBecomeDiagrams() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Docs\"\nbaseURL = \"https://docs.example.org/\"\n")
        .with("content/net.md", "---\ntitle: Net\n---\nThe path:\n\n{{< mermaid align=\"center\" >}}\n" + FLOW + "\n{{< /mermaid >}}\n\n"
            + "{{% mermaid %}}\n  " + FLOW.replace("\n", "\n  ") + "\n{{% /mermaid %}}\n\n" + FENCE + "\n")
        .importAs(SourceTool.HUGO)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/net.md")).endsWith("The path:\n\n" + FENCE + "\n\n" + FENCE + "\n\n" + FENCE + "\n");
  }

  @Test
  void jekyllMermaidTagsBecomeDiagrams() {
    ImportFixture f = new ImportFixture(dir)
        .with("_config.yml", "title: Docs\nurl: https://docs.example.org\n")
        .with("net.md", "---\ntitle: Net\n---\nThe path:\n\n{% mermaid %}\n" + FLOW + "\n{% endmermaid %}\n")
        .importAs(SourceTool.JEKYLL)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/net.md")).endsWith("The path:\n\n" + FENCE + "\n");
  }

  @Test
  void zolaMermaidShortcodesBecomeDiagrams() {
    ImportFixture f = new ImportFixture(dir)
        .with("config.toml", "title = \"Docs\"\nbase_url = \"https://docs.example.org\"\n")
        .with("content/net.md", "+++\ntitle = \"Net\"\n+++\nThe path:\n\n{% mermaid() %}\n" + FLOW + "\n{% end %}\n")
        .importAs(SourceTool.ZOLA)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/net.md")).endsWith("The path:\n\n" + FENCE + "\n");
  }
}
