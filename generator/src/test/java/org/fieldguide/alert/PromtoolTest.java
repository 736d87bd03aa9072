package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule files checked by the real {@code promtool check rules}: this repository's, the ones {@code
 * --write-runbook-urls} rewrites, and the broken ones fieldguide rejects (promtool must reject them
 * too, so fieldguide is never stricter than Prometheus).
 */
class PromtoolTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @TempDir Path dir;

  private static List<Path> ruleFiles(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root.resolve("monitoring/rules"))) {
      return s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
  }

  @Test
  void theRepositorysRuleFilesPass() throws Exception {
    List<Path> files = ruleFiles(ROOT);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .contains("node.yml", "certificates.yml", "jupyterhub.yml", "kubernetes.yml", "prometheus.yml");
    Promtool.Result r = Promtool.find().checkRules(files);
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output()).contains("SUCCESS");
  }

  /**
   * A copy of this repository with its runbook_url annotations removed or pointing elsewhere, in
   * every quoting style; {@code fieldguide alerts --write-runbook-urls} puts back the files as they
   * are in the repository, byte for byte except for the quotes a value had, and promtool accepts
   * them.
   */
  @Test
  void rewrittenRuleFilesPassAndMatchTheRepository() throws Exception {
    copy(ROOT.resolve("site.yaml"), dir.resolve("site.yaml"));
    copyTree(ROOT.resolve("content"), dir.resolve("content"));
    copyTree(ROOT.resolve("monitoring"), dir.resolve("monitoring"));
    Map<String, String> originals = new TreeMap<>();
    for (Path f : ruleFiles(dir)) originals.put(f.getFileName().toString(), Files.readString(f));

    String base = "https://fieldguide.github.io/fieldguide/en/runbooks/";
    edit("node.yml", s -> s.replace("          runbook_url: " + base + "server-not-reporting/\n", ""));
    edit("node.yml", s -> s.replace("runbook_url: " + base + "replace-failed-disk/#identify-disk",
        "runbook_url: \"https://wiki.example.org/RAID\"  # old wiki"));
    edit("jupyterhub.yml", s -> s.replace("runbook_url: " + base + "jupyterhub-down/#hub-down", "runbook_url: '" + base + "jupyterhub-down/'"));
    edit("prometheus.yml", s -> s.replace("runbook_url: " + base + "prometheus-cannot-scrape/#sample-limit", "runbook_url:"));
    edit("certificates.yml", s -> s.replace("          runbook_url: " + base + "renew-tls-certificate/\n", ""));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine cmd = org.fieldguide.cli.Main.commandLine();
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    assertThat(cmd.execute("alerts", "--site", dir.toString(), "--write-runbook-urls")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("fieldguide: wrote 7 runbook_url annotations in 4 files.");

    // Values keep the quoting they had; everything else is as in the repository.
    originals.computeIfPresent("node.yml", (k, s) -> s.replace("runbook_url: " + base + "replace-failed-disk/#identify-disk",
        "runbook_url: \"" + base + "replace-failed-disk/#identify-disk\"  # old wiki"));
    originals.computeIfPresent("jupyterhub.yml", (k, s) -> s.replace("runbook_url: " + base + "jupyterhub-down/#hub-down",
        "runbook_url: '" + base + "jupyterhub-down/#hub-down'"));
    for (Path f : ruleFiles(dir)) {
      assertThat(Files.readString(f)).as(f.getFileName().toString()).isEqualTo(originals.get(f.getFileName().toString()));
    }
    Promtool.Result r = Promtool.find().checkRules(ruleFiles(dir));
    assertThat(r.exit()).as(r.output()).isZero();
  }

  /** Layouts the repository does not use (flow mappings, no annotations at all), rewritten and checked. */
  @Test
  void rewrittenFlowAndBlockLayoutsPass() throws Exception {
    String text = """
        groups:
          - name: layouts
            rules:
              - {alert: FlowRule, expr: up == 0, labels: {severity: warning}}
              - alert: FlowAnnotations
                expr: up == 0
                annotations: {summary: "Down", description: 'It is down'}
              - alert: NoAnnotations
                expr: up == 0
                for: 5m
              - alert: BlockDescriptionLast
                expr: |
                  up
                    == 0
                annotations:
                  description: |
                    Line one.
                    Line two.
        """;
    Map<String, String> urls = new TreeMap<>();
    for (String alert : List.of("FlowRule", "FlowAnnotations", "NoAnnotations", "BlockDescriptionLast")) {
      urls.put(alert, "https://guides.example.org/en/runbooks/" + alert.toLowerCase() + "/#what-to-do");
    }
    String rewritten = new RunbookUrlWriter(new RuleFileReader(new YamlReader())).rewrite(text, urls).text();
    Path file = dir.resolve("layouts.yml");
    Files.writeString(file, rewritten);
    Promtool.Result r = Promtool.find().checkRules(List.of(file));
    assertThat(r.exit()).as(rewritten + "\n" + r.output()).isZero();
    assertThat(r.output()).contains("SUCCESS: 4 rules found");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.fieldguide.alert.BrokenRuleFiles#all")
  void promtoolRejectsWhatFieldguideRejects(BrokenRuleFiles.Case c) throws Exception {
    Path file = dir.resolve("broken.yml");
    Files.writeString(file, c.yaml());
    Promtool.Result r = Promtool.find().checkRules(List.of(file));
    assertThat(r.exit()).as(r.output()).isNotZero();
  }

  private void edit(String file, java.util.function.UnaryOperator<String> change) throws IOException {
    Path p = dir.resolve("monitoring/rules").resolve(file);
    String before = Files.readString(p);
    String after = change.apply(before);
    assertThat(after).as("the test's edit of " + file + " applies").isNotEqualTo(before);
    Files.writeString(p, after);
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      walk.filter(Files::isRegularFile).forEach(p -> {
        try {
          copy(p, to.resolve(from.relativize(p).toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
