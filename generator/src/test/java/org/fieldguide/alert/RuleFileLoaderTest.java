package org.fieldguide.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.config.AlertsConfig;
import org.fieldguide.config.AlertsConfig.RuleGlob;
import org.fieldguide.diagnostic.Diagnostics;
import org.fieldguide.diagnostic.SourcePos;
import org.fieldguide.yaml.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the rule files site.yaml names. */
class RuleFileLoaderTest {
  private static final String RULE = "groups:\n  - name: g\n    rules:\n      - alert: %s\n        expr: up == 0\n";

  @TempDir Path dir;

  private final Diagnostics diagnostics = new Diagnostics();

  private List<RuleFile> load(String... globs) {
    List<RuleGlob> rules = java.util.Arrays.stream(globs).map(g -> new RuleGlob(g, new SourcePos("site.yaml", 7, 11))).toList();
    return new RuleFileLoader(new YamlReader()).load(dir.resolve("site"), new AlertsConfig(rules, List.of()), diagnostics);
  }

  private void write(String path, String text) throws Exception {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void readsEveryMatchingFileOnceSortedByPath() throws Exception {
    write("site/monitoring/rules/node.yml", RULE.formatted("B"));
    write("site/monitoring/rules/hub.yaml", RULE.formatted("A"));
    write("site/monitoring/rules/nested/disk.yml", RULE.formatted("C"));
    write("site/monitoring/rules/README.md", "not rules");
    assertThat(load("monitoring/rules/*.yml", "monitoring/rules/*.yaml", "monitoring/rules/node.yml", "monitoring/**/disk.yml"))
        .extracting(RuleFile::path)
        .containsExactly("monitoring/rules/hub.yaml", "monitoring/rules/nested/disk.yml", "monitoring/rules/node.yml");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void rulesMayLiveBesideTheSiteFolder() throws Exception {
    write("monitoring/rules/node.yml", RULE.formatted("A"));
    assertThat(load("../monitoring/rules/*.yml")).extracting(RuleFile::path).containsExactly("../monitoring/rules/node.yml");
  }

  @Test
  void aGlobMatchingNothingIsAnErrorAtItsLine() {
    assertThat(load("monitoring/rule/*.yml")).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
        "site.yaml:7:11: error: no file matches 'monitoring/rule/*.yml' (relative to the site folder). Correct the path of the Prometheus rule files, or remove it.");
  }

  @Test
  void aRuleFileThatIsNotUtf8IsAnError() throws Exception {
    Path p = dir.resolve("site/monitoring/rules/node.yml");
    Files.createDirectories(p.getParent());
    Files.write(p, new byte[] {'g', 'r', (byte) 0xff, '\n'});
    assertThat(load("monitoring/rules/*.yml")).isEmpty();
    assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
        "monitoring/rules/node.yml: error: the file is not valid UTF-8 text. Save it as UTF-8.");
  }
}
