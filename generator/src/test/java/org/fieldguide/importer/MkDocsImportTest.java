package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small MkDocs (Material) site imported: nav order to weight, then built and checked. */
class MkDocsImportTest {
  @TempDir Path dir;

  private ImportFixture site() {
    return new ImportFixture(dir)
        .with("mkdocs.yml", """
            site_name: Runbooks
            site_url: https://runbooks.example.org/ops/
            repo_url: https://github.com/example/runbooks
            nav:
              - Home: index.md
              - Getting started:
                  - Install: getting-started/install.md
                  - getting-started/first-steps.md
              - Reference: reference.md
            markdown_extensions:
              - admonition
              - attr_list
              - pymdownx.emoji:
                  emoji_index: !!python/name:material.extensions.emoji.twemoji
            extra:
              analytics: !ENV [ANALYTICS_KEY, none]
            theme:
              name: material
              language: en
            """)
        .with("docs/index.md", """
            # Runbooks

            [TOC]

            Start with [the install guide](getting-started/install.md) or the [reference](/ops/reference/).
            """)
        .with("docs/getting-started/install.md", """
            ---
            description: Install the agent.
            hide: [navigation]
            ---
            # Install the agent

            !!! warning "Root needed"
                Run every step as root.

            ## Step 1: Download { #download .highlight }

            Then read [what to check](first-steps.md#check-status-logs).
            """)
        .with("docs/getting-started/first-steps.md", """
            First steps
            ===========

            ## Check — status & logs

            === "Linux"
                journalctl -u agent

            Back to [Download](install.md#download).
            """)
        .with("docs/reference.md", """
            # Reference

            --8<-- "snippets/cli.md"

            ![Architecture](img/arch.png)
            """)
        .withBytes("docs/img/arch.png", new byte[] {1})
        .withBytes("docs/img/unused.png", new byte[] {2});
  }

