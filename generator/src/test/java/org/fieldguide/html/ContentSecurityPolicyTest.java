package org.fieldguide.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.fieldguide.testing.ScriptAudit;
import org.fieldguide.testing.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page the default theme and the build write carries the same Content-Security-Policy,
 * before anything it governs, and needs no inline script, handler or style to work.
 */
class ContentSecurityPolicyTest {
  @TempDir Path dir;

  @Test
  void everyPageCarriesThePolicyBeforeAnythingItGoverns() throws IOException {
    TestSite.Built b = site().build().assertOk();
    List<Path> pages = htmlFiles(b.out());
    // Every kind of page: root, 404, home, section, page, runbook, alert index, redirect.
    assertThat(pages.stream().map(p -> b.out().relativize(p).toString().replace('\\', '/')))
        .contains("index.html", "404.html", "en/index.html", "en/runbooks/index.html", "en/runbooks/server-down/index.html",
            "en/runbooks/alerts/index.html", "es/runbooks/alerts/index.html", "en/old-server/index.html", "old-server/index.html");
    for (Path page : pages) {
      Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
      List<Element> policies = doc.select("meta[http-equiv=Content-Security-Policy]");
      assertThat(policies).as(page.toString()).hasSize(1);
      Element policy = policies.get(0);
      assertThat(policy.attr("content")).as(page.toString()).isEqualTo(HtmlPolicy.CONTENT_SECURITY_POLICY);
      // A policy in a meta tag applies only to what comes after it: right after the charset.
      assertThat(policy.parent()).isEqualTo(doc.head());
      assertThat(policy.elementSiblingIndex()).as(page.toString()).isEqualTo(1);
      assertThat(doc.select("script:not([src])")).as(page.toString()).isEmpty();
    }
    assertThat(ScriptAudit.ofFolder(b.out())).isEmpty();
  }

  @Test
  void theRootPageChoosesALanguageFromAStaticScript() {
    TestSite.Built b = site().build().assertOk();
    assertThat(b.file("index.html")).contains("<script src=\"./static/js/root.js\"></script>").doesNotContain("<script>");
    assertThat(b.exists("static/js/root.js")).isTrue();
  }

  private TestSite site() {
    return TestSite.in(dir)
        .with("site.yaml", TestSite.SITE_YAML + "alerts:\n  rules: [rules/*.yml]\n")
        .with("rules/node.yml", """
            groups:
              - name: node
                rules:
                  - alert: InstanceDown
                    expr: up == 0
                    annotations:
                      runbook_url: https://guides.example.org/en/runbooks/server-down/
            """)
        .page("content/_index.md", "Home", "Welcome.\n")
        .with("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\n")
        .with("content/runbooks/server-down.md", "---\ntitle: Server down\nrisk: low\nalerts: [InstanceDown]\naliases: [/old-server/]\n---\n- [ ] Check power\n");
  }

  private static List<Path> htmlFiles(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
