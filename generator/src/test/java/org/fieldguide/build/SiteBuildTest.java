package org.fieldguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole sites built end to end and asserted on the output folder. */
class SiteBuildTest {
  @TempDir Path dir;

  private TestSite small() {
    return TestSite.in(dir)
        .with("content/_index.md", "---\ntitle: Guides\n---\nWelcome.\n")
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\nweight: 1\n---\nProcedures.\n")
        .with("content/runbooks/_index.es.md", "---\ntitle: Procedimientos\n---\n")
        .with("content/runbooks/deploy.md", "---\ntitle: Deploy\nweight: 1\nestimated_time: 1h30m\nrisk: medium\n---\n## Steps\n\n- [ ] Rack it\n\nSee [disk](disk.md#swap).\n")
        .with("content/runbooks/deploy.es.md", "---\ntitle: Desplegar\nweight: 1\n---\n## Pasos\n\nVer [disco](disk.md#swap).\n")
        .with("content/runbooks/disk.md", "---\ntitle: Disk\nweight: 2\n---\n## Swap {#swap}\n")
        .with("content/hardware/servers/r640.md", "---\ntitle: R640\ntype: hardware-guide\nspecs:\n  CPU: 16 cores\n  Memory: 64 GB\n---\n![Front](img/front.png)\n")
        .with("content/hardware/servers/img/front.png", "png");
  }

  @Test
  void writesEveryLanguageSectionsAndSiteFiles() {
    TestSite.Built b = small().build().assertOk();
    for (String f : new String[] {"index.html", "404.html", "sitemap.xml", "robots.txt", ".nojekyll", "static/css/site.css",
        "en/index.html", "es/index.html", "en/runbooks/index.html", "en/runbooks/deploy/index.html",
        "es/runbooks/deploy/index.html", "es/runbooks/disk/index.html", "en/hardware/index.html",
        "en/hardware/servers/index.html", "en/hardware/servers/r640/index.html", "en/hardware/servers/img/front.png", "es/hardware/servers/img/front.png"}) {
      assertThat(b.exists(f)).as(f).isTrue();
    }
    assertThat(b.result().pagesByLanguage()).containsExactly(Map.entry("en", 7), Map.entry("es", 7));
    // runbooks/_index.es.md, deploy.es.md, and two sections without any _index.md
    assertThat(b.result().translatedByLanguage()).containsEntry("es", 4);
  }

  @Test
  void pagesInheritTheSectionType() {
    String deploy = small().build().assertOk().file("en/runbooks/deploy/index.html");
    assertThat(deploy).contains("class=\"kind-page type-runbook\"", "<dt>Risk</dt><dd><span class=\"badge-level risk-medium\">Medium</span></dd>",
        "<dd><span class=\"duration-value\">1 hr, 30 min</span></dd>");
  }

  @Test
  void fallbackPageShowsDefaultTextMarkedAsSuch() {
    String disk = small().build().assertOk().file("es/runbooks/disk/index.html");
    assertThat(disk)
        .contains("<html lang=\"es\" dir=\"ltr\">")
        .contains("<article class=\"page\" lang=\"en\" dir=\"ltr\">")
        .contains("Esta página aún no está traducida. Se muestra en inglés.")
        .contains("<h2 id=\"swap\">Swap");
  }

  @Test
  void translatedPageLinksToSameLanguageOrFallback() {
    TestSite.Built b = small().build().assertOk();
    assertThat(b.file("es/runbooks/deploy/index.html")).contains("<a href=\"../disk/#swap\">disco</a>");
    assertThat(b.file("es/runbooks/index.html")).contains("<h1>Procedimientos</h1>");
  }

  @Test
  void languageSwitcherAndAlternatesStayOnThePage() {
    String html = small().build().assertOk().file("en/runbooks/deploy/index.html");
    assertThat(html)
        .contains("<link rel=\"alternate\" hreflang=\"es\" href=\"https://guides.example.org/es/runbooks/deploy/\">")
        .contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://guides.example.org/en/runbooks/deploy/\">")
        .contains("<a href=\"../../../es/runbooks/deploy/\" hreflang=\"es\" lang=\"es\">Español</a>");
  }

  @Test
  void sitemapListsAlternates() {
    String sitemap = small().build().assertOk().file("sitemap.xml");
    assertThat(sitemap)
        .contains("<loc>https://guides.example.org/en/runbooks/deploy/</loc>")
        .contains("<xhtml:link rel=\"alternate\" hreflang=\"es\" href=\"https://guides.example.org/es/runbooks/deploy/\"/>");
  }

  @Test
  void hardwareSpecsRenderAsTable() {
    String html = small().build().assertOk().file("en/hardware/servers/r640/index.html");
    assertThat(html).contains("<tr><th scope=\"row\">CPU</th><td>16 cores</td></tr>", "src=\"../img/front.png\"");
  }

