package org.fieldguide.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeTermsTest {
  @Test
  void findsTheCommandsOfAShellScript() {
    String code = """
        # check the array first
        sudo mdadm --detail /dev/md0
        $ journalctl -u ssh --since today
        LANG=C /usr/sbin/ipmitool -I lanplus \\
          -H 198.51.100.20 sdr
        if systemctl is-active --quiet ssh; then echo up; fi
        """;
    assertThat(CodeTerms.of(code, "bash")).containsExactly("mdadm", "journalctl", "ipmitool", "systemctl");
  }

  @Test
  void inASessionOnlyLinesAfterAPromptAreCommands() {
    assertThat(CodeTerms.of("$ uptime\n 10:00 up 3 days, load average: 0.1\n", "console")).containsExactly("uptime");
  }

  @Test
  void findsAlertAndMetricNames() {
    String rules = """
        - alert: NodeDiskFailing
          expr: node_disk_io_time_seconds_total > 0.9
          annotations: { summary: "see KubePodCrashLooping" }
        """;
    assertThat(CodeTerms.of(rules, "yaml")).containsExactly("NodeDiskFailing", "KubePodCrashLooping", "node_disk_io_time_seconds_total");
  }

  @Test
  void leavesAddressesFlagsAndPlainWordsOut() {
    assertThat(CodeTerms.of("address: 192.0.2.10\nmode: active-backup\n", "yaml")).isEmpty();
  }
}
