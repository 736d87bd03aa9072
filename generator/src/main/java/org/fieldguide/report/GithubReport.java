package org.fieldguide.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.fieldguide.diagnostic.Diagnostic;
import org.fieldguide.diagnostic.Severity;
import org.fieldguide.diagnostic.SourcePos;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=…::message}, which
 * GitHub shows as annotations on the pull request. GitHub shows at most 10 error and 10 warning
 * annotations per step (and 50 per job), so only the first 10 of each severity become commands;
 * the rest are printed as plain log lines with a note. When a job summary file is given, a
 * Markdown table of <em>all</em> diagnostics is appended to it, within GitHub's 1 MiB per step.
 *
 * <p>Escaping follows the Actions toolkit: in the message {@code %}, CR and LF become {@code %25},
 * {@code %0D}, {@code %0A}; property values additionally escape {@code :} and {@code ,}. A
 * diagnostic about the whole file gets no {@code line}/{@code col}, which GitHub shows as a
 * file-level annotation.
 */
final class GithubReport implements ReportWriter {
  static final int ANNOTATIONS_PER_SEVERITY = 10;
  static final long SUMMARY_LIMIT_BYTES = 1024 * 1024;
  private static final String TITLE = "fieldguide";

  private final Path stepSummary;

  /** @param stepSummary the file named by {@code GITHUB_STEP_SUMMARY}, or null for none */
  GithubReport(Path stepSummary) {
    this.stepSummary = stepSummary;
  }

  @Override
  public void write(List<Diagnostic> diagnostics, Appendable out) throws IOException {
    List<Diagnostic> sorted = Counts.sorted(diagnostics);
    Map<Severity, Integer> annotated = new EnumMap<>(Severity.class);
    Map<Severity, Integer> plain = new EnumMap<>(Severity.class);
    for (Diagnostic d : sorted) {
      if (annotated.getOrDefault(d.severity(), 0) < ANNOTATIONS_PER_SEVERITY) {
        out.append(command(d)).append('\n');
        annotated.merge(d.severity(), 1, Integer::sum);
      } else {
        // One line per diagnostic: a continuation line starting with "::" would be read as a command.
        out.append(d.toString().replaceAll("\r\n|\r|\n", " ")).append('\n');
        plain.merge(d.severity(), 1, Integer::sum);
      }
    }
    if (!plain.isEmpty()) {
      int e = plain.getOrDefault(Severity.ERROR, 0);
      int w = plain.getOrDefault(Severity.WARNING, 0);
      out.append("fieldguide: ").append(e > 0 && w > 0 ? e + " more " + noun(e, "error") + " and " + w + " more " + noun(w, "warning")
              : e > 0 ? e + " more " + noun(e, "error") : w + " more " + noun(w, "warning"))
          .append(" printed without annotations: GitHub annotates at most ").append(String.valueOf(ANNOTATIONS_PER_SEVERITY))
          .append(" errors and ").append(String.valueOf(ANNOTATIONS_PER_SEVERITY)).append(" warnings per step.")
          .append(stepSummary != null ? " The job summary lists them all." : "").append('\n');
    }
    out.append("fieldguide: ").append(Counts.of(sorted).describe()).append('\n');
    if (stepSummary != null) appendSummary(sorted);
  }

  static String command(Diagnostic d) {
    SourcePos pos = d.pos();
    StringBuilder b = new StringBuilder("::").append(d.severity().label()).append(" file=").append(escapeProperty(pos.file()));
    if (Counts.hasLine(pos)) b.append(",line=").append(pos.line());
    if (Counts.hasColumn(pos)) b.append(",col=").append(pos.column());
    return b.append(",title=").append(escapeProperty(TITLE)).append("::").append(escapeData(d.message())).toString();
  }

  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }

  /** Appends (the file is shared by every step of the job) the Markdown summary, within the size limit. */
  private void appendSummary(List<Diagnostic> sorted) throws IOException {
    long used = Files.exists(stepSummary) ? Files.size(stepSummary) : 0;
    String markdown = summary(sorted, SUMMARY_LIMIT_BYTES - used);
    Files.writeString(stepSummary, markdown, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  /** The Markdown summary: a heading with the counts and a table of every diagnostic that fits in {@code budget} bytes. */
  static String summary(List<Diagnostic> sorted, long budget) {
    if (sorted.isEmpty()) return "### fieldguide: no problems found\n\n";
    StringBuilder b = new StringBuilder("### fieldguide: ").append(Counts.of(sorted).describe()).append("\n\n")
        .append("| File | Line | Column | Severity | Message |\n")
        .append("| --- | ---: | ---: | --- | --- |\n");
    // Room for the closing note, so the whole text stays within the budget.
    long room = budget - 200 - bytes(b);
    for (int i = 0; i < sorted.size(); i++) {
      String row = row(sorted.get(i));
      room -= bytes(row);
      if (room < 0) {
        int rest = sorted.size() - i;
        return b.append("\n").append(rest).append(" more ").append(noun(rest, "problem"))
            .append(" not shown: a job summary is limited to 1 MiB. The log lists them all.\n\n").toString();
      }
      b.append(row);
    }
    return b.append('\n').toString();
  }

  private static String row(Diagnostic d) {
    SourcePos pos = d.pos();
    return "| " + cell(pos.file())
        + " | " + (Counts.hasLine(pos) ? String.valueOf(pos.line()) : "")
        + " | " + (Counts.hasColumn(pos) ? String.valueOf(pos.column()) : "")
        + " | " + d.severity().label()
        + " | " + cell(d.message()) + " |\n";
  }

  /** Text safe inside a GitHub Markdown table cell: no HTML, no emphasis or links, no column breaks, lines as {@code <br>}. */
  static String cell(String s) {
    StringBuilder b = new StringBuilder();
    String text = s.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\n' -> b.append("<br>");
        case '\\', '|', '`', '*', '_', '[', ']' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static long bytes(CharSequence s) {
    return s.toString().getBytes(StandardCharsets.UTF_8).length;
  }

  private static String noun(int n, String noun) {
    return n == 1 ? noun : noun + "s";
  }
}
