package org.fieldguide.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.testing.TestSite;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** permalink, url and aliases: read with their positions, checked for shape only. */
class UrlFieldsTest {
  @TempDir Path dir;

  private CommonMeta read(String yaml) throws Exception {
    Diagnostics d = new Diagnostics();
    PageMeta meta = new FrontMatterReader(new YamlReader())
        .readPage(new YamlReader().read(yaml, "content/a.md", 1), ContentType.PAGE, d)
        .orElseThrow(() -> new AssertionError(d.sorted()));
    return meta.common();
  }

  @Test
  void readsPermalinkAndAliasesWithPositions() throws Exception {
    CommonMeta c = read("title: A\npermalink: tests//ndt/\naliases: [/old/ndt.html, /ndt/]\n");
    assertThat(c.url()).contains(new UrlField("permalink", "tests//ndt/", "/tests/ndt/", new SourcePos("content/a.md", 3, 12)));
    assertThat(c.aliases()).containsExactly(
        new UrlField("aliases", "/old/ndt.html", "/old/ndt.html", new SourcePos("content/a.md", 4, 11)),
        new UrlField("aliases", "/ndt/", "/ndt/", new SourcePos("content/a.md", 4, 26)));
  }

  /** Percent escapes are decoded, as a page's address is kept; escapes that would be '..' or a control character are refused. */
  @Test
  void escapesAreReadAsTheCharactersTheyStandFor() throws Exception {
    CommonMeta c = read("title: A\npermalink: /guides/new%20rack/\naliases: [/old%20rack.html, /a+b/, /bad%zz/]\n");
    assertThat(c.url().map(UrlField::path)).contains("/guides/new rack/");
    assertThat(c.aliases()).extracting(UrlField::path).containsExactly("/old rack.html", "/a+b/", "/bad%zz/");
    TestSite.in(dir)
        .with("content/a.md", "---\ntitle: A\naliases:\n  - /x/%2E%2E/y/\n  - /a%00b/\n---\n")
        .check()
        .assertDiagnostics(
            "content/a.md:4:5: error: 'aliases' must not contain '.' or '..' segments. Write the path from the site's root, such as /tests/ndt/.",
            "content/a.md:5:5: error: 'aliases' must not contain control characters (%00 to %1F, %7F), which no file name holds; found '/a%00b/'.");
  }

  @Test
  void urlIsHugosSpellingOfPermalink() throws Exception {
    assertThat(read("title: A\nurl: /docs/x/\n").url().map(UrlField::key)).contains("url");
  }

  @Test
  void reportsAddressesOfTheWrongShape() {
    TestSite.in(dir)
        .with("content/a.md",
            """
            ---
            title: A
            permalink: /:categories/:title/
            aliases:
              - https://old.example.org/x/
              - /x/?p=1
              - /x/../y/
              - /a b/
              - /same/
              - same/
              - 7
            ---
            """)
        .with("content/b.md", "---\ntitle: B\npermalink: /b/\nurl: /bee/\n---\n")
        .with("content/c.md", "---\ntitle: C\nurl: \"\"\n---\n")
        .check()
        .assertDiagnostics(
            "content/a.md:3:12: error: 'permalink' contains the placeholder ':categories', which fieldguide does not fill in. Write the page's path itself, such as /2019/05/01/my-post/.",
            "content/a.md:5:5: error: 'aliases' must be a path on this site, such as /tests/ndt/, not an address with a scheme or host; found 'https://old.example.org/x/'.",
            "content/a.md:6:5: error: 'aliases' must be a path without ?query or #fragment, such as /tests/ndt/; found '/x/?p=1'.",
            "content/a.md:7:5: error: 'aliases' must not contain '.' or '..' segments. Write the path from the site's root, such as /tests/ndt/.",
            "content/a.md:8:5: error: 'aliases' must not contain spaces; write them as - or %20. Found '/a b/'.",
            "content/a.md:10:5: error: 'same/' is listed twice in aliases. Remove one.",
            "content/a.md:11:5: error: each of 'aliases' must be an old path of the page, such as /tests/ndt.html, found the number 7.",
            "content/b.md:4:6: error: a page has one address: 'permalink' (line 3) and 'url' both set it. Keep one of the two.",
            "content/c.md:3:6: error: 'url' is empty. Write a path such as /tests/ndt/, or remove the line.");
  }
}
