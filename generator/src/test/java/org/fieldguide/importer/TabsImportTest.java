package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tabs become one section per tab, headed one level below the heading above; inside a list or an
 * admonition, a bold label: MkDocs Material's content tabs ({@code === "Debian"},
 * pymdownx.tabbed), which nest, and a tab written in a code block is code; Hugo themes' tab
 * shortcodes (hugo-book, Relearn, Docsy). Docusaurus's {@code <Tabs>}: DocusaurusImportTest.
 */
class TabsImportTest {
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

  @Test
  void hugoThemesTabShortcodesBecomeSections() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Docs\"\nbaseURL = \"https://docs.example.org/\"\n")
        .with("content/install.md", """
            ---
            title: Install
            ---
            ## Packages

            {{< tabs "os" >}}
            {{< tab "Debian" >}}
            Use **apt**.
            {{< /tab >}}
            {{% tab title="RHEL" %}}Use **dnf**.{{% /tab %}}
            {{< /tabs >}}

            ## Commands

            ```bash
            # a comment, not a heading
            ```

            {{< tabpane lang="bash" >}}
            {{< tab header="Pick one:" disabled=true />}}
            {{< tab header="Debian" >}}apt install agent{{< /tab >}}
            {{< tab header="Notes" text=true >}}Needs root.{{< /tab >}}
            {{< /tabpane >}}

            1. Open a shell.

                {{< tabs >}}
                {{< tab "Local" >}}Log in at the console.{{< /tab >}}
                {{< /tabs >}}
            """)
        .importAs(SourceTool.HUGO)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/install.md")).endsWith("""
        ## Packages

        ### Debian

        Use **apt**.

        ### RHEL

        Use **dnf**.

        ## Commands

        ```bash
        # a comment, not a heading
        ```

        ### Debian

        ```bash
        apt install agent
        ```

        ### Notes

        Needs root.

        1. Open a shell.

            **Local**

            Log in at the console.
        """);
  }

  @Test
  void aTabSetWithoutATabItKnowsIsLeftForAPerson() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Docs\"\nbaseURL = \"https://docs.example.org/\"\n")
        .with("content/install.md", "---\ntitle: Install\n---\n{{< tabs >}}\nText.\n{{< /tabs >}}\n")
        .importAs(SourceTool.HUGO)
        .assertLeft(
            "content/install.md:4:1: warning: Hugo shortcode 'tabs' left as text: fieldguide has no shortcodes. Rewrite what it shows in Markdown, or remove it.");
    assertThat(f.file("content/install.md")).contains("{{< tabs >}}\nText.\n{{< /tabs >}}");
  }
}
