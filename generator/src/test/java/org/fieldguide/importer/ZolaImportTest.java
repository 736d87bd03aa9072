package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small Zola sites imported: a bilingual handbook built and checked, and what is left for a person. */
class ZolaImportTest {
  @TempDir Path dir;

  private ImportFixture handbook() {
    return new ImportFixture(dir)
        .with("config.toml", """
            base_url = "https://example.org/handbook"
            title = "Field Handbook"
            description = "How we run the sites."
            default_language = "en"
            compile_sass = false

            [markdown]
            highlight_code = true

            [languages.es]
            title = "Manual de campo"
            description = "Cómo gestionamos los sitios."

            [extra]
            menu = [{name = "Blog", url = "/blog/"}]
            """)
        .with("content/_index.md", """
            +++
            title = "Field Handbook"
            sort_by = "weight"
            +++
            Start with the [setup guide](@/guides/setup.md#before-you-start), read the [blog](@/blog/_index.md)
            or the [release notes](/handbook/blog/release-notes/). Who we are: [about](/handbook/about-us/).
            """)
        .with("content/_index.es.md", """
            +++
            title = "Manual de campo"
            +++
            Empiece por la [guía](@/guides/setup.es.md) y [antes de empezar](@/guides/setup.md#before-you-start).
            """)
        .with("content/guides/_index.md", """
            +++
            title = "Guides"
            description = "Step by step."
            weight = 10
            sort_by = "weight"
            paginate_by = 5
            insert_anchor_links = "right"
            +++
            """)
        .with("content/guides/setup.md", """
            +++
            title = "Set up a site"
            description = "Rack and cable a new site."
            weight = 1
            aliases = ["setup/", "/old/setup.html"]
            template = "guide.html"

            [taxonomies]
            tags = ["racks", "network"]
            categories = ["hardware"]

            [extra]
            difficulty = 3
            reviewed = true
            +++
            ## Before you start!

            Check the [network page](../network/) and its [cabling](@/guides/network/index.md#cable-colours-labels).

            {% warning(title="Power") %}
            Switch off the [PDU](#before-you-start) first.
            {% end %}

            {{ youtube(id="dQw4w9WgXcQ") }}

            {{ rack_diagram(units=42) }}

            {{ button(url="@/blog/_index.md", text="All posts") }}

            Shortcodes are written like `{{/* youtube(id="x") */}}`.
            """)
        .with("content/guides/setup.es.md", """
            +++
            title = "Instalar un sitio"
            weight = 1
            +++
            ## Antes de empezar

            Vea el [cableado](@/guides/network/index.md#cable-colours-labels).
            """)
        .with("content/guides/network/index.md", """
            +++
            title = "Network"
            weight = 2
            +++
            ![Rack diagram](rack.png)

            ## Cable colours & labels

            Blue is data.
            """)
        .withBytes("content/guides/network/rack.png", new byte[] {1, 2, 3})
        .with("content/guides/faq.md", """
            +++
            title = "Questions"
            slug = "questions"
            weight = 3
            +++
            Ask in the channel.
            """)
        .with("content/about.md", """
            +++
            title = "About"
            path = "about-us"
            +++
            ![Logo](/handbook/logo.svg)
            """)
        .with("content/blog/_index.md", """
            +++
            title = "Blog"
            weight = 20
            sort_by = "date"
            transparent = true
            +++
            """)
        .with("content/blog/2024-01-02-release-notes.md", """
            +++
            title = "Release notes"
            updated = 2024-02-01
            authors = ["Ana"]

            [taxonomies]
            tags = ["releases"]
            +++
            Read the [setup guide](../../guides/setup/) and see the ![rack](/handbook/guides/network/rack.png).
            """)
        .with("content/blog/2024-03-04_spring-update/index.md", """
            +++
            title = "Spring update"
            date = 2024-03-05
            +++
            ![Team photo](team.jpg)
            """)
        .withBytes("content/blog/2024-03-04_spring-update/team.jpg", new byte[] {4, 5})
        .withBytes("static/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void importsABilingualSiteThatBuildsAndChecksCleanly() {
    ImportFixture f = handbook().importAs(SourceTool.ZOLA)
        .assertLeft(
            "content/guides/setup.md:20:1: warning: Zola shortcode 'rack_diagram' left as text: fieldguide has no shortcodes. Rewrite what it shows in Markdown, or remove it.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.result.pagesByLanguage()).containsExactly(Map.entry("en", 9), Map.entry("es", 2));
    assertThat(f.result.assets()).isEqualTo(3);

    assertThat(f.file("site.yaml")).isEqualTo("""
        # Written by fieldguide import from a zola site. See README.md: site.yaml.
        title: Field Handbook
        base_url: https://example.org/handbook/
        default_language: en
        languages:
          en: {}
          es:
            title: Manual de campo
        description: How we run the sites.
        front_matter:
          fields:
            authors: list
            categories: list
            date: date
            difficulty: integer
            reviewed: boolean
            updated: date
          ignore: [insert_anchor_links, paginate_by, sort_by, template, transparent]
        """);
    assertThat(f.file("content/guides/setup.md")).isEqualTo("""
        ---
        title: Set up a site
        summary: Rack and cable a new site.
        weight: 1
        tags: [racks, network]
        aliases: [/setup/, /old/setup.html]
        categories: [hardware]
        difficulty: 3
        reviewed: true
        ---
        ## Before you start!

        Check the [network page](network.md) and its [cabling](network.md#cable-colours--labels).

        !!! warning "Power"
            Switch off the [PDU](#before-you-start) first.

        [YouTube video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)

        {{ rack_diagram(units=42) }}

        [All posts](../blog/_index.md)

        Shortcodes are written like `{{ youtube(id="x") }}`.
        """);
    assertThat(f.file("content/_index.md")).contains(
        "[setup guide](guides/setup.md#before-you-start), read the [blog](blog/_index.md)",
        "[release notes](blog/release-notes.md). Who we are: [about](about.md).");
    // The English heading's link leads Spanish readers to the Spanish page: to its heading in the same place.
    assertThat(f.file("content/_index.es.md")).contains("[guía](guides/setup.md) y [antes de empezar](guides/setup.md#antes-de-empezar)");
    assertThat(f.file("content/guides/setup.es.md")).contains("[cableado](network.md#cable-colours--labels)");
    assertThat(f.file("content/guides/_index.md")).isEqualTo("---\ntitle: Guides\nsummary: Step by step.\nweight: 10\n---\n\n");
    assertThat(f.file("content/blog/_index.md")).isEqualTo("---\ntitle: Blog\nweight: 20\n---\n\n");
    // The bundle is the page; its file stays beside it.
    assertThat(f.file("content/guides/network.md")).contains("![Rack diagram](network/rack.png)", "## Cable colours & labels");
    assertThat(f.exists("content/guides/network/rack.png")).isTrue();
    // Date-prefixed names: the date goes to the front matter, the page is named by its slug.
    assertThat(f.file("content/blog/release-notes.md")).isEqualTo("""
        ---
        title: Release notes
        weight: 2
        tags: [releases]
        date: "2024-01-02"
        updated: "2024-02-01"
        authors: [Ana]
        ---
        Read the [setup guide](../guides/setup.md) and see the ![rack](../guides/network/rack.png).
        """);
    // The blog's sort_by = "date": newest first, as Zola listed it.
    assertThat(f.file("content/blog/spring-update.md")).contains("weight: 1\n", "date: \"2024-03-05\"", "![Team photo](spring-update/team.jpg)");
    assertThat(f.exists("content/blog/spring-update/team.jpg")).isTrue();
    // slug and path keep Zola's addresses.
    assertThat(f.file("content/guides/faq.md")).contains("url: /guides/questions/");
    assertThat(f.file("content/about.md")).contains("url: /about-us/", "![Logo](logo.svg)");
    assertThat(f.exists("content/logo.svg")).isTrue();
    assertThat(f.published("en/guides/questions/index.html")).contains("Ask in the channel.");
    assertThat(f.published("es/guides/setup/index.html")).contains("Instalar un sitio");
  }

  @Test
  void leavesWhatItCannotConvertAtItsLine() {
    ImportFixture f = new ImportFixture(dir)
        .with("config.toml", """
            base_url = "https://notes.example.org"
            title = "Notes"
            description = 42
            languages = [{code = "fr"}, {feed = true}]

            [slugify]
            paths = "lower"
            """)
        .with("content/_index.md", """
            +++
            title = "Notes"
            +++
            See [the plan](@/plan/index.md#goals) and [nothing](@/missing.md), then [the money](@/plan/index.md#money).
            """)
        .with("content/plan/index.md", """
            +++
            title = "Plan"
            +++
            ## Goals

            {{ figure(src="board.png", caption="The board") }}

            {% quote(author="Ada") %}
            Keep it simple.
            {% end %}

            {% tabs() %}
            {% note(title="Tip") %}
            Inside a tab.
            {% end %}
            {% end %}

            ## Budget {#money .wide}
            """)
        .withBytes("content/plan/board.png", new byte[] {7})
        .with("content/plan/index.fr.md", "+++\ntitle = \"Projet\"\n+++\nVoir les [buts](@/plan/index.md#goals).\n")
        .with("content/docs/_index.md", "+++\ntitle = \"Docs\"\nredirect_to = \"docs/start\"\n+++\n")
        .with("content/docs/start.md", "+++\ntitle = \"Start\"\n+++\nHello.\n")
        .with("content/broken.md", "+++\ntitle = \"Broken\nweight = 1\n+++\n")
        .with("content/notes.de.md", "+++\ntitle = \"Notizen\"\n+++\n")
        .importAs(SourceTool.ZOLA)
        .assertLeft(
            "content/_index.md:4:45: warning: link target '@/missing.md' is not a page or file of the imported site; point it at the right .md file, or remove the link.",
            "content/plan.fr.md:4:17: warning: the heading #goals is on the en page, but fieldguide leads fr readers to its fr translation, which has"
                + " no heading #goals: point the link at one of that page's headings, or add {#goals} to the one it means.",
            "content/plan.md:12:1: warning: Zola shortcode 'tabs' left as text: fieldguide has no shortcodes. Rewrite what it shows in Markdown, or remove it.",
            "src/config.toml:3:1: warning: description = 42 should be a text in quotes; it was left out.",
            "src/config.toml:4:1: warning: an entry of languages has no code = \"…\"; it was left out, and files in that language are not imported.",
            "src/config.toml:7:1: warning: [slugify] paths = \"lower\" should be \"on\", \"safe\" or \"off\"; \"on\" was used.",
            "src/content/broken.md:2:16: error: not imported: its front matter is not valid TOML: Newline not permitted here. Fix it and import again.",
            "src/content/docs/_index.md:3:1: warning: redirect_to = \"docs/start\" was left out: fieldguide shows this section's own page and its pages' list."
                + " Give the section an introduction, or link to docs/start from it.",
            "src/content/notes.de.md:1:1: warning: not imported: 'de' is not one of the languages of the configuration, so Zola does not build this file"
                + " either. Add the language there, or rename the file, and import again.");
    assertThat(f.result.pagesByLanguage()).containsExactly(Map.entry("en", 4), Map.entry("fr", 1));
    assertThat(f.file("site.yaml")).contains("base_url: https://notes.example.org/\n", "languages:\n  en: {}\n  fr: {}\n").doesNotContain("description");
    assertThat(f.file("content/plan.md")).isEqualTo("""
        ---
        title: Plan
        ---
        ## Goals

        ![The board](plan/board.png)

        > Keep it simple.
        >
        > — Ada

        {% tabs() %}

        !!! note "Tip"
            Inside a tab.

        {% end %}

        ## Budget {#money}
        """);
    // An @/ link names one file: the French page links to the English page's heading, which its own page lacks.
    assertThat(f.file("content/plan.fr.md")).contains("[buts](plan.md#goals)");
    assertThat(f.file("content/_index.md")).contains("[the plan](plan.md#goals) and [nothing](@/missing.md), then [the money](plan.md#money)");
    assertThat(f.file("content/docs/_index.md")).isEqualTo("---\ntitle: Docs\n---\n\n");
    assertThat(f.exists("content/broken.md")).isFalse();
  }

  @Test
  void anUnreadableConfigurationIsAnErrorAtItsLine() {
    new ImportFixture(dir)
        .with("config.toml", "base_url = \"https://example.org/\"\ntitle = \"Unclosed\n")
        .with("content/a.md", "+++\ntitle = \"A\"\n+++\nText.\n")
        .importAs(SourceTool.ZOLA)
        .assertLeft(
            "site.yaml:3:11: warning: the zola configuration does not say where the site is published; replace https://example.org/ with its address.",
            "src/config.toml:2:18: error: config.toml cannot be read: Newline not permitted here. Fix it and import again: without it, the site's"
                + " title, address and languages are not known.");
  }

  @Test
  void zolaHeadingIdsAreTheSlugCrates() {
    assertThat(HeadingSlugs.zola("Something exciting!")).isEqualTo("something-exciting");
    assertThat(HeadingSlugs.zola("Cable colours & labels")).isEqualTo("cable-colours-labels");
    assertThat(HeadingSlugs.zola("héhé")).isEqualTo("hehe");
    assertThat(HeadingSlugs.zola("日本")).isEqualTo("ri-ben");
    assertThat(HeadingSlugs.renamed("# Café & co\n\n# Café & co\n", SourceTool.ZOLA))
        .containsEntry("cafe-co", "café--co").containsEntry("cafe-co-1", "café--co-1").containsEntry("Café_&_co", "café--co");
  }

  @Test
  void aRegionalLanguageTheDefaultLanguagesTitleAndAFileNotInUtf8() {
    ImportFixture f = new ImportFixture(dir)
        .with("zola.toml", "base_url = \"https://example.org/\"\n\n[languages.en]\ntitle = \"Site\"\n\n[languages.pt-BR]\ntitle = \"Sítio\"\n")
        .with("content/a.md", "+++\ntitle = \"A\"\n+++\nText.\n")
        .with("content/a.pt-BR.md", "+++\ntitle = \"A em português\"\n+++\nTexto.\n")
        .withBytes("content/latin.md", "+++\ntitle = \"Caf\u00e9\"\n+++\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
        .importAs(SourceTool.ZOLA)
        .assertLeft("src/content/latin.md:2:13: error: not imported: the file is not valid UTF-8 text: the byte 0xE9 here is not part of a UTF-8 character."
            + " Save the file as UTF-8 in your editor, and import again.");
    assertThat(f.result.pagesByLanguage()).containsExactly(Map.entry("en", 1), Map.entry("pt-br", 1));
    assertThat(f.file("site.yaml")).contains("title: Site\n", "  en: {}\n  pt-br:\n    title: Sítio\n");
    assertThat(f.file("content/a.pt-br.md")).contains("title: A em português");
    f.assertBuildsAndChecksCleanly();
  }

  /**
   * A section sorted by date lists its pages newest first, as Zola does: by {@code updated} for
   * {@code update_date}; a page without a date comes last; a page's own weight is not read. Files
   * the configuration's {@code ignored_content} globs name are not imported.
   */
  @Test
  void aSectionSortedByDateListsItsPagesNewestFirst() {
    ImportFixture f = new ImportFixture(dir)
        .with("config.toml", "base_url = \"https://notes.example.org\"\ntitle = \"Notes\"\nignored_content = [\"*.{xlsx,graphml}\", \"temp.*\", \"drafts/**\", \"{a,{b}}\", 42]\n")
        .with("content/_index.md", "+++\ntitle = \"Notes\"\n+++\n")
        .withBytes("content/log/figures.xlsx", new byte[] {1, 2})
        .with("content/log/temp.md", "+++\ntitle = \"Scratch\"\n+++\nNot for the site.\n")
        .with("content/drafts/idea.md", "+++\ntitle = \"Idea\"\n+++\nLater.\n")
        .with("content/log/_index.md", "+++\ntitle = \"Log\"\nsort_by = \"update_date\"\n+++\n")
        .with("content/log/old-but-updated.md", "+++\ntitle = \"Old\"\ndate = 2024-01-01\nupdated = 2024-06-01\n+++\nText.\n")
        .with("content/log/2024-05-01-may.md", "+++\ntitle = \"May\"\n+++\nText.\n")
        .with("content/log/undated.md", "+++\ntitle = \"Undated\"\nweight = 1\n+++\nText.\n")
        .importAs(SourceTool.ZOLA)
        .assertLeft(
            "src/config.toml:3:1: warning: an entry of ignored_content is not a glob in quotes; it was left out.",
            "src/config.toml:3:1: warning: ignored_content entry '{a,{b}}' is not a glob pattern (a '[' or '{' left open, or braces inside braces);"
                + " it was left out, and the files it means are imported.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/log/old-but-updated.md")).contains("weight: 1\n");
    assertThat(f.file("content/log/may.md")).contains("weight: 2\n");
    assertThat(f.file("content/log/undated.md")).contains("weight: 3\n").doesNotContain("weight: 1\n");
    // What ignored_content names is left out, as Zola leaves it out.
    assertThat(f.result.pagesByLanguage()).containsExactly(Map.entry("en", 5));
    assertThat(f.exists("content/log/figures.xlsx") || f.exists("content/log/temp.md") || f.exists("content/drafts/idea.md")).isFalse();
  }
}
