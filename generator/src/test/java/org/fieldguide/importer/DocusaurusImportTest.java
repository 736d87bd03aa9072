package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small Docusaurus sites imported: config, docs, categories, MDX, translations and blog, then built and checked. */
class DocusaurusImportTest {
  @TempDir Path dir;

  private ImportFixture site() {
    return new ImportFixture(dir)
        .with("docusaurus.config.ts", """
            import type {Config} from '@docusaurus/types';
            import type * as Preset from '@docusaurus/preset-classic';

            const siteName = 'Field Ops';

            const config: Config = {
              title: 'Field Ops',
              tagline: `${siteName} runbooks`,
              url: 'https://ops.example.org',
              baseUrl: '/handbook/',
              organizationName: 'example',
              projectName: 'field-ops',
              i18n: {
                defaultLocale: 'en',
                locales: ['en', 'ar'],
                localeConfigs: {
                  ar: {label: 'العربية', direction: 'rtl'},
                },
              },
              presets: [
                [
                  'classic',
                  {
                    docs: {sidebarPath: './sidebars.ts', editUrl: process.env.EDIT_URL},
                    blog: {showReadingTime: true},
                  } satisfies Preset.Options,
                ],
              ],
              themeConfig: {navbar: {title: siteName}},
            };

            export default config;
            """)
        .with("docs/intro.md", """
            ---
            slug: /
            ---
            # Field Ops handbook

            Start with the [install guide](./01-getting-started/02-install.md), then
            [configure it](/handbook/docs/getting-started/configure#options) or read the
            [reference](/docs/ref). The [same guide by its URL](getting-started/installation),
            [all first steps](/docs/category/getting-started).
            """)
        .with("docs/01-getting-started/_category_.json", """
            {"label": "Getting started", "position": 2, "link": {"type": "generated-index", "description": "Set up the agent."}}
            """)
        .with("docs/01-getting-started/01-requirements.md", "# Requirements\n\nA server with 2 cores.\n")
        .with("docs/01-getting-started/02-install.md", """
            ---
            id: installation
            sidebar_label: Install
            description: Install the agent on a new server.
            tags: [setup, {label: Agent, permalink: /agent}]
            hide_table_of_contents: true
            ---

            # Install the agent

            :::warning[Root needed]
            Run every step as root.

            ::::tip Before you start
            :::info
            Check the [requirements](01-requirements.md).
            :::
            ::::
            :::

            ## Download {#download-agent}

            Then [configure it](./03-configure.mdx#options).
            """)
        .with("docs/01-getting-started/03-configure.mdx", """
            ---
            title: Configure
            ---
            import Tabs from '@theme/Tabs';
            import TabItem from '@theme/TabItem';

            {/* Written for the 2.x agent. */}

            ## Options {#options}

            <Tabs groupId="os">
              <TabItem value="linux" label="Linux" default>
                Edit `/etc/agent.conf`:

                ```ini
                interval = 60
                ```
              </TabItem>
              <TabItem value="mac" label="macOS">
                Edit `~/Library/agent.conf`.
              </TabItem>
            </Tabs>

            <details>
              <summary>Why 60 seconds?</summary>

              It matches the scrape interval.
            </details>

            Back to [download](02-install.md#download-agent).
            """)
        .with("docs/reference.md", """
            ---
            sidebar_position: 3
            slug: /ref
            ---
            # Reference

            Get the [PDF](pathname:///files/agent.pdf) and see ![The rack](/img/rack.png).
            """)
        .with("i18n/ar/docusaurus-plugin-content-docs/current/01-getting-started/02-install.md", """
            ---
            id: installation
            description: ثبّت الوكيل.
            ---

            # تثبيت الوكيل

            :::danger
            لا تفعل ذلك.
            :::

            ثم [اضبطه](./03-configure.mdx#options).
            """)
        .with("i18n/ar/docusaurus-plugin-content-docs/current.json", """
            {
              "version.label": {"message": "التالي"},
              "sidebar.tutorialSidebar.category.Getting started": {"message": "البدء"},
              "sidebar.tutorialSidebar.category.Getting started.link.generated-index.description": {"message": "جهّز الوكيل."}
            }
            """)
        .with("blog/2024-03-05-welcome.md", """
            ---
            title: Welcome
            authors: [ana]
            ---
            The handbook moved.

            <!-- truncate -->

            See [install](/docs/getting-started/installation).
            """)
        .with("blog/2023-11-20-first.md", "# First post\n\nHello.\n")
        .with("blog/authors.yml", "ana:\n  name: Ana\n")
        .withBytes("static/img/rack.png", new byte[] {1})
        .withBytes("static/files/agent.pdf", new byte[] {2})
        .withBytes("static/img/unused.png", new byte[] {3});
  }

