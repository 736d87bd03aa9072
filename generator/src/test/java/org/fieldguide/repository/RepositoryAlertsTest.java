package org.fieldguide.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fieldguide.alert.AlertChecks;
import org.fieldguide.alert.AlertListing;
import org.fieldguide.alert.AlertSite;
import org.fieldguide.alert.PublishedSiteFolder;
import org.fieldguide.alert.RunbookUrls;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.ContentType;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every alert of this repository's rule files has its runbook, in every language the runbook has,
 * and its runbook_url leads to the published runbook and anchor: checked against the site as
 * fieldguide builds it.
 */
class RepositoryAlertsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path out;

  @Test
  void everyAlertLeadsToItsPublishedRunbook() {
    Diagnostics diagnostics = new Diagnostics();
    AlertSite site = AlertSite.read(ROOT, diagnostics).orElseThrow();
    assertThat(diagnostics.sorted()).isEmpty();
    assertThat(site.ruleFiles()).isNotEmpty();

    BuildResult built = new SiteBuild(2).run(new BuildOptions(ROOT, out.resolve("site"), Drafts.EXCLUDE, BuildOptions.Mode.BUILD));
    assertThat(built.hasErrors()).as(built.diagnostics().toString()).isFalse();
    String base = site.config().baseUrl().toString();
    PublishedSiteFolder published = new PublishedSiteFolder(base, out.resolve("site"), ROOT);
    // The resolver reads the real output: it sees headings, translations and page types.
    assertThat(published.resolve(base + "es/runbooks/replace-failed-disk/#identify-disk")).isEqualTo(new RunbookUrls.Page(
        "runbooks/replace-failed-disk", "content/runbooks/replace-failed-disk.es.md", "es", ContentType.RUNBOOK, Optional.of("identify-disk"), true));
    assertThat(published.resolve(base + "en/runbooks/replace-failed-disk/#no-such-heading"))
        .isInstanceOfSatisfying(RunbookUrls.Page.class, p -> assertThat(p.fragmentFound()).isFalse());
    assertThat(published.resolve(base + "en/hardware/supported-servers/"))
        .isInstanceOfSatisfying(RunbookUrls.Page.class, p -> assertThat(p.type()).isEqualTo(ContentType.HARDWARE_GUIDE));
    assertThat(published.resolve(base + "en/runbooks/no-such-runbook/")).isInstanceOf(RunbookUrls.Missing.class);

    List<Diagnostic> problems = new AlertChecks(published, site.publishedUrls())
        .check(site.config().alerts(), site.ruleFiles(), site.runbooks());
    assertThat(problems).extracting(Diagnostic::toString).isEmpty();
  }

  @Test
  void everyAlertHasOneRunbookAndAnUpToDateRunbookUrl() {
    AlertSite site = AlertSite.read(ROOT, new Diagnostics()).orElseThrow();
    List<AlertListing.Entry> entries = AlertListing.of(site.config().alerts(), site.ruleFiles(), site.runbooks(), site.publishedUrls());
    assertThat(entries).extracting(AlertListing.Entry::alert).contains(
        "InstanceDown", "NodeRAIDDiskFailure", "NodeRAIDDegraded", "TLSCertificateExpiringSoon", "JupyterHubHubDown",
        "JupyterHubProxyDown", "JupyterHubUserPodsPending", "KubeNodePoolAtCapacity", "PrometheusTargetsDown");
    for (AlertListing.Entry e : entries) {
      if (e.allowedWithoutRunbook().isPresent()) {
        assertThat(e.runbooks()).as(e.alert()).isEmpty();
        continue;
      }
      assertThat(e.runbooks()).as(e.alert()).hasSize(1);
      assertThat(e.rules()).as(e.alert()).isNotEmpty()
          .allSatisfy(r -> assertThat(r.urlState()).as(e.alert()).isEqualTo(AlertListing.UrlState.MATCHES));
    }
  }
}
