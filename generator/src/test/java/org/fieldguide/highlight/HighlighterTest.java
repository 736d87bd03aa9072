package org.fieldguide.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlighterTest {
  private final Highlighter highlighter = new Highlighter();

  @Test
  void shellCommandsOptionsVariablesStringsAndComments() {
    assertThat(highlighter.html("bash", "sudo mdadm --detail /dev/md0  # check \"$DEV\"\n"))
        .isEqualTo("<span class=\"hl-f\">sudo</span> <span class=\"hl-f\">mdadm</span> <span class=\"hl-a\">--detail</span> /dev/md0  "
            + "<span class=\"hl-c\"># check &quot;$DEV&quot;</span>\n");
    assertThat(highlighter.html("sh", "echo \"$HOME\" | grep -c x; ls ${DIR}\n"))
        .isEqualTo("<span class=\"hl-f\">echo</span> <span class=\"hl-s\">&quot;$HOME&quot;</span> | <span class=\"hl-f\">grep</span> "
            + "<span class=\"hl-a\">-c</span> x; <span class=\"hl-f\">ls</span> <span class=\"hl-v\">${DIR}</span>\n");
  }

  @Test
  void shellContinuationLinesAreArgumentsNotCommands() {
    assertThat(highlighter.html("bash", "ipmitool -H 192.0.2.1 \\\n  sdr list\n"))
        .isEqualTo("<span class=\"hl-f\">ipmitool</span> <span class=\"hl-a\">-H</span> 192.0.2.1 \\\n  sdr list\n");
  }

  @Test
  void shellKeywordsOnlyWhereACommandCouldBe() {
    assertThat(highlighter.html("bash", "for f in a b; do echo done; done"))
        .isEqualTo("<span class=\"hl-k\">for</span> f in a b; <span class=\"hl-k\">do</span> <span class=\"hl-f\">echo</span> done; "
            + "<span class=\"hl-k\">done</span>");
  }

  @Test
  void commandsAndKeysStartLinesEndedByAnyLineTerminator() {
    // A MULTILINE ^ also matches after \u0085, \u2028 and \u2029, which \s does not cover: the
    // one-character guards in front of the line-start lookbehinds must let them through.
    for (String end : new String[] {"\n", "\r\n", "\u0085", "\u2028", "\u2029"}) {
      assertThat(highlighter.html("bash", "cd /srv" + end + "ls -l"))
          .isEqualTo("<span class=\"hl-f\">cd</span> /srv" + end + "<span class=\"hl-f\">ls</span> <span class=\"hl-a\">-l</span>");
      assertThat(highlighter.html("yaml", "a: 1" + end + "b: true"))
          .isEqualTo("<span class=\"hl-a\">a</span>: <span class=\"hl-n\">1</span>" + end + "<span class=\"hl-a\">b</span>: <span class=\"hl-k\">true</span>");
    }
  }

  @Test
  void hashInsideAWordIsNotAComment() {
    assertThat(highlighter.html("bash", "curl https://example.org/#frag")).doesNotContain("hl-c");
  }

  @Test
  void yamlKeysValuesAndComments() {
    assertThat(highlighter.html("yaml", "groups:\n  - name: node # rules\n    interval: 30\n    enabled: true\n    expr: \"up == 0\"\n"))
        .isEqualTo("<span class=\"hl-a\">groups</span>:\n  - <span class=\"hl-a\">name</span>: node <span class=\"hl-c\"># rules</span>\n"
            + "    <span class=\"hl-a\">interval</span>: <span class=\"hl-n\">30</span>\n"
            + "    <span class=\"hl-a\">enabled</span>: <span class=\"hl-k\">true</span>\n"
            + "    <span class=\"hl-a\">expr</span>: <span class=\"hl-s\">&quot;up == 0&quot;</span>\n");
  }

  @Test
  void jsonKeysAreNotStrings() {
    assertThat(highlighter.html("json", "{\"a\": \"b\", \"n\": -1.5e3, \"ok\": null}"))
        .isEqualTo("{<span class=\"hl-a\">&quot;a&quot;</span>: <span class=\"hl-s\">&quot;b&quot;</span>, "
            + "<span class=\"hl-a\">&quot;n&quot;</span>: <span class=\"hl-n\">-1.5e3</span>, <span class=\"hl-a\">&quot;ok&quot;</span>: "
            + "<span class=\"hl-k\">null</span>}");
  }

  @Test
  void promqlFunctionsAggregationsLabelsAndDurations() {
    assertThat(highlighter.html("promql", "sum by (job) (rate(http_requests_total{job=\"api\"}[5m])) > 0.5"))
        .isEqualTo("<span class=\"hl-k\">sum</span> <span class=\"hl-k\">by</span> (job) (<span class=\"hl-f\">rate</span>(http_requests_total{"
            + "<span class=\"hl-a\">job</span>=<span class=\"hl-s\">&quot;api&quot;</span>}[<span class=\"hl-n\">5m</span>])) &gt; "
            + "<span class=\"hl-n\">0.5</span>");
  }

  @Test
  void iniSectionsKeysAndComments() {
    assertThat(highlighter.html("ini", "; comment\n[Unit]\nAfter = network.target\nRestart=on\n"))
        .isEqualTo("<span class=\"hl-c\">; comment</span>\n<span class=\"hl-k\">[Unit]</span>\n<span class=\"hl-a\">After </span>= network.target\n"
            + "<span class=\"hl-a\">Restart</span>=<span class=\"hl-k\">on</span>\n");
  }

  @Test
  void pythonKeywordsDefinitionsStringsAndNumbers() {
    assertThat(highlighter.html("python", "def check(x):\n    return len(x) > 0x1F  # \"no\"\n"))
        .isEqualTo("<span class=\"hl-k\">def</span> <span class=\"hl-f\">check</span>(x):\n    <span class=\"hl-k\">return</span> "
            + "<span class=\"hl-f\">len</span>(x) &gt; <span class=\"hl-n\">0x1F</span>  <span class=\"hl-c\"># &quot;no&quot;</span>\n");
    assertThat(highlighter.html("py", "s = f'''a\nb'''")).isEqualTo("s = <span class=\"hl-s\">f'''a\nb'''</span>");
  }

  @Test
  void unknownLanguagesAreEscapedText() {
    assertThat(highlighter.html("cobol", "<b>&\"x\"")).isEqualTo("&lt;b&gt;&amp;&quot;x&quot;");
    assertThat(highlighter.html("", "a < b")).isEqualTo("a &lt; b");
  }

  @Test
  void namesLanguagesForReaders() {
    assertThat(highlighter.displayName("bash")).contains("Shell");
    assertThat(highlighter.displayName("YML")).contains("YAML");
    assertThat(highlighter.displayName("promql")).contains("PromQL");
    assertThat(highlighter.displayName("Dockerfile")).contains("Dockerfile");
    assertThat(highlighter.displayName("text")).isEmpty();
    assertThat(highlighter.displayName("")).isEmpty();
  }

  @Test
  void everyLanguageKeepsEveryCharacterOfTheCode() {
    String code = "a='x' \"y\" # z\n[s]\nk: v\n{\"j\": 1}\n\tdef f(): pass\n<>&\n";
    for (String language : new String[] {"bash", "yaml", "json", "promql", "ini", "python"}) {
      String html = highlighter.html(language, code);
      String text = html.replaceAll("<span class=\"hl-.\">|</span>", "")
          .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
      assertThat(text).as(language).isEqualTo(code);
    }
  }

  /** Inputs that make a backtracking pattern run for minutes; here each takes milliseconds. */
  @Test
  void hostileLinesFinish() {
    String[] hostile = {
      "'".repeat(20_000), "\"".repeat(20_000), "a".repeat(20_000) + ":", " ".repeat(20_000) + "x", "- ".repeat(10_000), "$(".repeat(10_000),
      "\"\"\"" + "a".repeat(20_000), "x=".repeat(10_000), "[".repeat(20_000), "\\\n ".repeat(10_000)
    };
    for (String line : hostile) {
      for (String language : new String[] {"bash", "yaml", "json", "promql", "ini", "python"}) {
        assertThat(highlighter.html(language, line)).as(language).isNotEmpty();
      }
    }
  }

  /** A block highlighted again is the same text, from the memo; languages that share a lexer share it. */
  @Test
  void aBlockSeenBeforeIsRememberedAndShownTheSame() {
    String code = "sudo systemctl restart node_exporter  # then check \"$HOST\"\n";
    String first = highlighter.html("bash", code);
    assertThat(highlighter.remembered()).isEqualTo(1);
    assertThat(highlighter.html("sh", new String(code.toCharArray()))).isSameAs(first);
    assertThat(highlighter.html("yaml", code)).isNotEqualTo(first).isEqualTo(new Highlighter().html("yaml", code));
    assertThat(highlighter.remembered()).isEqualTo(2);
    assertThat(highlighter.html("text", code)).isEqualTo(Html.escape(code));
    assertThat(highlighter.remembered()).as("plain text is not remembered").isEqualTo(2);
  }

  /** The memo's memory is bounded: past its size, blocks are highlighted each time (and still right). */
  @Test
  void theMemoStopsAtItsSizeAndLongBlocksAreNotKept() {
    assertThat(highlighter.html("bash", "x".repeat(Highlighter.MEMO_BLOCK + 1))).isNotEmpty();
    assertThat(highlighter.remembered()).isZero();
    String filler = "echo " + "y".repeat(4_000) + "\n";
    int blocks = 0;
    while (highlighter.remembered() == blocks) {
      highlighter.html("bash", filler + blocks);
      blocks++;
      assertThat(blocks).as("blocks kept past the bound").isLessThan(2_000);
    }
    int kept = highlighter.remembered();
    assertThat((long) kept * 2 * filler.length()).isLessThanOrEqualTo(Highlighter.MEMO_CHARS);
    String late = filler + "late";
    assertThat(highlighter.html("bash", late)).isEqualTo(new Highlighter().html("bash", late));
    assertThat(highlighter.remembered()).isEqualTo(kept);
  }
}
