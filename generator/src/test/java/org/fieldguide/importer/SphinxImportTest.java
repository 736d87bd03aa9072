package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sphinx sites in MyST Markdown (shaped on zero-to-jupyterhub-k8s's and jupyterhub's docs/source) imported, built and checked. */
class SphinxImportTest {
  @TempDir Path dir;

  private ImportFixture zeroToJupyterHub() {
    return new ImportFixture(dir)
        .with("docs/source/conf.py", """
            # Configuration file for Sphinx to build our documentation to HTML.
            import datetime

            import yaml

            project = "Zero to JupyterHub with Kubernetes"
            copyright = f"{datetime.date.today().year}, Project Jupyter Contributors"
            author = "Project Jupyter Contributors"

            extensions = [
                "myst_parser",
                "sphinx_copybutton",
            ]
            root_doc = "index"
            source_suffix = [".md"]
            exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "drafts/**"]

            myst_enable_extensions = [
                "colon_fence",
                "substitution",
            ]
            with open("../../jupyterhub/Chart.yaml") as f:
                chart = yaml.safe_load(f)

            myst_substitutions = {
                "chart_version": chart["version"],
                "helm_version": "3.5",
            }

            html_theme = "pydata_sphinx_theme"
            html_context = {
                "github_user": "jupyterhub",
                "github_repo": "zero-to-jupyterhub-k8s",
                "github_version": "main",
                "doc_path": "docs/source",
            }
            """)
        .with("docs/source/index.md", """
            # Zero to JupyterHub with Kubernetes

            Thanks to {term}`Kubernetes`, we are not tied to a specific cloud provider.

            ```{admonition} Note
            This project is under active development. See the
            [Community Resources section](community-resources).
            ```

            The Helm chart requires Helm >={{helm_version}}.

            ## Setup Kubernetes

            ```{toctree}
            :maxdepth: 2
            kubernetes/index
            ```

            ## Administrator Guide

            ```{toctree}
            :maxdepth: 2
            administrator/index
            ```

            (community-resources)=

            ### Community Resources

            ```{toctree}
            :maxdepth: 1
            changelog
            ```
            """)
        .with("docs/source/kubernetes/index.md", """
            # Setup Kubernetes

            :::{note}
            Pick one provider below; {ref}`the security page <https>` says what to do next.
            :::

            ```{toctree}
            :titlesonly:

            Google Cloud <google/step-zero-gcp>
            Minikube <https://minikube.sigs.k8s.io/docs/>
            ```
            """)
        .with("docs/source/kubernetes/google/step-zero-gcp.md", """
            (google-cloud)=

            # Kubernetes on Google Cloud (GKE)

            1. Create a cluster:

               ```bash
               gcloud container clusters create {ref}`not-a-role` --num-nodes=2
               ```

            2. Give your account permissions, see {doc}`../../administrator/security`.
            """)
        .with("docs/source/administrator/index.md", """
            # Administrator Guide

            ```{toctree}
            :maxdepth: 2
            :caption: Administrator Guide

            security
            upgrading
            ```
            """)
        .with("docs/source/administrator/security.md", """
            (security)=

            # Security

            (https)=

            ## HTTPS

            ```{warning}
            Your Kubernetes cluster may silently ignore the network rules.
            ```

            ```yaml
            proxy:
              https:
                enabled: true
            ```

            ![Hub logo](../_static/images/logo.png)
            """)
        .with("docs/source/administrator/upgrading.md", """
            # Upgrading your Helm chart

            Check the [CHANGELOG](changelog) and the [](security) page, then
            [perform the upgrade](helm-upgrade-command).

            (helm-upgrade-command)=

            ## `helm upgrade` command

            This is chart {{chart_version}}.
            """)
        .with("docs/source/changelog.md", """
            (changelog)=

            # Changelog

            ## 4.0

            Nothing yet.
            """)
        .with("docs/source/drafts/wip.md", "# Not ready\n")
        .withBytes("docs/source/_static/images/logo.png", new byte[] {1})
        .with("docs/source/_templates/page.html", "{% extends '!page.html' %}\n")
        .with("docs/source/api/app.rst", "Application\n===========\n")
        .with("docs/source/locale/de/LC_MESSAGES/index.po", "msgid \"\"\nmsgstr \"\"\n");
  }

