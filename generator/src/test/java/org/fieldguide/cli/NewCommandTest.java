package org.fieldguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NewCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void site() {
    TestSite.in(dir).writeFiles();
  }

  private int run(String... args) {
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  @Test
  void aRunbookNeedsTheWriterToChooseItsRisk() {
    assertThat(run("new", "--site", dir.toString(), "runbook", "content/runbooks/replace-psu.md")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("fieldguide new: a runbook needs its risk, which only you can judge: add --risk low, --risk medium"
        + " or --risk high (how much can go wrong; readers see it before they start), such as: new runbook --risk medium"
        + " content/runbooks/replace-psu.md.\n");
    assertThat(dir.resolve("content/runbooks/replace-psu.md")).doesNotExist();
  }

  @Test
  void writesTheChosenRisk() throws Exception {
    assertThat(run("new", "--site", dir.toString(), "runbook", "--risk", "high", "content/runbooks/replace-psu.md")).isZero();
    assertThat(out.toString()).isEqualTo("fieldguide: wrote content/runbooks/replace-psu.md\n");
    assertThat(Files.readString(dir.resolve("content/runbooks/replace-psu.md"))).contains("\nrisk: high\n");
  }

  @Test
  void riskIsCheckedAndOnlyForRunbooks() {
    assertThat(run("new", "--site", dir.toString(), "runbook", "--risk", "severe", "content/runbooks/x.md")).isEqualTo(2);
    assertThat(run("new", "--site", dir.toString(), "page", "--risk", "low", "content/x.md")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo(
        "fieldguide new: --risk must be low, medium or high, not 'severe'.\nfieldguide new: --risk is for runbooks only.\n");
  }

  @Test
  void aNameWithCapitalsOrSpacesIsRefusedWithTheNameToUse() {
    assertThat(run("new", "--site", dir.toString(), "page", "content/guides/First Login.md")).isEqualTo(1);
    assertThat(err.toString()).endsWith("Use content/guides/first-login.md instead.\n");
    assertThat(dir.resolve("content/guides")).doesNotExist();
  }
}
