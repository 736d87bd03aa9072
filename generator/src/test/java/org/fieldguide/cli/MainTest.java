package org.fieldguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.fieldguide.testing.TestSite;
import org.fieldguide.testing.Unwritable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cmd = Main.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  @Test
  void buildPrintsOneLineSummaryAndExitsZero() {
    TestSite.in(dir).page("content/a.md", "A", "x").writeFiles();
    assertThat(run("build", "--site", dir.toString(), "--out", dir.resolve("site-out").toString())).isZero();
    assertThat(out.toString()).matches("(?s)fieldguide: built 4 pages \\[en 2, es 2 \\(1 translated\\)\\] in \\d+\\.\\d\\d s → .*site-out/\\n");
    assertThat(dir.resolve("site-out/en/a/index.html")).exists();
  }

  @Test
  void aRunNamingACommandIsGivenThatCommandAloneAndAnyOtherRunAllOfThem() {
    CrashReport crash = new CrashReport(dir.resolve("crashes"));
    List<String> all = List.of("build", "check", "check-html", "i18n", "new", "serve", "alerts", "schema", "import", "help");
    // Main finds the command a run names by a name of its own: the one the command's annotation gives.
    for (String name : all.subList(0, all.size() - 1)) assertThat(Main.commandLine(crash, name).getSubcommands()).containsOnlyKeys(name);
    for (String first : new String[] {"", "--help", "help", "bild"}) {
      assertThat(Main.commandLine(crash, first).getSubcommands().keySet()).containsExactlyElementsOf(all);
    }
    // Run as main runs it: the command alone still builds.
    TestSite.in(dir).page("content/a.md", "A", "x").writeFiles();
    CommandLine build = Main.commandLine(crash, "build");
    build.setOut(new PrintWriter(out));
    build.setErr(new PrintWriter(err));
    assertThat(build.execute("build", "--site", dir.toString(), "--out", dir.resolve("site-out").toString())).isZero();
    assertThat(dir.resolve("site-out/en/a/index.html")).exists();
  }

  @Test
  void contentErrorsExitOneWithDiagnosticsOnStderr() {
    TestSite.in(dir).with("content/a.md", "no front matter").writeFiles();
    assertThat(run("check", "--site", dir.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith("content/a.md:1:1: error: no front matter");
    assertThat(out.toString()).startsWith("fieldguide: 1 error, 0 warnings (");
  }

  @Test
  void anOutputFolderInsideContentIsRefused() {
    TestSite.in(dir).page("content/a.md", "A", "x").writeFiles();
    assertThat(run("build", "--site", dir.toString(), "--out", dir.resolve("content/public").toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("fieldguide build: the output folder content/public is inside content/, so the next build"
        + " would read this site back as pages and files to publish. Choose an --out folder outside content/ (the default is public/"
        + " in the site folder).\n");
    assertThat(dir.resolve("content/public")).doesNotExist();
  }

  @Test
  void anUnwritableOutputFolderIsExitOneAndTheSummaryLeavesItsStateToItsMessage() throws Exception {
    TestSite.in(dir).page("content/a.md", "A", "x").writeFiles();
    Path target = dir.resolve("site-out");
    assertThat(run("build", "--site", dir.toString(), "--out", target.toString())).isZero();
    out.getBuffer().setLength(0);
    try (Unwritable u = Unwritable.make(target)) {
      assertThat(run("build", "--site", dir.toString(), "--out", target.toString())).isEqualTo(1);
    }
    assertThat(err.toString()).isEqualTo(target + ": error: cannot write into the output folder " + target + ": " + Unwritable.refusal()
        + ". Nothing was written; the previous site is untouched.\n");
    assertThat(out.toString()).matches("fieldguide: 1 error, 0 warnings; the site was not published \\(see the message about the output folder\\) \\(\\d+\\.\\d\\d s\\)\n");
  }

  /** A command with a bug, to see what reaches the user when one fails. */
  @CommandLine.Command(name = "boom")
  static final class Boom implements java.util.concurrent.Callable<Integer> {
    private final boolean overflow;

    Boom(boolean overflow) {
      this.overflow = overflow;
    }

    @Override
    public Integer call() {
      if (overflow) return deeper(0);
      throw new IllegalStateException("broken state\n  with a second line that must not be shown");
    }

    private int deeper(int n) {
      return deeper(n + 1) + 1;
    }
  }

  private int runBuggy(boolean overflow, String... args) {
    CommandLine cmd = Main.commandLine(new CrashReport(dir.resolve("crashes")));
    cmd.addSubcommand("boom", new Boom(overflow));
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    return cmd.execute(args);
  }

  private Path onlyCrashFile() throws Exception {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir.resolve("crashes"))) {
      List<Path> all = files.toList();
      assertThat(all).hasSize(1);
      return all.get(0);
    }
  }

  @Test
  void anInternalErrorIsOneLineExitThreeWithTheTraceInAFile() throws Exception {
    assertThat(runBuggy(false, "boom")).isEqualTo(3);
    Path trace = onlyCrashFile();
    assertThat(err.toString()).isEqualTo("fieldguide: internal error (java.lang.IllegalStateException: broken state). This is a bug in"
        + " fieldguide, not in your site: please report it with the command you ran and the file " + trace + ".\n");
    assertThat(out.toString()).isEmpty();
    assertThat(java.nio.file.Files.readString(trace)).contains("command: fieldguide boom\n", "IllegalStateException", "at org.fieldguide.cli.MainTest$Boom.call");
  }

  @Test
  void aStackOverflowErrorIsCaughtTheSameWay() throws Exception {
    assertThat(runBuggy(true, "boom")).isEqualTo(3);
    Path trace = onlyCrashFile();
    assertThat(err.toString()).isEqualTo("fieldguide: internal error (java.lang.StackOverflowError). This is a bug in fieldguide, not in"
        + " your site: please report it with the command you ran and the file " + trace + ".\n");
    assertThat(java.nio.file.Files.readString(trace)).contains("java.lang.StackOverflowError", "MainTest$Boom.deeper");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("build", "--no-such-flag")).isEqualTo(2);
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--no-such-flag'", "Missing command");
  }

  @Test
  void versionAndHelp() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("fieldguide ");
    assertThat(run("build", "--help")).isZero();
    assertThat(out.toString()).contains("--site=DIR", "--out=DIR", "--drafts", "--verbose");
    assertThat(run("check", "--help")).isZero();
  }

  @Test
  void verboseShowsStageTimes() {
    TestSite.in(dir).page("content/a.md", "A", "x").writeFiles();
    assertThat(run("check", "--site", dir.toString(), "--verbose")).isZero();
    assertThat(out.toString()).contains("configuration", "discovery", "index", "assembly", "validate", "templates");
  }
}
