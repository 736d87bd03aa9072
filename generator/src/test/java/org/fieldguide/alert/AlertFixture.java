package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fieldguide.build.BuildOptions;
import org.fieldguide.build.BuildResult;
import org.fieldguide.build.SiteBuild;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.model.SiteAssembler.Drafts;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.frontmatter.ContentType;

/**
 * A small site with rule files and runbooks, written to a folder and read as the {@code alerts}
 * command reads it: real site.yaml, real rule files, real front matter. Tests change one file and
 * assert the diagnostics.
 */
public final class AlertFixture {
  static final String BASE = "https://guides.example.org/";

  public static final String SITE_YAML = """
      title: Test Site
      base_url: https://guides.example.org/
      languages:
        en: { name: English }
        es: { name: Español }
      alerts:
        rules: [monitoring/rules/*.yml]
        allow_without_runbook:
          - alert: Watchdog
            reason: "Always firing: it tests the alerting pipeline."
      """;

  public static final String NODE_RULES = """
      groups:
        - name: node
          rules:
            - alert: InstanceDown
              expr: up{job="node"} == 0
              for: 5m
              labels:
                severity: critical
              annotations:
                summary: "{{ $labels.instance }} is not reporting"
                runbook_url: https://guides.example.org/en/runbooks/server-down/
            - alert: RaidDegraded
              expr: node_md_disks{state="failed"} > 0
              labels:
                severity: warning
              annotations:
                runbook_url: https://guides.example.org/en/runbooks/replace-disk/#identify-disk
            - alert: Watchdog
              expr: vector(1)
      """;

  static final String SERVER_DOWN = "---\ntitle: Server down\nalerts: [InstanceDown]\n---\n## Check power {#check-power}\n";
  static final String SERVER_DOWN_ES = "---\ntitle: Servidor caído\nalerts: [InstanceDown]\n---\n## Comprobar {#check-power}\n";
  static final String REPLACE_DISK = "---\ntitle: Replace a disk\nalerts:\n  - {alert: RaidDegraded, anchor: identify-disk}\n---\n## Identify {#identify-disk}\n";
  static final String REPLACE_DISK_ES = "---\ntitle: Cambiar un disco\nalerts:\n  - {alert: RaidDegraded, anchor: identify-disk}\n---\n## Identificar {#identify-disk}\n";

  private final Path dir;
  private final Map<String, String> files = new LinkedHashMap<>();

  private AlertFixture(Path dir) {
    this.dir = dir;
    files.put("site.yaml", SITE_YAML);
    files.put("monitoring/rules/node.yml", NODE_RULES);
    files.put("content/runbooks/_index.md", "---\ntitle: Runbooks\ntype: runbook\n---\n");
    files.put("content/runbooks/server-down.md", SERVER_DOWN);
    files.put("content/runbooks/server-down.es.md", SERVER_DOWN_ES);
    files.put("content/runbooks/replace-disk.md", REPLACE_DISK);
    files.put("content/runbooks/replace-disk.es.md", REPLACE_DISK_ES);
    files.put("content/hardware/r640.md", "---\ntitle: R640\ntype: hardware-guide\n---\n## BIOS {#bios}\n");
  }

  public static AlertFixture in(Path dir) {
    return new AlertFixture(dir);
  }

  public AlertFixture with(String path, String text) {
    files.put(path, text);
    return this;
  }

  AlertFixture without(String path) {
    files.remove(path);
    return this;
  }

  Path dir() {
    return dir;
  }

  /** The pages this site publishes, with their heading ids. */
  static PublishedPages published() {
    return new PublishedPages(BASE)
        .page("en/runbooks/server-down/", "content/runbooks/server-down.md", ContentType.RUNBOOK, "check-power")
        .page("es/runbooks/server-down/", "content/runbooks/server-down.es.md", ContentType.RUNBOOK, "check-power")
        .page("en/runbooks/replace-disk/", "content/runbooks/replace-disk.md", ContentType.RUNBOOK, "identify-disk")
        .page("es/runbooks/replace-disk/", "content/runbooks/replace-disk.es.md", ContentType.RUNBOOK, "identify-disk")
        .page("en/hardware/r640/", "content/hardware/r640.md", ContentType.HARDWARE_GUIDE, "bios")
        .page("es/hardware/r640/", "content/hardware/r640.md", ContentType.HARDWARE_GUIDE, "bios");
  }

  /** Writes the files and reads the site; reading must report nothing. */
  AlertSite read() {
    write();
    Diagnostics diagnostics = new Diagnostics();
    AlertSite site = AlertSite.read(dir, diagnostics).orElseThrow();
    assertThat(diagnostics.sorted()).as("reading the fixture").isEmpty();
    return site;
  }

  /** Builds the whole site into {@code public/}; the build must report nothing. */
  BuildResult build() {
    write();
    BuildResult result = new SiteBuild(2).run(new BuildOptions(dir, dir.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.BUILD));
    assertThat(result.diagnostics()).as("building the fixture").isEmpty();
    return result;
  }

  /**
   * The diagnostics of {@code fieldguide check} on this whole site, as printed: the alert checks
   * run inside the build, with the build's own link resolver.
   */
  List<String> check() {
    write();
    BuildResult result = new SiteBuild(2).run(new BuildOptions(dir, dir.resolve("public"), Drafts.EXCLUDE, BuildOptions.Mode.CHECK));
    return result.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  public void write() {
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.createDirectories(p.getParent() == null ? dir : p.getParent());
        Files.writeString(p, e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
