package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small multilingual Hugo (Docsy-style) site imported, built and checked. */
class HugoImportTest {
  @TempDir Path dir;

  private ImportFixture site() {
    return new ImportFixture(dir)
        .with("hugo.toml", """
            baseURL = "https://docs.example.org/"
            title = "Example Docs"
            defaultContentLanguage = "en"

            [languages.en]
            languageName = "English"
            weight = 1
            contentDir = "content/en"

            [languages.es]
            languageName = "Español"
            weight = 2
            contentDir = "content/es"

            [params]
            github_repo = "https://github.com/example/docs"
            """)
        .with("content/en/_index.md", """
            +++
            title = "Example Docs"
            +++
            Start with the [installation guide]({{< ref "docs/install.md" >}}).
            """)
        .with("content/en/docs/_index.md", """
            ---
            title: Documentation
            linkTitle: Docs
            weight: 20
            type: docs
            menu:
              main:
                weight: 20
            ---
            {{% pageinfo %}}
            This section is being written.
            {{% /pageinfo %}}
            """)
        .with("content/en/docs/install.md", """
            ---
            title: Install
            description: How to install the tool.
            weight: 1
            aliases: [/install/, old-install]
            date: 2024-01-15
            toc_hide: false
            ---
            {{< alert title="Back up first" color="warning" >}}
            See [backups]({{< relref "backups" >}}).
            {{< /alert >}}

            ## Download {#download}

            {{< figure src="/images/screen.png" alt="The installer" >}}

            {{< tabpane >}}
            {{< tab "Linux" >}}apt install tool{{< /tab >}}
            {{< /tabpane >}}

            Then [configure it](/docs/configure/#options); [en español](/es/docs/install/).
            """)
        .with("content/en/docs/configure/index.md", """
            ---
            title: Configure
            weight: 2
            ---
            ![Diagram of the parts](diagram.png)

            ## Options

            Shortcodes are written like `{{</* ref "x.md" */>}}`.
            """)
        .withBytes("content/en/docs/configure/diagram.png", new byte[] {1, 2, 3})
        .with("content/en/docs/backups.md", "---\ntitle: Backups\nweight: 3\n---\nCopy `/var/lib/tool`.\n")
        .with("content/es/_index.md", "---\ntitle: Documentos de ejemplo\n---\nEmpiece por [instalar](docs/install/).\n")
        .with("content/es/docs/install.md", """
            ---
            title: Instalar
            weight: 1
            ---
            Vea las [copias de seguridad]({{< ref "docs/backups.md" >}}) y [descargar](#download).

            ## Descargar {#download}
            """)
        .withBytes("static/images/screen.png", new byte[] {4, 5, 6});
  }

  @Test
  void importsAMultilingualSiteThatBuildsAndChecksCleanly() {
    ImportFixture f = site().importAs(SourceTool.HUGO)
        .assertLeft(
            "site.yaml: warning: front-matter keys that mean something else in fieldguide were left out: type (1 page). type names a layout in hugo; fieldguide's type is the content type (page, runbook, …).")
        .assertBuildsAndChecksCleanly();
    assertThat(f.result.pagesByLanguage()).containsExactly(Map.entry("en", 5), Map.entry("es", 2));
    assertThat(f.result.assets()).isEqualTo(2);

    assertThat(f.file("site.yaml")).isEqualTo("""
        # Written by fieldguide import from a hugo site. See README.md: site.yaml.
        title: Example Docs
        base_url: https://docs.example.org/
        default_language: en
        languages:
          en:
            name: English
          es:
            name: Español
        repository: https://github.com/example/docs
        front_matter:
          fields:
            date: date
            linkTitle: text
          ignore: [menu, toc_hide]
        """);
    assertThat(f.file("content/docs/install.md")).startsWith("""
        ---
        title: Install
        summary: How to install the tool.
        weight: 1
        aliases: [/install/, /docs/install/old-install]
        date: "2024-01-15"
        ---
        !!! warning "Back up first"
            See [backups](backups.md).
        """).contains(
            "![The installer](../images/screen.png)",
            // Docsy's tab pane: one section per tab.
            "\n### Linux\n\napt install tool\n",
            "Then [configure it](configure.md#options); [en español](install.md).");
    assertThat(f.file("content/docs/_index.md")).contains("!!! note\n    This section is being written.").doesNotContain("type:");
    assertThat(f.file("content/docs/configure.md"))
        .contains("![Diagram of the parts](configure/diagram.png)", "`{{< ref \"x.md\" >}}`");
    assertThat(f.file("content/_index.md")).contains("[installation guide](docs/install.md)");
    assertThat(f.file("content/_index.es.md")).contains("[instalar](docs/install.md)");
    assertThat(f.file("content/docs/install.es.md")).contains("[copias de seguridad](backups.md) y [descargar](#download)");
    assertThat(f.exists("content/images/screen.png")).isTrue();
    assertThat(f.exists("content/docs/configure/diagram.png")).isTrue();
    assertThat(f.published("es/docs/install/index.html")).contains("Instalar");
  }

