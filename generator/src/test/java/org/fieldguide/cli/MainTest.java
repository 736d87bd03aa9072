package org.fieldguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.fieldguide.testing.OutputSnapshot;
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

  /**
   * {@code fieldguide --help} lists each command with the first line of its description: a whole
   * sentence (three ended in ';', ':' and ',', the rest of the sentence left out of the list).
   */
  @Test
  void theHelpSumsUpEachCommandInAWholeSentence() {
    CommandLine all = Main.commandLine(new CrashReport(dir.resolve("crashes")), "--help");
    StringWriter help = new StringWriter();
    all.setOut(new PrintWriter(help));
    assertThat(all.execute("--help")).isZero();
    for (Map.Entry<String, CommandLine> c : all.getSubcommands().entrySet()) {
      // The list shows a command's header when it has one (picocli's own help command), else the first line of its description.
      CommandLine.Model.UsageMessageSpec usage = c.getValue().getCommandSpec().usageMessage();
      String summary = usage.header().length > 0 ? usage.header()[0] : usage.description()[0];
      assertThat(summary).as(c.getKey()).endsWith(".");
      assertThat(help.toString().replaceAll("\\s+", " ")).as(c.getKey()).contains(c.getKey() + " " + summary);
    }
  }

  /**
   * picocli wraps help lines with the JDK's line breaker, which may break after a dot before a
   * letter: "keep nothing in ." then "fieldguide-cache/index/" on the next line. No line of any
   * command's help ends in a lone dot or starts with a name cut from one.
   */
  @Test
  void noCommandsHelpCutsAFileNameAfterItsDot() {
    CommandLine all = Main.commandLine(new CrashReport(dir.resolve("crashes")), "--help");
    for (Map.Entry<String, CommandLine> c : all.getSubcommands().entrySet()) {
      String help = c.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF);
      for (String line : help.split("\n")) assertThat(line).as(c.getKey()).doesNotEndWith(" .").doesNotMatch("\\s*fieldguide-cache.*");
    }
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
    private final Error error;

    Boom(boolean overflow) {
      this(overflow, null);
    }

    /** Throws {@code error}, as a pool's task would rethrow it: the cause of a CompletionException. */
    Boom(Error error) {
      this(false, error);
    }

    private Boom(boolean overflow, Error error) {
      this.overflow = overflow;
      this.error = error;
    }

    @Override
    public Integer call() {
      if (error != null) throw new java.util.concurrent.CompletionException(error);
      if (overflow) return deeper(0);
      throw new IllegalStateException("broken state\n  with a second line that must not be shown");
    }

    private int deeper(int n) {
      return deeper(n + 1) + 1;
    }
  }

  private int runBuggy(boolean overflow, String... args) {
    return runBuggy(new Boom(overflow), args);
  }

  private int runBuggy(Boom boom, String... args) {
    CommandLine cmd = Main.commandLine(new CrashReport(dir.resolve("crashes")));
    cmd.addSubcommand("boom", boom);
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

  /**
   * The heap running out is no bug: the line says so, with the ceiling Java had, and how to give
   * it more; no trace file. Other ways of running out of memory are still internal errors.
   */
  @Test
  void theHeapRunningOutSaysHowToGiveJavaMore() throws Exception {
    long ceiling = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class)
        .getVMOption("MaxHeapSize").getValue().transform(Long::parseLong) >> 20;
    assertThat(runBuggy(new Boom(new OutOfMemoryError("Java heap space")), "boom")).isEqualTo(3);
    assertThat(err.toString()).isEqualTo(heapLine(ceiling));
    assertThat(dir.resolve("crashes")).doesNotExist();

    err.getBuffer().setLength(0);
    assertThat(runBuggy(new Boom(new OutOfMemoryError("unable to create native thread: possibly out of memory")), "boom")).isEqualTo(3);
    assertThat(err.toString()).startsWith("fieldguide: internal error (java.util.concurrent.CompletionException: java.lang.OutOfMemoryError:"
        + " unable to create native thread: possibly out of memory). This is a bug");
    onlyCrashFile();
  }

  private static String heapLine(long mib) {
    return "fieldguide: out of memory: this site needs more than the " + mib + " MiB of heap Java may use here. Give it more and run the"
        + " command again: FIELDGUIDE_MAX_HEAP=2g ./fieldguide … (or java -Xmx2g … without the launcher).\n";
  }

  /**
   * Run for real, in a JVM of its own with a heap of 16 MiB, a page of 1.2 MB needs more: the
   * build stops with the line above, exit 3, and the site the last build published is as it was.
   */
  @Test
  void aSiteThatOutgrowsTheHeapStopsWithThatLineAndTheLastSiteStays() throws Exception {
    StringBuilder body = new StringBuilder();
    String[] words = {"rack", "server", "cable", "power", "switch", "port", "disk", "fan"};
    for (int i = 0; i < 20_000; i++) {
      for (int w = 0; w < 10; w++) body.append(words[(i * 7 + w * 3 + i / 5) % words.length]).append(' ');
      body.append("*x*\n\n");
    }
    TestSite site = TestSite.in(dir).page("content/a.md", "A", "x");
    site.writeFiles();
    Path out = dir.resolve("site-out");
    assertThat(run("build", "--site", dir.toString(), "--out", out.toString())).isZero();
    java.util.Map<String, String> before = OutputSnapshot.snapshot(out);
    java.nio.file.Files.writeString(dir.resolve("content/big.md"), "---\ntitle: Big\n---\n\n" + body);

    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(javaBin, "-Xmx16m", "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"),
        "org.fieldguide.cli.Main", "build", "--site", dir.toString(), "--out", out.toString()).start();
    p.getOutputStream().close();
    String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(stderr).isEqualTo(3);
    assertThat(stderr).isEqualTo(heapLine(16));
    assertThat(OutputSnapshot.snapshot(out)).isEqualTo(before);
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

  @Test
  void everyCommandButServeIsStoppedWhenItsHeapThrashes() {
    assertThat(Main.watchesHeap("build", "--site", "x")).isTrue();
    assertThat(Main.watchesHeap("check")).isTrue();
    assertThat(Main.watchesHeap("import", "mkdocs", "src", "out")).isTrue();
    assertThat(Main.watchesHeap()).isTrue();
    assertThat(Main.watchesHeap("serve", "--site", "x")).isFalse();
  }
}
