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
            Empiece por la [guía](@/guides/setup.es.md).
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

        Shortcodes are written like `{{ youtube(id="x") }}`.
        """);
    assertThat(f.file("content/_index.md")).contains(
        "[setup guide](guides/setup.md#before-you-start), read the [blog](blog/_index.md)",
        "[release notes](blog/release-notes.md). Who we are: [about](about.md).");
    assertThat(f.file("content/_index.es.md")).contains("[guía](guides/setup.md)");
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
        tags: [releases]
        date: "2024-01-02"
        updated: "2024-02-01"
        authors: [Ana]
        ---
        Read the [setup guide](../guides/setup.md) and see the ![rack](../guides/network/rack.png).
        """);
    assertThat(f.file("content/blog/spring-update.md")).contains("date: \"2024-03-05\"", "![Team photo](spring-update/team.jpg)");
    assertThat(f.exists("content/blog/spring-update/team.jpg")).isTrue();
    // slug and path keep Zola's addresses.
    assertThat(f.file("content/guides/faq.md")).contains("url: /guides/questions/");
    assertThat(f.file("content/about.md")).contains("url: /about-us/", "![Logo](logo.svg)");
    assertThat(f.exists("content/logo.svg")).isTrue();
    assertThat(f.published("en/guides/questions/index.html")).contains("Ask in the channel.");
    assertThat(f.published("es/guides/setup/index.html")).contains("Instalar un sitio");
  }
}
