package org.fieldguide.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small Jekyll site (collections, posts, Liquid links, kramdown) imported, built and checked. */
class JekyllImportTest {
  @TempDir Path dir;

  private ImportFixture site() {
    return new ImportFixture(dir)
        .with("_config.yml", """
            title: Measurement Lab
            url: https://www.measurementlab.net
            baseurl: /website
            permalink: pretty
            collections:
              tests:
                output: true
                permalink: /tests/:path/
            exclude: [vendor]
            """)
        .with("index.md", """
            ---
            layout: home
            title: Home
            ---
            Welcome. See [NDT]({{ site.baseurl }}/tests/ndt/) and [the blog]({% link blog.md %}).
            """)
        .with("about.md", """
            ---
            layout: page
            title: About
            permalink: /about/
            author: M-Lab Team
            redirect_from: /about-us.html
            ---
            # About

            Read [the data docs](/website/data/docs/#next-steps) and the [launch post]({% post_url 2019-05-01-launch %}).

            {% include contact.html %}

            ![Logo]({{ '/images/logo.png' | relative_url }})
            {: .center }

            ## Our team {#team}

            We measure the Internet.
            """)
        .with("data.md", """
            ---
            title: Data
            nav_order: 2
            ---
            Start with [the docs](docs/).
            """)
        .with("data/docs.md", """
            ---
            title: Data docs
            categories: [data, bigquery]
            ---
            * TOC
            {:toc}

            ## 1. Quick start
            {: #quick}

            Query a *table*{: .hl}.

            ## 2. Next steps

            See [our team](/website/about/#team) and [quick start](#quick).
            """)
        .with("_tests/ndt.md", """
            ---
            title: NDT
            sort_rank: 3
            ---
            Back to [the home page](../../).
            """)
        .with("_posts/2019-05-01-launch.md", """
            ---
            title: Launch
            date: 2019-05-01 10:00:00 -0400
            tags: release news
            ---
            {% highlight bash %}
            ndt7-client -format=json
            {% endhighlight %}

            {% if page.title %}Hello{% endif %}
            """)
        .with("blog.md", """
            ---
            title: Blog
            ---
            Posts: [launch](/website/2019/05/01/launch/).
            """)
        .withBytes("images/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        .with("404.html", "---\nlayout: default\n---\n<h1>Not found</h1>\n")
        .with("_layouts/home.html", "<html>{{ content }}</html>\n")
        .with("vendor/gem/readme.md", "---\ntitle: vendored\n---\n");
  }

  @Test
  void importsBuildsAndChecksCleanly() {
    ImportFixture f = site().importAs(SourceTool.JEKYLL)
        .assertLeft(
            "content/about.md:9:1: warning: Liquid include 'contact.html' left as text: the repository has no such file in _includes/ (a theme's"
                + " include?). Copy what it shows into the page, or remove it.",
            "content/posts/2019-05-01-launch.md:11:1: warning: Liquid tag '{% if %}' left as text: fieldguide pages have no template logic. Write out what it shows, or remove it.",
            "src/404.html:1:1: warning: not imported: an HTML page run through Liquid and a layout. Rewrite what it shows in Markdown as a page of the new site.")
        .assertBuildsAndChecksWith(
            // Left for a person, and warned again by the check: the page still shows it as written.
            "content/about.md:9:1: warning: '{% include' is a Liquid or Jinja tag, and fieldguide pages have no template logic: it"
                + " is shown as text. Write out what it showed, or put it in `code` to show it.",
            "content/posts/2019-05-01-launch.md:11:1: warning: '{% if' is a Liquid or Jinja tag, and fieldguide pages have no"
                + " template logic: it is shown as text. Write out what it showed, or put it in `code` to show it.");
    assertThat(f.result.pagesByLanguage()).containsExactly(java.util.Map.entry("en", 7));
    assertThat(f.result.assets()).isEqualTo(1);

    assertThat(f.file("site.yaml")).isEqualTo("""
        # Written by fieldguide import from a jekyll site. See README.md: site.yaml.
        title: Measurement Lab
        base_url: https://www.measurementlab.net/website/
        default_language: en
        languages:
          en: {}
        front_matter:
          fields:
            author: text
            categories: list
            date: date
          ignore: [layout]
        """);
    assertThat(f.file("content/about.md")).isEqualTo("""
        ---
        title: About
        permalink: /about/
        aliases: [/about-us.html]
        author: M-Lab Team
        ---
        Read [the data docs](data/docs.md#2-next-steps) and the [launch post](posts/2019-05-01-launch.md).

        {% include contact.html %}

        ![Logo](images/logo.png)

        ## Our team {#team}

        We measure the Internet.
        """);
    assertThat(f.file("content/_index.md")).contains("See [NDT](tests/ndt.md) and [the blog](blog.md).");
    assertThat(f.file("content/data/_index.md")).contains("weight: 2\n").contains("Start with [the docs](docs.md).");
    assertThat(f.file("content/data/docs.md"))
        .contains("categories: [data, bigquery]")
        .doesNotContain("TOC", "{:")
        .contains("## 1. Quick start {#quick}\n\nQuery a *table*.", "See [our team](../about.md#team) and [quick start](#quick).");
    assertThat(f.file("content/tests/ndt.md")).contains("weight: 3\n").contains("Back to [the home page](../_index.md).");
    assertThat(f.file("content/posts/2019-05-01-launch.md"))
        .contains("tags: [release, news]", "date: \"2019-05-01 10:00:00 -0400\"", "```bash\nndt7-client -format=json\n```");
    assertThat(f.exists("content/images/logo.png")).isTrue();
    assertThat(f.exists("content/vendor")).isFalse();
    assertThat(f.published("en/about/index.html")).contains("href=\"../data/docs/#2-next-steps\"");
    // The post's address on the old site (permalink: pretty) is not the imported page's: kept as
    // its alias, so links into the old site lead to it; pages whose address stays get none.
    assertThat(f.file("content/posts/2019-05-01-launch.md")).contains("aliases: [/2019/05/01/launch/]\n");
    assertThat(f.published("2019/05/01/launch/index.html")).contains("url=../../../../en/posts/2019-05-01-launch/");
    assertThat(f.file("content/data/docs.md")).doesNotContain("aliases");
  }

  @Test
  void pagesOfAnIncludedFolderAreNamedByTheirPermalinkAndRedirectsBecomeAliases() {
    ImportFixture f = new ImportFixture(dir)
        .with("_config.yml", "title: Site\nurl: https://site.example.org\ninclude: ['_pages']\n")
        .with("_pages/05-tests.md", "---\nlayout: page\npermalink: /tests/\ntitle: Tests\nmenu-item: true\n---\nSee [NDT](/tests/ndt/) and [the old address](/tools/ndt/).\n")
        .with("_pages/tests/ndt.md", """
            ---
            layout: page
            permalink: /tests/ndt/
            title: NDT
            ---
            Source at [GitHub](https://github.com/ndt-project/ndt/){:target="
            _blank"}.
            """)
        .with("_pages/301-tools-ndt.md", "---\nlayout: redirect\npermalink: /tools/ndt/\ntitle: NDT\nredirect_to: \"https://site.example.org/tests/ndt/\"\n---\n")
        .with("_pages/302-elsewhere.md", "---\nlayout: redirect\npermalink: /elsewhere/\ntitle: Elsewhere\nredirect_to: \"https://other.example.org/\"\n---\n")
        .importAs(SourceTool.JEKYLL)
        .assertLeft("content/elsewhere.md:2:1: warning: this page only redirected to https://other.example.org/, which is not a page of the imported site; "
            + "fieldguide makes redirects only to its own pages (aliases). Remove the page, or give it content.")
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/tests/_index.md")).contains("See [NDT](ndt.md) and [the old address](ndt.md).");
    assertThat(f.file("content/tests/ndt.md")).isEqualTo("""
        ---
        title: NDT
        permalink: /tests/ndt/
        aliases: [/tools/ndt/]
        ---
        Source at [GitHub](https://github.com/ndt-project/ndt/).
        """);
    assertThat(f.exists("content/tools/ndt.md")).isFalse();
  }

  /** A footnote's text names no address: "[^1]: setup.md has the steps." was taken for a link definition and its first word rewritten or warned. */
  @Test
  void aFootnotesTextIsNotALinkDefinition() {
    ImportFixture f = new ImportFixture(dir)
        .with("_config.yml", "title: Site\nurl: https://site.example.org\n")
        .with("setup.md", "---\ntitle: Setup\n---\nSteps.\n")
        .with("index.md", "---\ntitle: Home\n---\nRack it[^1], then power it[^power].\n\n[^1]: setup.md has the steps.\n[^power]: Bytes, not bits.\n")
        .importAs(SourceTool.JEKYLL)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/_index.md")).endsWith("[^1]: setup.md has the steps.\n[^power]: Bytes, not bits.\n");
  }

  /**
   * Just the Docs' callouts ({@code {: .warning }} before a paragraph or a quote, {@code -title}
   * for a quote whose first paragraph is the title) become admonitions; the class was dropped and
   * each became a plain paragraph.
   */
  @Test
  void justTheDocsCalloutsBecomeAdmonitions() {
    ImportFixture f = new ImportFixture(dir)
        .with("_config.yml", """
            title: Site
            url: https://site.example.org
            theme: just-the-docs
            callouts:
              highlight:
                color: yellow
              important:
                title: Important
                color: blue
              warning:
                title: Warning
                color: red
            """)
        .with("index.md", """
            ---
            title: Home
            ---
            {: .warning }
            Unplug the PDU before opening the case.

            {: .important-title }
            > Two people
            >
            > Lift the server with two people.
            >
            > Use the rails.

            {: .highlight }
            > Quoted and highlighted.

            {: .lead }
            A lead paragraph keeps its text.

            ```markdown
            {: .warning }
            Shown as code.
            ```
            """)
        .importAs(SourceTool.JEKYLL)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/_index.md")).endsWith("""
        ---
        !!! warning "Warning"
            Unplug the PDU before opening the case.

        !!! important "Two people"
            Lift the server with two people.

            Use the rails.

        !!! warning
            Quoted and highlighted.

        A lead paragraph keeps its text.

        ```markdown
        {: .warning }
        Shown as code.
        ```
        """);
  }

  /**
   * Includes are put in as Liquid puts them in: the site's own files (Markdown or HTML, with
   * their parameters; beside the page for include_relative, indented as the tag), and the
   * includes documentation themes ship in their gem as what they show. They were all left as
   * text, with a note.
   */
  @Test
  void includesArePutIn() {
    ImportFixture f = new ImportFixture(dir)
        .with("_config.yml", "title: Site\nurl: https://site.example.org\n")
        .with("_includes/contact.md", "Call the {{ include.team }} desk: [support](/support/).\n")
        .with("_includes/rack.html", "<p class=\"rack\">{{ include.height | default: \"1U\" }} of {{ include.where }}</p>\n")
        .with("_includes/logic.html", "{% if include.x %}yes{% endif %}\n")
        .with("_includes/loop.md", "again {% include loop.md %}\n")
        .with("support.md", "---\ntitle: Support\n---\nHere.\n")
        .with("guide/steps.md", "Open the case.\n\nPull the disk.\n")
        .with("guide/config.yml", "interval: 30s\nretries: 3\n")
        .withBytes("images/rack.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
        .with("guide/index.md", """
            ---
            title: Guide
            ---
            {% include toc %}
            {% include contact.md team="network" %}

            {% include rack.html where='rack 4' %}

            1. Prepare:
               {% include_relative steps.md %}
            2. Configure:

               {% highlight yaml %}
               {% include_relative config.yml %}
               {% endhighlight %}

            {% include note.html content="Unplug the PDU first." %}

            {% include callout.html content="Mains voltage **inside**." type="danger" %}

            {% include_cached tip.html content="Label both ends." %}

            {% include figure image_path="/images/rack.png" alt="The rack" caption="Rack 4, front." %}

            Watch {% include video id="XsxDH4HcOWA" provider="youtube" %} first.

            {% include logic.html x="1" %}

            {% include missing.html %}

            {% include note.html content=page.summary %}

            {% include loop.md %}

            Written as `{% raw %}{% include note.html %}{% endraw %}`.
            """)
        .importAs(SourceTool.JEKYLL)
        .assertLeft(
            "content/guide/_index.md:34:1: warning: Liquid include 'logic.html' left as text: its file holds Liquid logic ({% if %}), which an"
                + " import cannot run. Copy what it shows into the page, or remove it.",
            "content/guide/_index.md:36:1: warning: Liquid include 'missing.html' left as text: the repository has no such file in _includes/"
                + " (a theme's include?). Copy what it shows into the page, or remove it.",
            "content/guide/_index.md:38:1: warning: Liquid include 'note.html' left as text: it passes variables (content=page.summary), which"
                + " an import cannot follow. Copy what it shows into the page, or remove it.",
            "content/guide/_index.md:40:7: warning: Liquid include 'loop.md' left as text: it includes itself. Copy what it shows into the page,"
                + " or remove it.")
        // Left for a person: the check warns of each, as of any Liquid tag in a page.
        .assertBuildsAndChecksWith(
            Stream.of("34:1", "36:1", "38:1", "40:7").map(at -> "content/guide/_index.md:" + at + ": warning: '{% include' is a Liquid or Jinja"
                + " tag, and fieldguide pages have no template logic: it is shown as text. Write out what it showed, or put it in `code` to show it.")
                .toArray(String[]::new));
    assertThat(f.file("content/guide/_index.md")).endsWith("""
        ---
        Call the network desk: [support](../support.md).

        <p class="rack">1U of rack 4</p>

        1. Prepare:
           Open the case.

           Pull the disk.
        2. Configure:

           ```yaml
           interval: 30s
           retries: 3
           ```

        !!! note
            Unplug the PDU first.

        !!! danger
            Mains voltage **inside**.

        !!! tip
            Label both ends.

        ![The rack](../images/rack.png)

        *Rack 4, front.*

        Watch [YouTube video](https://www.youtube.com/watch?v=XsxDH4HcOWA) first.

        {% include logic.html x="1" %}

        {% include missing.html %}

        {% include note.html content=page.summary %}

        again {% include loop.md %}

        Written as `{% include note.html %}`.
        """);
  }

  /**
   * An include is read only from the site's _includes/ (include) or the repository (include_relative), as Jekyll reads them;
   * a symbolic link in the repository is followed only where it leads inside it.
   */
  @Test
  void includesAreReadOnlyInsideTheirFolders() throws java.io.IOException {
    java.nio.file.Files.writeString(dir.resolve("outside.md"), "Secret.\n");
    java.nio.file.Path src = dir.resolve("src");
    java.nio.file.Files.createDirectories(src.resolve("parts"));
    java.nio.file.Files.createSymbolicLink(src.resolve("parts/key.md"), dir.resolve("outside.md"));
    java.nio.file.Files.createSymbolicLink(src.resolve("linked-notes.md"), src.resolve("notes.md"));
    java.nio.file.Files.createSymbolicLink(src.resolve("leak.txt"), dir.resolve("outside.md"));
    ImportFixture f = new ImportFixture(dir)
        .with("_config.yml", "title: Site\nurl: https://site.example.org\nincludes_dir: parts\n")
        .with("parts/box.md", "In parts.\n")
        .with("notes.md", "Beside.\n")
        .with("index.md", """
            ---
            title: Home
            ---
            {% include box.md %}

            {% include ../notes.md %}

            {% include_relative ../outside.md %}

            {% include key.md %}

            {% include_relative linked-notes.md %}

            [The key](leak.txt)
            """)
        .importAs(SourceTool.JEKYLL)
        .assertLeft(
            "content/_index.md:6:1: warning: Liquid include '../notes.md' left as text: the repository has no such file in parts/ (a theme's"
                + " include?). Copy what it shows into the page, or remove it.",
            "content/_index.md:8:1: warning: Liquid include_relative '../outside.md' left as text: the repository has no such file beside the"
                + " page. Copy what it shows into the page, or remove it.",
            "content/_index.md:10:1: warning: Liquid include 'key.md' left as text: the repository has no such file in parts/ (a theme's"
                + " include?). Copy what it shows into the page, or remove it.",
            "content/_index.md:14:11: warning: link target 'leak.txt' is not a page or file of the imported site; point it at the right .md"
                + " file, or remove the link.");
    // Nor is a file the folder walk finds copied where it is a link leading out of the repository.
    assertThat(f.exists("content/leak.txt")).isFalse();
    // A link inside the repository is followed; one leading out of it is not.
    assertThat(f.file("content/_index.md")).contains("In parts.", "Beside.").doesNotContain("Secret.");
  }

  /**
   * Minimal Mistakes' notices and Bootstrap themes' alerts name their class after the paragraph
   * or quote (kramdown gives a list on the line right after a block to that block): admonitions too.
   */
  @Test
  void noticesAfterTheirParagraphBecomeAdmonitions() {
    ImportFixture f = new ImportFixture(dir)
        .with("_config.yml", "title: Site\nurl: https://site.example.org\ntheme: minimal-mistakes-jekyll\n")
        .with("index.md", """
            ---
            title: Home
            ---
            **Watch out:** the rails are sharp.
            Wear gloves.
            {: .notice--warning}

            > Two people lift the server.
            {: .notice}

            Check the fuses.
            {: .alert .alert-info}

            ## Centred heading
            {: .notice--danger}

            A plain paragraph.
            {: .text-center}
            """)
        .importAs(SourceTool.JEKYLL)
        .assertLeft()
        .assertBuildsAndChecksCleanly();
    assertThat(f.file("content/_index.md")).endsWith("""
        ---
        !!! warning
            **Watch out:** the rails are sharp.
            Wear gloves.

        !!! note
            Two people lift the server.

        !!! note
            Check the fuses.

        ## Centred heading

        A plain paragraph.
        """);
  }
}