  @Test
  void importsDocsCategoriesTranslationAndBlogThatBuildAndCheckCleanly() {
    ImportFixture f = site().importAs(SourceTool.DOCUSAURUS)
        .assertLeft("src/docusaurus.config.ts:8:12: warning: tagline is written as code (`${siteName} runbooks`), which fieldguide import does not run; "
            + "the site has no description. Check the value in site.yaml.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.result.pagesByLanguage()).containsExactly(Map.entry("en", 8), Map.entry("ar", 2));
    assertThat(f.result.assets()).isEqualTo(2);
    assertThat(f.exists("content/img/unused.png")).isFalse();

    assertThat(f.file("site.yaml")).isEqualTo("""
        # Written by fieldguide import from a docusaurus site. See README.md: site.yaml.
        title: Field Ops
        base_url: https://ops.example.org/handbook/
        default_language: en
        languages:
          en: {}
          ar:
            name: العربية
            direction: rtl
        repository: https://github.com/example/field-ops
        front_matter:
          fields:
            authors: list
            date: date
            sidebar_label: text
          ignore: [hide_table_of_contents]
        """);
    // slug: / makes the doc the docs' home page; links by file, by URL (slug) with and without the base path.
    assertThat(f.file("content/_index.md")).isEqualTo("""
        ---
        title: Field Ops handbook
        aliases: [/docs/]
        ---
        Start with the [install guide](getting-started/installation.md), then
        [configure it](getting-started/configure.md#options) or read the
        [reference](reference.md). The [same guide by its URL](getting-started/installation.md),
        [all first steps](getting-started/_index.md).
        """);
    // The category is the section page; its position, and the number prefixes, are weights.
    assertThat(f.file("content/getting-started/_index.md")).isEqualTo("---\ntitle: Getting started\nsummary: Set up the agent.\nweight: 2\naliases: [/docs/category/getting-started]\n---\n\n");
    // Its generated index was at /ar/docs/category/getting-started: the same address in the Arabic tree.
    assertThat(f.file("content/getting-started/_index.ar.md"))
        .isEqualTo("---\ntitle: البدء\nsummary: \"جهّز الوكيل.\"\nweight: 2\naliases: [/docs/category/getting-started]\n---\n\n");
    assertThat(f.published("ar/docs/category/getting-started/index.html")).contains("ar/getting-started/");
    assertThat(f.file("content/getting-started/requirements.md")).isEqualTo("---\ntitle: Requirements\nweight: 1\naliases: [/docs/getting-started/requirements]\n---\nA server with 2 cores.\n");
    assertThat(f.file("content/getting-started/installation.md")).isEqualTo("""
        ---
        title: Install the agent
        summary: Install the agent on a new server.
        weight: 2
        tags: [setup, Agent]
        aliases: [/docs/getting-started/installation]
        sidebar_label: Install
        ---
        !!! warning "Root needed"
            Run every step as root.

            !!! tip "Before you start"

                !!! note
                    Check the [requirements](requirements.md).

        ## Download {#download-agent}

        Then [configure it](configure.md#options).
        """);
    assertThat(f.file("content/getting-started/configure.md")).isEqualTo("""
        ---
        title: Configure
        weight: 3
        aliases: [/docs/getting-started/configure]
        ---
        ## Options {#options}

        ### Linux

        Edit `/etc/agent.conf`:

        ```ini
        interval = 60
        ```

        ### macOS

        Edit `~/Library/agent.conf`.

        ??? note "Why 60 seconds?"
            It matches the scrape interval.

        Back to [download](installation.md#download-agent).
        """);
    assertThat(f.file("content/reference.md")).isEqualTo("""
        ---
        title: Reference
        weight: 3
        aliases: [/docs/ref]
        ---
        Get the [PDF](files/agent.pdf) and see ![The rack](img/rack.png).
        """);
    assertThat(f.file("content/getting-started/installation.ar.md")).isEqualTo("""
        ---
        title: تثبيت الوكيل
        summary: "ثبّت الوكيل."
        weight: 2
        aliases: [/docs/getting-started/installation]
        ---
        !!! danger
            لا تفعل ذلك.

        ثم [اضبطه](configure.md#options).
        """);
    // Posts keep their date, newest first; the truncate marker goes.
    assertThat(f.file("content/blog/welcome.md")).isEqualTo("""
        ---
        title: Welcome
        weight: 1
        aliases: [/blog/2024/03/05/welcome]
        date: "2024-03-05"
        authors: [ana]
        ---
        The handbook moved.

        See [install](../getting-started/installation.md).
        """);
    assertThat(f.file("content/blog/first.md")).contains("title: First post", "weight: 2", "date: \"2023-11-20\"");
    assertThat(f.published("ar/getting-started/installation/index.html")).contains("dir=\"rtl\"", "تثبيت الوكيل");
    assertThat(f.published("en/getting-started/configure/index.html")).contains("id=\"linux\"", "<details");
  }

  /** A CommonJS config with code in it, docs at the site's root, and MDX that needs a person. */
  @Test
  void leavesCodeAndUnknownComponentsForAPersonAtTheirLines() {
    ImportFixture f = new ImportFixture(dir)
        .with("docusaurus.config.js", """
            // @ts-check
            /** @type {import('@docusaurus/types').Config} */
            const config = {
              title: 'Agent docs',
              url: process.env.SITE_URL || 'https://agent.example.org',
              baseUrl: '/',
              trailingSlash: true,
              i18n: {defaultLocale: 'en', locales: LOCALES},
              presets: [
                [
                  'classic',
                  /** @type {import('@docusaurus/preset-classic').Options} */
                  ({
                    docs: {routeBasePath: '/', sidebarPath: require.resolve('./sidebars.js')},
                    blog: false,
                  }),
                ],
              ],
            };

            module.exports = config;
            """)
        .with("docs/index.md", "# Agent\n\nRead [the guide](/guide/setup/) and [the FAQ](./faq.mdx).\n")
        .with("docs/guide/setup.md", "---\ntitle: Set up\n---\nSetup.\n")
        .with("docs/_shared-steps.mdx", "1. Stop the agent.\n2. Start it again.\n")
        .with("docs/faq.mdx", """
            ---
            title: FAQ
            ---
            import Highlight from '@site/src/components/Highlight';
            import SharedSteps from './_shared-steps.mdx';
            export const version = '2.1';

            ## Restarting

            <SharedSteps />

            The <Highlight color="#25c2a0">green</Highlight> light means it runs, in {frontMatter.title}.

            :::secret
            Only for admins.
            :::

            :::tip Last
            Never closed.
            """)
        .with("docs/chart.mdx", "---\ntitle: Chart\n---\nimport Chart from '../src/Chart';\n:::tip\nFine.\n:::\n\n"
            + "export const data = [\n  1,\n  2,\n];\n[faq]: ./faq.mdx\n\nSee [the FAQ][faq].\n")
        .with("blog/2024-01-01-ignored.md", "# Not read\n")
        .with("src/pages/index.js", "export default function Home() { return null; }\n")
        .with("src/pages/help.md", "# Help\n\nSee [the FAQ](/faq/).\n")
        .importAs(SourceTool.DOCUSAURUS)
        .assertLeft(
            "content/chart.md:4:1: warning: MDX import of Chart from '../src/Chart' removed: fieldguide pages cannot import code. "
                + "Rewrite what Chart showed in Markdown, or remove its use.",
            "content/chart.md:7:15: warning: MDX export removed ('export const data = [ …'): fieldguide pages hold no code. "
                + "Write out the values the page used from it.",
            "content/faq.md:4:1: warning: MDX export removed ('export const version = '2.1';'): fieldguide pages hold no code. Write out the values the page used from it.",
            "content/faq.md:4:1: warning: MDX import of Highlight from '@site/src/components/Highlight' removed: fieldguide pages cannot import code. "
                + "Rewrite what Highlight showed in Markdown, or remove its use.",
            "content/faq.md:9:5: warning: JSX component <Highlight> left as written: fieldguide pages are Markdown, so the build drops its tags as unknown HTML "
                + "and shows only its text. Rewrite what it shows in Markdown, or remove it.",
            "content/faq.md:9:74: warning: JSX expression {frontMatter.title} left as written: fieldguide runs no code, so readers would see it "
                + "as text. Write out its value.",
            "content/faq.md:11:1: warning: admonition kind 'secret' is not one fieldguide knows (note, tip, warning, danger); it is shown as a note. Pick the kind that fits.",
            "content/faq.md:14:1: warning: this admonition is not closed by a ':::' line, so everything after it was put inside it. Close it where it ends.",
            "site.yaml:3:11: warning: the docusaurus configuration does not say where the site is published; replace https://example.org/ with its address.",
            "src/docusaurus.config.js:5:8: warning: url is written as code (process.env.SITE_URL || 'https://agent.example.org'), which fieldguide import "
                + "does not run; site.yaml gets a placeholder address. Check the value in site.yaml.",
            "src/docusaurus.config.js:8:40: warning: i18n.locales is written as code (LOCALES), which fieldguide import does not run; "
                + "the languages with a folder under i18n/ are imported. Check the value in site.yaml.",
            "src/src/pages: warning: 1 React page(s) (.js, .tsx, …) were not imported: they are code. Write what they show as Markdown pages "
                + "(a home page is content/_index.md).");
    // A Markdown page of src/pages is a page at the root, linked like any other.
    assertThat(f.file("content/help.md")).isEqualTo("---\ntitle: Help\n---\nSee [the FAQ](faq.md).\n");
    assertThat(f.file("content/_index.md")).endsWith("---\nRead [the guide](guide/setup.md) and [the FAQ](faq.md).\n");
    // The partial is inlined where it was used; the component stays, and the check reports it without failing.
    assertThat(f.file("content/faq.md")).isEqualTo("""
        ---
        title: FAQ
        ---
        ## Restarting

        1. Stop the agent.
        2. Start it again.

        The <Highlight color="#25c2a0">green</Highlight> light means it runs, in {frontMatter.title}.

        !!! note
            Only for admins.

        !!! tip "Last"
            Never closed.
        """);
    assertThat(f.file("content/chart.md")).isEqualTo("---\ntitle: Chart\n---\n!!! tip\n    Fine.\n\n[faq]: faq.md \n\nSee [the FAQ][faq].\n");
    assertThat(f.exists("content/blog")).isFalse();
    assertThat(f.checkReports()).containsExactly("content/faq.md:9:5: warning: removed <highlight> element from raw HTML: pages are sanitised "
        + "because they come from many hands. Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted.");
  }

  /** Category pages by convention and by a category's link, fractional positions, and MDX blocks in a list. */
  @Test
  void findsSectionPagesOrdersFractionalPositionsAndConvertsBlocksInLists() {
    ImportFixture f = new ImportFixture(dir)
        .with("docusaurus.config.mjs", """
            export default {
              title: "Ops",
              url: "https://ops.example.org/",
              baseUrl: "/",
              presets: [["@docusaurus/preset-classic", {docs: {path: "docs"}}]],
            };
            """)
        .with("docs/api/api.md", "# API\n\nThe API \uE000\uE001 (an icon font's glyphs are text).\n")
        .with("docs/tutorial/README.md", "# Tutorial\n")
        .with("docs/tutorial/step-b.md", "---\nsidebar_position: 1.5\n---\n# Step B\n")
        .with("docs/tutorial/step-a.md", "---\nsidebar_position: 1\n---\n# Step A\n")
        .with("docs/tutorial/step-c.md", "# Step C\n")
        .with("docs/ops/_category_.yml", "label: Operations\nposition: 1\nlink:\n  type: doc\n  id: ops/overview\n")
        .with("docs/ops/overview.md", "---\ntitle: Operations overview\n---\nEverything about running it.\n\n<DocCardList />\n\n"
            + "<img src={require('./img/rack.png').default} alt=\"The rack\" className=\"wide\" /> Then <Link to=\"/docs/ops/restart\">restart</Link>.\n")
        .withBytes("docs/ops/img/rack.png", new byte[] {1})
        .with("docs/ops/restart.mdx", """
            ---
            title: Restart
            ---
            1. Pick the host:

               <Tabs values={[{label: 'Debian', value: 'deb'}, {label: 'Red Hat', value: 'rpm'}]}>
               <TabItem value="deb">

               ```bash
               # highlight-next-line
               systemctl restart agent
               ```

               </TabItem>
               <TabItem value="rpm">Use `service agent restart`.</TabItem>
               </Tabs>

            2. Check:{' '}it runs.

            <Admonition type="caution" title="Careful">
              Do not restart **both** hosts.
            </Admonition>

            ```md
            :::note
            Not converted: this is code.
            :::
            ```

            MDX comments are written `{/* like this */}`, links `<Link to="/x">x</Link>`, and admonitions:

                :::tip Title
                <Tabs>
                :::
            """)
        .importAs(SourceTool.DOCUSAURUS)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    // <folder>/<folder>.md and README.md are their folder's page; positioned folders first, the others by name.
    assertThat(f.file("content/api/_index.md")).isEqualTo("---\ntitle: API\nweight: 2\naliases: [/docs/api/]\n---\nThe API \uE000\uE001 (an icon font's glyphs are text).\n");
    assertThat(f.file("content/tutorial/_index.md")).startsWith("---\ntitle: Tutorial\nweight: 3\naliases: [/docs/tutorial/]\n---\n");
    // The doc a category links to is its section page; DocCardList goes, since section pages list their pages.
    assertThat(f.file("content/ops/_index.md")).isEqualTo("---\ntitle: Operations overview\nweight: 1\naliases: [/docs/ops/overview]\n---\nEverything about running it.\n\n"
        + "<img src=\"img/rack.png\" alt=\"The rack\" class=\"wide\" /> Then [restart](restart.md).\n");
    // 1, 1.5 and none: numbered in that order.
    assertThat(f.file("content/tutorial/step-a.md")).contains("weight: 10");
    assertThat(f.file("content/tutorial/step-b.md")).contains("weight: 20");
    assertThat(f.file("content/tutorial/step-c.md")).contains("weight: 30");
    assertThat(f.file("content/ops/restart.md")).isEqualTo("""
        ---
        title: Restart
        aliases: [/docs/ops/restart]
        ---
        1. Pick the host:

           **Debian**

           ```bash
           systemctl restart agent
           ```

           **Red Hat**

           Use `service agent restart`.

        2. Check: it runs.

        !!! caution "Careful"
            Do not restart **both** hosts.

        ```md
        :::note
        Not converted: this is code.
        :::
        ```

        MDX comments are written `{/* like this */}`, links `<Link to="/x">x</Link>`, and admonitions:

            :::tip Title
            <Tabs>
            :::
        """);
  }

  /** Files that cannot be read are reported on one line each, with what to do; the rest is imported. */
  @Test
  void reportsUnreadableFilesAndImportsTheRest() {
    ImportFixture f = new ImportFixture(dir)
        .with("docusaurus.config.js", "module.exports = {\n  title: 'Broken', url: 'https://x.example.org', i18n: {defaultLocale: 'fr', locales: ['fr', 'en'\n")
        .with("docs/ok.md", "# Bien\n")
        .with("docs/broken.md", "---\ntitle: [unclosed\n---\nText.\n")
        .withBytes("docs/latin1.md", new byte[] {'#', ' ', 'C', (byte) 0xE9, '\n'})
        .with("docs/guide/_category_.json", "{\"label\": \"Guide\",}\n")
        .with("docs/guide/a.md", "# A\n")
        .with("i18n/de/docusaurus-plugin-content-docs/current/ok.md", "# Gut\n")
        .importAs(SourceTool.DOCUSAURUS)
        .assertLeft(
            "src/docs/broken.md:1:1: error: not imported: its front matter is not valid YAML: while parsing a flow sequence. Fix it and import again.",
            "src/docs/guide/_category_.json: warning: _category_.json cannot be read: Unexpected character ('}' (code 125)): was expecting double-quote "
                + "to start field name; the category's label and position were not read. Fix it and import again.",
            "src/docs/latin1.md:1:1: error: not imported: the file is not UTF-8 text. Save it as UTF-8 and import again.",
            "src/i18n/de: warning: not imported: the locale 'de' is not listed in i18n.locales of the configuration. Add it there and import again, "
                + "if it is to be published.");
    // The configuration is read as far as it goes, though cut off.
    assertThat(f.result.pagesByLanguage()).containsExactly(Map.entry("fr", 3), Map.entry("en", 0));
    assertThat(f.file("site.yaml")).contains("title: Broken", "base_url: https://x.example.org/", "default_language: fr");
  }

  /** A hand-written sidebar orders the pages as it lists them, whatever their positions say. */
  @Test
  void ordersPagesAsAHandWrittenSidebarListsThem() {
    ImportFixture f = new ImportFixture(dir)
        .with("docusaurus.config.js", "module.exports = {title: 'S', url: 'https://s.example.org', baseUrl: '/'};\n")
        .with("sidebars.js", """
            /** @type {import('@docusaurus/plugin-content-docs').SidebarsConfig} */
            const sidebars = {
              main: [
                'zebra',
                {type: 'category', label: 'Guides', items: ['guides/second', {type: 'doc', id: 'guides/first'}]},
                {'More': ['alpha']},
              ],
            };
            module.exports = sidebars;
            """)
        .with("docs/alpha.md", "---\nsidebar_position: 1\n---\n# Alpha\n")
        .with("docs/zebra.md", "# Zebra\n")
        .with("docs/unlisted.md", "# Unlisted\n")
        .with("docs/guides/first.md", "# First\n")
        .with("docs/guides/02-second.md", "# Second\n")
        .importAs(SourceTool.DOCUSAURUS)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/zebra.md")).contains("weight: 10");
    assertThat(f.file("content/guides/_index.md")).contains("weight: 20");
    assertThat(f.file("content/guides/second.md")).contains("weight: 20");
    assertThat(f.file("content/guides/first.md")).contains("weight: 30");
    assertThat(f.file("content/alpha.md")).contains("weight: 40");
    assertThat(f.file("content/unlisted.md")).contains("weight: 50");
  }

  /** A symbolic link leading out of the repository is not read as the site's (a static file, a doc). */
  @Test
  void linksLeadingOutOfTheRepositoryAreNotFollowed() throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("outside.txt"), "Secret.\n");
    java.nio.file.Files.createDirectories(dir.resolve("src/static"));
    java.nio.file.Files.createSymbolicLink(dir.resolve("src/static/leak.txt"), dir.resolve("outside.txt"));
    ImportFixture f = new ImportFixture(dir)
        .with("docusaurus.config.js", "module.exports = {title: 'S', url: 'https://s.example.org', baseUrl: '/'};\n")
        .with("docs/a.md", "# A\n\nThe [key](/leak.txt).\n")
        .importAs(SourceTool.DOCUSAURUS)
        .assertLeft("content/a.md:5:11: warning: link target '/leak.txt' is not a page or file of the imported site; point it at the right .md file,"
            + " or remove the link.");
    assertThat(f.exists("content/leak.txt")).isFalse();
    assertThat(f.exists("content/static/leak.txt")).isFalse();
  }

  /**
   * Docusaurus's CodeBlock component: holding a file imported through raw-loader, a template
   * literal or text, it becomes a fenced block, its title above it. The import and the component
   * were removed and left with notes.
   */
  @Test
  void codeBlocksOfImportedFilesAndLiteralsBecomeFencedCode() {
    ImportFixture f = new ImportFixture(dir)
        .with("docusaurus.config.js", "module.exports = {title: 'S', url: 'https://s.example.org', baseUrl: '/'};\n")
        .with("docs/examples/agent.yaml", "interval: 30s\nlabels:\n  site: lima\n")
        .with("docs/setup.mdx", """
            # Setup

            import CodeBlock from '@theme/CodeBlock';
            import AgentConfig from '!!raw-loader!./examples/agent.yaml';

            <CodeBlock language="yaml" title="agent.yaml">{AgentConfig}</CodeBlock>

            1. Start it:

               <CodeBlock language="bash">
               {`systemctl start agent
               echo \\`date\\``}
               </CodeBlock>

            <CodeBlock>plain text</CodeBlock>
            """)
        .importAs(SourceTool.DOCUSAURUS)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/setup.md")).endsWith("""
        ---
        `agent.yaml`

        ```yaml
        interval: 30s
        labels:
          site: lima
        ```

        1. Start it:

           ```bash
           systemctl start agent
           echo `date`
           ```

        ```
        plain text
        ```
        """);
  }

  /**
   * The client-redirects plugin's redirects become aliases of the pages they lead to, in each
   * language (the old site served /fr/docs/old-install too); what it made by rule is warned where
   * it is written.
   */
  @Test
  void extensionsWrittenAsCodeAreWarnedAndLeftOut() {
    ImportFixture f = new ImportFixture(dir)
        .with("docusaurus.config.js", """
            const EXTS = ['html'];
            module.exports = {
              title: 'S', url: 'https://s.example.org', baseUrl: '/',
              plugins: [['@docusaurus/plugin-client-redirects', {fromExtensions: EXTS}]],
            };
            """)
        .with("docs/install.md", "# Install\\n\\nRun it.\\n")
        .importAs(SourceTool.DOCUSAURUS);
    assertThat(f.left()).containsExactly(
        "src/docusaurus.config.js:4:70: warning: fromExtensions was not imported: the client-redirects plugin made these redirects by rule,"
            + " for every page, and fieldguide publishes a page at its one address and the old addresses its aliases list. Add those to the"
            + " pages that need them, or have the web server rewrite the addresses.");
    assertThat(f.file("content/install.md")).contains("aliases: [/docs/install]\n");
  }

  @Test
  void theClientRedirectsPluginsRedirectsBecomeAliases() {
    ImportFixture f = new ImportFixture(dir)
        .with("docusaurus.config.js", """
            module.exports = {
              title: 'S', url: 'https://s.example.org', baseUrl: '/',
              i18n: {defaultLocale: 'en', locales: ['en', 'fr']},
              plugins: [
                [
                  '@docusaurus/plugin-client-redirects',
                  {
                    fromExtensions: ['html'],
                    redirects: [
                      {to: '/docs/install', from: ['/docs/old-install', '/setup']},
                      {to: '/docs/tools/', from: '/docs/utilities'},
                      {to: 'https://example.org/elsewhere', from: '/away'},
                      {to: '/docs/gone', from: '/docs/was-here'},
                      {to: process.env.TARGET, from: '/computed'},
                    ],
                    createRedirects(existingPath) {
                      return undefined;
                    },
                  },
                ],
              ],
            };
            """)
        .with("docs/intro.md", "---\nslug: /\n---\n# Intro\n\nSee [install](install.md).\n")
        .with("docs/install.md", "# Install\n\nRun it.\n")
        .with("docs/tools/index.md", "# Tools\n\nThe tools.\n")
        .with("i18n/fr/docusaurus-plugin-content-docs/current/install.md", "# Installer\n\nLancez-le.\n")
        .importAs(SourceTool.DOCUSAURUS);
    // fromExtensions: ['html'] served every page also at its address with .html added (not one
    // ending in a slash): those addresses are each page's old ones too.
    assertThat(f.left()).containsExactly(
        "src/docusaurus.config.js:12:11: warning: the redirect from /away to https://example.org/elsewhere was not imported: fieldguide makes"
            + " redirects only to its own pages (aliases). Link to the other site from a page, or leave the old address to the web server.",
        "src/docusaurus.config.js:13:11: warning: the redirect from /docs/was-here to /docs/gone was not imported: /docs/gone is not a page"
            + " of the imported site. Point it at the page that took its place, or leave it out.",
        "src/docusaurus.config.js:14:11: warning: this redirect was not imported: its from and to are not written as text here. Write them"
            + " as { from: '/old', to: '/new' }, or add the old address to the page's aliases by hand.",
        "src/docusaurus.config.js:16:9: warning: createRedirects was not imported: the client-redirects plugin made these redirects by"
            + " rule, for every page, and fieldguide publishes a page at its one address and the old addresses its aliases list. Add those to"
            + " the pages that need them, or have the web server rewrite the addresses.");
    assertThat(f.file("content/install.md")).contains("aliases: [/docs/old-install, /setup, /docs/install, /docs/install.html]");
    assertThat(f.file("content/install.fr.md")).contains("aliases: [/docs/old-install, /setup, /docs/install, /docs/install.html]");
    assertThat(f.file("content/tools/_index.md")).contains("aliases: [/docs/utilities, /docs/tools/]\n");
    f.assertBuildsAndChecksCleanly();
    assertThat(f.published("en/docs/old-install/index.html")).contains("url=../../install/");
    assertThat(f.published("fr/docs/old-install/index.html")).contains("url=../../install/");
    assertThat(f.published("setup/index.html")).contains("url=../en/install/");
    assertThat(f.published("docs/install.html")).contains("url=../en/install/");
    assertThat(f.published("fr/docs/install.html")).contains("url=../install/");
  }

  /** A monorepo's website reading ../docs, with its sidebar in JSON: links between the docs still resolve. */
  @Test
  void readsDocsFromBesideTheWebsiteFolder() {
    ImportFixture f = new ImportFixture(dir)
        .with("docusaurus.config.js", """
            module.exports = {
              title: 'Mono', url: 'https://m.example.org', baseUrl: '/',
              presets: [['classic', {docs: {path: '../docs', sidebarPath: require.resolve('./sidebars.json')}}]],
            };
            """)
        .with("sidebars.json", "{\"docs\": {\"Intro\": [\"sub/b\", \"a\"]}}\n")
        .with("../docs/a.md", "# A\n\nSee [b](sub/b.md) and [b again](/sub/b.md).\n")
        .with("../docs/sub/b.md", "# B\n\nBack to [a](../a.md).\n")
        .importAs(SourceTool.DOCUSAURUS)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/a.md")).isEqualTo("---\ntitle: A\nweight: 20\naliases: [/docs/a]\n---\nSee [b](sub/b.md) and [b again](sub/b.md).\n");
    assertThat(f.file("content/sub/b.md")).isEqualTo("---\ntitle: B\nweight: 10\naliases: [/docs/sub/b]\n---\nBack to [a](../a.md).\n");
  }
}
