package org.fieldguide.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubReportTest {
  @TempDir Path dir;

  @Test
  void workflowCommandsWithEscapedPropertiesAndData() {
    assertThat(Samples.render(ReportFormat.GITHUB, Samples.MIXED)).isEqualTo("""
        ::warning file=content/a%2Cb%3Ac.md,line=2,title=fieldguide::column unknown | pipe *star* _u_ `code` [x](y)
        ::error file=content/ar/شبكة.md,title=fieldguide::العنوان مفقود: أضف title
        ::error file=content/runbooks/deploy.md,line=3,col=1,title=fieldguide::link target 'a,b:c.md' not found; 100%25 sure <script> & friends%0Asecond line
        ::warning file=content/runbooks/deploy.md,line=12,col=5,title=fieldguide::external link https://example.org/a returned 404 Not Found. Fix or remove the link.
        fieldguide: 2 errors, 2 warnings
        """);
  }

  @Test
  void escapesCarriageReturnsAndPercentFirst() {
    assertThat(GithubReport.escapeData("50%\r\n%0A")).isEqualTo("50%25%0D%0A%250A");
    assertThat(GithubReport.escapeProperty("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
  }

  @Test
  void annotatesAtMostTenOfEachSeverityAndPrintsTheRestPlainly() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 12; i++) many.add(Diagnostic.error(new SourcePos("a.md", i, 1), "e" + i));
    for (int i = 1; i <= 11; i++) many.add(Diagnostic.warning(new SourcePos("b.md", i, 1), "w" + i + "\n::error::injected"));
    List<String> lines = Samples.render(ReportFormat.GITHUB, many).lines().toList();

    assertThat(lines.stream().filter(l -> l.startsWith("::error "))).hasSize(10);
    assertThat(lines.stream().filter(l -> l.startsWith("::warning "))).hasSize(10);
    assertThat(lines).contains("a.md:11:1: error: e11", "a.md:12:1: error: e12", "b.md:11:1: warning: w11 ::error::injected");
    assertThat(lines).noneMatch(l -> l.startsWith("::error::"));
    assertThat(lines.subList(lines.size() - 2, lines.size())).containsExactly(
        "fieldguide: 2 more errors and 1 more warning printed without annotations: GitHub annotates at most 10 errors and 10 warnings per step.",
        "fieldguide: 12 errors, 11 warnings");
  }

  @Test
  void appendsAMarkdownTableOfAllDiagnosticsToTheJobSummary() throws Exception {
    Path summary = dir.resolve("step-summary.md");
    Files.writeString(summary, "earlier step\n");
    String log = Samples.render(ReportWriter.of(ReportFormat.GITHUB, new ReportOptions(null, summary)), Samples.MIXED);

    assertThat(log).endsWith("fieldguide: 2 errors, 2 warnings\n");
    assertThat(Files.readString(summary)).isEqualTo("""
        earlier step
        ### fieldguide: 2 errors, 2 warnings

        | File | Line | Column | Severity | Message |
        | --- | ---: | ---: | --- | --- |
        | content/a,b:c.md | 2 |  | warning | column unknown \\| pipe \\*star\\* \\_u\\_ \\`code\\` \\[x\\](y) |
        | content/ar/شبكة.md |  |  | error | العنوان مفقود: أضف title |
        | content/runbooks/deploy.md | 3 | 1 | error | link target 'a,b:c.md' not found; 100% sure &lt;script&gt; &amp; friends<br>second line |
        | content/runbooks/deploy.md | 12 | 5 | warning | external link https://example.org/a returned 404 Not Found. Fix or remove the link. |

        """);
  }

  @Test
  void summaryOfACleanRunSaysSo() throws Exception {
    Path summary = dir.resolve("summary.md");
    Samples.render(ReportWriter.of(ReportFormat.GITHUB, new ReportOptions(null, summary)), List.of());
    assertThat(Files.readString(summary)).isEqualTo("### fieldguide: no problems found\n\n");
  }

  @Test
  void summaryStaysWithinItsSizeLimit() {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 100; i++) many.add(Diagnostic.error(new SourcePos("a.md", i, 1), "x".repeat(100)));
    String text = GithubReport.summary(many, 3000);
    assertThat(text.length()).isLessThanOrEqualTo(3000);
    assertThat(text).contains("| a.md | 1 | 1 | error |").doesNotContain("| a.md | 100 |")
        .endsWith("more problems not shown: a job summary is limited to 1 MiB. The log lists them all.\n\n");
  }

  @Test
  void noteMentionsTheSummaryWhenThereIsOne() throws Exception {
    List<Diagnostic> many = new ArrayList<>();
    for (int i = 1; i <= 11; i++) many.add(Diagnostic.warning(new SourcePos("b.md", i, 1), "w"));
    String log = Samples.render(ReportWriter.of(ReportFormat.GITHUB, new ReportOptions(null, dir.resolve("s.md"))), many);
    assertThat(log).contains("fieldguide: 1 more warning printed without annotations: GitHub annotates at most 10 errors and "
        + "10 warnings per step. The job summary lists them all.\n");
  }
}
