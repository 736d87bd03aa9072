package org.fieldguide.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.fieldguide.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serve command's options and the problems it reports before it starts serving (it runs until Ctrl-C after that). */
class ServeCommandTest {
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
  void helpListsTheOptions() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString()).contains("--site=DIR", "--port=N", "--drafts", "--open", "--verbose", "0: any free port");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    assertThat(run("serve", "--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("--port must be between 0 and 65535, not 70000.");
  }

  @Test
  void aTakenPortExitsTwoAndSaysWhatToDo() throws Exception {
    TestSite.in(dir).page("content/a.md", "A", "x").writeFiles();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      assertThat(run("serve", "--site", dir.toString(), "--port", String.valueOf(port))).isEqualTo(2);
      assertThat(err.toString()).isEqualTo("fieldguide serve: port " + port + " on 127.0.0.1 is already in use (is another fieldguide serve"
          + " running?). Stop that program, or choose another port: --port " + (port + 1) + ", or --port 0 for any free port.\n");
    }
  }

  @Test
  void brokenSiteYamlExitsOneWithItsErrors() {
    TestSite.in(dir).with("site.yaml", "title: [unclosed\n").page("content/a.md", "A", "x").writeFiles();
    assertThat(run("serve", "--site", dir.toString(), "--port", "0")).isEqualTo(1);
    assertThat(err.toString()).startsWith("site.yaml:").endsWith(
        "fieldguide serve: site.yaml has errors (above). Fix them and start fieldguide serve again.\n");
  }
}
