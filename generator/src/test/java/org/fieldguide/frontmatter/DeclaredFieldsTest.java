package org.fieldguide.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fieldguide.config.FieldDeclaration;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front-matter fields a site declares (or ignores) in site.yaml, read, checked and templated. */
class DeclaredFieldsTest {
  private static final String HINT =
      " If another tool needs it, declare it in site.yaml under front_matter: fields (such as %s: text), or list it under front_matter: ignore.";

  @TempDir Path dir;

  private TestSite site(String frontMatterConfig) {
    return TestSite.in(dir).with("site.yaml", TestSite.SITE_YAML + frontMatterConfig);
  }

  private static final String DECLARED =
      """
      front_matter:
        fields:
          author: text
          sort_rank: { type: integer, types: [page, section], description: Order in the old menu. }
          ratio: number
          toc_hide: boolean
          date: date
          categories: list
          menu: mapping
          params: any
        ignore: [layout, bookCollapseSection]
      """;

  @Test
  void declaredFieldsReachTemplatesTyped() {
    site(DECLARED)
        .with("templates/page.ftlh",
            "<!doctype html><html lang=\"${page.lang}\"><title>${page.title}</title><p>${page.extra.author}|${page.extra.sort_rank + 1}"
                + "|${page.extra.ratio}|${page.extra.toc_hide?c}|${page.extra.date}|${page.extra.date.iso}|${page.extra.categories?join(\",\")}"
                + "|${page.extra.menu.main.weight}|${page.extra.params[1]}|${(page.extra.missing)!\"none\"}</p></html>")
        .with("content/a.md",
            """
            ---
            title: A
            author: Ana
            sort_rank: 4
            ratio: 1.5
            toc_hide: true
            date: 2019-05-01 10:00:00 -0400
            categories: [tests, ndt]
            menu: { main: { weight: 20 } }
            params: [x, 2]
            layout: docs
            bookCollapseSection: true
            ---
            Body.
            """)
        .build()
        .assertOk()
        .file("en/a/index.html")
        .contains("<p>Ana|5|1.5|true|May 1, 2019|2019-05-01|tests,ndt|20|2|none</p>");
  }

  @Test
  void declaredFieldsAreTypeChecked() {
    site(DECLARED)
        .with("content/a.md",
            "---\ntitle: A\nauthor: 12\nsort_rank: high\nratio: much\ntoc_hide: maybe\ndate: May 1\ncategories: { a: b }\nmenu: main\n---\n")
        .check()
        .assertDiagnostics(
            "content/a.md:3:9: error: 'author' must be text, but YAML reads 12 as a number. Put it in quotes: \"12\".",
            "content/a.md:4:12: error: 'sort_rank' in front matter must be a whole number, such as sort_rank: 10, found text.",
            "content/a.md:5:8: error: 'ratio' in front matter must be a number, such as ratio: 1.5, found text.",
            "content/a.md:6:11: error: 'toc_hide' in front matter must be true or false, found text.",
            "content/a.md:7:7: error: 'date' in front matter must be a date written as YYYY-MM-DD (a time may follow), such as date: 2026-09-14, found 'May 1'.",
            "content/a.md:8:13: error: 'categories' in front matter must be a list, such as categories: [one, two], found a mapping (key: value lines).",
            "content/a.md:9:7: error: 'menu' in front matter must be a mapping of 'key: value' lines, found text.");
  }

  @Test
  void fieldDeclaredForOtherTypesIsReportedAtItsKey() {
    site(DECLARED)
        .with("content/r.md", "---\ntitle: R\ntype: runbook\nsort_rank: 3\n---\n")
        .check()
        .assertDiagnostics(
            "content/r.md:4:1: error: the field 'sort_rank' is declared in site.yaml (line 10) for page, section, not for a runbook. Add runbook to its types there, or remove it here.");
  }

  @Test
  void sectionPagesTakeFieldsDeclaredForSections() {
    site(DECLARED)
        .with("content/docs/_index.md", "---\ntitle: Docs\nsort_rank: 1\nlayout: list\n---\n")
        .with("content/docs/a.md", "---\ntitle: A\n---\n")
        .check()
        .assertOk();
  }

  @Test
  void unknownFieldSaysHowToDeclareIt() {
    site(DECLARED)
        .with("content/a.md", "---\ntitle: A\nlayot: docs\nnav_title: Short\n---\n")
        .check()
        .assertDiagnostics(
            "content/a.md:3:1: error: unknown field 'layot' in the front matter of a page; did you mean 'layout'? Known fields: title, summary, weight, tags, draft, estimated_time, last_reviewed, source_hash, permalink, url, aliases, type, author, sort_rank, ratio, toc_hide, date, categories, menu, params."
                + HINT.formatted("layot"),
            "content/a.md:4:1: error: unknown field 'nav_title' in the front matter of a page. Known fields: title, summary, weight, tags, draft, estimated_time, last_reviewed, source_hash, permalink, url, aliases, type, author, sort_rank, ratio, toc_hide, date, categories, menu, params."
                + HINT.formatted("nav_title"));
  }

  @Test
  void reportsMistakesInTheDeclarationsAtTheirSiteYamlLine() {
    site("""
        front_matter:
          fields:
            title: text
            author: txt
            9lives: text
            rank: { type: integer, types: [runbok] }
            bad: [text]
          ignore: [layout, title, layout, rank]
          extra: 1
        """)
        .check()
        .assertDiagnostics(
            "site.yaml:9:5: error: 'title' is a built-in front-matter field and needs no declaration. Remove it from front_matter: fields.",
            "site.yaml:10:13: error: unknown field type 'txt' for 'author'; did you mean 'text'? Use one of text, integer, number, boolean, date, list, mapping, any.",
            "site.yaml:11:5: error: '9lives' cannot be a field name: use letters, digits, '_' and '-', starting with a letter or '_'.",
            "site.yaml:12:36: error: 'runbok' is not a content type; did you mean 'runbook'? Use page, runbook, hardware-guide, training-module, section (section means _index.md).",
            "site.yaml:13:10: error: declare the field 'bad' with its type, such as bad: text, or with a mapping of type, types and description; found a list.",
            "site.yaml:14:20: error: 'title' is a built-in front-matter field and cannot be ignored. Remove it from front_matter: ignore.",
            "site.yaml:14:27: error: 'layout' is listed twice in front_matter: ignore. Remove one.",
            "site.yaml:14:35: error: 'rank' is both declared under fields and listed under ignore. Keep one of the two.",
            "site.yaml:15:3: error: unknown field 'extra' in front_matter. Known fields: fields, ignore.");
  }

  @Test
  void builtInFieldListMatchesTheReader() {
    Set<String> all = new LinkedHashSet<>();
    for (ContentType t : ContentType.values()) all.addAll(FrontMatterReader.fields(t));
    assertThat(FieldDeclaration.BUILT_IN).containsExactlyInAnyOrderElementsOf(all);
    List<String> places = new ArrayList<>(Arrays.stream(ContentType.values()).map(ContentType::id).toList());
    places.add("section");
    assertThat(FieldDeclaration.PLACES).containsExactlyElementsOf(places);
  }
}
