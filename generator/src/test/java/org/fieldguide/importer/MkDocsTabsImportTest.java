package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MkDocs Material's content tabs ({@code === "Debian"}, pymdownx.tabbed) become one section per
 * tab, headed one level below the heading above; inside a list or an admonition, a bold label.
 * Tabs nest; a tab written in a code block is code.
 */
class MkDocsTabsImportTest {
  @TempDir Path dir;

  @Test
  void eachTabBecomesASectionOfThePage() {
    ImportFixture f = new ImportFixture(dir)
        .with("mkdocs.yml", "site_name: Runbooks\nsite_url: https://runbooks.example.org/\nmarkdown_extensions:\n  - pymdownx.tabbed\n")
        .with("docs/index.md", "# Home\n\nSee [install](install.md#debian).\n")
        .with("docs/install.md", """
            # Install

            ## Packages

            === "Debian"

                ```bash
                apt install agent
                ```

                === "Bookworm"
                    Use the backports.

            ===+ "RHEL"
                dnf install agent

            1. Open a shell.

                === "Local"
                    Log in at the console.

            !!! note "Firewall"
                === "nftables"
                    Open port 9100.

            ```text
            === "not a tab"
                code
            ```
            """)
        .importAs(SourceTool.MKDOCS)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/install.md")).endsWith("""
        ## Packages

        ### Debian

        ```bash
        apt install agent
        ```

        #### Bookworm

        Use the backports.

        ### RHEL

        dnf install agent

        1. Open a shell.

            **Local**

            Log in at the console.

        !!! note "Firewall"

            **nftables**

            Open port 9100.

        ```text
        === "not a tab"
            code
        ```
        """);
  }
}