  /** Hugo's per-language title and writing direction are kept in site.yaml. */
  /**
   * Hugo published a page at its lower-cased path, spaces made dashes: that address, where the
   * imported page (named as its file) would not answer, is kept as an alias; one that differs
   * from the page's own only in letter case is not (on a file system that ignores case its
   * redirect would replace the page). A page that keeps its url was published there only, so its
   * path-based addresses are not made aliases. An old address that is now another page's is left
   * to that page.
   */
  @Test
  void oldAddressesNotServedAnyMoreBecomeAliasesUnlessAPageHasThem() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Guides\"\nbaseURL = \"https://guides.example.org/\"\n")
        .with("content/_index.md", "---\ntitle: Home\n---\nWelcome.\n")
        .with("content/moved.md", "---\ntitle: Moved\nslug: renamed\n---\nMoved.\n")
        .with("content/clash.md", "---\ntitle: Clash\nslug: taken\n---\nClash.\n")
        .with("content/taken.md", "---\ntitle: Taken\n---\nTaken.\n")
        .with("content/other/custom.md", "---\ntitle: Custom\nurl: /custom/\n---\nCustom.\n")
        .importAs(SourceTool.HUGO);
    // Hugo published moved.md at /renamed/ (its slug): kept. clash.md was at /taken/, where taken.md is now.
    assertThat(f.file("content/moved.md")).contains("aliases: [/renamed/]\n");
    assertThat(f.file("content/clash.md")).doesNotContain("aliases");
    assertThat(f.file("content/taken.md")).doesNotContain("aliases");
    assertThat(f.file("content/other/custom.md")).contains("url: /custom/\n").doesNotContain("aliases");
    f.assertBuildsAndChecksCleanly();
    assertThat(f.published("renamed/index.html")).contains("url=../en/moved/");

    // Named with capitals and a space, published by Hugo lower-cased with a dash.
    ImportFixture g = new ImportFixture(dir.resolve("names"))
        .with("hugo.toml", "title = \"Guides\"\nbaseURL = \"https://guides.example.org/\"\n")
        .with("content/Setup/Spare disk.md", "---\ntitle: Spare disk\n---\nSwap it.\n")
        .with("content/Setup/Rack.md", "---\ntitle: Rack\n---\nRack it.\n")
        .importAs(SourceTool.HUGO);
    assertThat(g.file("content/Setup/Spare disk.md")).contains("aliases: [/setup/spare-disk/]\n");
    assertThat(g.file("content/Setup/Rack.md")).doesNotContain("aliases");
  }

  @Test
  void aLanguagesTitleAndDirectionAreKept() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", """
            title = "Site Guides"
            baseURL = "https://guides.example.org/"
            defaultContentLanguage = "en"

            [languages.en]
            languageName = "English"
            weight = 1

            [languages.ar]
            languageName = "العربية"
            title = "أدلة الموقع"
            languageDirection = "RTL"
            weight = 2
            """)
        .with("content/_index.md", "---\ntitle: Home\n---\nWelcome.\n")
        .with("content/_index.ar.md", "---\ntitle: الرئيسية\n---\nأهلاً.\n")
        .importAs(SourceTool.HUGO)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("site.yaml")).contains("""
        languages:
          en:
            name: English
          ar:
            name: العربية
            title: أدلة الموقع
            direction: rtl
        """);
  }

  /**
   * Kubernetes' docs (kubernetes/website) mark notes with shortcodes named by their kind and show
   * code in tabs by {@code codelang}; Hextra's {@code callout} names its kind by {@code type}.
   * Each became text with a warning.
   */
  @Test
  void calloutsNamedByTheirKindAndCodeTabsAsKubernetesWritesThem() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Docs\"\nbaseURL = \"https://docs.example.org/\"\n")
        .with("content/scale.md", """
            ---
            title: Scale a StatefulSet
            ---
            {{< note >}}
            Use caution when deleting a PVC, as it may lead to data loss.
            {{< /note >}}

            {{< caution >}}Scale down only a healthy cluster.{{< /caution >}}

            {{< warning title="Data loss" >}}
            Deleting the claim deletes the volume.
            {{< /warning >}}

            {{< callout type="error" >}}Never force-delete a Pod you are unsure of.{{< /callout >}}

            ## Edit the manifest

            {{< tabs name="tab_with_code" >}}
            {{< tab name="POSIX" codelang="yaml" >}}
            replicas: 3
            {{< /tab >}}
            {{< tab name="Notes" >}}
            Use **kubectl apply** after.
            {{< /tab >}}
            {{< /tabs >}}
            """)
        .importAs(SourceTool.HUGO)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/scale.md")).endsWith("""
        ---
        !!! note
            Use caution when deleting a PVC, as it may lead to data loss.

        !!! caution
            Scale down only a healthy cluster.

        !!! warning "Data loss"
            Deleting the claim deletes the volume.

        !!! danger
            Never force-delete a Pod you are unsure of.

        ## Edit the manifest

        ### POSIX

        ```yaml
        replicas: 3
        ```

        ### Notes

        Use **kubectl apply** after.
        """);
  }

  /**
   * Grafana's docs write {@code admonition} with a {@code type}; the LoveIt theme's may be
   * positional (type, title, open) and closed ({@code open=false}: collapsed).
   */
  @Test
  void theAdmonitionShortcodeOfGrafanasDocsAndLoveIt() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Docs\"\nbaseURL = \"https://docs.example.org/\"\n")
        .with("content/alerts.md", """
            ---
            title: Alerting
            ---
            {{< admonition type="caution" >}}

            Starting in Grafana 13, `/api` endpoints are being deprecated.

            {{< /admonition >}}

            {{< admonition failure "If the rule never fires" false >}}
            Check the evaluation interval.
            {{< /admonition >}}
            """)
        .importAs(SourceTool.HUGO)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/alerts.md")).endsWith("""
        ---
        !!! caution
            Starting in Grafana 13, `/api` endpoints are being deprecated.

        ??? danger "If the rule never fires"
            Check the evaluation interval.
        """);
  }

  /**
   * Grafana's docs: code tabs (the blocks, each named by its language), collapse (a folded box)
   * and docs/shared (a file of the shared folder, headings made deeper by leveloffset). They were
   * left as text.
   */
  @Test
  void grafanasCodeTabsCollapseAndSharedPages() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Docs\"\nbaseURL = \"https://docs.example.org/\"\ncontentDir = \"docs/sources\"\n")
        .with("docs/sources/shared/install/linux.md", """
            ---
            headless: true
            ---
            # Install on Linux

            Run the package manager.
            """)
        .with("docs/sources/install.md", """
            ---
            title: Install
            ---
            {{< code >}}

            ```bash
            curl -O https://example.org/alloy
            ```

            ```powershell
            iwr https://example.org/alloy
            ```

            {{< /code >}}

            {{< collapse title="Older versions" >}}
            Use the archive.
            {{< /collapse >}}

            {{< docs/shared lookup="install/linux.md" source="alloy" version="<ALLOY_VERSION>" leveloffset="+1" >}}

            {{< docs/shared lookup="elsewhere.md" source="grafana" version="latest" >}}
            """)
        .importAs(SourceTool.HUGO)
        .assertLeft(
            "content/install.md:19:1: warning: Hugo shortcode 'docs/shared' left as text: fieldguide has no shortcodes. Rewrite what it shows"
                + " in Markdown, or remove it.",
            "content/shared/install/linux.md:2:1: warning: Hugo did not publish this page (headless, or build render never), so it is"
                + " imported as a draft. Delete it if other pages only showed its text or files, or remove draft: true to publish it.")
        .assertBuildsAndChecksWith(
            "content/install.md:19:1: warning: '{{< docs/shared' is a Hugo shortcode, and fieldguide has none: it is shown as text. Write what"
                + " it showed in Markdown (fieldguide import hugo converts the common ones), or put it in `code` to show it.");
    assertThat(f.file("content/install.md")).endsWith("""
        ---
        ```bash
        curl -O https://example.org/alloy
        ```

        ```powershell
        iwr https://example.org/alloy
        ```

        ??? note "Older versions"
            Use the archive.

        ## Install on Linux

        Run the package manager.

        {{< docs/shared lookup="elsewhere.md" source="grafana" version="latest" >}}
        """);
  }

  /**
   * Grafana's ref: links lead where the page's refs: front matter says for the site's own address
   * (its base path), version placeholders as latest; they were warned as targets not found.
   */
  @Test
  void grafanasRefLinksLeadWhereTheirRefsSay() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Alloy\"\nbaseURL = \"https://grafana.example.org/docs/alloy/latest/\"\ncontentDir = \"docs/sources\"\n")
        .with("docs/sources/configure/_index.md", "---\ntitle: Configure\n---\nSettings.\n")
        .with("docs/sources/install.md", """
            ---
            title: Install
            refs:
              configure:
                - pattern: /docs/grafana-cloud/
                  destination: /docs/grafana-cloud/send-data/alloy/configure/
                - pattern: /docs/alloy/
                  destination: /docs/alloy/<ALLOY_VERSION>/configure/
            ---
            Then [configure it](ref:configure), or read [the same][conf].

            [conf]: ref:configure
            """)
        .importAs(SourceTool.HUGO)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/install.md")).isEqualTo("""
        ---
        title: Install
        ---
        Then [configure it](configure/_index.md), or read [the same][conf].

        [conf]: configure/_index.md
        """);
    assertThat(f.file("site.yaml")).contains("ignore: [refs]");
  }

  /** Hugo's built-in embeds become links to what they showed; its own details takes summary=. */
  @Test
  void hugosBuiltInEmbedsBecomeLinks() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Docs\"\nbaseURL = \"https://docs.example.org/\"\n")
        .with("content/rack.md", """
            ---
            title: Racking
            ---
            {{< youtube w7Ft2ymGmfc >}}

            {{< youtube id="0RKpf3rK57I" title="Cable management" >}}

            {{< vimeo 55073825 >}}

            {{< gist spf13 7896402 "img.html" >}}

            {{< x user="SanDiegoZoo" id="1453110110599868418" >}}

            {{< instagram CxOWiQNP2MO >}}

            {{< details summary="Torque values" >}}
            2.5 N·m for M6 screws.
            {{< /details >}}

            {{< details summary="Shown" open=true >}}
            Open at first.
            {{< /details >}}
            """)
        .importAs(SourceTool.HUGO)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/rack.md")).endsWith("""
        ---
        [YouTube video](https://www.youtube.com/watch?v=w7Ft2ymGmfc)

        [Cable management](https://www.youtube.com/watch?v=0RKpf3rK57I)

        [Vimeo video](https://vimeo.com/55073825)

        [Gist](https://gist.github.com/spf13/7896402)

        [Post on X](https://x.com/SanDiegoZoo/status/1453110110599868418)

        [Instagram post](https://www.instagram.com/p/CxOWiQNP2MO/)

        ??? note "Torque values"
            2.5 N·m for M6 screws.

        !!! note "Shown"
            Open at first.
        """);
  }

  /**
   * Grafana's docs name their product through the param shortcode, set in a section's cascade;
   * Hugo looks in the page, then its sections' cascades from the nearest, then the configuration.
   */
  @Test
  void theParamShortcodeShowsTheValueHugoWouldHaveShown() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", """
            title = "Docs"
            baseURL = "https://docs.example.org/"
            defaultContentLanguage = "en"
            [params]
            support = "the Slack channel"
            [params.release]
            version = "v1.12"
            [languages.en]
            languageName = "English"
            [languages.es]
            languageName = "Español"
            [languages.es.params]
            support = "el canal de Slack"
            """)
        .with("content/_index.md", """
            ---
            title: Home
            cascade:
              PRODUCT_NAME: Alloy
              FULL_PRODUCT_NAME: Grafana Alloy
            ---
            # {{% param "FULL_PRODUCT_NAME" %}}
            """)
        .with("content/collect/_index.md", """
            ---
            title: Collect
            cascade:
              - _target:
                  path: /collect/old/**
                PRODUCT_NAME: Agent
              - PRODUCT_NAME: Alloy collector
            ---
            Text.
            """)
        .with("content/collect/logs.md", """
            ---
            title: Logs
            params:
              signal: logs
            ---
            {{< param "PRODUCT_NAME" >}} reads {{< param signal >}} with {{< param "release.version" >}} ({{% param "FULL_PRODUCT_NAME" %}}).
            Ask in {{< param "support" >}}; {{< param "missing" >}}.
            """)
        .with("content/collect/logs.es.md", """
            ---
            title: Registros
            ---
            Pregunte en {{< param "support" >}}.
            """)
        .importAs(SourceTool.HUGO)
        .assertLeft(
            "content/collect/logs.md:7:27: warning: Hugo's param 'missing' is set neither in this page's front matter, a cascade of its sections nor the"
                + " configuration's params, so it was left as text. Write the value it showed.");
    assertThat(f.file("content/_index.md")).contains("title: Home").doesNotContain("cascade").endsWith("---\n# Grafana Alloy\n");
    assertThat(f.file("content/collect/logs.md")).endsWith("""
        ---
        Alloy collector reads logs with v1.12 (Grafana Alloy).
        Ask in the Slack channel; {{< param "missing" >}}.
        """);
    assertThat(f.file("content/collect/logs.es.md")).endsWith("Pregunte en el canal de Slack.\n");
  }

  /** Pages Hugo rendered no page for (a headless bundle, build render never) are not published by the import either. */
  @Test
  void pagesHugoDidNotPublishAreImportedAsDrafts() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Docs\"\nbaseURL = \"https://docs.example.org/\"\n")
        .with("content/install.md", "---\ntitle: Install\n---\nText.\n")
        .with("content/snippets/index.md", "---\ntitle: Shared snippets\nheadless: true\n---\nNot a page.\n")
        .with("content/internal.md", "---\ntitle: Internal\n_build:\n  render: never\n  list: never\n---\nHidden.\n")
        .with("content/old.md", "+++\ntitle = \"Old\"\n[build]\nrender = false\n+++\nHidden too.\n")
        .importAs(SourceTool.HUGO);
    String note = ": warning: Hugo did not publish this page (headless, or build render never), so it is imported as a draft."
        + " Delete it if other pages only showed its text or files, or remove draft: true to publish it.";
    f.assertLeft(
            "content/internal.md:2:1" + note,
            "content/old.md:2:1" + note,
            "content/snippets.md:2:1" + note)
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/internal.md")).startsWith("---\ntitle: Internal\ndraft: true\n---\n");
    assertThat(f.file("content/snippets.md")).contains("draft: true");
    assertThat(f.file("content/install.md")).doesNotContain("draft");
  }

  /**
   * Kubernetes' code_sample (and the older codenew) shows a file of content/<lang>/examples/: it is
   * copied in as code, indented as its step; one whose file is not there is left, warned.
   */
  @Test
  void kubernetesCodeSamplesAreCopiedIn() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", "title = \"Docs\"\nbaseURL = \"https://docs.example.org/\"\n[languages.en]\ncontentDir = \"content/en\"\n")
        .with("content/en/examples/application/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\n")
        .with("content/en/examples/admin/README.txt", "Run:\n```\nkubectl apply -k .\n```\n")
        .with("content/en/docs/run.md", """
            ---
            title: Run
            ---
            1. Create the Deployment:

               {{% code_sample file="application/deployment.yaml" %}}

            1. Check it.

            {{< codenew file="pods/missing.yaml" >}}

            {{< codenew language="markdown" file="admin/README.txt" >}}
            """)
        .importAs(SourceTool.HUGO)
        .assertLeft("content/docs/run.md:15:1: warning: Hugo shortcode 'codenew' left as text: fieldguide has no shortcodes. Rewrite what it"
            + " shows in Markdown, or remove it.")
        .assertBuildsAndChecksWith(
            "content/docs/run.md:15:1: warning: '{{< codenew' is a Hugo shortcode, and fieldguide has none: it is shown as text. Write what it showed in"
                + " Markdown (fieldguide import hugo converts the common ones), or put it in `code` to show it.");
    assertThat(f.file("content/docs/run.md")).endsWith("""
        ---
        1. Create the Deployment:

           `application/deployment.yaml`

           ```yaml
           apiVersion: apps/v1
           kind: Deployment
           ```

        1. Check it.

        {{< codenew file="pods/missing.yaml" >}}

        `admin/README.txt`

        ~~~~markdown
        Run:
        ```
        kubectl apply -k .
        ```
        ~~~~
        """);
    assertThat(f.published("en/docs/run/index.html")).contains("<li>\n<p>Create the Deployment:</p>\n<p><code>application/deployment.yaml</code></p>");
  }

  /**
   * Shortcodes that show another file's text or a word from one: Docsy's readfile (Markdown, or
   * code), Kubernetes' include (its includes bundle), heading (the language's strings) and
   * glossary_tooltip (its text, or the term's title). They were left as text.
   */
  @Test
  void shortcodesThatShowAnotherFilesTextPutItIn() {
    ImportFixture f = new ImportFixture(dir)
        .with("hugo.toml", """
            title = "Docs"
            baseURL = "https://docs.example.org/"
            defaultContentLanguage = "en"
            [params]
            version = "v1.30"
            latest = "v1.31"
            [languages.en]
            contentDir = "content/en"
            [languages.es]
            contentDir = "content/es"
            """)
        .with("data/i18n/en/en.toml", "[prerequisites_heading]\nother = \"Before you begin\"\n")
        .with("data/i18n/es/es.toml", "[prerequisites_heading]\nother = \"Antes de empezar\"\n")
        .with("content/en/includes/task-tutorial-prereqs.md", """
            ---
            headless: true
            ---
            You need a cluster and the {{< glossary_tooltip text="kubectl" term_id="kubectl" >}} tool.
            """)
        .with("content/en/docs/reference/glossary/pod.md", "---\ntitle: Pod\nid: pod\n---\nThe smallest unit.\n\n<!--more-->\n\nIt holds containers.\n")
        .with("content/en/docs/manifest.yaml", "kind: Pod\n")
        .with("content/en/shared/notice.md", "Read the **safety** notes first.\n")
        .with("shared/footer.md", "Call the NOC.\n")
        .with("content/en/docs/run.md", """
            ---
            title: Run
            ---
            ## {{% heading "prerequisites" %}}

            {{< include "task-tutorial-prereqs.md" >}}

            A {{< glossary_tooltip term_id="pod" >}} runs {{< glossary_tooltip text="containers" term_id="container" >}}.

            {{< glossary_definition term_id="pod" length="short" prepend="A Pod is" >}}

            {{< glossary_definition term_id="pod" length="all" >}}

            1. Apply it:

               {{< readfile file="manifest.yaml" code="true" lang="yaml" >}}

            {{< readfile file="/shared/notice.md" >}}

            {{< include "missing.md" >}}

            {{% include "shared/footer.md" %}}

            Kubernetes {{< skew currentVersion >}} or {{< skew currentVersionAddMinor -1 >}}; the latest is {{< skew latestVersion >}}.

            {{< feature-state for_k8s_version="v1.29" state="beta" >}}

            {{< feature-state state="stable" >}}

            {{% whatsnext-heading %}}
            """)
        .with("content/es/docs/run.md", """
            ---
            title: Ejecutar
            ---
            ## {{% heading "prerequisites" %}}
            """)
        .importAs(SourceTool.HUGO)
        .assertLeft(
            "content/docs/run.md:24:1: warning: Hugo shortcode 'include' left as text: fieldguide has no shortcodes. Rewrite what it shows in"
                + " Markdown, or remove it.",
            // Kubernetes' includes are headless pages: imported as drafts, which the message says to delete once nothing needs them.
            "content/includes/task-tutorial-prereqs.md:2:1: warning: Hugo did not publish this page (headless, or build render never), so it is"
                + " imported as a draft. Delete it if other pages only showed its text or files, or remove draft: true to publish it.")
        .assertBuildsAndChecksWith(
            "content/docs/run.md:24:1: warning: '{{< include' is a Hugo shortcode, and fieldguide has none: it is shown as text. Write what it"
                + " showed in Markdown (fieldguide import hugo converts the common ones), or put it in `code` to show it.");
    assertThat(f.file("content/docs/run.md")).endsWith("""
        ---
        ## Before you begin

        You need a cluster and the kubectl tool.

        A Pod runs containers.

        A Pod is the smallest unit.

        The smallest unit.

        It holds containers.

        1. Apply it:

           ```yaml
           kind: Pod
           ```

        Read the **safety** notes first.

        {{< include "missing.md" >}}

        Call the NOC.

        Kubernetes 1.30 or 1.29; the latest is 1.31.

        **Feature state:** `Kubernetes v1.29 [beta]`

        **Feature state:** `Kubernetes v1.30 [stable]`

        ## What's next
        """);
    assertThat(f.file("content/docs/run.es.md")).endsWith("---\n## Antes de empezar\n");
  }
}