  @Test
  void importsNavOrderAndBuildsAndChecksCleanly() {
    ImportFixture f = site().importAs(SourceTool.MKDOCS)
        .assertLeft(
            "content/reference.md:5:1: warning: snippet include left as text: fieldguide has no includes. Copy the included text into the page.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.result.pagesByLanguage()).containsExactly(Map.entry("en", 4));
    assertThat(f.result.assets()).isEqualTo(1);
    assertThat(f.exists("content/img/unused.png")).isFalse();

    assertThat(f.file("site.yaml")).isEqualTo("""
        # Written by fieldguide import from a mkdocs site. See README.md: site.yaml.
        title: Runbooks
        base_url: https://runbooks.example.org/ops/
        default_language: en
        languages:
          en: {}
        repository: https://github.com/example/runbooks
        front_matter:
          ignore: [hide]
        """);
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Runbooks
        weight: 10
        ---
        Start with [the install guide](getting-started/install.md) or the [reference](reference.md).
        """);
    assertThat(f.file("content/getting-started/install.md")).isEqualTo("""
        ---
        title: Install the agent
        summary: Install the agent.
        weight: 20
        ---
        !!! warning "Root needed"
            Run every step as root.

        ## Step 1: Download {#download}

        Then read [what to check](first-steps.md#check--status--logs).
        """);
    assertThat(f.file("content/getting-started/first-steps.md")).startsWith("---\ntitle: First steps\nweight: 30\n---\n## Check")
        .contains("\n### Linux\n\njournalctl -u agent\n\nBack to");
    assertThat(f.file("content/reference.md")).contains("weight: 40", "![Architecture](img/arch.png)");
  }

  /**
   * A link out of docs/ to the repository's other files leads to them on the code-hosting site
   * (the imported site is written elsewhere, where the path leads nowhere); one to a file that
   * is not there keeps its note.
   */
  @Test
  void linksToTheRepositorysOtherFilesLeadToThemOnTheCodeHostingSite() {
    ImportFixture f = new ImportFixture(dir)
        .with(".git/HEAD", "ref: refs/heads/main\n")
        .with("LICENSE", "BSD 3-Clause License\n")
        .with("scripts/install agent.sh", "#!/bin/sh\nset -eu\napt-get install agent\n")
        .with("mkdocs.yml", "site_name: Runbooks\nsite_url: https://runbooks.example.org/\nrepo_url: https://github.com/example/runbooks\n")
        .with("docs/index.md", """
            # Runbooks

            Licensed under the [BSD license](../LICENSE). The [install script](<../scripts/install agent.sh#L3>) is in
            [scripts](../scripts/); see also [the changelog](../CHANGELOG.md) and [Git's own files](../.git/HEAD).
            """)
        .importAs(SourceTool.MKDOCS);
    assertThat(f.left()).containsExactly(
        "content/_index.md:5:93: warning: link target '../CHANGELOG.md' is not a page or file of the imported site; point it at the right .md file,"
            + " or remove the link.",
        "content/_index.md:5:132: warning: link target '../.git/HEAD' is not a page or file of the imported site; point it at the right .md file,"
            + " or remove the link.");
    assertThat(f.file("content/_index.md")).contains(
        "[BSD license](https://github.com/example/runbooks/blob/main/LICENSE)",
        "[install script](https://github.com/example/runbooks/blob/main/scripts/install%20agent.sh#L3)",
        "[scripts](https://github.com/example/runbooks/tree/main/scripts/)");
  }

  /**
   * The redirects plugin's redirect_maps: each old page's addresses become aliases of the page it
   * leads to, so links to them from elsewhere keep working; one to another site, to no page, or
   * from a page that is still there is warned at its line in mkdocs.yml and left out.
   */
  @Test
  void theRedirectsPluginsMapsBecomeAliases() {
    ImportFixture f = new ImportFixture(dir)
        .with("mkdocs.yml", """
            site_name: Runbooks
            site_url: https://runbooks.example.org/
            plugins:
              - search
              - redirects:
                  redirect_maps:
                    'old-install.md': 'getting-started/install.md'
                    'setup/index.md': 'getting-started/install.md#download'
                    'legacy.md': 'https://old.example.org/legacy/'
                    'gone.md': 'nowhere.md'
                    'reference.md': 'index.md'
                    'faq': 'index.md'
            """)
        .with("docs/index.md", "# Runbooks\n\nSee [the reference](reference.md).\n")
        .with("docs/reference.md", "# Reference\n\nThe commands.\n")
        .with("docs/getting-started/install.md", "# Install the agent\n\n## Download\n\nGet it.\n")
        .importAs(SourceTool.MKDOCS);
    assertThat(f.left()).containsExactly(
        "src/mkdocs.yml:8:10: warning: the redirect from /setup/ leads to src/docs/getting-started/install.md without #download: fieldguide's"
            + " redirects (aliases) lead to a page, not to a place in it.",
        "src/mkdocs.yml:9:10: warning: the redirect from /legacy/ to https://old.example.org/legacy/ was not imported: fieldguide makes"
            + " redirects only to its own pages (aliases). Link to the other site from a page, or leave the old address to the web server.",
        "src/mkdocs.yml:10:10: warning: the redirect from /gone/ to nowhere.md was not imported: nowhere.md is not a page of the imported"
            + " site. Point it at the page that took its place, or leave it out.",
        "src/mkdocs.yml:11:10: warning: the redirect from /reference/ was not imported: src/docs/reference.md is still published there, and a"
            + " page's address cannot also redirect. Remove the redirect, or the page.",
        "src/mkdocs.yml:12:10: warning: the redirect from 'faq' was not imported: the redirects plugin names the old page by its Markdown file"
            + " (old/page.md). Write it so, and import again.");
    assertThat(f.file("content/getting-started/install.md")).startsWith("""
        ---
        title: Install the agent
        aliases: [/old-install/, /setup/, /setup/index.html]
        ---
        """);
    f.assertBuildsAndChecksCleanly();
    assertThat(f.published("en/old-install/index.html")).contains("getting-started/install/");
  }

  /**
   * With mkdocs-static-i18n's folder layout, a redirect in a language's folder is an alias of the
   * page in that language, written without the language (fieldguide puts it in that language's
   * tree); one in the default language's is also its translations'.
   */
  @Test
  void redirectsInALanguagesFolderAreAliasesOfThatLanguagesPage() {
    ImportFixture f = new ImportFixture(dir)
        .with("mkdocs.yml", """
            site_name: Runbooks
            site_url: https://runbooks.example.org/
            plugins:
              - i18n:
                  docs_structure: folder
                  languages:
                    - locale: en
                      default: true
                      name: English
                    - locale: fr
                      name: Français
              - redirects:
                  redirect_maps:
                    'en/old.md': 'en/new.md'
                    'fr/ancien.md': 'fr/new.md'
                    'fr/perdu.md': 'en/index.md'
            """)
        .with("docs/en/index.md", "# Runbooks\n\nSee [new](new.md).\n")
        .with("docs/en/new.md", "# New\n\nText.\n")
        .with("docs/fr/index.md", "# Runbooks\n\nVoir [new](new.md).\n")
        .with("docs/fr/new.md", "# Nouveau\n\nTexte.\n")
        .importAs(SourceTool.MKDOCS);
    assertThat(f.left()).isEmpty();
    assertThat(f.file("content/new.md")).contains("aliases: [/old/]");
    assertThat(f.file("content/new.fr.md")).contains("aliases: [/old/, /ancien/]");
    assertThat(f.file("content/_index.fr.md")).contains("aliases: [/perdu/]");
    f.assertBuildsAndChecksCleanly();
    assertThat(f.published("fr/ancien/index.html")).contains("url=../new/");
    assertThat(f.published("fr/old/index.html")).contains("url=../new/");

    // The suffix layout (new.fr.md beside new.md): the same, from old.fr.md.
    ImportFixture g = new ImportFixture(dir.resolve("suffix"))
        .with("mkdocs.yml", suffixLayoutRedirecting("'ancien.fr.md': 'new.fr.md'"))
        .with("docs/index.md", "# Runbooks\n\nSee [new](new.md).\n")
        .with("docs/new.md", "# New\n\nText.\n")
        .with("docs/new.fr.md", "# Nouveau\n\nTexte.\n")
        .importAs(SourceTool.MKDOCS);
    assertThat(g.left()).isEmpty();
    assertThat(g.file("content/new.fr.md")).contains("aliases: [/ancien/]");
    assertThat(g.file("content/new.md")).doesNotContain("aliases");
    g.assertBuildsAndChecksCleanly();
    assertThat(g.published("fr/ancien/index.html")).contains("url=../new/");

    // A French old address leading to a page that has no French version: nothing to make it an alias of.
    ImportFixture h = new ImportFixture(dir.resolve("untranslated"))
        .with("mkdocs.yml", suffixLayoutRedirecting("'vieux.fr.md': 'reference.md'"))
        .with("docs/index.md", "# Runbooks\n\nSee [the reference](reference.md).\n")
        .with("docs/reference.md", "# Reference\n\nText.\n")
        .importAs(SourceTool.MKDOCS);
    assertThat(h.left()).containsExactly("src/mkdocs.yml:11:10: warning: the redirect from /fr/vieux/ was not imported:"
        + " src/docs/reference.md has no page in fr to lead to. Translate it, or leave the redirect out.");
    assertThat(h.file("content/reference.md")).doesNotContain("aliases");
  }

  /** A configuration of mkdocs-static-i18n's suffix layout (page.fr.md beside page.md), en and fr, with one redirect of the redirects plugin. */
  private static String suffixLayoutRedirecting(String redirect) {
    return """
        site_name: Runbooks
        site_url: https://runbooks.example.org/
        plugins:
          - i18n:
              languages:
                - locale: en
                  default: true
                - locale: fr
          - redirects:
              redirect_maps:
                %s
        """.formatted(redirect);
  }

  /**
   * Without directory URLs MkDocs published each page as a file (getting-started/install.html,
   * fr/getting-started/install.html): the imported pages are folders, so those addresses are kept
   * as aliases, each in its own language's tree, and published as the files a web server serves
   * them from. The home page's address stays where it was.
   */
  @Test
  void pagesPublishedAsFilesKeepThoseAddresses() {
    ImportFixture f = new ImportFixture(dir)
        .with("mkdocs.yml", """
            site_name: Runbooks
            site_url: https://runbooks.example.org/
            use_directory_urls: false
            plugins:
              - i18n:
                  docs_structure: folder
                  languages:
                    - locale: en
                      default: true
                      name: English
                    - locale: fr
                      name: Français
            """)
        .with("docs/en/index.md", "# Runbooks\n\nSee [install](getting-started/install.md).\n")
        .with("docs/en/getting-started/install.md", "# Install\n\nText.\n")
        .with("docs/fr/index.md", "# Runbooks\n\nVoir [install](getting-started/install.md).\n")
        .with("docs/fr/getting-started/install.md", "# Installer\n\nTexte.\n")
        .importAs(SourceTool.MKDOCS);
    assertThat(f.left()).isEmpty();
    assertThat(f.file("content/getting-started/install.md")).contains("aliases: [/getting-started/install.html]\n");
    assertThat(f.file("content/getting-started/install.fr.md")).contains("aliases: [/getting-started/install.html]\n");
    assertThat(f.file("content/_index.md")).doesNotContain("aliases");
    f.assertBuildsAndChecksCleanly();
    assertThat(f.published("getting-started/install.html")).contains("url=../en/getting-started/install/");
    assertThat(f.published("fr/getting-started/install.html")).contains("url=install/");
    assertThat(f.published("fr/getting-started/install/index.html")).contains("Texte.").doesNotContain("http-equiv=\"refresh\"");
  }

  /** The branch edit_uri names goes with repo_url, so edit and repository links lead to it (not to main). */
  @Test
  void editUriNamesTheRepositorysBranch() {
    String repo = "https://github.com/example/runbooks";
    assertThat(MkDocsSource.repository(Map.of("repo_url", repo))).contains(repo);
    assertThat(MkDocsSource.repository(Map.of("repo_url", repo + "/", "edit_uri", "edit/master/docs/"))).contains(repo + "/tree/master");
    assertThat(MkDocsSource.repository(Map.of("repo_url", repo, "edit_uri", "blob/develop/docs/"))).contains(repo + "/tree/develop");
    assertThat(MkDocsSource.repository(Map.of("repo_url", repo, "edit_uri", "https://github.com/example/docs-site/edit/main/docs/")))
        .contains("https://github.com/example/docs-site/tree/main");
    assertThat(MkDocsSource.repository(Map.of("repo_url", "https://gitlab.com/example/runbooks", "edit_uri", "-/edit/stable/docs/")))
        .contains("https://gitlab.com/example/runbooks/-/tree/stable");
    assertThat(MkDocsSource.repository(Map.of("repo_url", repo, "edit_uri", ""))).contains(repo);
    assertThat(MkDocsSource.repository(Map.of("edit_uri", "edit/main/docs/"))).isEmpty();
    // As site.yaml's repository reads it: the branch, the site at the repository's top.
    org.fieldguide.config.RepositoryAddress a = org.fieldguide.config.RepositoryAddress.of(repo + "/tree/master");
    assertThat(a.show("content/index.md")).isEqualTo(repo + "/blob/master/content/index.md");
  }

  /**
   * The inline syntax of the Python-Markdown extensions a Material site turns on: CommonMark
   * showed it as text (keys, marks, abbreviations, definition lists, icons) or as something else
   * ({@code H~2~O} struck through), and the import said nothing.
   */
  @Test
  void pythonMarkdownExtensionsTheSiteTurnsOnBecomeHtml() {
    ImportFixture f = new ImportFixture(dir)
        .with("mkdocs.yml", """
            site_name: Kit
            site_url: https://kit.example.org/
            markdown_extensions:
              - markdown.extensions.abbr
              - attr_list
              - def_list
              - footnotes
              - md_in_html
              - pymdownx.caret
              - pymdownx.keys
              - pymdownx.mark
              - pymdownx.tilde
              - pymdownx.emoji:
                  emoji_index: !!python/name:material.extensions.emoji.twemoji
            """)
        .with("docs/index.md", """
            # Kit

            Press ++ctrl+alt+del++, then ++"Fn"+f2++. This is ==important== and ^^new^^: H~2~O, 2^10^[^1].
            Not in `++code++ ==code== H~2~O` nor at <https://example.org/~ops/~x>.
            :material-alert: The PDU feeds the rack :fontawesome-solid-bolt:{ .lg }.

            *[PDU]: Power distribution unit

            `--dry-run`
            :   Prints what would change.

                Changes nothing.

            `--force`

            :   Skips the questions.

            Annotated { .annotate }

            <div class="grid cards" markdown>
            - **PDU** first
            </div>

            <div markdown="1">
            ==Hot== <img alt="PDU" src="https://example.org/pdu.png">
            </div>

            <pre>
            kept as written
            </pre>

            [^1]: Bytes in a kibibyte.
            """)
        .importAs(SourceTool.MKDOCS)
        .assertLeft("content/_index.md:6:1: warning: MkDocs Material's icons (:material-…:, :fontawesome-…:, :octicons-…:) were removed: fieldguide has none.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Kit
        ---
        Press <kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>Del</kbd>, then <kbd>Fn</kbd>+<kbd>F2</kbd>. This is <mark>important</mark> and <ins>new</ins>: H<sub>2</sub>O, 2<sup>10</sup>[^1].
        Not in `++code++ ==code== H~2~O` nor at <https://example.org/~ops/~x>.
        The <abbr title="Power distribution unit">PDU</abbr> feeds the rack .

        `--dry-run`
        :   Prints what would change.

            Changes nothing.

        `--force`
        :   Skips the questions.

        Annotated

        <div class="grid cards">

        - **<abbr title="Power distribution unit">PDU</abbr>** first

        </div>

        <div>

        <mark>Hot</mark> <img alt="PDU" src="https://example.org/pdu.png">

        </div>

        <pre>
        kept as written
        </pre>

        [^1]: Bytes in a kibibyte.
        """);
    assertThat(f.published("en/index.html")).contains("<dt><code>--dry-run</code></dt>\n<dd>\n<p>Prints what would change.</p>", "<dd>Skips the questions.</dd>", "<li><strong><abbr");
  }

  /** pymdownx.snippets' includes are copied into each page, as MkDocs showed them; they were left as text with a note. */
  @Test
  void snippetsAreCopiedIntoThePages() {
    ImportFixture f = new ImportFixture(dir)
        .with("mkdocs.yml", """
            site_name: Kit
            site_url: https://kit.example.org/
            markdown_extensions:
              - abbr
              - admonition
              - pymdownx.snippets:
                  base_path: [includes, "."]
                  auto_append: [abbreviations.md]
            """)
        .with("includes/abbreviations.md", "*[PDU]: Power distribution unit\n")
        .with("includes/power-warning.md", "Switch the **PDU** off first.\n\n--8<-- \"signature.md\"\n")
        .with("includes/signature.md", "-- The site team\n")
        .with("includes/loop.md", "Loop.\n--8<-- \"loop.md\"\n")
        .with("scripts/deploy.sh", "#!/bin/sh\n# --8<-- [start:install]\napt-get install agent\n# --8<-- [end:install]\nreboot\n")
        .with("docs/index.md", """
            # Kit

            !!! warning
                --8<-- "power-warning.md"

            ```sh
            --8<-- "scripts/deploy.sh:install"
            ```

            ```sh
            --8<-- "scripts/deploy.sh:1:2"
            ```

            --8<--
            signature.md

            loop.md
            ; skipped.md
            --8<--

            Shown as written: ;--8<-- "x.md" is text, and so is
            ;--8<-- "escaped.md"

            --8<-- "missing.md"
            --8<-- "https://example.org/remote.md"
            """)
        .importAs(SourceTool.MKDOCS)
        .assertLeft(
            // Both at the line after them: a snippet that puts nothing in leaves no line.
            "content/_index.md:24:1: warning: snippet 'https://example.org/remote.md' is on another site, which the import does not download. Copy its"
                + " text into the page.",
            "content/_index.md:24:1: warning: snippet 'missing.md' was not found under the snippets' base_path, so MkDocs showed nothing here. Copy the"
                + " text it was meant to show into the page, or remove the line.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Kit
        ---
        !!! warning
            Switch the **<abbr title="Power distribution unit">PDU</abbr>** off first.

            -- The site team

        ```sh
        apt-get install agent
        ```

        ```sh
        #!/bin/sh
        ```

        -- The site team

        Loop.

        Shown as written: ;--8<-- "x.md" is text, and so is
        --8<-- "escaped.md"


        """);
  }

  /**
   * Where snippets are looked for: a base_path entry that is a file matches its own name, a name
   * that leaves its base path (../) or the repository is not read, and ::2 cuts from the start.
   */
  @Test
  void snippetsAreReadOnlyFromTheirBasePathsInsideTheRepository() throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("secret.md"), "Outside the repository.\n");
    ImportFixture f = new ImportFixture(dir.resolve("repo"))
        .with("mkdocs.yml", """
            site_name: Kit
            site_url: https://kit.example.org/
            markdown_extensions:
              - pymdownx.snippets:
                  base_path: [shared/legal/notice.md, includes]
            """)
        .with("shared/legal/notice.md", "Licensed CC BY 4.0.\nSecond line.\n")
        .with("includes/steps.md", "One.\nTwo.\nThree.\n")
        .with("private.md", "In the repository, outside every base path.\n")
        .with("docs/index.md", """
            # Kit

            --8<-- "notice.md"

            --8<-- "steps.md::2"

            Sign here:
            --8<-- "../private.md"
            --8<-- "../../secret.md"
            and date it.
            """)
        .importAs(SourceTool.MKDOCS)
        .assertLeft(
            "content/_index.md:11:1: warning: snippet '../../secret.md' was not found under the snippets' base_path, so MkDocs showed nothing"
                + " here. Copy the text it was meant to show into the page, or remove the line.",
            "content/_index.md:11:1: warning: snippet '../private.md' was not found under the snippets' base_path, so MkDocs showed nothing here."
                + " Copy the text it was meant to show into the page, or remove the line.");
    assertThat(f.file("content/_index.md")).startsWith("""
        ---
        title: Kit
        ---
        Licensed CC BY 4.0.
        Second line.

        One.
        Two.
        """).doesNotContain("Outside").doesNotContain("outside every base path")
        // The removed snippets' notes go to the line after them: the paragraph stays one.
        .endsWith("Sign here:\nand date it.\n");
  }

  /**
   * The macros plugin's Jinja, as far as it needs no Python: variables of the page, of extra and of
   * include_yaml files, page.title, config.*, a default filter, includes (include_dir, then the
   * docs folder), comments and raw blocks. The rest is left as written, noted in text, silent in code.
   */
  @Test
  void macrosThatNeedNoPythonAreRun() {
    ImportFixture f = new ImportFixture(dir)
        .with("mkdocs.yml", """
            site_name: Field Docs
            site_url: https://docs.example.org/
            extra:
              agent_version: "2.4"
              support:
                email: ops@example.org
            plugins:
              - macros:
                  include_dir: snippets
                  include_yaml:
                    - data/ports.yml
                    - hw: data/hardware.yml
            """)
        .with("data/ports.yml", "ssh_port: 22\n")
        .with("data/hardware.yml", "rack_units: 2\n")
        .with("snippets/warning.md", "!!! warning\n    Agent {{ agent_version }} needs a reboot.\n")
        .with("docs/shared/footer.md", "Mail {{ support.email }}.")
        .with("docs/index.md", """
            ---
            title: Install
            site: Lima
            ---
            # {{ page.title }} at {{ site }} ({{ config.site_name }})

            {% include "warning.md" %}

            Open port {{ ssh_port }}; the server takes {{ hw.rack_units }}U.
            {# a note for writers #}
            Ask {{ owner | default("the site host") }}. {{ config.extra.agent_version }} / {{ page.meta.site }}.

            {% raw %}Written as `{{ agent_version }}`.{% endraw %}

            {{ button("Download", "/dl/") }}

            ```yaml
            version: {{ agent_version }}
            image: {{ .Values.image }}
            ```

            {% include "shared/footer.md" %}
            """)
        .importAs(SourceTool.MKDOCS)
        .assertLeft("content/_index.md:16:1: warning: macro '{{ button(\"Download\", \"/dl/\") }}' left as text: write out its value, or remove"
            + " it.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/_index.md")).endsWith("""
        ---
        # Install at Lima (Field Docs)

        !!! warning
            Agent 2.4 needs a reboot.

        Open port 22; the server takes 2U.

        Ask the site host. 2.4 / Lima.

        Written as `{{ agent_version }}`.

        {{ button("Download", "/dl/") }}

        ```yaml
        version: 2.4
        image: {{ .Values.image }}
        ```

        Mail ops@example.org.
        """);
  }
}