  @Test
  void importsZeroToJupyterHubShapedSiteAndBuildsAndChecksCleanly() {
    ImportFixture f = zeroToJupyterHub().importAs(SourceTool.SPHINX)
        .assertLeft(
            "content/_index.md:4:11: warning: {term}`Kubernetes` names no term of the imported site's {glossary}, so it is left as text. Define it"
                + " in the glossary, or link to what it means.",
            "content/administrator/upgrading.md:11:15: warning: substitution '{{chart_version}}' is left as text: its value is not written as a"
                + " literal in conf.py or the page's front matter (it is computed when Sphinx runs). Write the value in its place.",
            "site.yaml:3:11: warning: the sphinx configuration does not say where the site is published; replace https://example.org/ with its address.",
            "src/docs/source/locale/de/LC_MESSAGES/index.po:1:1: warning: translations were not imported (1 .po file, de): Sphinx translates"
                + " sentence by sentence through gettext catalogues, fieldguide keeps a translated copy of each page (name.<lang>.md). Write the"
                + " translated pages from the catalogues, and add their languages to site.yaml.")
        .assertBuildsAndChecksCleanly();
    // The reStructuredText page too, read through pandoc (which CI installs).
    assertThat(f.result.pagesByLanguage()).containsExactly(Map.entry("en", 8));
    assertThat(f.file("content/api/app.md")).startsWith("---\ntitle: Application\n");
    assertThat(f.result.assets()).isEqualTo(1);
    // Sphinx published each page as a file (administrator/security.html): the import keeps that
    // address as an alias, written as the file a web server serves it from.
    assertThat(f.published("administrator/security.html")).contains("url=../en/administrator/security/");
    assertThat(f.published("en/administrator/security/index.html")).doesNotContain("http-equiv=\"refresh\"");
    assertThat(f.exists("content/drafts/wip.md")).as("excluded by exclude_patterns").isFalse();
    assertThat(f.exists("content/templates/page.html")).isFalse();

    assertThat(f.file("site.yaml")).isEqualTo("""
        # Written by fieldguide import from a sphinx site. See README.md: site.yaml.
        title: Zero to JupyterHub with Kubernetes
        base_url: https://example.org/
        default_language: en
        languages:
          en: {}
        repository: https://github.com/jupyterhub/zero-to-jupyterhub-k8s/tree/main/docs/source
        """);
    // The toctrees are gone (fieldguide lists a section's pages); the label before a heading is its id.
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Zero to JupyterHub with Kubernetes
        ---
        Thanks to Kubernetes, we are not tied to a specific cloud provider.

        !!! note "Note"
            This project is under active development. See the
            [Community Resources section](#community-resources).

        The Helm chart requires Helm >=3.5.

        ## Setup Kubernetes

        ## Administrator Guide

        ### Community Resources {#community-resources}
        """);
    // Ordered as the home page's toctrees list the sections; a toctree's other sites kept as links.
    assertThat(f.file("content/kubernetes/_index.md")).isEqualTo("""
        ---
        title: Setup Kubernetes
        weight: 10
        ---
        !!! note
            Pick one provider below; [the security page](../administrator/security.md#https) says what to do next.

        - [Minikube](https://minikube.sigs.k8s.io/docs/)
        """);
    // Nothing in fenced code is touched, in a list item too.
    assertThat(f.file("content/kubernetes/google/step-zero-gcp.md")).isEqualTo("""
        ---
        title: Kubernetes on Google Cloud (GKE)
        weight: 10
        aliases: [/kubernetes/google/step-zero-gcp.html]
        ---
        1. Create a cluster:

           ```bash
           gcloud container clusters create {ref}`not-a-role` --num-nodes=2
           ```

        2. Give your account permissions, see [Security](../../administrator/security.md).
        """);
    assertThat(f.file("content/administrator/_index.md")).isEqualTo("---\ntitle: Administrator Guide\nweight: 20\n---\n\n");
    assertThat(f.file("content/administrator/security.md")).isEqualTo("""
        ---
        title: Security
        weight: 10
        aliases: [/administrator/security.html]
        ---
        ## HTTPS {#https}

        !!! warning
            Your Kubernetes cluster may silently ignore the network rules.

        ```yaml
        proxy:
          https:
            enabled: true
        ```

        ![Hub logo](../static/images/logo.png)
        """);
    // Links by label and by page name without .md, as MyST reads them; [](label) gets the title.
    assertThat(f.file("content/administrator/upgrading.md")).isEqualTo("""
        ---
        title: Upgrading your Helm chart
        weight: 20
        aliases: [/administrator/upgrading.html]
        ---
        Check the [CHANGELOG](../changelog.md) and the [Security](security.md) page, then
        [perform the upgrade](#helm-upgrade-command).

        ## `helm upgrade` command {#helm-upgrade-command}

        This is chart {{chart_version}}.
        """);
    assertThat(f.file("content/changelog.md")).isEqualTo("---\ntitle: Changelog\nweight: 30\naliases: [/changelog.html]\n---\n## 4.0\n\nNothing yet.\n");
    assertThat(f.file("content/static/images/logo.png")).isEqualTo("\u0001");
  }

  private ImportFixture jupyterHubConf(ImportFixture f) {
    return f.with("docs/source/conf.py", """
        project = "JupyterHub"
        html_baseurl = "https://jupyterhub.readthedocs.io/en/stable"
        myst_heading_anchors = 2
        myst_enable_extensions = [
            # available extensions: https://myst-parser.readthedocs.io/en/latest/syntax/optional.html
            "attrs_inline",
            "colon_fence",
            "deflist",
        ]
        html_theme_options = {
            "repository_url": "https://github.com/jupyterhub/jupyterhub",
            "repository_branch": "main",
            "path_to_docs": "docs/source",
        }
        """);
  }

  @Test
  void convertsDirectivesInBacktickAndColonFences() {
    ImportFixture f = jupyterHubConf(new ImportFixture(dir))
        .with("docs/source/index.md", """
            # Directives

            :::{note}
            Colon-fenced, with **bold**.
            :::

            ::::{warning}
            The outer one.

            :::{tip}
            Nested, with fewer colons.
            :::
            ::::

            ```{admonition} Use a staging cluster
            :class: tip

            Test upgrades there first.
            ```

            ```{admonition} Details
            :class: dropdown
            Hidden until opened.
            ```

            ```{important} Back up the database first.
            ```

            ```{attention}
            Mind the gap.
            ```

            ```{seealso}
            The [reference](reference.md).
            ```

            ```{versionchanged} 3.0.0
            Not allowed together with the NetworkPolicy.
            ```

            ```{code-block} python
            :caption: jupyterhub_config.py
            :emphasize-lines: 2
            :linenos:

            c.JupyterHub.bind_url = "http://:8000"
            c.Spawner.default_url = "/lab"  # {ref}`not-converted`
            ```

            ```{code} yaml
            hub:
              db:
                upgrade: true
            ```

            ```{mermaid}
            graph LR
              hub --> proxy
            ```

            ```{image} images/login.png
            :alt: The login page
            :width: 400px
            ```

            ```{figure} images/arch.png
            :alt: Architecture

            JupyterHub's parts and how they talk.
            ```

            ## Install

            ::::{tab-set}
            :::{tab-item} pip
            ```bash
            python3 -m pip install jupyterhub
            ```
            :::
            :::{tab-item} conda
            ```bash
            mamba install -c conda-forge jupyterhub
            ```
            :::
            ::::

            ## Reference

            ```{eval-rst}
            .. autoconfigurable:: jupyterhub.auth.Authenticator
            ```

            ```{jupyterhub-generate-config}
            ```

            1. Stop the hub.

               ```{warning}
               Users lose unsaved work.
               ```
            """)
        .with("docs/source/reference.md", "# Reference\\n")
        .withBytes("docs/source/images/login.png", new byte[] {1})
        .withBytes("docs/source/images/arch.png", new byte[] {2})
        .importAs(SourceTool.SPHINX);
    f.assertLeft(
            "content/_index.md:69:1: warning: reStructuredText inside the page ({eval-rst}), which fieldguide cannot convert, is left as a"
                + " code block. Rewrite it in Markdown.",
            "content/_index.md:73:1: warning: directive {jupyterhub-generate-config} is not one fieldguide converts; it is left as a code block."
                + " Rewrite it in Markdown, or remove it.")
        .assertBuildsAndChecksWith(
            // Left for a person, and warned again by the check: the page still shows it as written.
            "content/_index.md:69:1: warning: '{eval-rst}' is a MyST directive, and fieldguide reads none: it is shown as code."
                + " Instead, write what it showed in Markdown (fieldguide import sphinx converts the common directives).",
            "content/_index.md:73:1: warning: '{jupyterhub-generate-config}' is a MyST directive, and fieldguide reads none: it is"
                + " shown as code. Instead, write what it showed in Markdown (fieldguide import sphinx converts the common directives).");
    // html_baseurl gets its '/', and the book theme's repository_url, branch and folder make the repository's address.
    assertThat(f.file("site.yaml")).isEqualTo("""
        # Written by fieldguide import from a sphinx site. See README.md: site.yaml.
        title: JupyterHub
        base_url: https://jupyterhub.readthedocs.io/en/stable/
        default_language: en
        languages:
          en: {}
        repository: https://github.com/jupyterhub/jupyterhub/tree/main/docs/source
        """);
    // Code-block options are display hints (caption, line numbers, emphasis): dropped. Tabs become sections under the heading above.
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Directives
        ---
        !!! note
            Colon-fenced, with **bold**.

        !!! warning
            The outer one.

            !!! tip
                Nested, with fewer colons.

        !!! tip "Use a staging cluster"
            Test upgrades there first.

        ??? note "Details"
            Hidden until opened.

        !!! important
            Back up the database first.

        !!! warning
            Mind the gap.

        !!! note "See also"
            The [reference](reference.md).

        !!! note "Changed in version 3.0.0"
            Not allowed together with the NetworkPolicy.

        ```python
        c.JupyterHub.bind_url = "http://:8000"
        c.Spawner.default_url = "/lab"  # {ref}`not-converted`
        ```

        ```yaml
        hub:
          db:
            upgrade: true
        ```

        ```mermaid
        graph LR
          hub --> proxy
        ```

        ![The login page](images/login.png)

        ![Architecture](images/arch.png)

        JupyterHub's parts and how they talk.

        ## Install

        ### pip

        ```bash
        python3 -m pip install jupyterhub
        ```

        ### conda

        ```bash
        mamba install -c conda-forge jupyterhub
        ```

        ## Reference

        ```{eval-rst}
        .. autoconfigurable:: jupyterhub.auth.Authenticator
        ```

        ```{jupyterhub-generate-config}
        ```

        1. Stop the hub.

           !!! warning
               Users lose unsaved work.
        """);
  }

  @Test
  void convertsRolesAndLinksByLabelOrPageName() {
    ImportFixture f = jupyterHubConf(new ImportFixture(dir))
        .with("docs/source/index.md", """
            # JupyterHub

            ```{toctree}
            :glob:
            :hidden:

            tutorial/*
            reference/index
            ```
            """)
        .with("docs/source/tutorial/first.md", """
            # Getting started

            (start-here)=
            Read this first: the hub runs as a single process.

            See {ref}`rest-api`, {ref}`the token section <authorization>`, {ref}`start-here`,
            {doc}`../reference/index`, {doc}`the REST page </reference/rest>` and
            {download}`the example config <../files/jupyterhub_config.py>`.

            A {term}`Spawner` starts servers: {class}`~jupyterhub.spawner.Spawner`, {py:func}`jupyterhub.utils.url_path_join`,
            {kbd}`Ctrl+C`, {abbr}`RBAC (role-based access control)`, {pep}`8`, {guilabel}`Control Panel`.

            Not converted: {ref}`python:tut-intro`, {doc}`missing-page`, {octicon}`gear` and `{ref}` in code`.

            Links: [the token](#authorization), [](rest-api), [](../reference/rest), [REST](/reference/rest.md#authorization).

            A figure by its name: {numref}`arch-figure`.
            """)
        .with("docs/source/tutorial/second.md", """
            # Next steps

            (rest-api)=

            ## Also called rest-api
            """)
        .with("docs/source/reference/index.md", """
            # Technical reference

            ```{figure} arch.png
            :name: arch-figure

            The hub and its proxy.
            ```
            """)
        .withBytes("docs/source/reference/arch.png", new byte[] {1})
        .with("docs/source/reference/rest.md", """
            (rest-api)=

            # Using JupyterHub's REST API

            (authorization)=

            ## Authenticate with a token
            """)
        .with("docs/source/files/jupyterhub_config.py", "c = get_config()\n")
        .importAs(SourceTool.SPHINX);
    f.assertLeft(
            "content/tutorial/first.md:14:3: warning: {term}`Spawner` names no term of the imported site's {glossary}, so it is left as text."
                + " Define it in the glossary, or link to what it means.",
            "content/tutorial/first.md:17:16: warning: {ref}`python:tut-intro` names no label of the imported site (a '(python:tut-intro)='"
                + " line), so it is left as text. Link to the page or heading it means.",
            "content/tutorial/first.md:17:34: warning: {doc}`missing-page` names no page of the imported site, so it is left as text. Link to"
                + " the page it means.",
            "content/tutorial/first.md:17:48: warning: role {octicon} is not one fieldguide converts; its text is kept. Rewrite it in Markdown.",
            "src/docs/source/tutorial/second.md:3:1: warning: label (rest-api)= is also on reference/rest.md; Sphinx labels name one place in the"
                + " whole site, so references lead to the first. Rename one of them.")
        .assertBuildsAndChecksCleanly();
    // A label before the title names the page; before a paragraph it is an anchor. {ref} without text shows the heading's.
    assertThat(f.file("content/tutorial/first.md")).isEqualTo("""
        ---
        title: Getting started
        weight: 10
        aliases: [/tutorial/first.html]
        ---
        <a id="start-here"></a>

        Read this first: the hub runs as a single process.

        See [Using JupyterHub's REST API](../reference/rest.md), [the token section](../reference/rest.md#authorization), [start-here](#start-here),
        [Technical reference](../reference/_index.md), [the REST page](../reference/rest.md) and
        [the example config](../files/jupyterhub_config.py).

        A Spawner starts servers: `Spawner`, `jupyterhub.utils.url_path_join`,
        <kbd>Ctrl</kbd>+<kbd>C</kbd>, RBAC (role-based access control), [PEP 8](https://peps.python.org/pep-0008/), **Control Panel**.

        Not converted: python:tut-intro, missing-page, gear and `{ref}` in code`.

        Links: [the token](../reference/rest.md#authorization), [Using JupyterHub's REST API](../reference/rest.md), [Using JupyterHub's REST API](../reference/rest.md), [REST](../reference/rest.md#authorization).

        A figure by its name: [The hub and its proxy.](../reference/_index.md#arch-figure).
        """);
    // Pages a glob lists are in name order; a page no toctree lists comes last.
    assertThat(f.file("content/tutorial/second.md")).isEqualTo("---\ntitle: Next steps\nweight: 20\naliases: [/tutorial/second.html]\n---\n## Also called rest-api {#rest-api}\n");
    // A directive's :name: is a label: an anchor before it.
    assertThat(f.file("content/reference/_index.md")).isEqualTo("""
        ---
        title: Technical reference
        weight: 30
        ---
        <a id="arch-figure"></a>

        ![The hub and its proxy.](arch.png)

        The hub and its proxy.
        """);
    assertThat(f.file("content/reference/rest.md")).isEqualTo("""
        ---
        title: Using JupyterHub's REST API
        weight: 40
        aliases: [/reference/rest.html]
        ---
        ## Authenticate with a token {#authorization}
        """);
    assertThat(f.file("content/files/jupyterhub_config.py")).isEqualTo("c = get_config()\n");
  }

  @Test
  void theRepositoryFolderTakesItsCodeHostingSitesRoutes() {
    // conf.py as each theme has it written (the book theme's repository_url, the pydata and Read
    // the Docs themes' html_context), and the folder address site.yaml gets for it.
    Map<String, String> expected = new java.util.LinkedHashMap<>();
    expected.put("""
        html_theme_options = {"repository_url": "https://gitlab.cern.ch/hog/Hog", "path_to_docs": "docs"}
        """, "https://gitlab.cern.ch/hog/Hog/-/tree/main/docs");
    expected.put("""
        html_context = {
            "display_gitlab": True,
            "gitlab_host": "git.example.org",
            "gitlab_user": "infra",
            "gitlab_repo": "guides",
            "gitlab_version": "stable",
            "conf_py_path": "/docs/",
        }
        """, "https://git.example.org/infra/guides/-/tree/stable/docs");
    expected.put("""
        html_context = {"gitlab_url": "https://gitlab.com/", "gitlab_user": "infra", "gitlab_repo": "guides", "doc_path": "docs"}
        """, "https://gitlab.com/infra/guides/-/tree/main/docs");
    expected.put("""
        html_context = {"gitlab_host": "git.example.org", "gitlab_user": "infra", "gitlab_repo": "guides"}
        """, "https://git.example.org/infra/guides/-");
    expected.put("""
        html_theme_options = {"repository_url": "https://codeberg.org/infra/guides/", "repository_branch": "next", "path_to_docs": "docs/"}
        """, "https://codeberg.org/infra/guides/src/branch/next/docs");
    expected.put("""
        html_context = {"github_user": "infra", "github_repo": "guides", "github_version": "master", "conf_py_path": "/docs/"}
        """, "https://github.com/infra/guides/tree/master/docs");
    int n = 0;
    for (Map.Entry<String, String> e : expected.entrySet()) {
      ImportFixture f = new ImportFixture(dir.resolve("site" + n++))
          .with("docs/conf.py", "project = \"Guides\"\n" + e.getKey())
          .with("docs/index.md", "# Guides\n\nThe [inventory](../inventory.yaml) is kept with the code.\n")
          .with("inventory.yaml", "racks: []\n")
          .with(".git/HEAD", "ref: refs/heads/stable\n")
          .importAs(SourceTool.SPHINX);
      assertThat(f.file("site.yaml")).as(e.getKey()).contains("repository: " + e.getValue() + "\n");
    }
    // A link to a file of the repository above the sources goes to that site's file view: GitLab's
    // /-/blob/ on the branch conf.py names, on a host whose name does not say GitLab.
    ImportFixture f = new ImportFixture(dir.resolve("site1")).assertBuildsAndChecksCleanly();
    assertThat(f.file("content/_index.md")).contains("[inventory](https://git.example.org/infra/guides/-/blob/stable/inventory.yaml)");
    assertThat(f.published("en/index.html")).contains("href=\"https://git.example.org/infra/guides/-/blob/stable/inventory.yaml\"");
  }

  /**
   * The redirects conf.py makes (rediraffe's dict and the file it names, sphinx-reredirects'
   * dict) become aliases of the pages they lead to, at the addresses Sphinx's HTML builder
   * published the old pages at; what cannot be one is warned at its line.
   */
  @Test
  void rediraffeAndReredirectsBecomeAliases() {
    ImportFixture f = new ImportFixture(dir)
        .with("docs/conf.py", """
            project = "Hub"
            extensions = ["myst_parser", "sphinxext.rediraffe", "sphinx_reredirects"]
            rediraffe_redirects = {
                "install": "tutorials/install",
                "setup/index.md": "tutorials/install.md",
                "changelog": "reference/nowhere",
            }
            redirects = {
                "admin/old-upgrade": "../reference/upgrade.html#before",
                "guide/*": "https://example.org/guide/",
                "faq": "https://discourse.example.org/c/faq",
                "help": "$source.html",
            }
            """)
        .with("docs/index.md", "# Hub\n\nRead [the install guide](tutorials/install.md).\n")
        .with("docs/tutorials/install.md", "# Install\n\nRun the installer.\n")
        .with("docs/reference/upgrade.md", "# Upgrade\n\n## Before\n\nBack up.\n")
        .importAs(SourceTool.SPHINX);
    assertThat(f.left()).containsExactly(
        "site.yaml:3:11: warning: the sphinx configuration does not say where the site is published; replace https://example.org/ with its address.",
        "src/docs/conf.py:6:5: warning: the redirect from /changelog.html to reference/nowhere was not imported: reference/nowhere is not a page"
            + " of the imported site. Point it at the page that took its place, or leave it out.",
        "src/docs/conf.py:9:5: warning: the redirect from /admin/old-upgrade.html leads to src/docs/reference/upgrade.md without #before:"
            + " fieldguide's redirects (aliases) lead to a page, not to a place in it.",
        "src/docs/conf.py:10:5: warning: the redirect from 'guide/*' was not imported: it is a pattern over pages that are still there, and"
            + " fieldguide keeps each page at one address. Move the pages into place, or list their old addresses as aliases.",
        "src/docs/conf.py:11:5: warning: the redirect from /faq.html to https://discourse.example.org/c/faq was not imported: fieldguide makes"
            + " redirects only to its own pages (aliases). Link to the other site from a page, or leave the old address to the web server.",
        "src/docs/conf.py:12:5: warning: the redirect from 'help' was not imported: its address ($source.html) is made from the page's name by"
            + " sphinx-reredirects, which fieldguide does not run. Write the address, and import again.");
    assertThat(f.file("content/tutorials/install.md")).startsWith("---\ntitle: Install\naliases: [/install.html, /setup/, /setup/index.html, /tutorials/install.html]\n---\n");
    assertThat(f.file("content/reference/upgrade.md")).startsWith("---\ntitle: Upgrade\naliases: [/admin/old-upgrade.html, /reference/upgrade.html]\n---\n");
    f.assertBuildsAndChecksCleanly();
    assertThat(f.published("en/install.html")).contains("tutorials/install/");

    // The file rediraffe_redirects names: a pair per line, names bare or quoted, comments and blank lines between.
    ImportFixture g = new ImportFixture(dir.resolve("file"))
        .with("docs/conf.py", "project = \"Hub\"\nhtml_baseurl = \"https://hub.example.org/\"\nrediraffe_redirects = \"redirects.txt\"\n")
        .with("docs/redirects.txt", "# moved in 2024\n\n\"getting started.md\" 'tutorials/install.md'\nold-index index  # the home page\n  lonely\n")
        .with("docs/index.md", "# Hub\n\nWelcome.\n")
        .with("docs/tutorials/install.md", "# Install\n\nRun the installer.\n")
        .importAs(SourceTool.SPHINX);
    assertThat(g.left()).containsExactly("src/docs/redirects.txt:5:3: warning: this line of redirects.txt was not imported: rediraffe reads an"
        + " old page's name and a new one on each line (old/page new/page). Write it so, and import again.");
    assertThat(g.file("content/tutorials/install.md")).contains("aliases: [/getting%20started.html, /tutorials/install.html]");
    assertThat(g.file("content/_index.md")).contains("aliases: [/old-index.html]");
    g.assertBuildsAndChecksCleanly();
    assertThat(g.published("getting started.html")).contains("en/tutorials/install/");

    ImportFixture missing = new ImportFixture(dir.resolve("missing"))
        .with("docs/conf.py", "project = \"Hub\"\nhtml_baseurl = \"https://hub.example.org/\"\nrediraffe_redirects = \"redirects.txt\"\n")
        .with("docs/index.md", "# Hub\n\nWelcome.\n")
        .importAs(SourceTool.SPHINX);
    assertThat(missing.left()).containsExactly("src/docs/conf.py:3:23: warning: rediraffe_redirects names redirects.txt, which is not a file"
        + " of the source folder, so its redirects were not imported. Give its path from conf.py's folder, or make the pages' old addresses"
        + " aliases by hand.");
  }

  @Test
  void warnsAtWhatItCannotReadAndNeverStops() {
    ImportFixture f = new ImportFixture(dir)
        .with("docs/conf.py", """
            project = get_project_name()
            html_context = {
                "github_user": "jupyterhub",
                "github_repo": "jupyterhub",
                "github_version": os.environ.get("BRANCH", "main"),
                "doc_path": "docs",
            }
            exclude_patterns = ["_build", "[unclosed"]
            myst_enable_extensions = ["colon_fence",
            exclude_patterns = [
            """)
        .with("docs/index.md", """
            # Broken pages

            ```{note}
            Never closed, so the rest is inside.

            :::{warning}
            Colon fences are text: colon_fence could not be read.
            :::
            """)
        .with("docs/front.md", "---\ntitle: [unclosed\n---\n# Front\n")
        .withBytes("docs/latin1.md", new byte[] {'#', ' ', (byte) 0xE9, '\n'})
        .with("docs/tour.ipynb", "{}")
        .with("docs/more.md", "# More\n\n```{toctree}\n:glob:\n\n[unclosed*\n```\n")
        .importAs(SourceTool.SPHINX)
        .assertLeft(
            "content/_index.md:4:1: warning: this {note} directive is not closed by a '```' line, so everything after it was put inside it."
                + " Close it where it ends.",
            "site.yaml:3:11: warning: the sphinx configuration does not say where the site is published; replace https://example.org/ with its address.",
            "src/docs/conf.py:1:1: warning: 1 source file was not imported (1 notebook, each warned at its file): convert them to MyST Markdown"
                + " and import again, or link to them where they are published.",
            "src/docs/conf.py:1:11: warning: project is computed by Python code ('get_project_name()'), which fieldguide does not run, so it was"
                + " left out. Write its value into site.yaml (or the pages) by hand.",
            "src/docs/conf.py:5:23: warning: html_context[\"github_version\"] is computed by Python code ('os.environ.get(\"BRANCH\", \"main\")'),"
                + " which fieldguide does not run, so it was left out. Write its value into site.yaml (or the pages) by hand.",
            "src/docs/conf.py:8:1: warning: exclude_patterns entry '[unclosed' is not a glob pattern (a '[' or '{' is not closed), so it"
                + " excludes nothing here. Fix it, or leave out the pages it meant by hand.",
            "src/docs/conf.py:9:26: warning: myst_enable_extensions is computed by Python code ('[\"colon_fence\",'), which fieldguide does not"
                + " run, so it was left out. Write its value into site.yaml (or the pages) by hand.",
            "src/docs/front.md:2:17: error: not imported: its front matter is not valid YAML: while parsing a flow sequence."
                + " Fix it and import again.",
            "src/docs/latin1.md:1:3: error: not imported: the file is not valid UTF-8 text: the byte 0xE9 here is not part of a UTF-8 character."
                + " Save the file as UTF-8 in your editor, and import again.",
            "src/docs/tour.ipynb:1:1: warning: not imported: a Jupyter notebook, which fieldguide cannot show. Save it as MyST Markdown"
                + " (jupytext --to myst) and import again.")
        .assertBuildsAndChecksWith(
            // Left for a person, and warned again by the check: the page still shows it as written.
            "content/_index.md:7:5: warning: '{warning}' is a MyST directive, and fieldguide reads none: it is shown as code."
                + " Instead, write it as an admonition: !!! warning, its text indented by four spaces.");
    // The title falls back to the folder's name; the branch GitHub shows by default stands in for the one conf.py computes.
    assertThat(f.file("site.yaml")).contains("title: src\n", "repository: https://github.com/jupyterhub/jupyterhub/tree/main/docs\n");
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Broken pages
        ---
        !!! note
            Never closed, so the rest is inside.

            :::{warning}
            Colon fences are text: colon_fence could not be read.
            :::
        """);
  }

  @Test
  void findsConfPyInSourceOrADocsFolderAndSaysWhereItLookedWhenThereIsNone() {
    new ImportFixture(dir.resolve("a")).with("doc/conf.py", "project = 'In doc'\n").with("doc/index.md", "# Home\n").importAs(SourceTool.SPHINX)
        .assertLeft("site.yaml:3:11: warning: the sphinx configuration does not say where the site is published; replace https://example.org/ with its address.");
    ImportFixture atRoot = new ImportFixture(dir.resolve("b")).with("conf.py", "project = 'At the root'\nhtml_baseurl = 'https://docs.example.org/'\n")
        .with("index.md", "# Home\n").with("guide/index.md", "# Guide\n").importAs(SourceTool.SPHINX).assertLeft();
    assertThat(atRoot.file("content/guide/_index.md")).isEqualTo("---\ntitle: Guide\n---\n\n");
    new ImportFixture(dir.resolve("c")).with("README.md", "# Not Sphinx\n").importAs(SourceTool.SPHINX)
        .assertLeft("site.yaml:3:11: warning: the sphinx configuration does not say where the site is published; replace https://example.org/ with its address.",
            "src/conf.py: error: no conf.py in src or its docs/, docs/source/, source/ or doc/ folder: a Sphinx site keeps its settings there."
                + " Give the folder that holds conf.py as SOURCE.");
  }

  /**
   * The glossary's terms get Sphinx's anchors ({@code term-Helm-values}, {@code term-config.yaml}),
   * and {@code {term}} links to them from any page, in any letter case; a term no glossary
   * defines is left as text, warned.
   */
  @Test
  void convertsTheGlossaryAndLabelsWithCharactersIdsCannotHold() {
    // Shaped on zero-to-jupyterhub's glossary.md, jupyterhub's index.md and the labels z2jh's conf.py writes for its schema.
    ImportFixture f = new ImportFixture(dir)
        .with("docs/source/conf.py", "project = \"Zero to JupyterHub with Kubernetes\"\nhtml_baseurl = \"https://z2jh.jupyter.org/en/stable/\"\n")
        .with("docs/source/index.md", """
            # Zero to JupyterHub with Kubernetes

            (index/distributions)=

            ## Distributions

            (schema_singleuser.image)=

            ### singleuser.image

            See {ref}`index/distributions`, {ref}`schema_singleuser.image` and the {ref}`glossary`.

            - {ref}`genindex`
            - {term}`helm VALUES`, a glossary term named in other letter case
            """)
        .with("docs/source/resources/glossary.md", """
            (glossary)=

            # Glossary

            ```{glossary}
            `config.yaml`
                The {term}`Helm charts <Helm chart>` templates are rendered with these
                {term}`Helm values` as input.

            Helm values
                {term}`Helm charts <Helm chart>` has a set of predefined values
                (`values.yaml`), rendered to {term}`Kubernetes resources <Kubernetes
                resource>`.

            Kubernetes resource
                An object the cluster keeps.
            ```
            """)
        .importAs(SourceTool.SPHINX)
        .assertLeft(
            "content/_index.md:10:3: warning: {ref}`genindex` leads to the page Sphinx generates as genindex, which fieldguide has no counterpart"
                + " of (its search finds pages and headings); it is left as text. Remove it.",
            "content/resources/glossary.md:9:5: warning: {term}`Helm charts <Helm chart>` names no term of the imported site's {glossary}, so it"
                + " is left as text. Define it in the glossary, or link to what it means.",
            "content/resources/glossary.md:16:1: warning: {term}`Helm charts <Helm chart>` names no term of the imported site's {glossary}, so it"
                + " is left as text. Define it in the glossary, or link to what it means.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Zero to JupyterHub with Kubernetes
        ---
        ## Distributions {#index-distributions}

        ### singleuser.image {#schema-singleuser-image}

        See [Distributions](#index-distributions), [singleuser.image](#schema-singleuser-image) and the [Glossary](resources/glossary.md).

        - genindex
        - [helm VALUES](resources/glossary.md#term-Helm-values), a glossary term named in other letter case
        """);
    assertThat(f.file("content/resources/glossary.md")).isEqualTo("""
        ---
        title: Glossary
        aliases: [/resources/glossary.html]
        ---
        <a id="term-config.yaml"></a>

        **`config.yaml`**

        The Helm charts templates are rendered with these
        [Helm values](#term-Helm-values) as input.

        <a id="term-Helm-values"></a>

        **Helm values**

        Helm charts has a set of predefined values
        (`values.yaml`), rendered to [Kubernetes resources](#term-Kubernetes-resource).

        <a id="term-Kubernetes-resource"></a>

        **Kubernetes resource**

        An object the cluster keeps.
        """);
  }

  @Test
  void labelsInsideAdmonitionsAndTabsNameWhatFollowsThem() {
    ImportFixture f = jupyterHubConf(new ImportFixture(dir))
        .with("docs/source/index.md", """
            # Upgrading

            :::{warning}
            (backup-first)=
            Back up the database before you upgrade.
            :::

            ## Install

            ::::{tab-set}
            :::{tab-item} Helm
            (helm-values)=
            ### Values
            Set them in `config.yaml`.
            :::
            ::::

            See {ref}`backup-first` and {ref}`helm-values`.
            """)
        .importAs(SourceTool.SPHINX)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Upgrading
        ---
        !!! warning
            <a id="backup-first"></a>

            Back up the database before you upgrade.

        ## Install

        ### Helm

        ### Values {#helm-values}
        Set them in `config.yaml`.

        See [backup-first](#backup-first) and [Values](#helm-values).
        """);
  }

  @Test
  void copiesTheFilesLiteralincludeShowsIntoThePage() {
    ImportFixture f = jupyterHubConf(new ImportFixture(dir))
        .with("jupyterhub/values.yaml", """
            # The chart's defaults.
            proxy:
              # proxy-start
              service:
                type: LoadBalancer
              # proxy-end
            hub:
              db: {}
            """)
        .with("docs/source/examples/jupyterhub_config.py", "c = get_config()\nc.JupyterHub.bind_url = 'http://:8000'\nc.Spawner.default_url = '/lab'\n")
        .with("docs/source/index.md", """
            # Configuration

            ```{literalinclude} ../../jupyterhub/values.yaml
            :start-after: proxy-start
            :end-before: proxy-end
            ```

            ```{literalinclude} /examples/jupyterhub_config.py
            :lines: 1,3-
            ```

            ```{literalinclude} ../../../outside.txt
            ```
            """)
        .importAs(SourceTool.SPHINX)
        .assertLeft("content/_index.md:14:1: warning: {literalinclude} names ../../../outside.txt, which is not a UTF-8 text file in the imported"
            + " folder; it is left as a code block. Point it at the file, or copy the file's text into a code block.")
        .assertBuildsAndChecksWith(
            // Left for a person, and warned again by the check: the page still shows it as written.
            "content/_index.md:14:1: warning: '{literalinclude}' is a MyST directive, and fieldguide reads none: it is shown as"
                + " code. Instead, write what it showed in Markdown (fieldguide import sphinx converts the common directives).");
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Configuration
        ---
        ```yaml
          service:
            type: LoadBalancer
        ```

        ```python
        c = get_config()
        c.Spawner.default_url = '/lab'
        ```

        ```{literalinclude} ../../../outside.txt
        ```
        """);
  }

  /**
   * {@code {include}} puts the file's text into the page, converted as the page's own: cut by its
   * markers, its headings a level deeper, its images leading from the included file; with
   * {@code :literal:} as code. A file that is not there, or that includes the page again, is
   * left as written, warned.
   */
  @Test
  void putsTheTextIncludeNamesIntoThePage() {
    ImportFixture f = jupyterHubConf(new ImportFixture(dir))
        .with("README.md", """
            # JupyterHub

            [![Build](https://img.shields.io/badge/build-passing-green)](https://github.com/jupyterhub/jupyterhub/actions)

            <!-- docs-start -->
            # Install

            ![The JupyterHub logo](docs/source/_static/logo.svg)

            ```{image} docs/source/_static/logo.svg
            :alt: The logo again
            ```

            ```bash
            # a comment, not a heading
            pip install jupyterhub
            ```

            :::{note}
            Read [the upgrade notes](docs/source/upgrading.md) first.
            :::
            <!-- docs-end -->

            Licensed under the BSD license.
            """)
        .with("docs/source/_static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n")
        .with("docs/source/upgrading.md", "# Upgrading\n\nBack up the database first.\n")
        .with("docs/source/snippets/values.yaml", "hub:\n  db:\n    type: sqlite-pvc\n")
        .with("docs/source/index.md", """
            # Hub guide

            ```{include} ../../README.md
            :start-after: <!-- docs-start -->
            :end-before: <!-- docs-end -->
            :heading-offset: 1
            :relative-images:
            :relative-docs: docs/
            ```

            ```{include} snippets/values.yaml
            :literal:
            ```

            ```{include} missing.md
            ```

            ```{toctree}
            upgrading
            loop
            ```
            """)
        .with("docs/source/loop.md", """
            # Loop

            ```{include} loop.md
            ```
            """)
        .importAs(SourceTool.SPHINX);
    assertThat(f.left()).containsExactly(
        "content/_index.md:24:1: warning: {include} names missing.md, which is not a UTF-8 text file in the imported folder; it is left as a code"
            + " block. Point it at the file, or copy the file's text into the page.",
        "content/loop.md:6:1: warning: {include} of loop.md includes the page it is in again, which would never end; it is left as a code block."
            + " Remove it.");
    f.assertBuildsAndChecksWith(
            // Left for a person, and warned again by the check: the page still shows it as written.
            "content/_index.md:24:1: warning: '{include}' is a MyST directive, and fieldguide reads none: it is shown as code."
                + " Instead, write what it showed in Markdown (fieldguide import sphinx converts the common directives).",
            "content/loop.md:6:1: warning: '{include}' is a MyST directive, and fieldguide reads none: it is shown as code. Instead,"
                + " write what it showed in Markdown (fieldguide import sphinx converts the common directives).");
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Hub guide
        ---
        ## Install

        ![The JupyterHub logo](static/logo.svg)

        ![The logo again](static/logo.svg)

        ```bash
        # a comment, not a heading
        pip install jupyterhub
        ```

        !!! note
            Read [the upgrade notes](upgrading.md) first.

        ```yaml
        hub:
          db:
            type: sqlite-pvc
        ```

        ```{include} missing.md
        ```
        """);
    assertThat(f.file("content/loop.md")).endsWith("---\n```{include} loop.md\n```\n");
  }

  /** A term defined in two glossaries: {@code {term}} leads to the first (in file order), and the second is warned at its glossary. */
  @Test
  void aTermDefinedTwiceLeadsToTheFirstAndIsWarned() {
    ImportFixture f = jupyterHubConf(new ImportFixture(dir))
        .with("docs/source/index.md", "# Hub\n\nEvery user gets a {term}`spawner`.\n")
        .with("docs/source/a-glossary.md", "# Glossary\n\n```{glossary}\nSpawner\n    Starts servers.\n```\n")
        .with("docs/source/b-terms.md", "# Terms\n\n```{glossary}\nSpawner\n    Starts a server for each user.\n```\n")
        .importAs(SourceTool.SPHINX)
        .assertLeft("src/docs/source/b-terms.md:3:1: warning: glossary term 'Spawner' is also defined on a-glossary.md; {term} leads to the first."
            + " Define it once.");
    assertThat(f.file("content/_index.md")).endsWith("Every user gets a [spawner](a-glossary.md#term-Spawner).\n");
  }

  /** A link out of the source folder to the repository's other files leads to them on the code-hosting site, from the repository's top. */
  @Test
  void linksToTheRepositorysOtherFilesLeadToThemOnTheCodeHostingSite() {
    ImportFixture f = jupyterHubConf(new ImportFixture(dir))
        .with(".git/HEAD", "ref: refs/heads/main\n")
        .with("jupyterhub/app.py", "class JupyterHub:\n    pass\n")
        .with("docs/source/index.md", "# JupyterHub\n\nThe application is [app.py](../../jupyterhub/app.py#L1), in [its package](../../jupyterhub).\n")
        .importAs(SourceTool.SPHINX)
        .assertLeft();
    assertThat(f.file("content/_index.md")).endsWith("The application is [app.py](https://github.com/jupyterhub/jupyterhub/blob/main/jupyterhub/app.py#L1),"
        + " in [its package](https://github.com/jupyterhub/jupyterhub/tree/main/jupyterhub/).\n");
  }

  /**
   * A role's text may go on to the next lines of its paragraph, as MyST reads a paragraph (a line
   * end is a space); one that does not close within four lines, or at the paragraph's end, is
   * left as written, warned.
   */
  @Test
  void aRoleWhoseTextGoesOnToTheNextLineIsReadAsOne() {
    ImportFixture f = jupyterHubConf(new ImportFixture(dir))
        .with("docs/source/index.md", """
            # Hub

            (spawners)=
            ## Spawners

            Read {ref}`how a spawner
            starts a server <spawners>` first.

            A {ref}`role never
            closed

            in its paragraph.
            """)
        .importAs(SourceTool.SPHINX)
        .assertLeft("content/_index.md:8:3: warning: role {ref} goes on to the next line, which fieldguide does not read as one role; it is left as"
            + " written. Put the role on one line and import again, or rewrite it in Markdown.");
    assertThat(f.file("content/_index.md")).contains("Read [how a spawner starts a server](#spawners) first.\n\nA {ref}`role never\nclosed\n");
  }

  /** Files that each include the next twice, thirty deep, would be a page of a billion copies: what passes 200,000 lines is left, warned. */
  @Test
  void includesThatDoubleAtEveryLevelStopAtABound() {
    ImportFixture f = jupyterHubConf(new ImportFixture(dir));
    for (int i = 0; i < 30; i++) f.with("docs/source/parts/p" + i + ".txt", "```{include} p" + (i + 1) + ".txt\n```\n\n```{include} p" + (i + 1) + ".txt\n```\n");
    f.with("docs/source/parts/p30.txt", "line\n".repeat(10));
    f.with("docs/source/index.md", "# Parts\n\n```{include} parts/p0.txt\n```\n");
    f.importAs(SourceTool.SPHINX);
    assertThat(f.left()).isNotEmpty().allMatch(m -> m.startsWith("content/_index.md:") && m.contains("more than 200000 lines of included text"));
    assertThat(f.file("content/_index.md").lines().count()).isBetween(100_000L, 400_000L);
  }

  @Test
  void readsLanguageSuffixesRootDocAndDefinitionLists() {
    ImportFixture f = new ImportFixture(dir)
        .with("docs/conf.py", """
            project = "Hub-Handbuch"
            language = "de_DE"
            master_doc = "contents"
            source_suffix = {".rst": "restructuredtext", ".md": "markdown", ".txt": "markdown"}
            myst_enable_extensions = {"deflist"}
            html_theme_options = {"github_url": "https://github.com/example/hub-handbuch/"}
            """)
        .with("docs/contents.md", """
            # Handbuch

            Spawner
            : Startet die Server der Nutzer.
            : Wird in `jupyterhub_config.py` gewählt.

            Authenticator
            : Meldet Nutzer an.
            """)
        .with("docs/notes.txt", "# Notizen\n")
        .importAs(SourceTool.SPHINX)
        .assertLeft("site.yaml:3:11: warning: the sphinx configuration does not say where the site is published; replace https://example.org/ with"
            + " its address.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("site.yaml")).contains("title: Hub-Handbuch\n", "default_language: de-de\n", "  de-de: {}\n",
        "repository: https://github.com/example/hub-handbuch\n");
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Handbuch
        aliases: [/contents.html]
        ---
        **Spawner**

        Startet die Server der Nutzer.

        Wird in `jupyterhub_config.py` gewählt.

        **Authenticator**

        Meldet Nutzer an.
        """);
    assertThat(f.file("content/notes.md")).isEqualTo("---\ntitle: Notizen\naliases: [/notes.html]\n---\n\n");
  }

  /** Odd and broken MyST, one page each: the import writes every page and never throws. */
  @Test
  void oddMystNeverStopsTheImport() {
    String[] pages = {
      "(label-at-the-end)=", "(only)=\n(labels)=\n", "::::{note}\n:::{tip}\nnever closed", "```{code-block}\n", "```{toctree}\n:glob:\n\n**\n```",
      "{ref}``", "{doc}` `", "{ref}`<>`", "[](#)", "[]()", "{{ }}", "{download}`<x>`", "```{admonition}\n:class:\n```", "```{image}\n```",
      "```{figure}\n:name:\n```", "```{tab-item}\n```", "```{literalinclude} /\n```", "```{literalinclude} ../../../../etc/passwd\n```",
      "# {ref}`self`\n(self)=\n", "```{glossary}\n   indented only\n```", "```{versionadded}\n```", "---\n---\n", "%", "+++", ":::", "```",
      "````{note}\n```{warning}\ninner\n```\n````", "{pep}`x`", "```{raw} html\n<b>x</b>\n```", "\t(tab)=\n# Tabbed", "```{mermaid}\n```",
      "+++\nA block break first", "{{ version }} is out", "```{include}\n```", "```{include} /\n```", "```{include} ../../../../etc/passwd\n```",
      "```{include} odd0.md\n:start-line: -5\n:end-line: 99999999999\n:heading-offset: 99\n:relative-docs:\n:relative-images:\n```",
      "```{include} odd36.md\n:start-after: never there\n```", "```{include} \u0000\n```"
    };
    ImportFixture f = jupyterHubConf(new ImportFixture(dir));
    for (int i = 0; i < pages.length; i++) f.with("docs/source/odd" + i + ".md", pages[i]);
    f.importAs(SourceTool.SPHINX);
    assertThat(f.result.pagesByLanguage()).containsExactly(Map.entry("en", pages.length));
    for (int i = 0; i < pages.length; i++) assertThat(f.exists("content/odd" + i + ".md")).as(pages[i]).isTrue();
    // A page may start with a role or a substitution: MyST's front matter is YAML only, never Hugo's JSON.
    assertThat(f.file("content/odd5.md")).startsWith("---\ntitle: Odd5\n").endsWith("---\n{ref}``\n");
    assertThat(f.file("content/odd32.md")).startsWith("---\ntitle: Odd32\n").endsWith("---\n{{ version }} is out\n");
  }

  /**
   * Directives nested thousands deep (each a call deeper in the converters: 5,000 ran out of
   * stack) are converted 50 deep; what is deeper stays as written, with a note where it starts.
   */
  @Test
  void directivesNestedTooDeepAreLeftAsWrittenWithANote() {
    int n = 5000;
    StringBuilder page = new StringBuilder("# Deep\n\n");
    for (int i = 0; i < n; i++) page.append(":".repeat(n + 3 - i)).append("{note}\n");
    page.append("deep\n");
    for (int i = 0; i < n; i++) page.append(":".repeat(i + 4)).append("\n");
    ImportFixture f = jupyterHubConf(new ImportFixture(dir)).with("docs/source/deep.md", page.toString());
    f.importAs(SourceTool.SPHINX);
    String deep = f.file("content/deep.md");
    assertThat(deep).contains("!!! note").contains("{note}").contains("deep");
    assertThat(f.left()).anyMatch(m -> m.startsWith("content/deep.md:") && m.contains("directives nest more than 50 deep here"));
  }

  /**
   * A Sphinx site written in reStructuredText, read through pandoc: sections, roles (ref, doc),
   * admonitions, toctree, literalinclude, code with a caption, includes, definition lists,
   * substitutions and tables. Its pages were not imported at all.
   */
  @Test
  void reStructuredTextPagesAreReadThroughPandoc() {
    ImportFixture f = new ImportFixture(dir)
        .with("docs/conf.py", "project = 'Field Agent'\nhtml_baseurl = 'https://agent.example.org/'\n")
        .with("docs/index.rst", """
            Field Agent
            ===========

            .. toctree::
               :maxdepth: 2

               install
               configure
            """)
        .with("docs/install.rst", """
            .. _install-agent:

            Install the agent
            =================

            The agent runs on every **measurement server**. See :ref:`configure` and :doc:`configure`,
            or `the vendor page <https://example.org/agent>`_.

            .. note::

               Unplug the PDU before opening the case.

            .. warning:: Mains voltage inside.

            .. include:: _shared/support.rst

            #. Download the package.
            #. Install it::

                  sudo dpkg -i agent.deb

               .. warning:: Not on the storage node.

            #. Check it. ::

                  systemctl status agent

            .. topic:: Old releases

               Before 2.0, see `Install the agent`_.

            .. code-block:: yaml
               :caption: agent.yaml

               interval: 30s

            .. literalinclude:: examples/agent.yaml
               :language: yaml

            PDU
               Power distribution unit.

            .. |product| replace:: FieldAgent

            Use |product| daily.

            .. admonition:: Before you start

               Check the :term:`BMC`.

            .. glossary::

               BMC
                  Baseboard management controller.

            .. only:: html

               Shown on the web.

            .. only:: latex

               Printed only.

            +------+-------+
            | Port | Use   |
            +======+=======+
            | 443  | HTTPS |
            +------+-------+
            """)
        .with("docs/_shared/support.rst", "Ask the **site host** for help.\n")
        .withBytes("docs/latin1.rst", "Caf\u00e9\n====\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
        .with("docs/examples/agent.yaml", "interval: 30s\nretries: 3\n")
        .with("docs/configure.rst", """
            .. _configure:

            Configure
            =========

            Back to :ref:`install-agent`.

            .. tab-set::

               .. tab-item:: Debian

                  Run ``apt install agent``.

            .. tabs::

               .. tab:: Windows

                  Run the installer.

            .. dropdown:: More details

               Hidden text.
            """)
        .importAs(SourceTool.SPHINX)
        // A page that is not UTF-8 is reported once, where its byte is, and the others are imported.
        .assertLeft("src/docs/latin1.rst:1:4: error: not imported: the file is not valid UTF-8 text: the byte 0xE9 here is not part of a"
            + " UTF-8 character. Save the file as UTF-8 in your editor, and import again.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/install.md")).endsWith("""
        ---
        The agent runs on every **measurement server**. See [Configure](configure.md) and [Configure](configure.md),
        or [the vendor page](https://example.org/agent).

        !!! note
            Unplug the PDU before opening the case.

        !!! warning
            Mains voltage inside.

        Ask the **site host** for help.

        1.  Download the package.

        2.  Install it:

                sudo dpkg -i agent.deb

            !!! warning
                Not on the storage node.

        3.  Check it.

                systemctl status agent

        !!! note "Old releases"
            Before 2.0, see [Install the agent](#top).

        `agent.yaml`

        ```yaml
        interval: 30s
        ```

        ```yaml
        interval: 30s
        retries: 3
        ```

        PDU
        :   Power distribution unit.

        Use FieldAgent daily.

        !!! note "Before you start"
            Check the [BMC](#term-BMC).

        <a id="term-BMC"></a>

        **BMC**

        Baseboard management controller.

        Shown on the web.

        | Port | Use   |
        |------|-------|
        | 443  | HTTPS |
        """);
    assertThat(f.file("content/_index.md")).contains("title: Field Agent");
    // A label on a page's title leads to the page.
    assertThat(f.file("content/configure.md")).endsWith("""
        Back to [Install the agent](install.md).

        ## Debian

        Run `apt install agent`.

        ## Windows

        Run the installer.

        ??? note "More details"
            Hidden text.
        """);
  }
}
