package org.fieldguide.link.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private long now = 0;

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void advanceMillis(long ms) {
    now += TimeUnit.MILLISECONDS.toNanos(ms);
  }

  @Test
  void terminalRedrawsOneLineAtMostEvery100Milliseconds() {
    Progress p = new TtyProgress(out, () -> now);
    p.update(0, 40, 0);
    advanceMillis(50);
    p.update(1, 40, 0); // too soon: skipped
    advanceMillis(60);
    p.update(2, 40, 1);
    p.finish(40, 40, 1);
    assertThat(output()).isEqualTo(
        "\rChecked 0/40 external links (0 broken)"
            + "\rChecked 2/40 external links (1 broken)"
            + "\rChecked 40/40 external links (1 broken)\n");
  }

  @Test
  void terminalLinePadsOverALongerPreviousLine() {
    Progress p = new TtyProgress(out, () -> now);
    p.update(100, 1000, 100);
    p.finish(1, 1, 0);
    assertThat(output()).endsWith("\rChecked 1/1 external links (0 broken)" + " ".repeat(7) + "\n");
  }

  @Test
  void logPrintsAtEveryTenPercentStep() {
    Progress p = new LogProgress(out, () -> now);
    for (int done = 0; done <= 20; done++) p.update(done, 20, 0);
    p.finish(20, 20, 0);
    assertThat(output().lines()).containsExactly(
        "Checked 0/20 external links (0 broken)", "Checked 2/20 external links (0 broken)",
        "Checked 4/20 external links (0 broken)", "Checked 6/20 external links (0 broken)",
        "Checked 8/20 external links (0 broken)", "Checked 10/20 external links (0 broken)",
        "Checked 12/20 external links (0 broken)", "Checked 14/20 external links (0 broken)",
        "Checked 16/20 external links (0 broken)", "Checked 18/20 external links (0 broken)",
        "Checked 20/20 external links (0 broken)");
  }

  @Test
  void logPrintsEveryFiveSecondsWhenProgressIsSlow() {
    Progress p = new LogProgress(out, () -> now);
    p.update(0, 1000, 0);
    p.update(1, 1000, 0);
    advanceMillis(5000);
    p.update(2, 1000, 0);
    p.finish(3, 1000, 0);
    assertThat(output().lines()).containsExactly(
        "Checked 0/1000 external links (0 broken)", "Checked 2/1000 external links (0 broken)", "Checked 3/1000 external links (0 broken)");
  }

  @Test
  void updatesAfterFinishAreIgnored() {
    Progress p = Progress.forConsole(out, false);
    p.finish(1, 1, 0);
    p.update(1, 1, 0);
    p.finish(1, 1, 0);
    assertThat(output()).isEqualTo("Checked 1/1 external links (0 broken)\n");
  }
}