  @Test
  void draftsAreLeftOutUnlessAsked() {
    TestSite site = small().with("content/runbooks/wip.md", "---\ntitle: WIP\ndraft: true\n---\n");
    assertThat(site.build().assertOk().exists("en/runbooks/wip/index.html")).isFalse();
    assertThat(site.run(BuildOptions.Mode.BUILD, Drafts.INCLUDE).assertOk().exists("en/runbooks/wip/index.html")).isTrue();
  }

  @Test
  void identicalInputGivesByteIdenticalOutput() throws IOException {
    TestSite site = small();
    site.build().assertOk();
    Map<String, byte[]> first = snapshot(site.out());
    site.build().assertOk();
    Map<String, byte[]> second = snapshot(site.out());
    assertThat(second.keySet()).isEqualTo(first.keySet());
    for (String k : first.keySet()) assertThat(second.get(k)).as(k).isEqualTo(first.get(k));
  }

  @Test
  void failedBuildLeavesPreviousOutputUntouched() throws IOException {
    TestSite site = small();
    site.build().assertOk();
    Map<String, byte[]> before = snapshot(site.out());
    TestSite.Built failed = site.with("content/runbooks/disk.md", "---\ntitle: Disk\n---\n[x](gone.md)\n").build();
    assertThat(failed.result().hasErrors()).isTrue();
    assertThat(failed.result().written()).isFalse();
    Map<String, byte[]> after = snapshot(site.out());
    assertThat(after.keySet()).isEqualTo(before.keySet());
    for (String k : before.keySet()) assertThat(after.get(k)).as(k).isEqualTo(before.get(k));
    try (Stream<Path> leftovers = Files.list(dir)) {
      assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("staging"));
    }
  }

  @Test
  void refusesToReplaceAFolderItDidNotWrite() throws IOException {
    Files.createDirectories(dir.resolve("public"));
    Files.writeString(dir.resolve("public/notes.txt"), "mine");
    small().build().assertDiagnostics(
        dir.resolve("public") + ": error: " + dir.resolve("public")
            + " exists and was not written by fieldguide, so it will not be replaced. Remove it or choose another --out folder.");
    assertThat(Files.readString(dir.resolve("public/notes.txt"))).isEqualTo("mine");
  }

  @Test
  void checkWritesNothing() {
    small().check().assertOk();
    assertThat(Files.exists(dir.resolve("public"))).isFalse();
  }

  @Test
  void rawHtmlIsSanitisedAndReported() {
    TestSite.Built b = small().page("content/runbooks/raw.md", "Raw", "Text\n\n<div onclick=\"steal()\">Hi<script>x()</script></div>\n").build();
    b.assertDiagnostics(
        "content/runbooks/raw.md:6:6: warning: removed onclick attribute on <div> from raw HTML: pages are sanitised because they come from many hands. Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted.",
        "content/runbooks/raw.md:6:26: warning: removed <script> element from raw HTML: pages are sanitised because they come from many hands. Use Markdown instead, or set allow_raw_html: true in site.yaml if every writer is trusted.");
    assertThat(b.file("en/runbooks/raw/index.html")).contains("<div>Hi</div>").doesNotContain("steal()").doesNotContain("x()");
  }

  @Test
  void trustedRawHtmlIsKept() {
    TestSite.Built b = small()
        .with("site.yaml", TestSite.SITE_YAML + "allow_raw_html: true\n")
        .page("content/runbooks/raw.md", "Raw", "<div data-x=\"1\" onclick=\"ok()\">Hi</div>\n")
        .build()
        .assertOk();
    assertThat(b.file("en/runbooks/raw/index.html")).contains("<div data-x=\"1\" onclick=\"ok()\">Hi</div>");
  }

  @Test
  void pageBesideAFolderWithItsOwnIndexIsAnError() {
    small().page("content/runbooks.md", "Clash", "x").check().assertDiagnostics(
        "content/runbooks.md:1:1: error: this page and content/runbooks/_index.md are both the page of the section /runbooks/. Move this page's text into content/runbooks/_index.md and delete this file, or rename one of them.");
  }

  @Test
  void pageBesideAFolderIsThatFoldersSectionPage() {
    TestSite.Built b = small().page("content/tests.md", "Tests", "All our tests.\n").page("content/tests/ndt.md", "NDT", "See [all](../tests.md).\n")
        .build().assertOk();
    assertThat(b.file("en/tests/index.html")).contains("<h1>Tests</h1>", "All our tests.", "href=\"ndt/\"");
    assertThat(b.file("en/tests/ndt/index.html")).contains("<a href=\"../\">all</a>");
  }

  @Test
  void translationWithoutSourceIsWarned() {
    small().page("content/runbooks/solo.es.md", "Solo", "x").check().assertDiagnostics(
        "content/runbooks/solo.es.md: warning: this translation has no English page (content/runbooks/solo.md), so it is published only in its own language. Add the source page or rename the file.");
  }

  static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString(), Files.readAllBytes(p));
    }
    return files;
  }
}
